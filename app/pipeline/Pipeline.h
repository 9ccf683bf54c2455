#pragma once

#include "model/Corpus.h"

#include <QDate>
#include <QStringList>
#include <functional>
#include <vector>

namespace claimline {

struct ArticleAnalysis;

struct PipelineOptions
{
    qint64 maxFileBytes = 64ll * 1024 * 1024; // larger files are refused with a clear message
    int threads = 0;                          // 0: one per core
    QDate referenceDate;                      // when valid, overrides every publication date
};

// Called after each file; return false to cancel (the corpus then holds what was done).
using ProgressCallback = std::function<bool(int done, int total, const QString &file)>;

// Files and folders in, the whole model out: read and decode, lay out articles, date them,
// split sentences, tag dates and figures, build claims and events, merge and group.
class Pipeline
{
public:
    explicit Pipeline(PipelineOptions options = {});
    Corpus run(const QStringList &paths, const ProgressCallback &progress = {}, bool *cancelled = nullptr) const;

    // The same on contents already in memory (benchmarks, imports, re-extraction).
    struct Buffer
    {
        QString path;
        QByteArray bytes;
    };
    Corpus runOnBuffers(const QList<Buffer> &buffers) const;

private:
    struct ReadResult;
    Corpus assemble(std::vector<ReadResult> &read, Diagnostics diagnostics) const;
    void runCorpusPasses(Corpus &corpus, std::vector<ArticleAnalysis> &analyses) const;

    PipelineOptions m_options;
};

} // namespace claimline
