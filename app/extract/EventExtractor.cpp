#include "EventExtractor.h"

#include "ClaimantLexicon.h"
#include "Lexicon.h"
#include "NumberCommas.h"
#include "text/Lowercase.h"
#include "text/WordLookup.h"
#include "text/WordSet.h"
#include "text/FastWordRuns.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <optional>
#include <utility>

namespace claimline {

namespace {

struct Trigger
{
    QString kind;
    QStringList words; // lowercase
    bool generic = false; // its kind is in the lexicon's 'generic' list
};

// What the extractor asks about a word, found with one lookup per word.
struct WordFacts
{
    int triggers = -1; // index into EventVocabulary::triggerLists: the triggers it starts
    bool notName = false;
    bool labelSkip = false;
    bool labelStop = false;
};

struct EventVocabulary
{
    QList<Trigger> triggers;
    WordSet labelDangling;
    int maxDistance = 110;
    // Lookups done on every word: the triggers it starts (indexes into `triggers`, in
    // lexicon order), whether it is a not-name (reporting.json) or a label word.
    WordLookup<WordFacts, FnvWordHash> facts;
    std::vector<QList<int>> triggerLists;

    static const EventVocabulary &get()
    {
        static const EventVocabulary v = [] {
            EventVocabulary out;
            const QJsonObject lex = loadLexicon(QStringLiteral("events"));
            QSet<QString> generic;
            for (const QJsonValue &g : lex.value(u"generic").toArray())
                generic.insert(g.toString());
            const QJsonObject kinds = lex.value(u"kinds").toObject();
            for (auto it = kinds.begin(); it != kinds.end(); ++it)
                for (const QJsonValue &t : it.value().toArray())
                    out.triggers.append({it.key(), t.toString().toLower().split(u' ', Qt::SkipEmptyParts),
                                         generic.contains(it.key())});
            for (const QJsonValue &w : lex.value(u"label_skip").toArray())
                out.facts[w.toString().toLower()].labelSkip = true;
            for (const QJsonValue &w : lex.value(u"label_stop").toArray())
                out.facts[w.toString().toLower()].labelStop = true;
            for (const QJsonValue &w : lex.value(u"label_dangling").toArray())
                out.labelDangling.insert(w.toString().toLower());
            out.maxDistance = lex.value(u"max_distance").toInt(110);
            for (const QJsonValue &w : loadLexicon(QStringLiteral("reporting")).value(u"not_names").toArray())
                out.facts[w.toString().toLower()].notName = true;
            for (qsizetype t = 0; t < out.triggers.size(); ++t) {
                if (out.triggers.at(t).words.isEmpty())
                    continue;
                WordFacts &f = out.facts[out.triggers.at(t).words.first()];
                if (f.triggers < 0) {
                    f.triggers = int(out.triggerLists.size());
                    out.triggerLists.emplace_back();
                }
                out.triggerLists[size_t(f.triggers)].append(int(t));
            }
            return out;
        }();
        return v;
    }
};

struct Word
{
    qsizetype start = 0; // relative to the sentence
    qsizetype end = 0;
    QStringView text;    // possessive removed
    QStringView lower;
    qsizetype lowerAt = -1, lowerLength = 0; // where `lower` is in the Words' buffer, while it still grows
    const WordFacts *facts = nullptr; // of `lower`; null for a word the lexicons lack
    uint64_t hash = 0;                // of `lower`
    bool upper = false;
    bool inDate = false;
    bool punctBefore = false; // a comma, bracket or quote stands between this word and the previous
};

// A sentence's words, and the buffer their lowercase forms view when the sentence's word
// tokens do not hold them. One per thread and caller, reused: every dated sentence is read
// into one.
struct Words
{
    std::vector<Word> list;
    std::vector<char16_t> lowered;
    size_t used = 0; // of `lowered`

    qsizetype size() const { return qsizetype(list.size()); }
    const Word &operator[](qsizetype i) const { return list[size_t(i)]; }

    void clear(qsizetype sentenceLength)
    {
        list.clear();
        used = 0;
        if (lowered.size() < size_t(sentenceLength))
            lowered.resize(size_t(sentenceLength)); // ASCII lowercases unit for unit
    }

