#include "Reextract.h"

#include "ProjectModel.h"

#include <QCryptographicHash>
#include <QHash>

namespace claimline {

std::optional<ReextractReport> reextract(ProjectModel &model, const Extractor &extractor, QString *error)
{
    const ProjectData &data = model.data();
    QList<Pipeline::Buffer> buffers;
    QHash<QByteArray, QByteArray> contentBySha;
    for (qsizetype i = 0; i < data.extracted.documents.size(); ++i) {
        const Document &doc = data.extracted.documents.at(i);
        const QByteArray content = data.contents.value(i);
        if (content.isNull()) {
            if (error)
                *error = QStringLiteral("%1: no stored content to extract from").arg(doc.path);
            return std::nullopt;
        }
        buffers.append({doc.path, content});
        contentBySha.insert(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(), content);
    }
    Corpus fresh = extractor(buffers);
    // The extractor may skip a document; line contents up with what it returned.
    QList<QByteArray> contents;
    for (const Document &doc : std::as_const(fresh.documents))
        contents.append(contentBySha.value(doc.sha256));
    if (!model.requestReplaceExtraction(std::move(fresh), std::move(contents))) {
        if (error)
            *error = model.errorString();
        return std::nullopt;
    }
    ReextractReport report;
    report.orphanedClaims = model.orphanedKeys(ItemKind::Claim);
    report.orphanedEvents = model.orphanedKeys(ItemKind::Event);
    report.claimReviewsAttached = int(model.data().claimReviews.size() - report.orphanedClaims.size());
    report.eventReviewsAttached = int(model.data().eventReviews.size() - report.orphanedEvents.size());
    report.unplacedAdded = model.unplacedAddedKeys();
    report.unappliedEventEdits = model.unappliedEventEdits();
    return report;
}

std::optional<ReextractReport> reextract(ProjectModel &model, const Pipeline &pipeline, QString *error)
{
    return reextract(model, [&pipeline](const QList<Pipeline::Buffer> &buffers) { return pipeline.runOnBuffers(buffers); },
                     error);
}

} // namespace claimline
