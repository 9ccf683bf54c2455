#pragma once

#include "review/ArticleTextSelection.h"

#include <QObject>
#include <functional>

class QAction;
class QDialog;
class QMainWindow;
class QMenu;
class QMenuBar;
class QProgressBar;
class QSettings;

namespace claimline::ui {

class ProjectController;
class ReextractRunner;
class Workspace;

// The project's menu entries: File › New/Open/Save/Save As/Export, Edit › Undo/Redo and
// the Project menu (add claim/event, re-extract, orphaned reviews). Owns the re-extraction runner and its
// progress indicator in the status bar; MainWindow only places the menus.
class ProjectActions final : public QObject
{
    Q_OBJECT

public:
    ProjectActions(ProjectController *project, Workspace *workspace, QMainWindow *window, QSettings *settings);

    void addOpenActions(QMenu *file);      // New Project, Open Project…
    void addSaveActions(QMenu *file);      // Save, Save As…
    void addExportActions(QMenu *file);    // Export Project JSON…, Export Claims CSV…
    void addEditActions(QMenu *edit);      // Undo, Redo
    void addProjectMenu(QMenuBar *bar);
    // Where Add Claim/Add Event find the text the analyst selected (the review pane).
    void setTextSelectionSource(std::function<ArticleTextSelection()> source) { m_selectedText = std::move(source); }
    // Opens Add Claim… or Add Event… (not modal: returns the dialog, deleted on close).
    QDialog *addItem(bool claim);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *saveAction() const { return m_save; }
    ReextractRunner *reextractRunner() const { return m_reextract; }

private:
    void newProject();
    void openProject();
    void exportTo(bool json);
    void startReextract();
    void showOrphans();
    QString lastDir() const;

    ProjectController *m_project;
    Workspace *m_workspace;
    QMainWindow *m_window;
    QSettings *m_settings;
    ReextractRunner *m_reextract;
    QProgressBar *m_progress;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_save = nullptr;
    std::function<ArticleTextSelection()> m_selectedText;
};

} // namespace claimline::ui
