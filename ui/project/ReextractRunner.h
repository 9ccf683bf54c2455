#pragma once

#include "model/Corpus.h"

#include <QFutureWatcher>
#include <QObject>

namespace claimline {
class ProjectModel;
}

namespace claimline::ui {

// Project › Re-extract: runs the pipeline over the documents stored in the project on a
// worker thread, then hands the fresh extraction to reextract() on the UI thread (one
// undoable step; reviews reattach by stable key, the rest become orphans).
class ReextractRunner final : public QObject
{
    Q_OBJECT

public:
    explicit ReextractRunner(ProjectModel *model, QObject *parent = nullptr);
    ~ReextractRunner() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    bool start();                       // false (with failed()) when it cannot start
    void waitForFinished() { m_watcher.waitForFinished(); }

Q_SIGNALS:
    void started();
    // `orphanedEdits`: event splits/merges and added items that found no place.
    void finished(int orphanedClaims, int orphanedEvents, int orphanedEdits);
    void failed(const QString &why);

private:
    void onFinished();

    ProjectModel *m_model;
    QFutureWatcher<Corpus> m_watcher;
};

} // namespace claimline::ui
