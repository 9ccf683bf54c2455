#include "ArticleAnalyzer.h"

#include "dates/TemporalTagger.h"
#include "extract/AsOfResolver.h"
#include "extract/Attribution.h"
#include "extract/FigureFinder.h"
#include "extract/TableClaims.h"
#include "extract/TopicClassifier.h"
#include "text/SentenceSplitter.h"

#include <QHash>

namespace claimline {

namespace {

// A "sentence" longer than this is not prose (a table flattened to one line, a 50 MB
// line): it is cut at spaces so that every per-sentence step stays bounded.
constexpr qsizetype kMaxSentenceLength = 1500;

QList<TextSpan> boundedSentences(QStringView text, const TextSpan &paragraph)
{
    QList<TextSpan> out;
    for (TextSpan s : splitSentences(text, paragraph)) {
        while (s.length() > kMaxSentenceLength) {
            qsizetype cut = s.start + kMaxSentenceLength;
            const qsizetype space = text.lastIndexOf(u' ', cut);
            if (space > s.start + kMaxSentenceLength / 2)
                cut = space;
            out.append({s.start, cut});
            s.start = cut;
            while (s.start < s.end && text.at(s.start).isSpace())
                ++s.start;
        }
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

// What makes two claims of one article the same statement (a figure restated).
struct StatementKey
{
    QString topic, measure;
    double low = 0;
    std::optional<double> high;
    explicit StatementKey(const Claim &c) : topic(c.topic), measure(c.measure), low(c.low), high(c.high) {}
    friend bool operator==(const StatementKey &, const StatementKey &) = default;
    friend size_t qHash(const StatementKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.topic, k.measure, k.low, k.high.value_or(-1.0), k.high.has_value());
    }
};

} // namespace

ArticleAnalysis analyzeArticle(const QString &documentText, const Article &article, int articleIndex,
                               const ArticleLayout &layout, const TemporalTagger &tagger,
                               const TopicClassifier &classifier)
{
    ArticleAnalysis out;
    AttributionResolver attribution;
    TableClaims tables(tagger);
    QHash<StatementKey, qsizetype> seen; // → index in out.claims
    const QStringView text(documentText);

    QList<TextSpan> units;
    if (!layout.titleSpan.isEmpty())
        units.append(layout.titleSpan);
    for (const TextSpan &paragraph : layout.paragraphs)
        units += boundedSentences(text, paragraph);

    int index = 0;
    for (const TextSpan &sentenceSpan : std::as_const(units)) {
        SentenceContext ctx;
        ctx.text = text;
        ctx.span = sentenceSpan;
        ctx.article = &article;
        ctx.indexInArticle = index++;
        ctx.isHeadline = sentenceSpan == layout.titleSpan;
        ctx.dates = tagger.tag(text, sentenceSpan, article.published);
        QList<TextSpan> dateSpans;
        for (const TemporalMention &m : std::as_const(ctx.dates))
            dateSpans.append(m.span);
        ctx.figures = findFigures(text, ctx.words(), dateSpans);
        std::optional<SentenceDating> dating; // read when the sentence's first claim needs it

        for (int f = 0; f < ctx.figures.size(); ++f) {
            const std::optional<TopicMatch> match = classifier.classify(ctx, f);
            if (!match)
                continue;
            const Figure &figure = ctx.figures.at(f);
            Claim claim;
            claim.documentIndex = article.documentIndex;
            claim.articleIndex = articleIndex;
            claim.quoteSpan = sentenceSpan;
            claim.figureSpan = figure.span;
            claim.topic = match->topic;
            claim.measure = match->measure;
            claim.low = match->low;
            claim.high = match->high;
            claim.qualifier = match->qualifier;
            claim.unit = match->unit;
            claim.subject = match->subject;
            const Attribution who = attribution.attribute(ctx, figure.span);
            claim.attributed = who.found();
            claim.claimant = who.found() ? who.claimant
                                         : (article.outlet.isEmpty() ? QStringLiteral("unattributed") : article.outlet);
            claim.via = who.via;
            if (!dating)
                dating.emplace(ctx);
            const AsOf asOf = dating->asOfFor(figure.span);
            claim.asOf = asOf.interval;
            claim.asOfFrom = asOf.source;
            claim.id = article.id + QStringLiteral("-c") + QString::number(figure.span.start);
            const bool inTable = tables.frame(claim, who, ctx, figure.span);

            const StatementKey key(claim);
            if (const auto at = seen.constFind(key); at != seen.cend()) {
                if (inTable)
                    tables.restates(*at);
                // The same figure restated: one claim, keeping the best-attributed reading.
                Claim &first = out.claims[*at];
                if (!first.attributed && claim.attributed) {
                    first.claimant = claim.claimant;
                    first.via = claim.via;
                    first.attributed = true;
                }
                if (first.asOfFrom != AsOfSource::Text && claim.asOfFrom == AsOfSource::Text) {
                    first.asOf = claim.asOf;
                    first.asOfFrom = claim.asOfFrom;
                }
                continue;
            }
            if (inTable)
                tables.kept(out.claims.size());
            seen.insert(key, out.claims.size());
            out.claims.append(claim);
        }

        for (EventCandidate &candidate : findEventCandidates(ctx)) {
            candidate.mention.documentIndex = article.documentIndex;
            candidate.mention.articleIndex = articleIndex;
            out.events.append(std::move(candidate));
        }
    }
    tables.finish(out.claims);
    return out;
}

} // namespace claimline
