#include "Attribution.h"

#include "ClaimantLexicon.h"
#include "GapClauses.h"
#include "SpeakerCues.h"
#include "TextScans.h"
#include "text/Lowercase.h"
#include "text/WordRuns.h"

#include <QHash>

namespace claimline {

namespace {

// Surface forms repeat across sentences and articles ("the Pentagon", "TASS"): fold each
// one once per thread. Bounded, so that a corpus of many names does not grow it forever.
constexpr qsizetype kMaxCachedNames = 20000;

QString cachedCanonicalName(const ClaimantLexicon &lex, const QString &surface)
{
    thread_local QHash<QString, QString> cache;
    if (const auto it = cache.constFind(surface); it != cache.cend())
        return *it;
    if (cache.size() >= kMaxCachedNames)
        cache.clear();
    return *cache.insert(surface, lex.canonicalName(surface));
}

bool cachedIsMedia(const ClaimantLexicon &lex, const QString &name)
{
    thread_local QHash<QString, bool> cache;
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    if (cache.size() >= kMaxCachedNames)
        cache.clear();
    return *cache.insert(name, lex.isMedia(name));
}

// ^\s*[“"]
bool opensWithQuote(QStringView sentence)
{
    qsizetype i = 0;
    while (i < sentence.size() && wordruns::isRegexSpace(sentence[i]))
        ++i;
    return i < sentence.size() && (sentence[i] == u'“' || sentence[i] == u'"');
}

} // namespace

AttributionResolver::AttributionResolver() = default;

QString AttributionResolver::canonicalName(QStringView surface) const
{
    return ClaimantLexicon::instance().canonicalName(surface);
}

QList<AttributionResolver::Speaker> AttributionResolver::speakersIn(QStringView sentence, qsizetype offset,
                                                                    const QList<TextSpan> &dates,
                                                                    const SentenceContext *context) const
{
    const ClaimantLexicon &lex = ClaimantLexicon::instance();
    CueCache &cache = m_cueCache;
    if (cache.offset != offset || cache.size != sentence.size() || cache.dates != dates) {
        cache.offset = offset;
        cache.size = sentence.size();
        cache.dates = dates;
        cache.cues = context ? findSpeakerCues(*context, dates) : findSpeakerCues(sentence, dates);
        // What does not depend on the speakers read before: named speakers and relays.
        cache.speakers.clear();
        cache.speakers.reserve(cache.cues.size());
        for (const SpeakerCue &cue : std::as_const(cache.cues)) {
            Speaker s;
            s.cue = {cue.cueSpan.start + offset, cue.cueSpan.end + offset};
            appendLowercase(s.surface, cue.surface); // QString::toLower() without its case tables for ASCII
            if (!cue.backReference && !cue.pronoun) {
                s.name = cachedCanonicalName(lex, cue.surface);
                s.media = cachedIsMedia(lex, s.name);
            }
            if (!cue.relayedBy.isEmpty())
                s.via.append(cachedCanonicalName(lex, cue.relayedBy));
            cache.speakers.append(std::move(s));
        }
    }
    QList<Speaker> out;
    out.reserve(cache.cues.size());
    for (qsizetype k = 0; k < cache.cues.size(); ++k) {
        const SpeakerCue &cue = cache.cues.at(k);
        Speaker s = cache.speakers.at(k);
        if (cue.backReference && !cue.head.isEmpty()) {
            // "the ministry": whoever was named with that word; else the description itself,
            // or what the lexicon makes of it.
            s.name = backReferredName(cue.head);
            if (s.name.isEmpty())
                s.name = cachedCanonicalName(lex, cue.surface);
            s.media = cachedIsMedia(lex, s.name);
        } else if (cue.pronoun || cue.backReference) {
            const QString &back = cue.surface.compare(u"it", Qt::CaseInsensitive) == 0 ? m_lastAny : m_lastSpeaker;
            if (back.isEmpty()) {
                if (cue.pronoun)
                    continue;
                s.name = cue.surface; // "the Russian official" with no one named before
            } else {
                s.name = back;
                if (back == m_lastSpeaker)
                    s.via = m_lastVia + s.via; // the relay of this cue comes after
            }
            s.media = cachedIsMedia(lex, s.name);
        }
        out.append(std::move(s));
    }
    return out;
}

// The body sentence that restates a headline's figure: the first later sentence of the
// article where the same number stands as a whole token. Empty when there is none.
TextSpan bodySentenceRestating(const SentenceContext &headline, TextSpan figure)
{
    const QStringView digits = textscans::firstNumber(headline.text.mid(figure.start, figure.length()));
    if (digits.isEmpty() || !headline.article)
        return {};
    const qsizetype end = std::min(headline.article->span.end, headline.text.size());
    qsizetype at = headline.span.end;
    while ((at = headline.text.indexOf(digits, at)) >= 0 && at < end) {
        const qsizetype after = at + digits.size();
        const bool whole = (at == 0 || !(headline.text.at(at - 1).isDigit() || headline.text.at(at - 1) == u','
                                         || headline.text.at(at - 1) == u'.'))
                           && (after >= headline.text.size() || !headline.text.at(after).isDigit());
        if (whole) {
            qsizetype from = at, to = after;
            while (from > headline.span.end) {
                const QChar c = headline.text.at(from - 1);
                if (c == u'\n' || ((c == u'.' || c == u'!' || c == u'?') && headline.text.at(from).isSpace()
                                     && !endsTitleAbbreviation(headline.text, from - 1)))
                    break;
                --from;
            }
            while (to < end) {
                const QChar c = headline.text.at(to);
                if (c == u'\n')
                    break;
                ++to;
                if ((c == u'.' || c == u'!' || c == u'?') && (to >= end || headline.text.at(to).isSpace())
                    && !endsTitleAbbreviation(headline.text, to - 1))
                    break;
            }
            return {from, to};
        }
        at = after;
    }
    return {};
}

Attribution AttributionResolver::attribute(const SentenceContext &sentence, TextSpan figure)
{
    // A headline states what the body reports: when the body restates the figure and names
    // who said it, that speaker is the figure's ("… kills 32, activists say" / "32 people were
    // killed, the El Fasher Resistance Committee said").
    if (sentence.isHeadline) {
        const TextSpan body = bodySentenceRestating(sentence, figure);
        if (!body.isEmpty()) {
            const QList<Speaker> speakers = speakersIn(sentence.text.mid(body.start, body.length()), body.start, {});
            for (const Speaker &s : speakers) {
                if (s.media || s.name.isEmpty())
                    continue;
                Attribution out;
                out.claimant = s.name;
                out.cue = s.cue;
                out.via = s.via;
                return out;
            }
        }
    }
    catchUp(sentence);
    QList<TextSpan> dates;
    for (const TemporalMention &m : sentence.dates)
        dates.append({m.span.start - sentence.span.start, m.span.end - sentence.span.start});
    const QList<Speaker> speakers = speakersIn(sentence.sentence(), sentence.span.start, dates, &sentence);

    Attribution out;
    if (speakers.isEmpty()) {
        // A bare quotation continues the last speaker ("Shoigu specified: “…”").
        if (opensWithQuote(sentence.sentence()) && !m_lastSpeaker.isEmpty()) {
            out.claimant = m_lastSpeaker;
            out.via = m_lastVia;
        }
        m_seenUpTo = std::max(m_seenUpTo, sentence.span.end);
        return out;
    }

    // Relays are intermediaries when the text names the source behind them; of several
    // sources, the nearest before the figure (its clause's speaker), else the nearest after
    // ("“…,” Shoigu said").
    // A medium relays a source the sentence names after it ("Interfax reports that Lavrov
    // specified …", "TASS, citing …"); one named after every other speaker speaks for itself
    // ("the military has said …, and the state news agency reported that …").
    const auto relaysALaterSource = [&speakers](const Speaker &media) {
        for (const Speaker &s : speakers)
            if (!s.media && s.cue.start > media.cue.start)
                return true;
        return false;
    };
    bool anySource = false;
    for (const Speaker &s : speakers)
        anySource = anySource || !s.media;
    int best = -1;
    qsizetype bestDistance = 0;
    bool bestBefore = false;
    for (int k = 0; k < speakers.size(); ++k) {
        const Speaker &s = speakers.at(k);
        if (anySource && s.media && relaysALaterSource(s))
            continue;
        const bool before = s.cue.start <= figure.start;
        const qsizetype distance = before ? figure.start - s.cue.start : s.cue.start - figure.end;
        if (best < 0 || (before && !bestBefore) || (before == bestBefore && distance < bestDistance)) {
            best = k;
            bestDistance = distance;
            bestBefore = before;
        }
    }
    const Speaker &chosen = speakers.at(best);
    out.claimant = chosen.name;
    out.cue = chosen.cue;
    out.via = chosen.via;
    for (const Speaker &s : speakers)
        if (s.media && s.name != chosen.name && !out.via.contains(s.name))
            out.via.append(s.name);
    remember(speakers);
    m_seenUpTo = std::max(m_seenUpTo, sentence.span.end);
    return out;
}

QString AttributionResolver::backReferredName(const QString &head) const
{
    // Words as QString::split(QRegularExpression("\\W+")) cuts them.
    for (qsizetype k = m_recent.size() - 1; k >= 0; --k) {
        const Speaker &s = m_recent.at(k);
        if (textscans::hasWordRun(s.name.toLower(), head) || textscans::hasWordRun(s.surface, head))
            return s.name;
    }
    return {};
}

void AttributionResolver::remember(const QList<Speaker> &speakers)
{
    constexpr qsizetype kRecentSpeakers = 16;
    for (const Speaker &s : speakers) {
        m_recent.append(s);
        if (m_recent.size() > kRecentSpeakers)
            m_recent.removeFirst();
    }
    QStringList media;
    for (const Speaker &s : speakers)
        if (s.media)
            media.append(s.name);
    for (const Speaker &s : speakers) {
        m_lastAny = s.name;
        if (s.media)
            continue;
        m_lastSpeaker = s.name;
        m_lastVia = s.via;
        for (const QString &m : std::as_const(media))
            if (!m_lastVia.contains(m))
                m_lastVia.append(m);
    }
}

void AttributionResolver::observe(const SentenceContext &sentence)
{
    if (sentence.span.end <= m_seenUpTo)
        return;
    QList<TextSpan> dates;
    for (const TemporalMention &m : sentence.dates)
        dates.append({m.span.start - sentence.span.start, m.span.end - sentence.span.start});
    remember(speakersIn(sentence.sentence(), sentence.span.start, dates, &sentence));
    m_seenUpTo = sentence.span.end;
}

void AttributionResolver::catchUp(const SentenceContext &sentence)
{
    // The pipeline asks only about sentences with figures; read what lies between, so that
    // pronouns and bare quotations still find the speaker named there.
    qsizetype from = m_seenUpTo;
    if (from < 0)
        from = sentence.article ? sentence.article->span.start : sentence.span.start;
    if (from >= sentence.span.start)
        return;
    const QStringView gap = sentence.text.mid(from, sentence.span.start - from);
    for (const TextSpan &clause : gapClauses(gap))
        remember(speakersIn(gap.mid(clause.start, clause.length()), from + clause.start, {}));
    m_seenUpTo = sentence.span.start;
}

} // namespace claimline
