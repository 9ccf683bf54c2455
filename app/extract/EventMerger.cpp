#include "EventMerger.h"

#include "text/WordLookup.h"
#include "text/WordSet.h"

#include <QCryptographicHash>
#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace claimline {

namespace {

// What the test of a visited cluster reads, packed so that visiting is one cache line:
// merging compares each candidate with every cluster of its kind its date overlaps (tens
// of millions of tests for 10,000 articles), and a QList of whole clusters made each test a
// cache miss.
struct ClusterFit
{
    qint64 first = 1, last = 0; // Julian days; empty for an invalid date
    quint64 keyLow = 0;         // key ids below 64 as bits: shared keys are one popcount
};

// The rest of a cluster, read when a candidate joins it.
struct Cluster
{
    int seedRank = 0;          // merge position of the candidate that made it: the order of creation
    DayInterval date;
    std::vector<int> keyHigh;  // key ids from 64 on, sorted
    QList<int> members;        // candidate indexes, in merge order
};

// Which clusters of one kind a candidate's date overlaps, so that merging is not a scan of
// every cluster. Clusters are listed under every date bucket their date covered when they
// were made (a cluster's date only ever narrows, so the lists stay a superset; the caller
// runs the exact tests). Buckets come in four sizes (1, 8, 64 and 512 days): a cluster is
// listed at the finest size that covers its date in at most four buckets, and a query walks
// the buckets of every size that its date overlaps.
//
// A cluster listed in several buckets of a size is visited once per query without a
// "seen" mark: each entry says whether it is the cluster's first bucket, and a query
// visits an entry in its first bucket, or the first bucket the query itself overlaps.
class DateBuckets
{
public:
    void add(int cluster, qint64 first, qint64 last)
    {
        for (int level = 0; level < kLevels; ++level) {
            const qint64 from = first >> kShift[level], to = last >> kShift[level];
            if (to - from < kMaxBuckets) {
                for (qint64 b = from; b <= to; ++b)
                    bucket(m_levels[level], b).push_back(entry(cluster, b == from));
                return;
            }
        }
        bucket(m_levels[kLevels], 0).push_back(entry(cluster, true));
    }

    // Calls visit(cluster) once for each cluster listed in a bucket that [first, last] overlaps.
    template<typename Visit>
    void forEachOverlapping(qint64 first, qint64 last, Visit visit) const
    {
        for (int level = 0; level <= kLevels; ++level) {
            const Buckets &buckets = m_levels[level];
            const qint64 from = level < kLevels ? first >> kShift[level] : 0;
            const qint64 to = level < kLevels ? last >> kShift[level] : 0;
            const auto start = std::lower_bound(buckets.begin(), buckets.end(), from,
                                                [](const Bucket &b, qint64 key) { return b.first < key; });
            for (auto b = start; b != buckets.end() && b->first <= to; ++b) {
                const bool queryStart = b->first == from;
                for (const int e : b->second)
                    if (queryStart || (e & 1))
                        visit(e >> 1);
            }
        }
    }

private:
    static constexpr int kLevels = 4; // bucket sizes; one more list for dates wider than ~5 years
    static constexpr int kShift[kLevels] = {0, 3, 6, 9};
    static constexpr qint64 kMaxBuckets = 4;
    // Buckets of one size in a vector sorted by key, not a std::map: queries walk runs of
    // buckets (a year-wide date walks 366 days), and walking a tree's nodes was a fifth of
    // the search. New buckets are rare next to queries.
    using Bucket = std::pair<qint64, std::vector<int>>;
    using Buckets = std::vector<Bucket>;
    static int entry(int cluster, bool firstBucket) { return cluster * 2 + int(firstBucket); }
    static std::vector<int> &bucket(Buckets &buckets, qint64 key)
    {
        const auto at = std::lower_bound(buckets.begin(), buckets.end(), key,
                                         [](const Bucket &b, qint64 k) { return b.first < k; });
        if (at != buckets.end() && at->first == key)
            return at->second;
        return buckets.insert(at, Bucket{key, {}})->second;
    }

