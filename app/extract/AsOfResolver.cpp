#include "AsOfResolver.h"

#include "Lexicon.h"
#include "model/Corpus.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace claimline {

namespace {

QStringList datingCues(QStringView key)
{
    QStringList out;
    for (const QJsonValue &v : loadLexicon(QStringLiteral("dating")).value(key).toArray())
        out.append(v.toString());
    return out;
}

QStringList cumulativeCues()
{
    static const QStringList cues = datingCues(u"cumulative_cues");
    return cues;
}

// The sentence text just before a mention, back to the nearest clause break: where "since
// the war began on 7 October 2023" keeps its "since".
QStringView clauseBefore(const SentenceContext &ctx, const TemporalMention &m, qsizetype maxChars)
{
    const qsizetype from = std::max(ctx.span.start, m.span.start - maxChars);
    QStringView before = ctx.text.mid(from, m.span.start - from);
    for (qsizetype i = before.size() - 1; i >= 0; --i) {
        const QChar c = before.at(i);
        if (c == u',' || c == u';' || c == u':' || c == u'.' || c == u'(' || c == u')' || c == u'—')
            return before.mid(i + 1);
    }
    return before;
}

bool containsWord(QStringView text, QStringView word)
{
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !text.at(at - 1).isLetter()) && (end == text.size() || !text.at(end).isLetter()))
            return true;
    }
    return false;
}

bool endsWithCue(QStringView text, const QStringList &cues)
{
    const QStringView t = text.trimmed();
    for (const QString &cue : cues)
        if (t.endsWith(cue, Qt::CaseInsensitive) && (t.size() == cue.size() || !t.at(t.size() - cue.size() - 1).isLetter()))
            return true;
    return false;
}

// A date that opens a stretch running to the present: "since the takeover on 1 February
// 2021", or the start of something whose toll the sentence gives in the perfect ("the
// war, which began in April 2023, has killed …").
bool opensStretch(const SentenceContext &ctx, const TemporalMention &m, const TextSpan &figure)
{
    static const QStringList starts = datingCues(u"start_cues");
    static const QStringList perfect = datingCues(u"perfect_auxiliaries");
    if (m.role != TemporalMention::Role::Point || m.future)
        return false;
    // "… since the war began on 7 October 2023, when gunmen attacked, killing 1,200": what
    // a "when" clause counts happened on that day.
    if (figure.start >= m.span.end && containsWord(ctx.text.mid(m.span.end, figure.start - m.span.end), u"when"))
        return false;
    const QStringView clause = clauseBefore(ctx, m, 80);
    if (containsWord(clause, u"since"))
        return true;
    if (!endsWithCue(clause, starts))
        return false;
    for (const QString &aux : perfect)
        if (containsWord(ctx.sentence(), aux))
            return true;
    return false;
}

// "GOMA, Congo, Jan 31 (Reuters) - At least 700 …": the dateline dates the report, not the
// figures of the lede glued to it.
bool isWireDateline(const SentenceContext &ctx, const TemporalMention &m)
{
    constexpr qsizetype kMaxPlace = 48, kMaxAfter = 24;
    if (m.span.start - ctx.span.start > kMaxPlace)
        return false;
    static const QRegularExpression closing(QStringLiteral("^\\s*(?:\\([^()]{1,30}\\))?\\s*[-\u2013\u2014]"));
    const QStringView after = ctx.text.mid(m.span.end, std::min(kMaxAfter, ctx.span.end - m.span.end));
    return closing.match(after).hasMatch();
}

// "as of 31 March 2025", "as at June": the day a running figure was counted.
bool closesStretch(const SentenceContext &ctx, const TemporalMention &m)
{
    static const QStringList cues = datingCues(u"as_of_cues");
    return endsWithCue(clauseBefore(ctx, m, 20), cues);
}

// The innermost bracket pair around `pos` in the sentence, as absolute offsets; empty when none.
TextSpan bracketsAround(QStringView text, const TextSpan &sentence, qsizetype pos)
{
    int depth = 0;
    qsizetype open = -1;
    for (qsizetype i = pos - 1; i >= sentence.start; --i) {
        const QChar c = text.at(i);
        if (c == u')')
            ++depth;
        else if (c == u'(' && depth-- == 0) {
            open = i;
            break;
        }
    }
    if (open < 0)
        return {};
    depth = 0;
    for (qsizetype i = pos; i < sentence.end; ++i) {
        const QChar c = text.at(i);
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth-- == 0)
            return {open, i + 1};
    }
    return {open, sentence.end};
}

