#include "EventExtractor.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <limits>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace claimline {

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
    int kind = 0;
    DayInterval date;
    QSet<int> keys;
    QList<int> members;
};

// Which clusters a candidate can join, so that merging is not a scan of every cluster.
// A cluster can only be joined when its date overlaps the candidate's, and (when the
// candidate has keys) when it shares one of them. So clusters are listed per kind, key
// and date bucket (32 days), under every bucket their date covered when they gained the
// key; a cluster's date only ever narrows, so the lists stay a superset, and the exact
// tests run on what they return.
class ClusterIndex
{
public:
    // A key of -1 lists a cluster under its kind alone (for candidates without keys).
    void add(int cluster, int kind, int key, const DayInterval &date)
    {
        const qint64 from = bucketOf(date.first), to = bucketOf(date.last);
        if (to - from >= kMaxBuckets) {
            m_lists[slot(kind, key, kWide)].push_back(cluster);
            return;
        }
        for (qint64 b = from; b <= to; ++b)
            m_lists[slot(kind, key, b)].push_back(cluster);
    }

    // Clusters listed under `kind`, one of `keys` and a bucket of `date`: ascending, unique.
    std::vector<int> find(int kind, const std::vector<int> &keys, const DayInterval &date) const
    {
        std::vector<int> out;
        const qint64 from = bucketOf(date.first), to = bucketOf(date.last);
        const auto collect = [&](quint64 s) {
            if (const auto it = m_lists.find(s); it != m_lists.end())
                out.insert(out.end(), it->second.begin(), it->second.end());
        };
        for (int key : keys) {
            collect(slot(kind, key, kWide));
            for (qint64 b = from; b <= to; ++b)
                collect(slot(kind, key, b));
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

private:
    static constexpr qint64 kMaxBuckets = 48;   // dates wider than ~4 years share one list
    static constexpr qint64 kWide = 0xFFFFFFF;  // that list's bucket
    static qint64 bucketOf(QDate d) { return d.toJulianDay() >> 5; }
    // Kind, key and bucket packed into 64 bits; a collision only adds clusters that the
    // exact tests then turn down.
    static quint64 slot(int kind, int key, qint64 bucket)
    {
        return (quint64(quint32(kind) & 0xFFF) << 52) | (quint64(quint32(key + 1) & 0xFFFFFF) << 28)
               | (quint64(bucket) & 0xFFFFFFF);
    }

    std::unordered_map<quint64, std::vector<int>> m_lists;
};

template<typename T>
int internedId(QHash<T, int> &ids, const T &value)
{
    auto it = ids.find(value);
    if (it == ids.end())
        it = ids.insert(value, int(ids.size()));
    return *it;
}

} // namespace

QList<Event> mergeEvents(const QList<EventCandidate> &candidates)
{
    // Keys that nearly every mention shares (the conflict's main actors) say nothing about
    // which happening it is; only count them when the corpus is small.
    QHash<QString, int> keyIds, kindIds;
    std::vector<std::vector<int>> candidateKeys(size_t(candidates.size()));
    std::vector<int> df;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        std::vector<int> &keys = candidateKeys[size_t(i)];
        for (const QString &k : candidates.at(i).keys)
            keys.push_back(internedId(keyIds, k));
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
    ClusterIndex index;
    static const std::vector<int> kNoKey{-1};
    for (int idx : std::as_const(order)) {
        const EventCandidate &c = candidates.at(idx);
        const std::vector<int> &keys = candidateKeys[size_t(idx)];
        const int kind = internedId(kindIds, c.kind);
        int best = -1;
        qsizetype bestShared = -1;
        // Without keys only a cluster of at most 31 days can be close enough (IoU ≥ 0.5),
        // and not at all to a candidate of more than 62 days.
        if (!keys.empty() || c.mention.date.days() <= 62) {
            for (int k : index.find(kind, keys.empty() ? kNoKey : keys, c.mention.date)) {
                const Cluster &cl = clusters.at(k);
                if (cl.kind != kind || !datesCompatible(cl.date, c.mention.date))
                    continue;
                qsizetype shared = 0;
                for (int key : keys)
                    shared += cl.keys.contains(key);
                const bool close = cl.date.iou(c.mention.date) >= 0.5;
                const bool enough = close ? (shared >= 1 || (keys.empty() && cl.date.days() <= 31)) : shared >= 2;
                if (enough && shared > bestShared) {
                    best = k;
                    bestShared = shared;
                }
            }
        }
        if (best < 0) {
            best = int(clusters.size());
            clusters.append({kind, c.mention.date, {}, {}});
            index.add(best, kind, -1, c.mention.date);
        }
        Cluster &cl = clusters[best];
        cl.members.append(idx);
        for (int key : keys)
            if (!cl.keys.contains(key)) {
                cl.keys.insert(key);
                index.add(best, kind, key, cl.date);
            }
        if (cl.date.intersected(c.mention.date) == c.mention.date)
            cl.date = c.mention.date; // a day inside the month wins
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