    Buckets m_levels[kLevels + 1];
};

// std::popcount, inline: without a target that has the instruction (the default x86-64
// build), std::popcount is a call into libgcc, and this runs for every visited cluster.
int bitCount(quint64 x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return int((x * 0x0101010101010101ull) >> 56);
}

// Small dense ids for keys and kinds (qHash(QString) is SipHash here).
class Interner
{
public:
    int idOf(QStringView value)
    {
        if (const int *id = m_ids.find(value))
            return *id;
        int &id = m_ids[value]; // a new entry
        id = int(m_ids.size()) - 1;
        return id;
    }
    int size() const { return int(m_ids.size()); }

private:
    WordLookup<int> m_ids;
};

// The most informative label scores highest: most names, then the longest (overlong labels
// score below zero, so that one of them still wins when they are all there is).
qsizetype labelScore(const QString &label)
{
    // Word by word as QStringView::split(u' ') cuts it, empty words included.
    qsizetype score = 0, wordStart = 0;
    for (qsizetype i = 0; i <= label.size(); ++i) {
        if (i < label.size() && label.at(i) != u' ')
            continue;
        score += (i > wordStart && label.at(wordStart).isUpper()) ? 100 : 1;
        wordStart = i + 1;
    }
    return score + (label.size() > 70 ? -1000 : 0);
}

// digest.toHex().left(2 * count), lowercase, without the whole digest's hex.
QString hexOfFirstBytes(const QByteArray &digest, qsizetype count)
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString out;
    out.reserve(2 * count);
    for (qsizetype i = 0; i < std::min(count, digest.size()); ++i) {
        const auto byte = uchar(digest.at(i));
        out.append(QChar(digits[byte >> 4])).append(QChar(digits[byte & 15]));
    }
    return out;
}

// QDate::toString(Qt::ISODate): "yyyy-MM-dd", empty for an invalid date or a year outside
// 0…9999. Qt formats it through a QCalendar and asprintf, a few thousand instructions for
// each event's id.
QString isoDate(QDate date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return {};
    QString out(10, Qt::Uninitialized);
    QChar *at = out.data();
    const auto put = [&at](int value, int digits) {
        for (int k = digits - 1; k >= 0; --k, value /= 10)
            at[k] = QChar(u'0' + value % 10);
        at += digits;
    };
    put(year, 4);
    *at++ = u'-';
    put(month, 2);
    *at++ = u'-';
    put(day, 2);
    return out;
}

} // namespace

struct EventMerge::Private
{
    // Everything a kind's merge reads of the others' is filled in before: kinds share nothing
    // they write.
    struct Kind
    {
        std::vector<int> candidates; // indexes, in merge order
        std::vector<ClusterFit> fits;
        std::vector<Cluster> clusters;
        DateBuckets index;
        std::vector<std::pair<int, Event>> events; // by the seed rank of their cluster
        qsizetype narrowings = 0;                  // cluster dates narrowed so far
    };
    struct Probe;
    class RepeatedChoices;

    explicit Private(const QList<EventCandidate> &in) : candidates(in) {}

    void internKeys();
    void order();
    void merge(Kind &kind) const;
    int bestCluster(const Kind &kind, const Probe &candidate) const;
    bool join(Kind &kind, int cluster, const Probe &candidate) const;
    Event eventOf(const Cluster &cluster) const;

    const QList<EventCandidate> &candidates;
    std::vector<int> keyStart; // candidate i's usable key ids: keyIds[keyStart[i] .. keyStart[i + 1]), sorted
    std::vector<int> keyIds;
    std::vector<int> rank;     // merge position of each candidate
    std::vector<DayInterval> dates;     // each candidate's mention date
    std::vector<qsizetype> labelScores; // each candidate's labelScore()
    Interner kindIds;
    std::vector<Kind> kinds;
};

