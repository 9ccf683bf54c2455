#pragma once

#include <QString>
#include <QStringList>

namespace claimline::bench {

// Writes N synthetic news articles with the structure of real reporting: headlines,
// bylines and datelines, boilerplate (donation appeals, "Related:" teasers, captions),
// figures attributed to many claimants with qualifiers and ranges, absolute and relative
// dates, many outlets, and syndicated near-copies. Deterministic for a given seed; varies
// vocabulary, numbers and dates so that nothing can be cached away.
struct GeneratorOptions
{
    int articles = 1000;
    quint32 seed = 20250617;
    int articlesPerFile = 1;   // > 1: scraped pages holding several articles
};

struct GeneratedCorpus
{
    QStringList files;
    qint64 bytes = 0;
};

// Writes into `folder` (created if needed); returns the files written.
GeneratedCorpus generateCorpus(const QString &folder, const GeneratorOptions &options);

// One article's text (also used to build in-memory corpora for benchmarks).
QString generateArticle(int index, quint32 seed);

} // namespace claimline::bench
