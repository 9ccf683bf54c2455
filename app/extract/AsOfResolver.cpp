#include "AsOfResolver.h"

#include "Lexicon.h"
#include "SpeakerCues.h"
#include "dates/TemporalTagger.h"
#include "model/Corpus.h"
#include "text/Lowercase.h"
#include "text/SubstringSet.h"
#include "text/WordRuns.h"
#include "text/WordSet.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace claimline {

namespace {

// One cue list of dating.json; callers keep it in a static.
QStringList datingCues(QStringView key)
{
    QStringList out;
    for (const QJsonValue &v : loadLexicon(QStringLiteral("dating")).value(key).toArray())
        out.append(v.toString());
    return out;
}

// Words that open a sentence continuing the last speaker: "It put the toll at 300",
// "The ministry said …" (reporting.json: pronouns and back-reference heads).
struct ContinuationOpeners
{
    QStringList pronouns, heads;
};

const ContinuationOpeners &continuationOpeners()
{
    static const ContinuationOpeners openers = [] {
        ContinuationOpeners o;
        const QJsonObject reporting = loadLexicon(QStringLiteral("reporting"));
        for (const QJsonValue &v : reporting.value(u"pronouns").toArray())
            o.pronouns.append(v.toString());
        for (const QJsonValue &v : reporting.value(u"back_reference_heads").toArray())
            o.heads.append(v.toString());
        return o;
    }();
    return openers;
}

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

// text[at, end) stands as a word of its own: no letter glued before or after.
bool isWholeWord(QStringView text, qsizetype at, qsizetype end)
{
    return (at == 0 || !text.at(at - 1).isLetter()) && (end == text.size() || !text.at(end).isLetter());
}

// `word` (lower case) as a whole word of the lower-cased `text`.
bool containsWord(QStringView text, QStringView word)
{
    const std::u16string_view hay = asStd(text);
    for (size_t found = hay.find(asStd(word)); found != hay.npos; found = hay.find(asStd(word), found + 1))
        if (isWholeWord(text, qsizetype(found), qsizetype(found) + word.size()))
            return true;
    return false;
}

// Cues a clause may end with ("said on", "as of"). Asked for every date of every sentence
// with a figure: the clause's suffixes that start a word are looked up, instead of every
// cue compared with its end.
class ClauseEndings
{
public:
    explicit ClauseEndings(const QStringList &cues)
    {
        for (const QString &cue : cues) {
            m_cues.insert(cue);
            m_longest = std::max(m_longest, cue.size());
        }
    }
    // Whether the trimmed text ends with a cue that is all of it or follows a non-letter.
    bool endOf(QStringView lowerText) const
    {
        const QStringView t = lowerText.trimmed();
        for (qsizetype p = std::max<qsizetype>(0, t.size() - m_longest); p <= t.size(); ++p)
            if ((p == 0 || !t.at(p - 1).isLetter()) && m_cues.contains(t.mid(p)))
                return true;
        return false;
    }

private:
    WordSet m_cues;
    qsizetype m_longest = 0;
};

// A date said with the statement that gives a figure: "the ministry said on Sunday",
// "told reporters on Thursday".
bool isStatementDate(QStringView lowerSentence, qsizetype mentionAt)
{
    static const ClauseEndings statement(datingCues(u"statement_cues"));
    return statement.endOf(clauseBefore(lowerSentence, mentionAt, 40));
}

// "It put the toll at 300." / "The ministry said …": the sentence goes on with the speaker of
// the one before instead of naming one.
bool continuesSpeaker(QStringView lowerSentence)
{
    static const QRegularExpression firstWords(QStringLiteral("^[\\s\"“”'‘*_>#-]*(\\w+)(?:\\s+(\\w+))?"));
    const auto m = firstWords.match(lowerSentence);
    if (!m.hasMatch())
        return false;
    const ContinuationOpeners &o = continuationOpeners();
    return o.pronouns.contains(m.captured(1)) || (m.captured(1) == u"the" && o.heads.contains(m.captured(2)));
}

// The day of the statement in the sentence before `sentence` (same article, same or
// previous paragraph): "The ministry said on Sunday that …". Invalid when it names none.
bool isWireDateline(const SentenceContext &ctx, const TemporalMention &m);

SentenceDating::PreviousDates previousStatementDate(const SentenceContext &ctx)
{
    constexpr qsizetype kMaxLookBack = 600;
    const qsizetype floor = std::max(ctx.article ? ctx.article->span.start : 0, ctx.span.start - kMaxLookBack);
    qsizetype end = ctx.span.start;
    while (end > floor && ctx.text.at(end - 1).isSpace())
        --end;
    if (end <= floor)
        return {};
    // Back to the end of the sentence before that one.
    qsizetype start = end - 1;
    while (start > floor) {
        const QChar c = ctx.text.at(start - 1);
        if (c == u'\n' || ((c == u'.' || c == u'!' || c == u'?') && start < end && ctx.text.at(start).isSpace()
                             && !endsTitleAbbreviation(ctx.text, start - 1)))
            break;
        --start;
    }
    const TextSpan previous{start, end};
    thread_local const TemporalTagger tagger;
    const QDate reference = ctx.article ? ctx.article->published : QDate();
    const QString lower = lowercasedUnitForUnit(ctx.text.mid(previous.start, previous.length()));
    SentenceContext previousCtx = ctx;
    previousCtx.span = previous;
    SentenceDating::PreviousDates out;
    const QList<TemporalMention> mentions = tagger.tag(ctx.text, previous, reference);
    for (const TemporalMention &m : mentions) {
        if (m.role != TemporalMention::Role::Point || m.future || !m.interval.isValid()
            || isWireDateline(previousCtx, m))
            continue;
        if (isStatementDate(lower, m.span.start - previous.start))
            out.statement = m.interval; // the last one said
        else
            out.event = m.interval;
    }
    for (const TemporalMention &m : mentions) {
        const qsizetype at = m.span.start - previous.start;
        if (!m.future && m.interval.isValid()
            && (m.role == TemporalMention::Role::Since || containsWord(clauseBefore(lower, at, 80), u"since")))
            out.since = m.interval;
    }
    return out;
}

// A line break, or a full stop (not of "Gov.") before a space, at text[i].
bool endsSentenceAt(QStringView text, qsizetype i, qsizetype limit)
{
    const QChar c = text.at(i);
    return c == u'\n'
           || ((c == u'.' || c == u'!' || c == u'?') && (i + 1 >= limit || text.at(i + 1).isSpace())
               && !endsTitleAbbreviation(text, i));
}

// "… about 200,000 drones a month, according to Herman Smetanin. That is up from 50,000, he
// said in an interview last week.": the day the next sentence gives the same speaker's
// statement, when it refers to that speaker by a pronoun. Invalid when it gives none.
DayInterval nextStatementDate(const SentenceContext &ctx)
{
    constexpr qsizetype kMaxLookAhead = 600;
    const qsizetype ceiling = std::min(ctx.article ? ctx.article->span.end : ctx.text.size(),
                                       std::min(ctx.text.size(), ctx.span.end + kMaxLookAhead));
    qsizetype start = ctx.span.end;
    while (start < ceiling && ctx.text.at(start).isSpace()) {
        if (ctx.text.at(start) == u'\n' && start + 1 < ceiling && ctx.text.at(start + 1) == u'\n')
            return {}; // the next paragraph is another statement
        ++start;
    }
    qsizetype end = start;
    while (end < ceiling && !endsSentenceAt(ctx.text, end, ceiling))
        ++end;
    if (end <= start)
        return {};
    const TextSpan next{start, end};
    thread_local const TemporalTagger tagger;
    const QDate reference = ctx.article ? ctx.article->published : QDate();
    const QString lower = lowercasedUnitForUnit(ctx.text.mid(next.start, next.length()));
    const ContinuationOpeners &o = continuationOpeners();
    for (const TemporalMention &m : tagger.tag(ctx.text, next, reference)) {
        if (m.role != TemporalMention::Role::Point || m.future || !m.interval.isValid())
            continue;
        const qsizetype at = m.span.start - next.start;
        if (!isStatementDate(lower, at))
            continue;
        const QStringView clause = clauseBefore(lower, at, 40);
        for (const QString &pronoun : o.pronouns)
            if (containsWord(clause, pronoun))
                return m.interval;
    }
    return {};
}

// Where the sentence after the one of `ctx` ends (it may open the next paragraph).
qsizetype endOfNextSentence(const SentenceContext &ctx, qsizetype limit)
{
    qsizetype i = ctx.span.end;
    while (i < limit && (ctx.text.at(i).isSpace() || ctx.text.at(i).isPunct())) // past the sentence's own stop
        ++i;
    while (i < limit && !endsSentenceAt(ctx.text, i, limit))
        ++i;
    return i;
}

// The opening of an article and its dates, read once per article: its sentences ask one after another.
struct Opening
{
    QString text; // the opening itself: a key no reused buffer can fake
    qsizetype start = -1;
    qsizetype limit = -1;
    QDate published;
    QString lower;
    QList<TemporalMention> dates;
};

constexpr qsizetype kHeadlineAndLede = 600;

const Opening &openingOf(const SentenceContext &ctx)
{
    constexpr qsizetype kOpening = 1200;
    const qsizetype start = ctx.article->span.start;
    const qsizetype limit = std::min(ctx.article->span.end, start + kOpening);
    thread_local Opening cached;
    const QStringView openingText = ctx.text.mid(start, limit - start);
    if (cached.start != start || cached.published != ctx.article->published || cached.text != openingText) {
        thread_local const TemporalTagger tagger;
        cached = {openingText.toString(), start, limit, ctx.article->published, lowercasedUnitForUnit(openingText),
                  tagger.tag(ctx.text, {start, limit}, ctx.article->published)};
    }
    return cached;
}

// The day of the statement the article's headline and lede report ("…, the institute estimated
// in a report published on July 7"), not after publication. Invalid when they name none.
DayInterval ledeStatementDay(const SentenceContext &ctx)
{
    if (!ctx.article || !ctx.article->published.isValid())
        return {};
    const Opening &opening = openingOf(ctx);
    SentenceContext openingCtx = ctx;
    openingCtx.span = {opening.start, opening.limit};
    for (const TemporalMention &m : opening.dates) {
        if (m.span.end > opening.start + kHeadlineAndLede)
            break;
        if (m.role == TemporalMention::Role::Point && !m.future && m.interval.isValid()
            && m.interval.last <= ctx.article->published && !isWireDateline(openingCtx, m)
            && isStatementDate(opening.lower, m.span.start - opening.start))
            return m.interval;
    }
    return {};
}

// The day the story of an article began: the first date of its opening, up to the sentence after
// the toll's (for a headline, its lede), that is not the day of a statement, began before `toldOn`
// and ended within a month before it ("… has risen to 63, officials said Tuesday. Gunmen
// stormed the village late Friday, …"). Invalid when the opening names none.
DayInterval storyBeganBefore(const SentenceContext &ctx, QDate toldOn)
{
    constexpr int kFreshDays = 31; // a toll counted up to a statement is of a recent event
    if (!ctx.article || !toldOn.isValid())
        return {};
    const Opening &cached = openingOf(ctx);
    const qsizetype start = cached.start, limit = cached.limit;
    const qsizetype end = ctx.isHeadline ? std::min(limit, start + kHeadlineAndLede) : endOfNextSentence(ctx, limit);
    for (const TemporalMention &m : std::as_const(cached.dates)) {
        if (m.span.end > end)
            break;
        // A day or stretch that began before the telling and ended lately ("October 21 to
        // December 3", "six weeks of protests"), not the day of a statement.
        const bool lately = m.interval.isValid() && m.interval.first < toldOn && m.interval.last <= toldOn
                            && m.interval.last >= toldOn.addDays(-kFreshDays);
        if (m.role == TemporalMention::Role::Point && !m.future && lately
            && !isStatementDate(cached.lower, m.span.start - start))
            return m.interval;
    }
    return {};
}

// "GOMA, Congo, Jan 31 (Reuters) - At least 700 …": the dateline dates the report, not the
// figures of the lede glued to it.
bool isWireDateline(const SentenceContext &ctx, const TemporalMention &m)
{
    constexpr qsizetype kMaxPlace = 48, kMaxAfter = 24;
    if (m.span.start - ctx.span.start > kMaxPlace)
        return false;
    // What follows the date: blanks, an optional "(Reuters)" of 1 to 30 characters, blanks, a dash.
    const QStringView after = ctx.text.mid(m.span.end, std::min(kMaxAfter, ctx.span.end - m.span.end));
    const auto skipBlanks = [&](qsizetype i) {
        while (i < after.size() && wordruns::isRegexSpace(after[i]))
            ++i;
        return i;
    };
    const auto isDash = [&](qsizetype i) {
        return i < after.size() && (after[i] == u'-' || after[i] == u'\u2013' || after[i] == u'\u2014');
    };
    const qsizetype start = skipBlanks(0);
    if (isDash(start))
        return true;
    if (start >= after.size() || after[start] != u'(')
        return false;
    qsizetype close = start + 1;
    while (close < after.size() && after[close] != u'(' && after[close] != u')')
        ++close;
    const qsizetype inside = close - start - 1;
    return close < after.size() && after[close] == u')' && inside >= 1 && inside <= 30 && isDash(skipBlanks(close + 1));
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
// A figure told ahead ("will deliver a further 100,000 rounds in 2025") holds for all of its date.
DayInterval clippedToPublication(DayInterval iv, const TemporalMention &m, const Article *article, bool toldAhead)
{
    if (!m.future && !toldAhead && article && article->published.isValid() && iv.first <= article->published
        && article->published < iv.last)
        iv.last = article->published;
    return iv;
}

} // namespace

SentenceDating::SentenceDating(const SentenceContext &ctx)
    : m_ctx(ctx), m_lower(lowercasedUnitForUnit(ctx.sentence()))
{
    static const ClauseEndings starts(datingCues(u"start_cues"));
    static const ClauseEndings asOf(datingCues(u"as_of_cues"));
    for (const TemporalMention &m : ctx.dates) {
        if (m.role == TemporalMention::Role::Duration || !m.interval.isValid() || isWireDateline(ctx, m))
            continue;
        const qsizetype at = m.span.start - ctx.span.start;
        const QStringView clause = clauseBefore(m_lower, at, 80);
        // A date that opens a stretch running to the present: "since the takeover on 1
        // February 2021", or the start of something whose toll the sentence gives in the
        // perfect ("the war, which began in April 2023, has killed …").
        const bool opens = m.role == TemporalMention::Role::Point && !m.future
                           && (containsWord(clause, u"since") || (starts.endOf(clause) && inPerfect()));
        // "as of 31 March 2025", "as at June": the day a running figure was counted.
        const bool closes = asOf.endOf(clauseBefore(m_lower, at, 20));
        m_candidates.append({&m, bracketsAround(ctx.text, ctx.span, m.span.start), opens, closes,
                             !opens && m.role == TemporalMention::Role::Point && !m.future
                                 && isStatementDate(m_lower, at)});
    }
}

// Each of these scans the sentence: read on first need (most sentences never ask).
bool SentenceDating::inPerfect() const
{
    static const QStringList auxiliaries = datingCues(u"perfect_auxiliaries");
    if (!m_perfect)
        m_perfect = std::any_of(auxiliaries.cbegin(), auxiliaries.cend(),
                                [&](const QString &aux) { return containsWord(m_lower, aux); });
    return *m_perfect;
}

bool SentenceDating::presentPerfect() const
{
    if (!m_presentPerfect)
        m_presentPerfect = containsWord(m_lower, u"has") || containsWord(m_lower, u"have");
    return *m_presentPerfect;
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

// A clause break (comma, semicolon, dash; not the comma inside "2,800") in the text between.
bool SentenceDating::clauseBreakBetween(TextSpan between) const
{
    if (between.end <= between.start)
        return false;
    const QStringView text = lowerBetween(between.start, between.end);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool inNumber = c == u',' && i > 0 && i + 1 < text.size() && text.at(i - 1).isDigit() && text.at(i + 1).isDigit();
        if ((c == u',' && !inNumber) || c == u';' || c == u'—' || c == u'(' || c == u')')
            return true;
    }
    return false;
}

// A date after the figure with, between them, another figure the text sets against this one
// ("up from", "compared with": contrast_cues).
bool SentenceDating::followsContrastedFigure(const Candidate &c, const TextSpan &figure) const
{
    static const QStringList contrast = datingCues(u"contrast_cues");
    const TemporalMention &m = *c.mention;
    if (m.span.start < figure.end)
        return false;
    for (const Figure &other : m_ctx.figures) {
        if (other.span.start < figure.end || other.span.end > m.span.start)
            continue;
        const QStringView before = lowerBetween(std::max(figure.end, other.span.start - 24), other.span.start);
        for (const QString &cue : contrast)
            if (before.contains(cue))
                return true;
    }
    return false;
}

// "killing 9 people in one of the deadliest attacks on the capital this year": the date is the
// span the comparison runs over (comparison_cues between the figure and it).
bool SentenceDating::spansAComparison(const Candidate &c, const TextSpan &figure) const
{
    static const QStringList comparison = datingCues(u"comparison_cues");
    const TemporalMention &m = *c.mention;
    if (m.span.start < figure.end)
        return false;
    const QStringView between = lowerBetween(figure.end, m.span.start);
    for (const QString &cue : comparison)
        if (containsWord(between, cue))
            return true;
    return false;
}

// A stretch opened in a clause after the figure's measures something else of that clause
// ("…, the largest number since the hospital was set up a year ago").
bool SentenceDating::opensInLaterClause(const Candidate &c, const TextSpan &figure) const
{
    const TemporalMention &m = *c.mention;
    if (!(m.role == TemporalMention::Role::Since || c.opensByItself) || m.span.start < figure.end)
        return false;
    const QStringView between = lowerBetween(figure.end, m.span.start);
    for (qsizetype i = 0; i < between.size(); ++i) {
        const QChar c = between.at(i);
        // "2,800" keeps its comma inside the number.
        const bool inNumber = c == u',' && i > 0 && i + 1 < between.size() && between.at(i - 1).isDigit()
                              && between.at(i + 1).isDigit();
        if ((c == u',' && !inNumber) || c == u';' || c == u'—')
            return true;
    }
    return false;
}

// "and will deliver a further 100,000 rounds": the figure's clause speaks of what is to come.
bool SentenceDating::toldAhead(const TextSpan &figure) const
{
    static const QStringList future = datingCues(u"future_cues");
    const QStringView clause = clauseBefore(m_lower, figure.start - m_ctx.span.start, 40);
    return std::any_of(future.cbegin(), future.cend(), [&](const QString &w) { return containsWord(clause, w); });
}

// "The mission, which replaced the previous one in January, has about 11,000 troops": a date in a
// relative clause (relative_openers) closed before the figure dates that clause's verb, unless it
// opens what the figure counts ("the war, which began in April 2023, has killed …").
bool SentenceDating::inEarlierRelativeClause(const Candidate &c, const TextSpan &figure) const
{
    static const QStringList openers = datingCues(u"relative_openers");
    const TemporalMention &m = *c.mention;
    if (c.opensByItself || m.role != TemporalMention::Role::Point || m.span.end > figure.start || !clauseBreakBetween({m.span.end, figure.start}))
        return false;
    const QStringView clause = clauseBefore(m_lower, m.span.start - m_ctx.span.start, 80).trimmed();
    return std::any_of(openers.cbegin(), openers.cend(), [&](const QString &w) {
        return clause.startsWith(w) && isWholeWord(clause, 0, w.size());
    });
}

// "22 people were killed when …": the simple past, not the perfect of a running count.
bool SentenceDating::tellsSimplePast() const
{
    static const QStringList past = datingCues(u"simple_past_cues");
    if (!m_simplePast)
        m_simplePast = !inPerfect() && std::any_of(past.cbegin(), past.cend(), [&](const QString &w) {
            return containsWord(m_lower, w);
        });
    return *m_simplePast;
}

// Where a toll told on `toldOn` starts counting: the stretch the sentence before opens ("… had
// been killed since Friday. … said it had treated 592 people"), else the days it says things
// happened, else the day the article's story began. A date of the day it is told says nothing
// of when the count began (a byline's "Updated September 9, 2025" before the lede).
DayInterval SentenceDating::tollStart(const DayInterval &toldOn) const
{
    const PreviousDates &previous = previousDates();
    for (const DayInterval &began : {previous.since, previous.event})
        if (began.isValid() && began.first < toldOn.last)
            return began;
    if (!m_storyBegan)
        m_storyBegan = storyBeganBefore(m_ctx, toldOn.last);
    return *m_storyBegan;
}

// The neighbouring sentences are read (tagged) at most once per sentence, and only when a
// figure of this one needs them.
const SentenceDating::PreviousDates &SentenceDating::previousDates() const
{
    if (!m_previous)
        m_previous = previousStatementDate(m_ctx);
    return *m_previous;
}

DayInterval SentenceDating::nextDates() const
{
    if (!m_next)
        m_next = nextStatementDate(m_ctx);
    return *m_next;
}

bool SentenceDating::tellsToll() const
{
    if (!m_toll) {
        static const SubstringSet tollWords(datingCues(u"toll_words"));
        bool found = false;
        tollWords.forEachIn(m_lower, [&](qsizetype at, qsizetype length) {
            found = found || isWholeWord(m_lower, at, at + length);
        });
        m_toll = found;
    }
    return *m_toll;
}

const QList<TextSpan> &SentenceDating::cumulativeCues() const
{
    if (!m_cumulativeCues) {
        static const SubstringSet cumulative(datingCues(u"cumulative_cues"));
        QList<TextSpan> cues;
        cumulative.forEachIn(m_lower, [&](qsizetype at, qsizetype length) {
            cues.append({m_ctx.span.start + at, m_ctx.span.start + at + length});
        });
        m_cumulativeCues = std::move(cues);
    }
    return *m_cumulativeCues;
}

bool SentenceDating::isRunningTotal(const TextSpan &figure) const
{
    const qsizetype from = std::max(m_ctx.span.start, figure.start - 40);
    for (const TextSpan &cue : cumulativeCues()) {
        // "… 507 square kilometers in May so far, compared with 379 in April": a cue of another
        // clause counts another figure.
        if (cue.start >= from && cue.end <= figure.start && !clauseBreakBetween({cue.end, figure.start}))
            return true;
        // "… has risen to 3,085, the government said on Wednesday, with 4,715 injured": a figure
        // given with a running total is counted over the same days.
        if (cue.end <= figure.start) {
            static const QStringList companions = datingCues(u"companion_cues");
            static const QStringList contrast = datingCues(u"contrast_cues");
            const QStringView before = lowerBetween(std::max(cue.end, figure.start - 16), figure.start);
            bool contrasted = false; // "compared with 379 in April" is not "with 4,715 injured"
            for (const QString &w : contrast)
                contrasted = contrasted || containsWord(before, w);
            for (const QString &w : companions)
                if (!contrasted && containsWord(before, w))
                    return true;
        }
    }
    return false;
}

AsOf SentenceDating::asOfFor(const TextSpan &figure) const
{
    const TextSpan figureBrackets = bracketsAround(m_ctx.text, m_ctx.span, figure.start);
    QList<const Candidate *> candidates;
    for (const Candidate &c : m_candidates) {
        if (c.brackets != figureBrackets && !(c.brackets.isEmpty() && figureBrackets.isEmpty()))
            continue; // an aside in brackets dates only what it holds
        if (opensInLaterClause(c, figure))
            continue; // "treated 179 wounded people, the most since the hospital opened a year ago"
        if (inEarlierRelativeClause(c, figure))
            continue; // "AUSSOM, which replaced the AU mission in January, has about 11,000 troops"
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
    // A toll that counts up, told only with the day it was told: counted from when it began, below.
    // Read only where a rule asks (it scans the sentence).
    std::optional<bool> counted;
    const auto countedToll = [&] {
        if (!counted)
            counted = tellsToll() && (inPerfect() || isRunningTotal(figure));
        return *counted;
    };
    const auto onlyStatementDays = [&] {
        return std::all_of(candidates.cbegin(), candidates.cend(), [](const Candidate *c) { return c->stated; });
    };
    if (!candidates.isEmpty() && isRunningTotal(figure) && !(onlyStatementDays() && countedToll())) {
        DayInterval all;
        for (const Candidate *c : std::as_const(candidates))
            all = all.united(extendedToPublication(*c));
        return {all, AsOfSource::Text};
    }
    // "producing about 2,700 drones a month, up from around 300 a month a year earlier": a date
    // after a figure the text contrasts with this one belongs to that figure; "will deploy next
    // month": a plan is dated by when it is told, not by when it is to happen.
    for (qsizetype i = candidates.size() - 1; i >= 0; --i)
        if (candidates.at(i)->mention->future || followsContrastedFigure(*candidates.at(i), figure)
            || spansAComparison(*candidates.at(i), figure))
            candidates.removeAt(i);
    const QList<const Candidate *> inSentence = candidates;
    // "… 984,200 casualties since February 24, 2022, including 1,210 casualties in the past 24
    // hours": a date in the figure's own clause dates it before any of another clause.
    {
        QList<const Candidate *> own;
        for (const Candidate *c : std::as_const(candidates))
            if (!clauseBreakBetween(c->mention->span.start >= figure.end ? TextSpan{figure.end, c->mention->span.start}
                                                                       : TextSpan{c->mention->span.end, figure.start}))
                own.append(c);
        if (!own.isEmpty())
            candidates = own;
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
    // "… said on Sunday that 224 people had been killed since Friday": from the one to the
    // day it was said.
    if (opening) {
        for (const Candidate *c : inSentence)
            if (c->stated && c->mention != opening && opening->interval.first <= c->mention->interval.last)
                return {{opening->interval.first, c->mention->interval.last}, AsOfSource::Text};
    }
    // "The RSF stormed the camp over the weekend. The assault has killed more than 400 people,
    // the UN said on Sunday.": a count in the perfect dated only by its statement counts from
    // when the sentence before says it began. A toll that counts up ("said 1,200 people had been
    // wounded", "has risen to 63, officials said Tuesday") does so with no date of its own too,
    // from the stretch the text opened before or the day its story began (tollStart).
    const Candidate *said = candidates.size() == 1 && candidates.first()->stated ? candidates.first() : nullptr;
    if (!opening && (said || candidates.isEmpty()) && (said ? presentPerfect() || countedToll() : countedToll())) {
        DayInterval toldOn = said ? said->mention->interval : previousDates().statement;
        if (!toldOn.isValid() || (article && article->published.isValid() && toldOn.first > article->published))
            toldOn = article && article->published.isValid() ? DayInterval::day(article->published) : DayInterval();
        const DayInterval began = countedToll() ? tollStart(toldOn) : previousDates().event;
        if (toldOn.isValid() && began.isValid() && began.first <= toldOn.last)
            return {{began.first, toldOn.last}, AsOfSource::Text};
    }
    // "A milblogger claimed on May 27 that Russian forces captured 15 servicemen on May 26": the
    // day it happened, not the day it was told.
    bool anyEvent = false;
    for (const Candidate *c : std::as_const(candidates))
        anyEvent = anyEvent || !c->stated;
    const Candidate *best = nullptr;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const Candidate *c : std::as_const(candidates)) {
        if (anyEvent && c->stated)
            continue;
        const TemporalMention &m = *c->mention;
        const qsizetype distance = m.span.start >= figure.end ? m.span.start - figure.end
                                                              : std::max<qsizetype>(0, figure.start - m.span.end);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = c;
        }
    }
    // "killed between 40 and 55 civilians on Sunday, residents told Reuters on Tuesday": a fresh
    // toll is counted up to when it is told, within a week of what it counts.
    constexpr int kFreshTollDays = 7;
    if (best && !best->stated && best->mention->role == TemporalMention::Role::Point && tellsToll()) {
        const DayInterval happened = best->mention->interval;
        for (const Candidate *c : inSentence) {
            const DayInterval told = c->mention->interval;
            if (c->stated && told.first > happened.last && happened.last.daysTo(told.first) <= kFreshTollDays)
                return {{happened.first, told.last}, AsOfSource::Text};
        }
        // "… says more than 3,100 people were injured in the quake that struck late on Sunday": told
        // in the present, on the day of publication.
        const bool toldNow = containsWord(m_lower, u"says") || containsWord(m_lower, u"say");
        if (toldNow && article && article->published.isValid() && happened.last < article->published
            && happened.last.daysTo(article->published) <= kFreshTollDays)
            return {{happened.first, article->published}, AsOfSource::Text};
    }
    if (best)
        return {clippedToPublication(extendedToPublication(*best), *best->mention, article, toldAhead(figure)),
                AsOfSource::Text};
    // "The ministry said on Sunday that … . It put the number of wounded at 27.": a sentence
    // that goes on with the last speaker holds on the day that speaker was said to speak.
    if (m_candidates.isEmpty() && continuesSpeaker(m_lower)) {
        const PreviousDates previous = previousDates();
        const DayInterval said = previous.statement;
        if (said.isValid() && !(article && article->published.isValid() && said.first > article->published))
            return {said, AsOfSource::Text};
        // "… in a report published on July 7. According to the report, … since August 2023. The
        // institute estimated that each soldier is paid about $2,000 a month": a figure that does not
        // count up holds on the day the speaker the article reports spoke, not over the stretch.
        if (!said.isValid() && !tellsToll()) {
            const DayInterval lede = ledeStatementDay(m_ctx);
            if (lede.isValid())
                return {lede, AsOfSource::Text};
        }
        // "“We have buried 289 people since Friday,” said X. He said 150 more had been wounded.":
        // the same stretch, up to publication.
        if (!said.isValid() && previous.since.isValid() && article && article->published.isValid()
            && previous.since.first <= article->published)
            return {{previous.since.first, article->published}, AsOfSource::Text};
    }
    if (m_candidates.isEmpty()) {
        const DayInterval said = nextDates();
        if (said.isValid() && !(article && article->published.isValid() && said.first > article->published))
            return {said, AsOfSource::Text};
    }
    // "The quake struck on 28 March. In Thailand, 22 people were killed when a tower collapsed.":
    // a toll told in the simple past with no date of its own happened when the sentence before
    // says things happened.
    // When that sentence says only when something was said, the toll happened when the story began
    // ("The quake struck on Sunday. … 12 were killed, officials said on Monday. “Nine people from my
    // brother's family were killed.”").
    if (m_candidates.isEmpty() && tellsSimplePast()) {
        DayInterval happened = previousDates().event;
        if (!happened.isValid() && !m_ctx.isHeadline && article && article->published.isValid())
            happened = storyBeganBefore(m_ctx, article->published); // a headline tells the news of its day
        if (happened.isValid() && !(article && article->published.isValid() && happened.first > article->published))
            return {happened, AsOfSource::Text};
    }
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