// Keys that nearly every mention shares (the conflict's main actors) say nothing about
// which happening it is; only count them when the corpus is small.
void EventMerge::Private::internKeys()
{
    Interner ids;
    const qsizetype n = candidates.size();
    keyStart.assign(size_t(n) + 1, 0);
    std::vector<int> df;
    for (qsizetype i = 0; i < n; ++i) {
        const auto from = keyIds.size();
        for (const QString &k : candidates.at(i).keys)
            keyIds.push_back(ids.idOf(k));
        std::sort(keyIds.begin() + qsizetype(from), keyIds.end());
        keyIds.erase(std::unique(keyIds.begin() + qsizetype(from), keyIds.end()), keyIds.end());
        df.resize(size_t(ids.size()));
        for (size_t k = from; k < keyIds.size(); ++k)
            ++df[size_t(keyIds[k])];
        keyStart[size_t(i) + 1] = int(keyIds.size());
    }
    const auto common = [&](int k) { return !(n < 8 || df[size_t(k)] * 2 <= n); };
    size_t kept = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const int from = keyStart[size_t(i)], to = keyStart[size_t(i) + 1];
        keyStart[size_t(i)] = int(kept);
        for (int k = from; k < to; ++k)
            if (!common(keyIds[size_t(k)]))
                keyIds[kept++] = keyIds[size_t(k)];
    }
    keyStart[size_t(n)] = int(kept);
    keyIds.resize(kept);
}

// Most precise mentions first: they seed the clusters that vaguer mentions join. Then by
// document and position; the index breaks the remaining ties as a stable sort would.
void EventMerge::Private::order()
{
    struct SortKey
    {
        qint64 days;
        int document;
        qsizetype start;
        int index;
        bool operator<(const SortKey &o) const
        {
            return std::tie(days, document, start, index) < std::tie(o.days, o.document, o.start, o.index);
        }
    };
    // What the merge reads of a candidate is copied here, front to back: the merge visits
    // candidates in merge order, and reading the candidates themselves there was a cache
    // miss each (a third of the merge at 30,000 articles).
    std::vector<SortKey> keys;
    keys.reserve(size_t(candidates.size()));
    dates.reserve(size_t(candidates.size()));
    labelScores.reserve(size_t(candidates.size()));
    std::vector<int> kindOf;
    kindOf.reserve(size_t(candidates.size()));
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const EventCandidate &c = candidates.at(i);
        keys.push_back({c.mention.date.days(), c.mention.documentIndex, c.mention.span.start, int(i)});
        dates.push_back(c.mention.date);
        labelScores.push_back(labelScore(c.label));
        kindOf.push_back(kindIds.idOf(c.kind));
    }
    std::sort(keys.begin(), keys.end());
    rank.assign(keys.size(), 0);
    kinds.resize(size_t(kindIds.size()));
    for (size_t r = 0; r < keys.size(); ++r) {
        const int i = keys[r].index;
        rank[size_t(i)] = int(r);
        kinds[size_t(kindOf[size_t(i)])].candidates.push_back(i);
    }
}

// A candidate as the search reads it.
struct EventMerge::Private::Probe
{
    int index;
    DayInterval date;
    bool valid;
    qint64 first, last;       // Julian days
    const int *keysBegin, *keysEnd, *highBegin; // usable key ids, sorted; from highBegin on ≥ 64
    quint64 keyLow;           // the ids below 64 as bits

    Probe(const Private &p, int idx) : index(idx), date(p.dates[size_t(idx)]), valid(date.isValid())
    {
        first = valid ? date.first.toJulianDay() : 1;
        last = valid ? date.last.toJulianDay() : 0;
        keysBegin = p.keyIds.data() + p.keyStart[size_t(idx)];
        keysEnd = p.keyIds.data() + p.keyStart[size_t(idx) + 1];
        highBegin = std::lower_bound(keysBegin, keysEnd, 64);
        keyLow = 0;
        for (const int *k = keysBegin; k != highBegin; ++k)
            keyLow |= quint64(1) << *k;
    }
    bool noKeys() const { return keysBegin == keysEnd; }
};

