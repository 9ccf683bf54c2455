#include "ImportController.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace claimline::ui {

ImportController::ImportController(QObject *parent, PipelineOptions options)
    : ImportController(Runner{}, parent)
{
    m_options = std::move(options);
}

ImportController::ImportController(Runner runner, QObject *parent) : QObject(parent), m_runner(std::move(runner))
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ImportController::start(const QStringList &paths)
{
    if (m_running)
        return false;
    m_running = true;
    m_paths = paths;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const Runner runner = m_runner ? m_runner
                                   : Runner([options = m_options](const QStringList &files, const ProgressCallback &report,
                                                                  bool *cancelled) {
                                         return Pipeline(options).run(files, report, cancelled);
                                     });
    ProgressCallback progress = [this, cancel](int done, int total, const QString &file) {
        // Worker thread: post to the controller's thread. `this` outlives every call (the
        // destructor waits for the run), and a deleted object's posted calls are dropped.
        QMetaObject::invokeMethod(this, [this, done, total, file] {
            if (m_running)
                Q_EMIT progressed(done, total, file);
        }, Qt::QueuedConnection);
        return !cancel->load();
    };
    m_watcher.setFuture(QtConcurrent::run([paths, runner, progress, cancel] {
        Result result;
        bool stopped = false;
        result.corpus = runner(paths, progress, &stopped);
        result.cancelled = stopped || cancel->load();
        return result;
    }));
    Q_EMIT started(paths);
    return true;
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportController::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ImportController::onFinished()
{
    m_running = false;
    Result result = m_watcher.result();
    std::shared_ptr<const Corpus> corpus;
    if (!result.cancelled)
        corpus = std::make_shared<const Corpus>(std::move(result.corpus));
    Q_EMIT finished(corpus, m_paths, result.cancelled);
}

} // namespace claimline::ui
