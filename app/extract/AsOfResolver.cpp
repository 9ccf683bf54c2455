#include "AsOfResolver.h"

#include "Lexicon.h"
#include "model/Corpus.h"

#include <QHash>
#include <QJsonArray>

namespace claimline {

namespace {

QStringList cumulativeCues()
{
    static const QStringList cues = [] {
        QStringList out;
        for (const QJsonValue &v : loadLexicon(QStringLiteral("dating")).value(u"cumulative_cues").toArray())
            out.append(v.toString());
        return out;
    }();
    return cues;
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

DayInterval extendedToPublication(const TemporalMention &m, const Article *article)
{
    if (m.role == TemporalMention::Role::Since && article && article->published.isValid()
        && m.interval.first <= article->published)
        return {m.interval.first, article->published};
    return m.interval;
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
        if (m.role == TemporalMention::Role::Duration || !m.interval.isValid())
            continue;
        const TextSpan brackets = bracketsAround(ctx.text, ctx.span, m.span.start);
        if (brackets != figureBrackets && !(brackets.isEmpty() && figureBrackets.isEmpty()))
            continue; // an aside in brackets dates only what it holds
        candidates.append(&m);
    }
    if (!candidates.isEmpty() && isRunningTotal(ctx, figure)) {
        DayInterval all;
        for (const TemporalMention *m : std::as_const(candidates))
            all = all.united(extendedToPublication(*m, ctx.article));
        return {all, AsOfSource::Text};
    }
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
        return {extendedToPublication(*best, ctx.article), AsOfSource::Text};
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