// The cluster a candidate joins, -1 for none: of its kind, with a compatible date, sharing
// most of its keys (the earliest among equals); one without keys joins the first close
// cluster of a month or less.
int EventMerge::Private::bestCluster(const Kind &kind, const Probe &c) const
{
    int best = -1;
    qsizetype bestShared = -1;
    // Without keys only a cluster of at most 31 days can be close enough (IoU ≥ 0.5),
    // and not at all to a candidate of more than 62 days.
    if (!c.valid || (c.noKeys() && c.date.days() > 62))
        return best;
    const bool highKeys = c.highBegin != c.keysEnd;
    kind.index.forEachOverlapping(c.first, c.last, [&](int k) {
        const ClusterFit &f = kind.fits[size_t(k)];
        const quint64 sharedLow = f.keyLow & c.keyLow;
        if (!sharedLow && !highKeys && !c.noKeys())
            return; // shares no key: too few for any cluster (tested first, as it is the cheapest)
        const qint64 from = std::max(f.first, c.first), to = std::min(f.last, c.last);
        if (from > to)
            return;
        // IoU ≥ 0.5 in integers: 2 × overlap ≥ union (the same test as the division).
        const bool close = 2 * (to - from + 1) >= std::max(f.last, c.last) - std::min(f.first, c.first) + 1;
        const bool nested = (from == f.first && to == f.last) || (from == c.first && to == c.last);
        if (!close && !nested)
            return;
        qsizetype shared = bitCount(sharedLow);
        for (const int *key = c.highBegin; key != c.keysEnd; ++key) {
            const std::vector<int> &high = kind.clusters[size_t(k)].keyHigh;
            shared += std::binary_search(high.begin(), high.end(), *key);
        }
        const bool enough = close ? (shared >= 1 || (c.noKeys() && f.last - f.first + 1 <= 31)) : shared >= 2;
        // Visited in no particular order: among equals the earliest cluster wins.
        if (enough && (shared > bestShared || (shared == bestShared && k < best))) {
            best = k;
            bestShared = shared;
        }
    });
    return best;
}

// Adds the candidate to the cluster; false when that changed neither its keys nor its date.
bool EventMerge::Private::join(Kind &kind, int cluster, const Probe &c) const
{
    Cluster &cl = kind.clusters[size_t(cluster)];
    ClusterFit &fit = kind.fits[size_t(cluster)];
    cl.members.append(c.index);
    bool changed = (fit.keyLow | c.keyLow) != fit.keyLow;
    fit.keyLow |= c.keyLow;
    for (const int *key = c.highBegin; key != c.keysEnd; ++key) {
        const auto at = std::lower_bound(cl.keyHigh.begin(), cl.keyHigh.end(), *key);
        if (at == cl.keyHigh.end() || *at != *key) {
            cl.keyHigh.insert(at, *key);
            changed = true;
        }
    }
    if (cl.date.intersected(c.date) == c.date && cl.date != c.date) {
        cl.date = c.date; // a day inside the month wins
        if (c.valid) {
            fit.first = c.first;
            fit.last = c.last;
        }
        ++kind.narrowings;
    }
    return changed;
}

// Candidates told alike (the same date and keys: syndicated copies, a wire story retold)
// make the same choice, which saves a third of the searches at 10,000 articles, nearly half
// of the clusters visited. After a candidate X joins cluster C, C holds all of X's keys, so
// a later Y told alike shares all its keys with C and no cluster can beat C but an
// earlier one that shares as many, and such a cluster shared fewer when X chose (else X
// would have joined it): it must have gained keys since. So X's choice stands for Y while
// no cluster before C has gained a key (kept as a prefix maximum of change times over
// cluster indexes) and no cluster's date has narrowed.
class EventMerge::Private::RepeatedChoices
{
public:
    RepeatedChoices(const Private &p) : m_private(p), m_choices(64, Hash{&p}, Same{&p}) {}

    // The cluster a candidate told alike chose and that still stands, else -1.
    int choiceFor(const Probe &c, qsizetype narrowings) const
    {
        if (!c.valid || c.noKeys()) // without keys the argument above does not hold
            return -1;
        const auto it = m_choices.find(c.index);
        if (it == m_choices.end() || it->second.narrowings != narrowings
            || changedBefore(it->second.cluster) > it->second.time)
            return -1;
        return it->second.cluster;
    }