bool isRunningTotal(const SentenceContext &ctx, const TextSpan &figure)
{
    const qsizetype from = std::max(ctx.span.start, figure.start - 40);
    const QStringView before = ctx.text.mid(from, figure.start - from);
    for (const QString &cue : cumulativeCues())
        if (before.contains(cue, Qt::CaseInsensitive))
            return true;
    return false;
}

DayInterval extendedToPublication(const SentenceContext &ctx, const TemporalMention &m, const TextSpan &figure)
{
    const Article *article = ctx.article;
    if ((m.role == TemporalMention::Role::Since || opensStretch(ctx, m, figure)) && article && article->published.isValid()
        && m.interval.first <= article->published)
        return {m.interval.first, article->published};
    return m.interval;
}

// What is reported cannot hold after the report: "this year" in a story of 14 May runs to
// 14 May, unless the text looks ahead.
DayInterval clippedToPublication(DayInterval iv, const TemporalMention &m, const Article *article)
{
    if (!m.future && article && article->published.isValid() && iv.first <= article->published
        && article->published < iv.last)
        iv.last = article->published;
    return iv;
}

QString statementKey(const Claim &c)
{
    return c.claimant + u'|' + c.topic + u'|' + c.measure + u'|' + QString::number(c.low, 'g', 12) + u'|'
           + (c.high ? QString::number(*c.high, 'g', 12) : QString());
}

} // namespace

AsOf asOfFor(const SentenceContext &ctx, const TextSpan &figure)
{
    const TextSpan figureBrackets = bracketsAround(ctx.text, ctx.span, figure.start);
    QList<const TemporalMention *> candidates;
    for (const TemporalMention &m : ctx.dates) {
        if (m.role == TemporalMention::Role::Duration || !m.interval.isValid() || isWireDateline(ctx, m))
            continue;
        const TextSpan brackets = bracketsAround(ctx.text, ctx.span, m.span.start);
        if (brackets != figureBrackets && !(brackets.isEmpty() && figureBrackets.isEmpty()))
            continue; // an aside in brackets dates only what it holds
        candidates.append(&m);
    }
    if (!candidates.isEmpty() && isRunningTotal(ctx, figure)) {
        DayInterval all;
        for (const TemporalMention *m : std::as_const(candidates))
            all = all.united(extendedToPublication(ctx, *m, figure));
        return {all, AsOfSource::Text};
    }
    // "Since the takeover on 1 February 2021, … as of 31 March 2025": from the one to the other.
    const TemporalMention *opening = nullptr, *closing = nullptr;
    for (const TemporalMention *m : std::as_const(candidates)) {
        if (!opening && (m->role == TemporalMention::Role::Since || opensStretch(ctx, *m, figure)))
            opening = m;
        else if (!closing && closesStretch(ctx, *m))
            closing = m;
    }
    if (opening && closing && opening->interval.first <= closing->interval.last)
        return {{opening->interval.first, closing->interval.last}, AsOfSource::Text};
    const TemporalMention *best = nullptr;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const TemporalMention *m : std::as_const(candidates)) {
        const qsizetype distance = m->span.start >= figure.end ? m->span.start - figure.end
                                                               : std::max<qsizetype>(0, figure.start - m->span.end);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = m;
        }
    }
    if (best)
        return {clippedToPublication(extendedToPublication(ctx, *best, figure), *best, ctx.article), AsOfSource::Text};
    if (ctx.article && ctx.article->published.isValid())
        return {DayInterval::day(ctx.article->published), AsOfSource::Publication};
    return {};
}

void adoptDatesOfSameStatements(Corpus &corpus)
{
    QHash<QString, QList<int>> dated; // statement key → claims dated by their own text
    for (int i = 0; i < corpus.claims.size(); ++i)
        if (corpus.claims.at(i).asOfFrom == AsOfSource::Text)
            dated[statementKey(corpus.claims.at(i))].append(i);
    for (Claim &claim : corpus.claims) {
        if (claim.asOfFrom != AsOfSource::Publication)
            continue;
        const QList<int> same = dated.value(statementKey(claim));
        const Article *article = corpus.articleOf(claim);
        DayInterval best;
        for (int other : same) {
            const Claim &o = corpus.claims.at(other);
            if (o.articleIndex == claim.articleIndex || (article && article->published.isValid()
                                                         && o.asOf.last > article->published))
                continue;
            if (!best.isValid() || o.asOf.last > best.last) // the most recent telling
                best = o.asOf;
        }
        if (best.isValid()) {
            claim.asOf = best;
            claim.asOfFrom = AsOfSource::OtherReport;
        }
    }
}

} // namespace claimline
