#include "CorpusReduce.h"

#include "extract/AsOfResolver.h"
#include "extract/ClaimGrouper.h"
#include "extract/EventMerger.h"
#include "EventCandidatesOfModel.h"

namespace claimline {

void reduceCorpus(Corpus &corpus)
{
    // A date taken from another report within one shard is taken again across all of them:
    // the most recent telling may be in another shard.
    for (Claim &claim : corpus.claims) {
        const Article *article = corpus.articleOf(claim);
        if (claim.asOfFrom == AsOfSource::OtherReport && article && article->published.isValid()) {
            claim.asOf = DayInterval::day(article->published);
            claim.asOfFrom = AsOfSource::Publication;
        }
    }
    adoptDatesOfSameStatements(corpus);
    corpus.events = mergeEvents(eventCandidatesOf(corpus));
    for (qsizetype e = 0; e < corpus.events.size(); ++e)
        if (corpus.events[e].id.isEmpty())
            corpus.events[e].id = QStringLiteral("ev-%1").arg(e + 1);
    for (Claim &claim : corpus.claims)
        claim.groupIndex = -1;
    groupClaims(corpus);
}

} // namespace claimline
