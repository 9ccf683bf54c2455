#pragma once

#include "ProjectPrompts.h"
#include "project/ProjectData.h"

#include <QObject>
#include <QString>
#include <memory>
#include <utility>

class QTimer;
class QUndoStack;

namespace claimline {
class ProjectModel;
class ProjectStore;
class UntitledAutosave;
} // namespace claimline

namespace claimline::ui {

class UndoBridge;
class Workspace;

// The open project: one ProjectModel (the only place the analyst's work changes), the file
// it came from (ProjectStore), its undo stack and its autosave. It feeds the workspace the
// effective corpus (corrections applied) and the review states, so every view shows them.
//
// Work is autosaved whether or not the project has a file yet; closeCleanly() removes the
// autosaves when the app closes normally (after the work was saved or discarded).
//
// Operations that could lose work ask first (prompts().unsavedChanges); errors go to
// prompts().error, never silently. A project that cannot be opened leaves the current one
// on screen and the file untouched (ProjectStore validates before it writes).
class ProjectController final : public QObject
{
    Q_OBJECT

public:
    // `untitledAutosaveDir`: where untitled projects are autosaved (default: the app data
    // location's "autosave" folder).
    ProjectController(Workspace *workspace, ProjectPrompts prompts, QObject *parent = nullptr,
                      const QString &untitledAutosaveDir = QString());
    ~ProjectController() override;

    ProjectModel *model() const { return m_model; }
    UndoBridge *undoBridge() const { return m_undo; }
    QUndoStack *undoStack() const;
    ProjectPrompts &prompts() { return m_prompts; }

    // Asks about unsaved changes; true when it is fine to go on (saved, discarded or none).
    bool confirmDiscard();
    // An unsaved project made from an imported corpus (the documents' bytes are read again
    // from their files, so the project can be re-extracted). No prompt: call confirmDiscard first.
    void newFromCorpus(std::shared_ptr<const Corpus> corpus);
    bool open(const QString &path);       // prompts for unsaved changes first
    bool save();                          // asks for a path when untitled or read-only
    bool saveAs();                        // asks for a path
    bool saveAs(const QString &path);
    bool exportJson(const QString &path);
    bool exportCsv(const QString &path);

    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }
    bool isUntitled() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString displayName() const;          // file name, or "Untitled"

    // Autosave every `seconds` (0 turns it off): to the sidecar beside the project file, or
    // for an untitled project to the autosave folder (UntitledAutosave.h).
    void setAutosaveInterval(int seconds);
    bool autosaveNow();
    QString untitledAutosavePath() const;   // empty until an untitled project was autosaved
    // At start-up: offers the newest autosave of an untitled project whose session ended
    // without saving (a crash). True when it was restored (shown as unsaved work).
    bool restoreUntitledAutosave();
    // The app closes normally (after confirmDiscard): removes the autosaves.
    void closeCleanly();

Q_SIGNALS:
    void stateChanged();                  // path, read-only or modified state changed
    void message(const QString &text);    // for the status bar

private:
    std::pair<QList<ReviewState>, QList<ReviewState>> reviewStates() const;
    void publishCorpus();
    void publishStates();
    void loadData(ProjectData data, const QString &path, bool readOnly);
    bool fail(const QString &title, const QString &text);

    Workspace *m_workspace;
    ProjectPrompts m_prompts;
    ProjectModel *m_model;
    UndoBridge *m_undo;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<UntitledAutosave> m_untitled;
    QTimer *m_autosave;
    QString m_path;
    bool m_readOnly = false;
    bool m_restored = false;              // holds restored autosave work not yet saved
};

} // namespace claimline::ui
