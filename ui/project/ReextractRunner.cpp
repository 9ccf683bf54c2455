#include "ReextractRunner.h"

#include "pipeline/Pipeline.h"
#include "project/ProjectModel.h"
#include "project/Reextract.h"

#include <QtConcurrent/QtConcurrentRun>

namespace claimline::ui {

ReextractRunner::ReextractRunner(ProjectModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    connect(&m_watcher, &QFutureWatcher<Corpus>::finished, this, &ReextractRunner::onFinished);
}

ReextractRunner::~ReextractRunner()
{
    m_watcher.waitForFinished();
}

bool ReextractRunner::start()
{
    if (m_watcher.isRunning())
        return false;
    const ProjectData &data = m_model->data();
    QList<Pipeline::Buffer> buffers;
    for (qsizetype i = 0; i < data.extracted.documents.size(); ++i) {
        if (data.contents.value(i).isNull()) {
            Q_EMIT failed(tr("%1: the project holds no content for this document, so it cannot be extracted again.")
                              .arg(data.extracted.documents.at(i).path));
            return false;
        }
        buffers.append({data.extracted.documents.at(i).path, data.contents.at(i)});
    }
    m_watcher.setFuture(QtConcurrent::run([buffers] { return Pipeline().runOnBuffers(buffers); }));
    Q_EMIT started();
    return true;
}

void ReextractRunner::onFinished()
{
    // The model may have changed meanwhile (the analyst kept working): reextract() reads
    // the stored contents again and swaps in the result as one undoable step.
    const Corpus fresh = m_watcher.result();
    QString error;
    const auto report = reextract(*m_model, [&fresh](const QList<Pipeline::Buffer> &) { return fresh; }, &error);
    if (!report) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT finished(int(report->orphanedClaims.size()), int(report->orphanedEvents.size()),
                    int(report->unplacedAdded.size() + report->unappliedEventEdits.size()));
}

} // namespace claimline::ui
