#pragma once

#include "CentralViews.h"
#include "model/Corpus.h"

#include <QMainWindow>
#include <QStringList>
#include <memory>

class QAction;
class QDockWidget;
class QSettings;
class QTabWidget;
class QToolBar;

namespace claimline::ui {

class ComparisonView;
class CorpusPanel;
class DetailPanel;
class FilterBar;
class ImportController;
class ProjectActions;
class ProjectController;
class ReviewEditor;
class RecentCorpora;
class Workspace;

// The desktop window: a composition of the views (filter bar on top, corpus panel left,
// central tabs, detail panel right) and the actions that drive them. Each view owns its
// behaviour; this class only wires them, opens corpora and keeps the window's state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { TimelineTab, ComparisonTab, ChartsTab, ReviewTab };

    MainWindow(Workspace *workspace, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A .claimline path opens that project; news files and folders are read off the UI
    // thread into a new, unsaved project (after asking about unsaved changes).
    void openPaths(const QStringList &paths);
    QStringList currentPaths() const { return m_paths; }

    ImportController *importer() const { return m_import; }
    ProjectController *project() const { return m_project; }
    ProjectActions *projectActions() const { return m_projectActions; }
    ReviewEditor *reviewEditor() const { return m_reviewEditor; }
    ComparisonView *comparison() const { return m_comparison; }
    CorpusPanel *corpusPanel() const { return m_corpusPanel; }
    DetailPanel *detailPanel() const { return m_detail; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTabWidget *tabs() const { return m_tabs; }
    QDockWidget *corpusDock() const { return m_corpusDock; }
    QDockWidget *detailDock() const { return m_detailDock; }
    QToolBar *filterToolBar() const { return m_filterToolBar; }

    void saveWindowState();
    void restoreWindowState();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void openFiles();
    void openFolder();
    void exportTable();
    void reload();
    void onImportFinished(std::shared_ptr<const Corpus> corpus, const QStringList &paths, bool cancelled);
    void updateTitle();

    Workspace *m_workspace;
    QSettings *m_settings;
    ImportController *m_import;
    ProjectController *m_project;
    CentralViews m_views;
    QTabWidget *m_tabs;
    ComparisonView *m_comparison;
    FilterBar *m_filterBar;
    QToolBar *m_filterToolBar;
    CorpusPanel *m_corpusPanel;
    DetailPanel *m_detail;
    ReviewEditor *m_reviewEditor;
    ProjectActions *m_projectActions = nullptr;
    QDockWidget *m_corpusDock = nullptr;
    QDockWidget *m_detailDock = nullptr;
    RecentCorpora *m_recent = nullptr;
    QStringList m_paths;
};

} // namespace claimline::ui
