#include "EventExtractor.h"

#include "ClaimantLexicon.h"
#include "Lexicon.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <numeric>

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
    QSet<QString> labelSkip;
    QSet<QString> labelStop;
    QSet<QString> notNames; // clause-initial capitalised words (reporting.json)
    int maxDistance = 110;

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
            out.maxDistance = lex.value(u"max_distance").toInt(110);
            for (const QJsonValue &w : loadLexicon(QStringLiteral("reporting")).value(u"not_names").toArray())
                out.notNames.insert(w.toString().toLower());
            return out;
        }();
        return v;
    }
};

struct Word
{
    qsizetype start = 0; // relative to the sentence
    qsizetype end = 0;
    QString text;        // possessive removed
    QString lower;
    bool upper = false;
    bool inDate = false;
    bool punctBefore = false; // a comma, bracket or quote stands between this word and the previous
};

QList<Word> wordsOf(QStringView s, const QList<TextSpan> &dates)
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*"));
    QList<Word> out;
    qsizetype previousEnd = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        Word w;
        w.start = m.capturedStart();
        w.end = m.capturedEnd();
        w.text = m.captured();
        static const QRegularExpression poss(QStringLiteral("['’]s$"));
        w.text.remove(poss);
        w.lower = w.text.toLower();
        w.upper = w.text.front().isUpper();
        for (const TextSpan &d : dates)
            w.inDate = w.inDate || (d.start <= w.start && w.end <= d.end);
        const QStringView between = s.mid(previousEnd, w.start - previousEnd);
        w.punctBefore = std::any_of(between.begin(), between.end(), [](QChar c) { return !c.isSpace(); });
        previousEnd = w.end;
        out.append(w);
    }
    return out;
}

struct TriggerHit
{
    QString kind;
    int first = 0; // word indexes, inclusive
    int last = 0;
};

QList<TriggerHit> triggersIn(const QList<Word> &words)
{
    const EventVocabulary &v = EventVocabulary::get();
    QList<TriggerHit> out;
    for (int i = 0; i < words.size(); ++i) {
        if (words[i].inDate)
            continue;
        const Trigger *best = nullptr;
        for (const Trigger &t : v.triggers) {
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
    return w.upper && !w.inDate && !EventVocabulary::get().notNames.contains(w.lower);
}

// Runs of capitalised words ("Russian Security Council Secretary Sergei Shoigu"), as word
// index ranges; "Russia and North Korea" is one run.
QList<std::pair<int, int>> nameRuns(const QList<Word> &words)
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

QString labelFor(const QList<Word> &words, const QList<std::pair<int, int>> &runs, const TriggerHit &hit)
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
            name.append(words[k].text);
        name = ClaimantLexicon::instance().stripTitle(name.join(u' ')).split(u' ');
        label += name.mid(std::max<qsizetype>(0, name.size() - 4));
    }
    for (int k = hit.first; k <= hit.last; ++k)
        if (k == hit.first || !v.labelSkip.contains(words[k].lower))
            label.append(words[k].text);
    int objectWords = 0;
    for (int k = hit.last + 1; k < words.size() && objectWords < 3 && label.size() < 8; ++k) {
        if (words[k].punctBefore || words[k].inDate || v.labelStop.contains(words[k].lower))
            break;
        if (v.labelSkip.contains(words[k].lower))
            continue;
        if (actor && k >= actor->first && k <= actor->second)
            break;
        label.append(words[k].text);
        ++objectWords;
    }
    return label.join(u' ');
}

QStringList keysOf(const QList<Word> &words, const QList<std::pair<int, int>> &runs)
{
    QStringList keys;
    for (const auto &r : runs)
        for (int k = r.first; k <= r.second; ++k)
            if (words[k].lower != u"and" && !keys.contains(words[k].lower))
                keys.append(words[k].lower);
    return keys;
}

} // namespace

