#pragma once

#include "extract/EventExtractor.h"
#include "ingest/ArticleLayout.h"
#include "model/Claim.h"

#include <QList>

namespace claimline {

class TemporalTagger;
class TopicClassifier;

struct ArticleAnalysis
{
    QList<Claim> claims;              // documentIndex/articleIndex set, ids set, no group yet
    QList<EventCandidate> events;
};

// Reads one article sentence by sentence: dates, figures, claims (topic, attribution,
// as_of), event candidates. A figure repeated in the article with the same meaning is one
// claim. Pure function of its inputs; safe to run for many articles in parallel.
ArticleAnalysis analyzeArticle(const QString &documentText, const Article &article, int articleIndex,
                               const ArticleLayout &layout, const TemporalTagger &tagger,
                               const TopicClassifier &classifier);

} // namespace claimline
