#pragma once

#include "pipeline/Pipeline.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace claimline {

class ProjectModel;

// Buffers in, corpus out: the Pipeline, or a stand-in in tests.
using Extractor = std::function<Corpus(const QList<Pipeline::Buffer> &)>;

struct ReextractReport
{
    int claimReviewsAttached = 0;
    int eventReviewsAttached = 0;
    QStringList orphanedClaims;  // review keys with no claim any more (kept in the project)
    QStringList orphanedEvents;
    QStringList unplacedAdded;   // analyst-added items whose article or span is gone
    QList<int> unappliedEventEdits; // splits/merges whose events are gone (kept)
    int orphanCount() const
    {
        return int(orphanedClaims.size() + orphanedEvents.size() + unplacedAdded.size() + unappliedEventEdits.size());
    }
};

// Runs extraction again over the documents stored in the project (not the files on disk)
// and replaces the extraction in one undoable step. Review records stay keyed by stable
// identity, so they reattach by themselves; the others become orphans, listed in the report
// and by ProjectModel::orphanedKeys(), never deleted. Event splits/merges and added items
// are replayed by key the same way, or listed as unapplied/unplaced. Fails when a document has no stored
// content (imported from JSON lines without its file).
std::optional<ReextractReport> reextract(ProjectModel &model, const Extractor &extractor, QString *error);
std::optional<ReextractReport> reextract(ProjectModel &model, const Pipeline &pipeline, QString *error);

} // namespace claimline
