#include "EventExtractor.h"
#include "EventMergerIndex.h"
#include "text/WordLookup.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <bit>
#include <limits>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace claimline {

namespace {

// A DayInterval as Julian day numbers: the tests below run for every cluster a candidate
// could join, and QDate arithmetic out of line dominated them.
struct Days
{
    qint64 first = 0, last = 0;
    bool valid = false;
    explicit Days(const DayInterval &d)
        : first(d.first.toJulianDay()), last(d.last.toJulianDay()), valid(d.isValid())
    {}
};

// DayInterval::overlaps() and iou(), and whether one contains the other.
struct DateFit
{
    bool overlaps = false;
    double iou = 0;
    bool nested = false;
};

DateFit fitOf(const Days &a, const Days &b)
{
    DateFit fit;
    const qint64 from = std::max(a.first, b.first), to = std::min(a.last, b.last);
    if (!a.valid || !b.valid || from > to)
        return fit;
    fit.overlaps = true;
    fit.iou = double(to - from + 1) / double(std::max(a.last, b.last) - std::min(a.first, b.first) + 1);
    fit.nested = (from == a.first && to == a.last) || (from == b.first && to == b.last);
    return fit;
}

bool datesCompatible(const DateFit &fit) { return fit.overlaps && (fit.iou >= 0.5 || fit.nested); }

// Key ids: the first 64 as bits, so that counting shared keys is one popcount.
struct KeySet
{
    quint64 low = 0;
    std::vector<int> high; // ids from 64 on, sorted

    bool contains(int key) const
    {
        return key < 64 ? (low >> key) & 1 : std::binary_search(high.begin(), high.end(), key);
    }
    // False when the key was already in.
    bool insert(int key)
    {
        if (key < 64) {
            const quint64 bit = quint64(1) << key;
            const bool added = !(low & bit);
            low |= bit;
            return added;
        }
        const auto at = std::lower_bound(high.begin(), high.end(), key);
        if (at != high.end() && *at == key)
            return false;
        high.insert(at, key);
        return true;
    }
    qsizetype sharedWith(const KeySet &other) const
    {
        qsizetype shared = std::popcount(low & other.low);
        for (int key : other.high)
            shared += contains(key);
        return shared;
    }
};

struct Cluster
{
    int kind = 0;
    DayInterval date;
    Days days;
    KeySet keys;
    QList<int> members;
};

// Small dense ids for keys and kinds (std::hash: qHash(QString) is SipHash here).
class Interner
{
public:
    int idOf(QStringView value)
    {
        if (const int *id = m_ids.find(value))
            return *id;
        m_ids.insert(value, m_size);
        return m_size++;
    }
    int size() const { return m_size; }

private:
    WordLookup<int> m_ids;
    int m_size = 0;
};

} // namespace

QList<Event> mergeEvents(const QList<EventCandidate> &candidates)
{
    // Keys that nearly every mention shares (the conflict's main actors) say nothing about
    // which happening it is; only count them when the corpus is small.
    Interner keyIds, kindIds;
    std::vector<std::vector<int>> candidateKeys(size_t(candidates.size()));
    std::vector<int> df;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        std::vector<int> &keys = candidateKeys[size_t(i)];
        for (const QString &k : candidates.at(i).keys)
            keys.push_back(keyIds.idOf(k));
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        df.resize(size_t(keyIds.size()));
        for (int k : keys)
            ++df[size_t(k)];
    }
    const qsizetype n = candidates.size();
    for (std::vector<int> &keys : candidateKeys)
        keys.erase(std::remove_if(keys.begin(), keys.end(), [&](int k) { return !(n < 8 || df[size_t(k)] * 2 <= n); }),
                   keys.end());

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

    // Each candidate joins the cluster (earliest first among equals) of its kind with a
    // compatible date that shares most of its keys; one without keys joins the first
    // close cluster of a month or less.
    QList<Cluster> clusters;
    EventMergerIndex index;
    for (int idx : std::as_const(order)) {
        const EventCandidate &c = candidates.at(idx);
        const std::vector<int> &keys = candidateKeys[size_t(idx)];
        const int kind = kindIds.idOf(c.kind);
        KeySet keySet;
        for (int key : keys)
            keySet.insert(key);
        int best = -1;
        qsizetype bestShared = -1;
        // Without keys only a cluster of at most 31 days can be close enough (IoU ≥ 0.5),
        // and not at all to a candidate of more than 62 days.
        if (!keys.empty() || c.mention.date.days() <= 62) {
            const Days days(c.mention.date);
            index.forEachCandidate(kind, c.mention.date, [&](int k) {
                const Cluster &cl = clusters.at(k);
                if (cl.kind != kind)
                    return;
                const DateFit fit = fitOf(cl.days, days);
                if (!datesCompatible(fit))
                    return;
                const qsizetype shared = cl.keys.sharedWith(keySet);
                const bool close = fit.iou >= 0.5;
                const bool enough = close ? (shared >= 1 || (keys.empty() && cl.date.days() <= 31)) : shared >= 2;
                // Visited in no particular order: among equals the earliest cluster wins.
                if (enough && (shared > bestShared || (shared == bestShared && k < best))) {
                    best = k;
                    bestShared = shared;
                }
            });
        }
        if (best < 0) {
            best = int(clusters.size());
            clusters.append({kind, c.mention.date, Days(c.mention.date), {}, {}});
            index.add(best, kind, c.mention.date);
        }
        Cluster &cl = clusters[best];
        cl.members.append(idx);
        for (int key : keys)
            cl.keys.insert(key);
        if (cl.date.intersected(c.mention.date) == c.mention.date) {
            cl.date = c.mention.date; // a day inside the month wins
            cl.days = Days(cl.date);
        }
    }

    QList<Event> events;
    events.reserve(clusters.size());
    for (const Cluster &cl : std::as_const(clusters)) {
        Event e;
        e.kind = candidates.at(cl.members.first()).kind;
        e.date = cl.date;
        // The most informative label: most names, then the longest.
        // (Overlong labels score below zero: start from the lowest score, so that one of them
        // still wins when they are all there is.)
        int labelFrom = cl.members.constFirst();
        qsizetype labelScore = std::numeric_limits<qsizetype>::min();
        for (int idx : cl.members) {
            const EventCandidate &c = candidates.at(idx);
            qsizetype score = 0;
            for (const QStringView w : QStringView(c.label).split(u' '))
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
        std::set<std::tuple<int, qsizetype, qsizetype>> seen; // a sentence told twice is one mention
        for (int idx : members) {
            const EventMention &m = candidates.at(idx).mention;
            if (seen.insert({m.documentIndex, m.span.start, m.span.end}).second)
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