    void chose(const Probe &c, int cluster, bool changed, qsizetype narrowings)
    {
        ++m_time;
        if (size_t(cluster) >= m_tree.size())
            grow();
        if (changed)
            markChanged(cluster);
        if (c.valid && !c.noKeys())
            m_choices.insert_or_assign(c.index, Choice{cluster, m_time, narrowings});
    }

private:
    struct Choice
    {
        int cluster;
        quint32 time;
        qsizetype narrowings;
    };
    // Candidates are told alike when their dates and keys are equal.
    struct Hash
    {
        const Private *p;
        size_t operator()(int i) const
        {
            const DayInterval &d = p->dates[size_t(i)];
            size_t h = size_t(d.first.toJulianDay()) * 1099511628211ull ^ size_t(d.last.toJulianDay());
            for (int k = p->keyStart[size_t(i)]; k < p->keyStart[size_t(i) + 1]; ++k)
                h = (h ^ size_t(p->keyIds[size_t(k)])) * 1099511628211ull;
            return h;
        }
    };
    struct Same
    {
        const Private *p;
        bool operator()(int a, int b) const
        {
            const auto keys = [&](int i) {
                return std::pair(p->keyIds.begin() + p->keyStart[size_t(i)], p->keyIds.begin() + p->keyStart[size_t(i) + 1]);
            };
            const auto [a0, a1] = keys(a);
            const auto [b0, b1] = keys(b);
            return p->dates[size_t(a)] == p->dates[size_t(b)] && std::equal(a0, a1, b0, b1);
        }
    };

    // Fenwick tree over cluster indexes, for the latest change before a cluster.
    void grow()
    {
        const size_t n = m_tree.size() + 1; // 1-based node of the new cluster
        quint32 value = 0;
        for (size_t step = 1; step < (n & (~n + 1)); step <<= 1)
            value = std::max(value, m_tree[n - step - 1]);
        m_tree.push_back(value);
    }
    void markChanged(int cluster)
    {
        for (size_t n = size_t(cluster) + 1; n <= m_tree.size(); n += n & (~n + 1))
            m_tree[n - 1] = std::max(m_tree[n - 1], m_time);
    }
    quint32 changedBefore(int cluster) const
    {
        quint32 latest = 0;
        for (size_t n = size_t(cluster); n > 0; n -= n & (~n + 1))
            latest = std::max(latest, m_tree[n - 1]);
        return latest;
    }

    const Private &m_private;
    std::unordered_map<int, Choice, Hash, Same> m_choices; // by the first candidate told so
    std::vector<quint32> m_tree;
    quint32 m_time = 0;
};

// Candidates in merge order: each joins its best cluster or starts one.
void EventMerge::Private::merge(Kind &kind) const
{
    RepeatedChoices repeated(*this);
    for (const int idx : kind.candidates) {
        const Probe c(*this, idx);
        int best = repeated.choiceFor(c, kind.narrowings);
        if (best < 0)
            best = bestCluster(kind, c);
        if (best < 0) {
            best = int(kind.clusters.size());
            kind.clusters.push_back({rank[size_t(idx)], c.date, {}, {}});
            kind.fits.push_back({c.first, c.last, 0});
            if (c.valid) // an invalid date joins nothing and is joined by nothing
                kind.index.add(best, c.first, c.last);
        }
        const bool changed = join(kind, best, c);
        repeated.chose(c, best, changed, kind.narrowings);
    }
    kind.events.reserve(kind.clusters.size());
    for (const Cluster &cl : kind.clusters)
        kind.events.emplace_back(cl.seedRank, eventOf(cl));
    kind.fits = {};
    kind.clusters = {};
    kind.index = {};
}

