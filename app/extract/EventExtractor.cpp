#include "EventExtractor.h"

#include "ClaimantLexicon.h"
#include "Lexicon.h"
#include "text/Lowercase.h"
#include "text/WordLookup.h"
#include "text/WordSet.h"
#include "text/WordRuns.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace claimline {

namespace {

struct Trigger
{
    QString kind;
    QStringList words; // lowercase
};

struct EventVocabulary
{
    QList<Trigger> triggers;
    QSet<QString> generic;
    WordSet labelSkip;
    WordSet labelStop;
    WordSet labelDangling;
    QSet<QString> notNames; // clause-initial capitalised words (reporting.json)
    int maxDistance = 110;
    // Lookups done on every word: triggers by their first word (indexes into `triggers`,
    // in lexicon order), and the not-names.
    WordLookup<QList<int>> triggersByFirstWord;
    WordLookup<bool> notNameWords;

    static const EventVocabulary &get()
    {
        static const EventVocabulary v = [] {
            EventVocabulary out;
            const QJsonObject lex = loadLexicon(QStringLiteral("events"));
            const QJsonObject kinds = lex.value(u"kinds").toObject();
            for (auto it = kinds.begin(); it != kinds.end(); ++it)
                for (const QJsonValue &t : it.value().toArray())
                    out.triggers.append({it.key(), t.toString().toLower().split(u' ', Qt::SkipEmptyParts)});
            for (const QJsonValue &g : lex.value(u"generic").toArray())
                out.generic.insert(g.toString());
            for (const QJsonValue &w : lex.value(u"label_skip").toArray())
                out.labelSkip.insert(w.toString().toLower());
            for (const QJsonValue &w : lex.value(u"label_stop").toArray())
                out.labelStop.insert(w.toString().toLower());
            for (const QJsonValue &w : lex.value(u"label_dangling").toArray())
                out.labelDangling.insert(w.toString().toLower());
            out.maxDistance = lex.value(u"max_distance").toInt(110);
            for (const QJsonValue &w : loadLexicon(QStringLiteral("reporting")).value(u"not_names").toArray())
                out.notNames.insert(w.toString().toLower());
            for (qsizetype t = 0; t < out.triggers.size(); ++t)
                if (!out.triggers.at(t).words.isEmpty())
                    out.triggersByFirstWord[out.triggers.at(t).words.first()].append(int(t));
            for (const QString &w : std::as_const(out.notNames))
                out.notNameWords.insert(w, true);
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
    QStringView lower;   // into the Words' buffer
    bool upper = false;
    bool inDate = false;
    bool punctBefore = false; // a comma, bracket or quote stands between this word and the previous
};

// A sentence's words, and the buffer their lowercase forms view (one per sentence rather
// than two strings per word).
struct Words
{
    QList<Word> list;
    QString lowered;

    qsizetype size() const { return list.size(); }
    const Word &operator[](qsizetype i) const { return list[i]; }
};

Words wordsOf(QStringView s, const QList<TextSpan> &dates)
{
    Words out;
    out.lowered.reserve(s.size());
    out.list.reserve(s.size() / 5 + 4); // about six characters a word with its space
    std::vector<std::pair<qsizetype, qsizetype>> lowered; // offset, length in out.lowered
    lowered.reserve(size_t(s.size() / 5 + 4));
    qsizetype previousEnd = 0;
    for (qsizetype at = 0; at < s.size();) {
        // [\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*, then "'s" / "’s" taken off.
        const qsizetype end = wordruns::wordEnd(s, at);
        if (end == at) {
            ++at;
            continue;
        }
        Word w;
        w.start = at;
        w.end = end;
        at = end;
        w.text = s.mid(w.start, w.end - w.start);
        if (w.text.size() >= 2 && w.text.back() == u's'
            && (w.text[w.text.size() - 2] == u'\'' || w.text[w.text.size() - 2] == u'\u2019'))
            w.text.chop(2);
        const qsizetype from = out.lowered.size();
        appendLowercase(out.lowered, w.text);
        lowered.emplace_back(from, out.lowered.size() - from);
        w.upper = w.text.front().isUpper();
        for (const TextSpan &d : dates)
            w.inDate = w.inDate || (d.start <= w.start && w.end <= d.end);
        const QStringView between = s.mid(previousEnd, w.start - previousEnd);
        w.punctBefore = std::any_of(between.begin(), between.end(), [](QChar c) { return !c.isSpace(); });
        previousEnd = w.end;
        out.list.append(w);
    }
    for (qsizetype i = 0; i < out.list.size(); ++i)
        out.list[i].lower = QStringView(out.lowered).mid(lowered[size_t(i)].first, lowered[size_t(i)].second);
    return out;
}

struct TriggerHit
{
    QString kind;
    int first = 0; // word indexes, inclusive
    int last = 0;
};

QList<TriggerHit> triggersIn(const Words &words)
{
    const EventVocabulary &v = EventVocabulary::get();
    QList<TriggerHit> out;
    for (int i = 0; i < words.size(); ++i) {
        if (words[i].inDate)
            continue;
        const Trigger *best = nullptr;
        const QList<int> *starting = v.triggersByFirstWord.find(words[i].lower);
        if (!starting)
            continue;
        for (int index : *starting) {
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
                if (!v.generic.contains(best->kind))
                    out.last().kind = best->kind;
                i = out.last().last;
                continue;
            }
        }
        out.append({best->kind, i, int(i + best->words.size() - 1)});
        i = out.last().last;
    }
    return out;
}

bool isName(const Word &w)
{
    return w.upper && !w.inDate && !EventVocabulary::get().notNameWords.find(w.lower);
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

QString labelFor(const Words &words, const QList<std::pair<int, int>> &runs, const TriggerHit &hit)
{
    const EventVocabulary &v = EventVocabulary::get();
    QStringList label;
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
        QStringList name;
        for (int k = actor->first; k <= actor->second; ++k)
            name.append(words[k].text.toString());
        name = ClaimantLexicon::instance().stripTitle(name.join(u' ')).split(u' ');
        label += name.mid(std::max<qsizetype>(0, name.size() - 4));
    }
    for (int k = hit.first; k <= hit.last; ++k)
        if (k == hit.first || !v.labelSkip.contains(words[k].lower))
            label.append(words[k].text.toString());
    const qsizetype throughTrigger = label.size();
    int objectWords = 0;
    for (int k = hit.last + 1; k < words.size() && objectWords < 3 && label.size() < 8; ++k) {
        if (words[k].punctBefore || words[k].inDate || v.labelStop.contains(words[k].lower))
            break;
        if (v.labelSkip.contains(words[k].lower))
            continue;
        if (actor && k >= actor->first && k <= actor->second)
            break;
        if (words[k].text.front().isDigit()) // a figure is a claim of its own, not half a label
            break;
        label.append(words[k].text.toString());
        ++objectWords;
    }
    // Nor does it end on a word that wants more: "signed by", "recaptured almost all of".
    while (label.size() > throughTrigger && v.labelDangling.contains(label.last().toLower()))
        label.removeLast();
    return label.join(u' ');
}

QStringList keysOf(const Words &words, const QList<std::pair<int, int>> &runs)
{
    QStringList keys;
    for (const auto &r : runs)
        for (int k = r.first; k <= r.second; ++k)
            if (words[k].lower != u"and" && !keys.contains(words[k].lower))
                keys.append(words[k].lower.toString());
    return keys;
}

} // namespace

QStringList eventKeysOf(QStringView sentence, const QList<TextSpan> &dateSpans)
{
    const Words words = wordsOf(sentence, dateSpans);
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
    const Words words = wordsOf(text, dateSpans);
    const QList<TriggerHit> hits = triggersIn(words);
    if (hits.isEmpty())
        return {};
    const auto runs = nameRuns(words); // once per sentence: labels and keys share them
    const QStringList keys = keysOf(words, runs);

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
            const bool pastVerb = words[h.first].lower.endsWith(u"ed");
            const qsizetype score = distance + (v.generic.contains(h.kind) ? v.maxDistance / 2 : 0) - (pastVerb ? 15 : 0);
            if (!best || score < bestScore) {
                best = &h;
                bestScore = score;
            }
        }
        if (!best)
            continue;
        EventCandidate c;
        c.kind = best->kind;
        QString &label = labels[best - hits.constData()];
        if (label.isNull())
            label = labelFor(words, runs, *best);
        c.label = label;
        c.keys = keys;
        c.mention.span = sentence.span;
        c.mention.date = m.interval;
        if (sentence.article) {
            c.mention.articleIndex = -1;
            c.mention.documentIndex = sentence.article->documentIndex;
        }
        out.append(c);
    }
    return out;
}

} // namespace claimline