    // Word [start, end) of sentence `s`, its possessive "'s" taken off; its lowercase
    // form is still to be set.
    Word &append(QStringView s, qsizetype start, qsizetype end, const QList<TextSpan> &dates, bool punctBefore)
    {
        Word &w = list.emplace_back();
        w.start = start;
        w.end = end;
        w.text = s.mid(start, end - start);
        if (w.text.size() >= 2 && w.text.back() == u's'
            && (w.text[w.text.size() - 2] == u'\'' || w.text[w.text.size() - 2] == u'\u2019'))
            w.text.chop(2);
        w.upper = w.text.front().isUpper();
        for (const TextSpan &d : dates)
            w.inDate = w.inDate || (d.start <= w.start && w.end <= d.end);
        w.punctBefore = punctBefore;
        return w;
    }

    // The last word's lowercase form, written into the buffer, and its lexicon facts.
    void lowerIntoBuffer(Word &w)
    {
        size_t length = 0;
        w.hash = lowercaseHashed(lowered, used, w.text, &length);
        w.lowerAt = qsizetype(used);
        w.lowerLength = qsizetype(length);
        w.facts = EventVocabulary::get().facts.findHashed(QStringView(lowered.data() + used, w.lowerLength), w.hash);
        used += length;
    }

    // The buffer is complete: no more reallocation can move what the views point at.
    void finish()
    {
        for (Word &w : list)
            if (w.lowerAt >= 0)
                w.lower = QStringView(lowered.data() + w.lowerAt, w.lowerLength);
    }
};

void wordsOf(QStringView s, const QList<TextSpan> &dates, Words &out)
{
    out.clear(s.size());
    bool punct = false; // a character other than a space since the previous word
    for (qsizetype at = 0; at < s.size();) {
        // [\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*, then "'s" / "’s" taken off.
        const qsizetype end = wordruns::fastWordEnd(s, at);
        if (end == at) {
            punct = punct || !s[at].isSpace();
            ++at;
            continue;
        }
        out.lowerIntoBuffer(out.append(s, at, end, dates, std::exchange(punct, false)));
        at = end;
    }
    out.finish();
}

// wordsOf() on the sentence's shared word tokens, without reading its characters again;
// false, with nothing made, where the tokens cut it otherwise.
bool wordsOfTokens(const SentenceContext &sentence, const QList<TextSpan> &dates, Words &out)
{
    const WordTokens &tokens = sentence.words();
    if (!tokensAreWordRuns(sentence.text, tokens))
        return false;
    const QStringView s = sentence.sentence();
    const qsizetype offset = sentence.span.start;
    out.clear(s.size());
    bool punct = false;
    for (const WordToken &t : tokens) {
        if (!t.isWordOrNumber()) {
            punct = true;
            continue;
        }
        if (!t.ascii) { // folded typography: toLower() of the text is what wordsOf() keeps
            out.lowerIntoBuffer(out.append(s, t.span.start - offset, t.span.end - offset, dates, std::exchange(punct, false)));
            continue;
        }
        // "1,420" is one number token and two words: a comma joins no word.
        for (qsizetype from = 0;;) {
            const qsizetype comma = numberCommaAt(t, from);
            const qsizetype to = comma < 0 ? t.lower.size() : comma;
            Word &w = out.append(s, t.span.start - offset + from, t.span.start - offset + to, dates, std::exchange(punct, false));
            w.lower = t.lower.mid(from, w.text.size());
            w.hash = FnvWordHash::of({w.lower.utf16(), size_t(w.lower.size())});
            w.facts = EventVocabulary::get().facts.findHashed(w.lower, w.hash);
            if (comma < 0)
                break;
            punct = true;
            from = comma + 1;
        }
    }
    out.finish();
    return true;
}

struct TriggerHit
{
    const Trigger *kind; // the trigger whose kind the hit reports
    int first = 0; // word indexes, inclusive
    int last = 0;
};

QList<TriggerHit> triggersIn(const Words &words)
{
    const EventVocabulary &v = EventVocabulary::get();
    QList<TriggerHit> out;
    for (int i = 0; i < words.size(); ++i) {
        if (words[i].inDate || !words[i].facts || words[i].facts->triggers < 0)
            continue;
        const Trigger *best = nullptr;
        for (int index : v.triggerLists[size_t(words[i].facts->triggers)]) {
            const Trigger &t = v.triggers.at(index);
            if (i + t.words.size() > words.size() || (best && best->words.size() >= t.words.size()))
                continue;
            bool ok = true;
            for (int k = 0; k < t.words.size() && ok; ++k)
                ok = words[i + k].lower == t.words.at(k);
            if (ok)
                best = &t;
        }
        if (!best)
            continue;
        // "issued an arrest warrant", "launched a counteroffensive": one happening, told
        // from its verb.
        if (!out.isEmpty() && i - out.last().last <= 3) {
            bool joined = true;
            for (int k = out.last().last + 1; k <= i && joined; ++k)
                joined = !words[k].punctBefore && !words[k].inDate;
            if (joined) {
                out.last().last = int(i + best->words.size() - 1);
                if (!best->generic)
                    out.last().kind = best;
                i = out.last().last;
                continue;
            }
        }
        out.append({best, i, int(i + best->words.size() - 1)});
        i = out.last().last;
    }
    return out;
}

bool isName(const Word &w)
{
    return w.upper && !w.inDate && !(w.facts && w.facts->notName);
}

bool isLabelSkip(const Word &w)
{
    return w.facts && w.facts->labelSkip;
}

// Runs of capitalised words ("Russian Security Council Secretary Sergei Shoigu"), as word
// index ranges; "Russia and North Korea" is one run.
QList<std::pair<int, int>> nameRuns(const Words &words)
{
    QList<std::pair<int, int>> runs;
    for (int i = 0; i < words.size(); ++i) {
        if (!isName(words[i]))
            continue;
        int j = i;
        while (j + 1 < words.size() && !words[j + 1].punctBefore
               && (isName(words[j + 1])
                   || (words[j + 1].lower == u"and" && j + 2 < words.size() && isName(words[j + 2])
                       && !words[j + 2].punctBefore)))
            ++j;
        runs.append({i, j});
        i = j;
    }
    return runs;
}

// The label as the indexes of its words: an actor, the trigger, a few words of its object.
QString labelFor(const Words &words, const QList<std::pair<int, int>> &runs, const TriggerHit &hit)
{
    const EventVocabulary &v = EventVocabulary::get();
    QVarLengthArray<int, 16> label;
    const std::pair<int, int> *actor = nullptr;
    for (const auto &r : runs)
        if (r.second < hit.first)
            actor = &r;
    if (!actor)
        for (const auto &r : runs)
            if (r.first > hit.last) {
                actor = &r;
                break;
            }
    if (actor) {
        // Titles go ("Security Council Secretary Sergei Shoigu" → "Sergei Shoigu").
        const int first = actor->first;
        const qsizetype start = ClaimantLexicon::instance().nameStartAfterTitle(
            actor->second - first + 1, [&](qsizetype i) { return words[first + i].text; },
            [&](qsizetype i) { return words[first + i].lower; });
        for (int k = std::max<int>(first + int(start), actor->second - 3); k <= actor->second; ++k)
            label.append(k);
    }
    for (int k = hit.first; k <= hit.last; ++k)
        if (k == hit.first || !isLabelSkip(words[k]))
            label.append(k);
    const qsizetype throughTrigger = label.size();
    int objectWords = 0;
    for (int k = hit.last + 1; k < words.size() && objectWords < 3 && label.size() < 8; ++k) {
        if (words[k].punctBefore || words[k].inDate || (words[k].facts && words[k].facts->labelStop))
            break;
        if (isLabelSkip(words[k]))
            continue;
        if (actor && k >= actor->first && k <= actor->second)
            break;
        if (words[k].text.front().isDigit()) // a figure is a claim of its own, not half a label
            break;
        label.append(k);
        ++objectWords;
    }
    // Nor does it end on a word that wants more: "signed by", "recaptured almost all of".
    while (label.size() > throughTrigger && v.labelDangling.contains(words[label.back()].lower))
        label.removeLast();
    QString out;
    for (const int k : label) {
        if (!out.isEmpty())
            out += u' ';
        out += words[k].text;
    }
    return out;
}

// A word as a key string, shared with the sentences before that had it: names repeat from
// sentence to sentence, and a shared string costs a reference count where a new one costs
// an allocation. Bounded, so that a corpus of many names does not grow it forever.
QString keyString(const Word &w)
{
    constexpr qsizetype kMaxKeys = 20000;
    thread_local WordLookup<QString, FnvWordHash> known;
    if (const QString *key = known.findHashed(w.lower, w.hash))
        return *key;
    if (known.size() >= kMaxKeys)
        known.clear();
    return known[w.lower] = w.lower.toString();
}

QStringList keysOf(const Words &words, const QList<std::pair<int, int>> &runs)
{
    QStringList keys;
    for (const auto &r : runs)
        for (int k = r.first; k <= r.second; ++k)
            if (words[k].lower != u"and" && !keys.contains(words[k].lower))
                keys.append(keyString(words[k]));
    return keys;
}

} // namespace

QStringList eventKeysOf(QStringView sentence, const QList<TextSpan> &dateSpans)
{
    thread_local Words words;
    wordsOf(sentence, dateSpans, words);
    return keysOf(words, nameRuns(words));
}

QList<EventCandidate> findEventCandidates(const SentenceContext &sentence)
{
    // A candidate needs a dated mention: most sentences have none, and need no words.
    const auto usable = [](const TemporalMention &m) {
        return m.role != TemporalMention::Role::Duration && m.interval.isValid();
    };
    if (std::none_of(sentence.dates.begin(), sentence.dates.end(), usable))
        return {};
    const EventVocabulary &v = EventVocabulary::get();
    const QStringView text = sentence.sentence();
    QList<TextSpan> dateSpans;
    for (const TemporalMention &m : sentence.dates)
        dateSpans.append({m.span.start - sentence.span.start, m.span.end - sentence.span.start});
    thread_local Words words;
    if (!wordsOfTokens(sentence, dateSpans, words))
        wordsOf(text, dateSpans, words);
    const QList<TriggerHit> hits = triggersIn(words);
    if (hits.isEmpty())
        return {};
    // Made when the first candidate needs them, once per sentence: labels and keys share
    // them, and most dated sentences make no candidate.
    std::optional<QList<std::pair<int, int>>> runs;
    QStringList keys;

    QList<EventCandidate> out;
    QList<QString> labels(hits.size()); // per trigger, made when a date first chooses it
    for (const TemporalMention &m : sentence.dates) {
        if (!usable(m))
            continue;
        const TextSpan date{m.span.start - sentence.span.start, m.span.end - sentence.span.start};
        // The trigger nearest the date; a generic one ("said", "reported") only when no
        // specific happening stands nearby.
        const TriggerHit *best = nullptr;
        qsizetype bestScore = 0;
        for (const TriggerHit &h : hits) {
            const qsizetype hs = words[h.first].start, he = words[h.last].end;
            const qsizetype distance = he <= date.start ? date.start - he : std::max<qsizetype>(0, hs - date.end);
            if (distance > v.maxDistance)
                continue;
            // Verbs in the past tense tell the happening itself ("arrived … for talks").
            const QStringView verb = words[h.first].lower;
            const bool pastVerb = verb.size() >= 2 && verb[verb.size() - 2] == u'e' && verb.back() == u'd';
            const qsizetype score = distance + (h.kind->generic ? v.maxDistance / 2 : 0) - (pastVerb ? 15 : 0);
            if (!best || score < bestScore) {
                best = &h;
                bestScore = score;
            }
        }
        if (!best)
            continue;
        if (!runs) {
            runs = nameRuns(words);
            keys = keysOf(words, *runs);
        }
        EventCandidate c;
        c.kind = best->kind->kind;
        QString &label = labels[best - hits.constData()];
        if (label.isNull())
            label = labelFor(words, *runs, *best);
        c.label = label;
        c.keys = keys;
        c.mention.span = sentence.span;
        c.mention.date = m.interval;
        if (sentence.article) {
            c.mention.articleIndex = -1;
            c.mention.documentIndex = sentence.article->documentIndex;
        }
        out.append(std::move(c));
    }
    return out;
}

} // namespace claimline
