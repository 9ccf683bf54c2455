#pragma once

#include "model/DayInterval.h"

#include <QtGlobal>
#include <map>
#include <unordered_map>
#include <vector>

namespace claimline {

// Which event clusters a candidate can join, so that merging is not a scan of every
// cluster: only one of the candidate's kind whose date overlaps the candidate's. Clusters
// are listed per kind and date bucket, under every bucket their date covered when they
// were made; a cluster's date only ever narrows, so the lists stay a superset, and the
// caller runs the exact tests (shared keys among them) on what they return.
//
// Buckets come in four sizes (1, 8, 64 and 512 days): a cluster is listed at the finest
// size that covers its date in at most four buckets, and a query walks the buckets of
// every size that its date overlaps and that hold clusters. With one size (32 days) and
// lists per key, a day-precise mention visited every cluster of its month once per key
// it shared, and merging 10,000 articles took a fifth of the whole ingest.
class EventMergerIndex
{
public:
    void add(int cluster, int kind, const DayInterval &date)
    {
        if (size_t(cluster) >= m_seen.size())
            m_seen.resize(size_t(cluster) + 1, 0);
        const qint64 first = date.first.toJulianDay(), last = date.last.toJulianDay();
        for (int level = 0; level < kLevels; ++level) {
            const qint64 from = first >> kShift[level], to = last >> kShift[level];
            if (to - from < kMaxBuckets) {
                Buckets &buckets = m_lists[slot(kind, level)];
                for (qint64 b = from; b <= to; ++b)
                    buckets[b].push_back(cluster);
                return;
            }
        }
        m_lists[slot(kind, kLevels)][0].push_back(cluster);
    }

    // Calls visit(cluster) once for each cluster listed under `kind` and a bucket that
    // `date` overlaps, in no particular order.
    template<typename Visit>
    void forEachCandidate(int kind, const DayInterval &date, Visit visit)
    {
        ++m_round;
        const qint64 first = date.first.toJulianDay(), last = date.last.toJulianDay();
        for (int level = 0; level <= kLevels; ++level) {
            const auto it = m_lists.find(slot(kind, level));
            if (it == m_lists.end())
                continue;
            const qint64 from = level < kLevels ? first >> kShift[level] : 0;
            const qint64 to = level < kLevels ? last >> kShift[level] : 0;
            for (auto b = it->second.lower_bound(from); b != it->second.end() && b->first <= to; ++b)
                for (int cluster : b->second)
                    if (m_seen[size_t(cluster)] != m_round) {
                        m_seen[size_t(cluster)] = m_round;
                        visit(cluster);
                    }
        }
    }

private:
    static constexpr int kLevels = 4; // bucket sizes; one more list for dates wider than ~5 years
    static constexpr int kShift[kLevels] = {0, 3, 6, 9};
    static constexpr qint64 kMaxBuckets = 4;
    using Buckets = std::map<qint64, std::vector<int>>;
    static quint64 slot(int kind, int level) { return (quint64(quint32(kind)) << 8) | quint64(level); }

    std::unordered_map<quint64, Buckets> m_lists;
    std::vector<quint32> m_seen; // per cluster: the last round that visited it
    quint32 m_round = 0;
};

} // namespace claimline