// A cluster's event: the most informative label, and each sentence it was told in once.
Event EventMerge::Private::eventOf(const Cluster &cl) const
{
    Event e;
    e.kind = candidates.at(cl.members.first()).kind;
    e.date = cl.date;
    int labelFrom = cl.members.constFirst();
    qsizetype bestScore = std::numeric_limits<qsizetype>::min();
    for (const int idx : cl.members) {
        if (labelScores[size_t(idx)] > bestScore) {
            bestScore = labelScores[size_t(idx)];
            labelFrom = idx;
        }
    }
    e.label = candidates.at(labelFrom).label;
    // The id, made unique across the corpus in takeEvents().
    const QByteArray digest = QCryptographicHash::hash((e.kind + u'|' + e.label).toUtf8(), QCryptographicHash::Sha1);
    e.id = u"ev-" + isoDate(e.date.first) + u'-' + e.kind + u'-' + hexOfFirstBytes(digest, 3);
    // Mentions by document and place, each read once (a sort reading them at every
    // comparison went back to the candidates each time).
    struct Place
    {
        int document;
        qsizetype start, end;
        int index;
    };
    std::vector<Place> places;
    places.reserve(size_t(cl.members.size()));
    for (const int idx : cl.members) {
        const EventMention &m = candidates.at(idx).mention;
        places.push_back({m.documentIndex, m.span.start, m.span.end, idx});
    }
    std::sort(places.begin(), places.end(), [](const Place &x, const Place &y) {
        return std::pair(x.document, x.start) < std::pair(y.document, y.start);
    });
    // A sentence told twice is one mention. Sorted by start, copies sit in one run of
    // equal (document, start): look back over that run only.
    e.mentions.reserve(cl.members.size());
    size_t runStart = 0;
    for (size_t p = 0; p < places.size(); ++p) {
        if (p > 0 && (places[p].document != places[p - 1].document || places[p].start != places[p - 1].start))
            runStart = p;
        const bool told = std::any_of(places.begin() + qsizetype(runStart), places.begin() + qsizetype(p),
                                      [&](const Place &o) { return o.end == places[p].end; });
        if (!told)
            e.mentions.append(candidates.at(places[p].index).mention);
    }
    return e;
}

EventMerge::EventMerge(const QList<EventCandidate> &candidates) : d(std::make_unique<Private>(candidates))
{
    d->internKeys();
    d->order();
}

EventMerge::~EventMerge() = default;

int EventMerge::kindCount() const { return int(d->kinds.size()); }

qsizetype EventMerge::candidateCount(int kind) const { return qsizetype(d->kinds[size_t(kind)].candidates.size()); }

void EventMerge::mergeKind(int kind) { d->merge(d->kinds[size_t(kind)]); }

MergedEvents EventMerge::takeMerged()
{
    MergedEvents merged;
    for (Private::Kind &kind : d->kinds)
        std::move(kind.events.begin(), kind.events.end(), std::back_inserter(merged.bySeed));
    d->kinds.clear();
    return merged;
}

QList<Event> EventMerge::takeEvents() { return orderEvents(takeMerged()); }

QList<Event> orderEvents(MergedEvents merged)
{
    // Clusters in the order of creation of a single pass: by the rank of their seed. Then by
    // date, label and kind. Both sorts move indexes, not events: the sort does the same
    // comparisons and moves either way (so equal events end up in the same order), and an
    // event is many strings to move.
    std::vector<std::pair<int, Event>> &all = merged.bySeed;
    std::vector<int> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&all](int a, int b) { return all[size_t(a)].first < all[size_t(b)].first; });
    std::vector<int> byDate = order;
    std::sort(byDate.begin(), byDate.end(), [&all](int x, int y) {
        const Event &a = all[size_t(x)].second, &b = all[size_t(y)].second;
        if (a.date.first != b.date.first)
            return a.date.first < b.date.first;
        if (a.date.last != b.date.last)
            return a.date.last < b.date.last;
        if (a.label != b.label)
            return a.label < b.label;
        return a.kind < b.kind;
    });
    QList<Event> events;
    events.reserve(qsizetype(all.size()));
    for (const int k : byDate)
        events.append(std::move(all[size_t(k)].second));
    // Ids: the base made with the event (per kind, in parallel), a counter on repeats.
    WordSet used; // keys in one buffer: no allocation per id
    for (Event &e : events) {
        const QString base = e.id;
        for (int k = 2; used.contains(e.id); ++k)
            e.id = base + u'-' + QString::number(k);
        used.insert(e.id);
    }
    return events;
}

QList<Event> mergeEvents(const QList<EventCandidate> &candidates)
{
    EventMerge merge(candidates);
    for (int kind = 0; kind < merge.kindCount(); ++kind)
        merge.mergeKind(kind);
    return merge.takeEvents();
}

} // namespace claimline
