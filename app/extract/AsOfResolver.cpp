#include "AsOfResolver.h"

#include "Lexicon.h"
#include "model/Corpus.h"
#include "text/Lowercase.h"
#include "text/SubstringSet.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace claimline {

namespace {

// The dating cues of dating.json, read once.
struct DatingCues
{
    QStringList cumulative, starts, perfect, asOf;

    static const DatingCues &get()
    {
        static const DatingCues cues = [] {
            const QJsonObject lexicon = loadLexicon(QStringLiteral("dating"));
            const auto list = [&](QStringView key) {
                QStringList out;
                for (const QJsonValue &v : lexicon.value(key).toArray())
                    out.append(v.toString());
                return out;
            };
            return DatingCues{list(u"cumulative_cues"), list(u"start_cues"), list(u"perfect_auxiliaries"),
                              list(u"as_of_cues")};
        }();
        return cues;
    }
};

// Short searches in lower-cased text: the standard library's are a scan, Qt's set up tables.
std::u16string_view asStd(QStringView s)
{
    return {s.utf16(), size_t(s.size())};
}

// The lower-cased text just before a mention, back to the nearest clause break: where
// "since the war began on 7 October 2023" keeps its "since".
QStringView clauseBefore(QStringView lowerSentence, qsizetype mentionAt, qsizetype maxChars)
{
    const qsizetype from = std::max<qsizetype>(0, mentionAt - maxChars);
    QStringView before = lowerSentence.mid(from, mentionAt - from);
    for (qsizetype i = before.size() - 1; i >= 0; --i) {
        const QChar c = before.at(i);
        if (c == u',' || c == u';' || c == u':' || c == u'.' || c == u'(' || c == u')' || c == u'—')
            return before.mid(i + 1);
    }
    return before;
}

// `word` (lower case) as a whole word of the lower-cased `text`.
bool containsWord(QStringView text, QStringView word)
{
    const std::u16string_view hay = asStd(text);
    for (size_t found = hay.find(asStd(word)); found != hay.npos; found = hay.find(asStd(word), found + 1)) {
        const qsizetype at = qsizetype(found), end = at + word.size();
        if ((at == 0 || !text.at(at - 1).isLetter()) && (end == text.size() || !text.at(end).isLetter()))
            return true;
    }
    return false;
}

bool endsWithCue(QStringView lowerText, const QStringList &cues)
{
    const QStringView t = lowerText.trimmed();
    for (const QString &cue : cues)
        if (t.endsWith(cue) && (t.size() == cue.size() || !t.at(t.size() - cue.size() - 1).isLetter()))
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

// What is reported cannot hold after the report: "this year" in a story of 14 May runs to
// 14 May, unless the text looks ahead.
DayInterval clippedToPublication(DayInterval iv, const TemporalMention &m, const Article *article)
{
    if (!m.future && article && article->published.isValid() && iv.first <= article->published
        && article->published < iv.last)
        iv.last = article->published;
    return iv;
}

} // namespace

SentenceDating::SentenceDating(const SentenceContext &ctx) : m_ctx(ctx)
{
    QList<const TemporalMention *> dates;
    for (const TemporalMention &m : ctx.dates)
        if (m.role != TemporalMention::Role::Duration && m.interval.isValid() && !isWireDateline(ctx, m))
            dates.append(&m);
    if (dates.isEmpty())
        return; // nothing to read: every figure is dated by its publication
    m_lower = lowercasedUnitForUnit(ctx.sentence());
    std::optional<bool> perfect; // asked only when a start cue needs it
    const auto inPerfect = [&] {
        if (!perfect) {
            perfect = false;
            for (const QString &aux : DatingCues::get().perfect)
                *perfect = *perfect || containsWord(m_lower, aux);
        }
        return *perfect;
    };
    for (const TemporalMention *m : std::as_const(dates)) {
        const qsizetype at = m->span.start - ctx.span.start;
        const QStringView clause = clauseBefore(m_lower, at, 80);
        // A date that opens a stretch running to the present: "since the takeover on 1
        // February 2021", or the start of something whose toll the sentence gives in the
        // perfect ("the war, which began in April 2023, has killed …").
        const bool opens = m->role == TemporalMention::Role::Point && !m->future
                           && (containsWord(clause, u"since") || (endsWithCue(clause, DatingCues::get().starts) && inPerfect()));
        // "as of 31 March 2025", "as at June": the day a running figure was counted.
        const bool closes = endsWithCue(clauseBefore(m_lower, at, 20), DatingCues::get().asOf);
        m_candidates.append({m, bracketsAround(ctx.text, ctx.span, m->span.start), opens, closes});
    }
}

QStringView SentenceDating::lowerBetween(qsizetype from, qsizetype to) const
{
    return QStringView(m_lower).mid(from - m_ctx.span.start, to - from);
}

// "… since the war began on 7 October 2023, when gunmen attacked, killing 1,200": what a
// "when" clause counts happened on that day.
bool SentenceDating::opensStretch(const Candidate &c, const TextSpan &figure) const
{
    if (!c.opensByItself)
        return false;
    const TemporalMention &m = *c.mention;
    return !(figure.start >= m.span.end && containsWord(lowerBetween(m.span.end, figure.start), u"when"));
}

bool SentenceDating::isRunningTotal(const TextSpan &figure) const
{
    if (!m_cumulativeCues) { // found once per sentence, on first asking
        static const SubstringSet cumulative(DatingCues::get().cumulative);
        m_cumulativeCues.emplace();
        cumulative.forEachIn(m_lower, [&](qsizetype at, qsizetype length) {
            m_cumulativeCues->append({m_ctx.span.start + at, m_ctx.span.start + at + length});
        });
    }
    const qsizetype from = std::max(m_ctx.span.start, figure.start - 40);
    for (const TextSpan &cue : std::as_const(*m_cumulativeCues))
        if (cue.start >= from && cue.end <= figure.start)
            return true;
    return false;
}

AsOf SentenceDating::asOfFor(const TextSpan &figure) const
{
    const TextSpan figureBrackets = bracketsAround(m_ctx.text, m_ctx.span, figure.start);
    QList<const Candidate *> candidates;
    for (const Candidate &c : m_candidates) {
        if (c.brackets != figureBrackets && !(c.brackets.isEmpty() && figureBrackets.isEmpty()))
            continue; // an aside in brackets dates only what it holds
        candidates.append(&c);
    }
    const Article *article = m_ctx.article;
    const auto extendedToPublication = [&](const Candidate &c) {
        const TemporalMention &m = *c.mention;
        if ((m.role == TemporalMention::Role::Since || opensStretch(c, figure)) && article
            && article->published.isValid() && m.interval.first <= article->published)
            return DayInterval{m.interval.first, article->published};
        return m.interval;
    };
    if (!candidates.isEmpty() && isRunningTotal(figure)) {
        DayInterval all;
        for (const Candidate *c : std::as_const(candidates))
            all = all.united(extendedToPublication(*c));
        return {all, AsOfSource::Text};
    }
    // "Since the takeover on 1 February 2021, … as of 31 March 2025": from the one to the other.
    const TemporalMention *opening = nullptr, *closing = nullptr;
    for (const Candidate *c : std::as_const(candidates)) {
        if (!opening && (c->mention->role == TemporalMention::Role::Since || opensStretch(*c, figure)))
            opening = c->mention;
        else if (!closing && c->closes)
            closing = c->mention;
    }
    if (opening && closing && opening->interval.first <= closing->interval.last)
        return {{opening->interval.first, closing->interval.last}, AsOfSource::Text};
    const Candidate *best = nullptr;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const Candidate *c : std::as_const(candidates)) {
        const TemporalMention &m = *c->mention;
        const qsizetype distance = m.span.start >= figure.end ? m.span.start - figure.end
                                                              : std::max<qsizetype>(0, figure.start - m.span.end);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = c;
        }
    }
    if (best)
        return {clippedToPublication(extendedToPublication(*best), *best->mention, article), AsOfSource::Text};
    if (article && article->published.isValid())
        return {DayInterval::day(article->published), AsOfSource::Publication};
    return {};
}

AsOf asOfFor(const SentenceContext &sentence, const TextSpan &figure)
{
    return SentenceDating(sentence).asOfFor(figure);
}

// adoptDatesOfSameStatements: SameStatements.cpp.

} // namespace claimline