QList<EventCandidate> findEventCandidates(const SentenceContext &sentence)
{
    const EventVocabulary &v = EventVocabulary::get();
    const QStringView text = sentence.sentence();
    QList<TextSpan> dateSpans;
    for (const TemporalMention &m : sentence.dates)
        dateSpans.append({m.span.start - sentence.span.start, m.span.end - sentence.span.start});
    const QList<Word> words = wordsOf(text, dateSpans);
    const QList<TriggerHit> hits = triggersIn(words);
    if (hits.isEmpty())
        return {};
    const auto runs = nameRuns(words); // once per sentence: labels and keys share them
    const QStringList keys = keysOf(words, runs);

    QList<EventCandidate> out;
    for (const TemporalMention &m : sentence.dates) {
        if (m.role == TemporalMention::Role::Duration || !m.interval.isValid())
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
        c.label = labelFor(words, runs, *best);
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

namespace {

bool datesCompatible(const DayInterval &a, const DayInterval &b)
{
    if (!a.overlaps(b))
        return false;
    const DayInterval i = a.intersected(b);
    return a.iou(b) >= 0.5 || i == a || i == b;
}

struct Cluster
{
    QString kind;
    DayInterval date;
    QSet<QString> keys;
    QList<int> members;
};

} // namespace

QList<Event> mergeEvents(const QList<EventCandidate> &candidates)
{
    // Keys that nearly every mention shares (the conflict's main actors) say nothing about
    // which happening it is; only count them when the corpus is small.
    QHash<QString, int> df;
    for (const EventCandidate &c : candidates)
        for (const QString &k : QSet<QString>(c.keys.begin(), c.keys.end()))
            ++df[k];
    const qsizetype n = candidates.size();
    auto significant = [&](const QString &k) { return n < 8 || df.value(k) * 2 <= n; };

    // Most precise mentions first: they seed the clusters that vaguer mentions join.
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const EventCandidate &x = candidates.at(a), &y = candidates.at(b);
        if (x.mention.date.days() != y.mention.date.days())
            return x.mention.date.days() < y.mention.date.days();
        if (x.mention.documentIndex != y.mention.documentIndex)
            return x.mention.documentIndex < y.mention.documentIndex;
        return x.mention.span.start < y.mention.span.start;
    });

    QList<Cluster> clusters;
    for (int idx : std::as_const(order)) {
        const EventCandidate &c = candidates.at(idx);
        QSet<QString> keys;
        for (const QString &k : c.keys)
            if (significant(k))
                keys.insert(k);
        int best = -1;
        qsizetype bestShared = -1;
        for (int k = 0; k < clusters.size(); ++k) {
            const Cluster &cl = clusters.at(k);
            if (cl.kind != c.kind || !datesCompatible(cl.date, c.mention.date))
                continue;
            const qsizetype shared = QSet<QString>(keys).intersect(cl.keys).size();
            const bool close = cl.date.iou(c.mention.date) >= 0.5;
            const bool enough = close ? (shared >= 1 || (keys.isEmpty() && cl.date.days() <= 31)) : shared >= 2;
            if (enough && shared > bestShared) {
                best = k;
                bestShared = shared;
            }
        }
        if (best < 0) {
            clusters.append({c.kind, c.mention.date, keys, {idx}});
            continue;
        }
        Cluster &cl = clusters[best];
        cl.members.append(idx);
        cl.keys.unite(keys);
        if (cl.date.intersected(c.mention.date) == c.mention.date)
            cl.date = c.mention.date; // a day inside the month wins
    }

    QList<Event> events;
    for (const Cluster &cl : std::as_const(clusters)) {
        Event e;
        e.kind = cl.kind;
        e.date = cl.date;
        // The most informative label: most names, then the longest.
        int labelFrom = -1;
        qsizetype labelScore = -1;
        for (int idx : cl.members) {
            const EventCandidate &c = candidates.at(idx);
            qsizetype score = 0;
            for (const QString &w : c.label.split(u' '))
                score += (!w.isEmpty() && w.front().isUpper()) ? 100 : 1;
            score += c.label.size() > 70 ? -1000 : 0;
            if (score > labelScore) {
                labelScore = score;
                labelFrom = idx;
            }
        }
        e.label = candidates.at(labelFrom).label;
        QList<int> members = cl.members;
        std::sort(members.begin(), members.end(), [&](int a, int b) {
            const EventMention &x = candidates.at(a).mention, &y = candidates.at(b).mention;
            return std::pair(x.documentIndex, x.span.start) < std::pair(y.documentIndex, y.span.start);
        });
        for (int idx : members) {
            const EventMention &m = candidates.at(idx).mention;
            const bool duplicate = std::any_of(e.mentions.begin(), e.mentions.end(), [&](const EventMention &o) {
                return o.documentIndex == m.documentIndex && o.span == m.span;
            });
            if (!duplicate)
                e.mentions.append(m);
        }
        events.append(e);
    }

    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.date.first != b.date.first)
            return a.date.first < b.date.first;
        if (a.date.last != b.date.last)
            return a.date.last < b.date.last;
        if (a.label != b.label)
            return a.label < b.label;
        return a.kind < b.kind;
    });
    QSet<QString> used;
    for (Event &e : events) {
        const QByteArray digest = QCryptographicHash::hash((e.kind + u'|' + e.label).toUtf8(), QCryptographicHash::Sha1);
        QString id = QStringLiteral("ev-%1-%2-%3")
                         .arg(e.date.first.toString(Qt::ISODate), e.kind, QString::fromLatin1(digest.toHex().left(6)));
        const QString base = id;
        for (int k = 2; used.contains(id); ++k)
            id = base + u'-' + QString::number(k);
        used.insert(id);
        e.id = id;
    }
    return events;
}

} // namespace claimline
