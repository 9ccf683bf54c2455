#include "Pipeline.h"

#include "ArticleAnalyzer.h"
#include "DocumentReader.h"
#include "ParallelFor.h"
#include "PhaseLog.h"
#include "dates/PublicationDating.h"
#include "dates/TemporalTagger.h"
#include "extract/AsOfResolver.h"
#include "extract/ClaimGrouper.h"
#include "extract/EventMerger.h"
#include "extract/TableClaims.h"
#include "extract/TopicClassifier.h"
#include "ingest/FileCollector.h"
#include "text/WordSet.h"

#include <QMutex>
#include <QMutexLocker>
#include <atomic>
#include <latch>
#include <memory>
#include <numeric>
#include <optional>
#include <vector>

namespace claimline {

namespace {

QString articleSuffix(qsizetype i)
{
    // a, b, …, z, aa, ab, … : short, ordered, stable.
    QString s;
    do {
        s.prepend(QChar(u'a' + int(i % 26)));
        i = i / 26 - 1;
    } while (i >= 0);
    return s;
}

QString headlineText(QStringView text, const TextSpan &span)
{
    return span.isEmpty() ? QString() : text.mid(span.start, span.length()).toString().simplified();
}

} // namespace

struct Pipeline::ReadResult
{
    std::optional<ReadDocument> document;
    Diagnostics diagnostics;
};

Pipeline::Pipeline(PipelineOptions options) : m_options(std::move(options)) {}

Corpus Pipeline::runOnBuffers(const QList<Buffer> &buffers) const
{
    PhaseLog log;
    std::vector<ReadResult> read(size_t(buffers.size()));
    parallelFor(buffers.size(), m_options.threads, [&](qsizetype i) {
        const Buffer &b = buffers.at(i);
        read[size_t(i)].document = readDocumentFromBytes(b.path, b.bytes, read[size_t(i)].diagnostics);
        return true;
    });
    log.mark("read documents");
    return assemble(read, {});
}

Corpus Pipeline::run(const QStringList &paths, const ProgressCallback &progress, bool *cancelled) const
{
    PhaseLog log;
    CollectedFiles collected = collectInputFiles(paths);
    const QStringList &files = collected.files;

    // 1. Read, decode and lay out every file in parallel; keep input order.
    std::vector<ReadResult> read(size_t(files.size()));
    QMutex progressMutex;
    int done = 0;
    bool stopped = false;
    parallelFor(files.size(), m_options.threads, [&](qsizetype i) {
        read[size_t(i)].document = readDocument(files.at(i), m_options.maxFileBytes, read[size_t(i)].diagnostics);
        if (!progress)
            return true;
        const QMutexLocker lock(&progressMutex);
        if (!progress(++done, int(files.size()), files.at(i)))
            stopped = true;
        return !stopped;
    });
    log.mark("read documents");
    if (cancelled)
        *cancelled = stopped;
    return assemble(read, collected.diagnostics);
}

Corpus Pipeline::assemble(std::vector<ReadResult> &read, Diagnostics diagnostics) const
{
    PhaseLog log;
    Corpus corpus;
    corpus.diagnostics = std::move(diagnostics);
    QList<ArticleLayout> layouts;
    QList<Sidecar> sidecarOfArticle;
    WordSet usedIds;
    qsizetype documentCount = 0, articleCount = 0;
    for (const ReadResult &r : read)
        if (r.document) {
            ++documentCount;
            articleCount += r.document->layouts.size();
        }
    corpus.documents.reserve(documentCount);
    corpus.articles.reserve(articleCount);
    layouts.reserve(articleCount);
    sidecarOfArticle.reserve(articleCount);
    for (size_t i = 0; i < read.size(); ++i) {
        corpus.diagnostics += read[i].diagnostics;
        if (!read[i].document)
            continue;
        ReadDocument &rd = *read[i].document;
        Document doc = std::move(rd.document);
        for (int n = 2; usedIds.contains(doc.id); ++n) // identical files stay distinct documents
            doc.id = QStringLiteral("doc-%1-%2").arg(QString::fromLatin1(doc.sha256.left(12))).arg(n);
        usedIds.insert(doc.id);
        const int documentIndex = int(corpus.documents.size());
        for (qsizetype a = 0; a < rd.layouts.size(); ++a) {
            const ArticleLayout &layout = rd.layouts.at(a);
            Article article;
            article.id = doc.id + u'-' + articleSuffix(a);
            article.documentIndex = documentIndex;
            article.span = layout.span;
            article.titleSpan = layout.titleSpan;
            article.title = headlineText(doc.text, layout.titleSpan);
            article.outlet = layout.outlet;
            const Sidecar &meta = rd.sidecar;
            if (meta.present) { // the analyst's metadata wins over inference
                if (!meta.title.isEmpty() && a == 0)
                    article.title = meta.title;
                if (!meta.outlet.isEmpty())
                    article.outlet = meta.outlet;
                article.url = meta.url;
            }
            // A report without a byline ("Myanmar: Humanitarian Update No. 45") is its
            // series' publisher's (tables.json 'reportSeries').
            if (article.outlet.isEmpty())
                article.outlet = reportSeriesPublisher(article.title);
            corpus.articles.append(article);
            layouts.append(layout);
            sidecarOfArticle.append(meta);
        }
        corpus.documents.append(std::move(doc));
    }
    log.mark("collect articles");

    // 2. Publication dates: sidecar, dateline or content; then corpus context. A
    // document's context year and an article's own guess depend on nothing else: both in
    // parallel (serial, they were a tenth of a two-core ingest).
    std::vector<char> needsContext(size_t(corpus.documents.size()), 0);
    for (qsizetype a = 0; a < corpus.articles.size(); ++a)
        if (!sidecarOfArticle.at(a).published.isValid())
            needsContext[size_t(corpus.articles.at(a).documentIndex)] = 1;
    std::vector<int> contextYears(size_t(corpus.documents.size()), 0);
    parallelFor(corpus.documents.size(), m_options.threads, [&](qsizetype d) {
        if (needsContext[size_t(d)])
            contextYears[size_t(d)] = contextYearOf(corpus.documents.at(d).text);
        return true;
    });
    QList<PublicationDateGuess> guesses(corpus.articles.size());
    PublicationDateGuess *guess = guesses.data(); // detached once, written per index
    parallelFor(corpus.articles.size(), m_options.threads, [&](qsizetype a) {
        const Article &article = corpus.articles.at(a);
        if (sidecarOfArticle.at(a).published.isValid()) {
            guess[a] = {sidecarOfArticle.at(a).published, DateProvenance::Sidecar, 0};
            return true;
        }
        const PublicationDateInput input{corpus.documents.at(article.documentIndex).text, layouts.at(a).datelines,
                                         layouts.at(a).paragraphs, contextYears[size_t(article.documentIndex)]};
        guess[a] = guessPublicationDate(input);
        return true;
    });
    completeFromCorpus(guesses);
    log.mark("publication dates");
    for (qsizetype a = 0; a < corpus.articles.size(); ++a) {
        Article &article = corpus.articles[a];
        if (m_options.referenceDate.isValid()) {
            article.published = m_options.referenceDate;
            article.publishedFrom = DateProvenance::Sidecar;
        } else {
            article.published = guesses.at(a).date;
            article.publishedFrom = guesses.at(a).from;
        }
    }

    // 3. Claims and event candidates, article by article in parallel.
    const TemporalTagger tagger;
    const TopicClassifier classifier;
    std::vector<ArticleAnalysis> analyses(size_t(corpus.articles.size()));
    parallelFor(corpus.articles.size(), m_options.threads, [&](qsizetype a) {
        const Article &article = corpus.articles.at(a);
        analyses[size_t(a)] = analyzeArticle(corpus.documents.at(article.documentIndex).text, article, int(a),
                                             layouts.at(a), tagger, classifier);
        return true;
    });

    log.mark("analyze articles");
    runCorpusPasses(corpus, analyses);
    log.mark("corpus passes");
    return corpus;
}

// 4. Corpus-wide: dates restated elsewhere and comparison groups (claims only), and merged
// events (candidates only). The two share nothing, and a candidate only ever merges with
// candidates of its kind. So two chains start side by side, (1) gather the candidates and
// prepare the merge, (2) gather the claims, adopt restated dates, group; then whichever is
// free merges the next kind (largest first) until none is left. With one thread the chains
// run one after the other, (1) first; the result does not depend on the number of threads.
void Pipeline::runCorpusPasses(Corpus &corpus, std::vector<ArticleAnalysis> &analyses) const
{
    PhaseLog log;
    qsizetype claimCount = 0, candidateCount = 0;
    for (const ArticleAnalysis &analysis : analyses) {
        claimCount += analysis.claims.size();
        candidateCount += analysis.events.size();
    }
    QList<EventCandidate> candidates;
    std::unique_ptr<EventMerge> merge;
    std::vector<int> kinds; // largest first
    std::latch prepared(1);
    std::atomic<size_t> nextKind{0};

    // Both lists are gathered with room made once (appending 2 million claims to a growing
    // list moved them again at every growth, and held two copies at its peak), and each
    // article's list is freed as soon as it is emptied.
    const auto prepareMerge = [&] {
        candidates.reserve(candidateCount);
        for (ArticleAnalysis &analysis : analyses) {
            for (EventCandidate &candidate : analysis.events)
                candidates.append(std::move(candidate));
            analysis.events = {};
        }
        PhaseLog prepLog;
        merge = std::make_unique<EventMerge>(candidates);
        prepLog.mark("    event merge prepared");
        kinds.resize(size_t(merge->kindCount()));
        std::iota(kinds.begin(), kinds.end(), 0);
        std::stable_sort(kinds.begin(), kinds.end(),
                         [&](int a, int b) { return merge->candidateCount(a) > merge->candidateCount(b); });
        prepared.count_down();
    };
    const auto claimSteps = [&] {
        corpus.claims.reserve(claimCount);
        for (ArticleAnalysis &analysis : analyses) {
            for (Claim &claim : analysis.claims)
                corpus.claims.append(std::move(claim));
            analysis.claims = {}; // moved-from claims still fill the list's memory
        }
        PhaseLog taskLog;
        adoptDatesOfSameStatements(corpus);
        taskLog.mark("    same statements");
        groupClaims(corpus);
        taskLog.mark("    grouping");
    };
    parallelFor(2, m_options.threads, [&](qsizetype chain) {
        chain == 0 ? prepareMerge() : claimSteps();
        prepared.wait();
        for (size_t k = nextKind++; k < kinds.size(); k = nextKind++)
            merge->mergeKind(kinds[k]);
        return true;
    });
    log.mark("  claim steps and event merge");

    // The events in order; beside it what the merge read is freed (a million strings at
    // 100,000 articles; the events hold copies of what they need).
    MergedEvents merged = merge->takeMerged();
    parallelFor(2, m_options.threads, [&](qsizetype task) {
        if (task == 0) {
            corpus.events = orderEvents(std::move(merged));
        } else {
            merge.reset();
            candidates = {};
            analyses.clear();
        }
        return true;
    });
    for (qsizetype e = 0; e < corpus.events.size(); ++e)
        if (corpus.events[e].id.isEmpty())
            corpus.events[e].id = QStringLiteral("ev-%1").arg(e + 1);
    log.mark("  events in order");
}

} // namespace claimline
