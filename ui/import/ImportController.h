#pragma once

#include "model/Corpus.h"
#include "pipeline/Pipeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace claimline::ui {

// Runs the pipeline over files and folders on a worker thread (QtConcurrent::run). The
// pipeline reports progress from its own worker threads: the callback only posts the
// numbers to this object's thread, and returns false once cancel() was asked for.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    // What reads the corpus on the worker thread: the pipeline by default; tests inject their own.
    using Runner = std::function<Corpus(const QStringList &paths, const ProgressCallback &progress, bool *cancelled)>;

    explicit ImportController(QObject *parent = nullptr, PipelineOptions options = {});
    ImportController(Runner runner, QObject *parent);
    ~ImportController() override; // cancels and waits: no callback outlives this object

    bool isRunning() const { return m_running; }
    // Files over this size are refused with a message naming them; applies from the next start().
    void setMaxFileBytes(qint64 bytes) { m_options.maxFileBytes = bytes; }
    qint64 maxFileBytes() const { return m_options.maxFileBytes; }
    bool start(const QStringList &paths);   // false while another import runs
    void cancel();
    void waitForFinished();                 // for tests and shutdown

Q_SIGNALS:
    void started(const QStringList &paths);
    void progressed(int done, int total, const QString &file);
    // `corpus` is null when cancelled.
    void finished(std::shared_ptr<const claimline::Corpus> corpus, const QStringList &paths, bool cancelled);

private:
    void onFinished();

    struct Result
    {
        Corpus corpus;
        bool cancelled = false;
    };
    Runner m_runner;            // null: the pipeline with m_options
    PipelineOptions m_options;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QStringList m_paths;
    bool m_running = false;
};

} // namespace claimline::ui
