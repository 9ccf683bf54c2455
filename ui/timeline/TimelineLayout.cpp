#include "TimelineLayout.h"

#include "TimeZoom.h"

#include <QHash>
#include <algorithm>

namespace claimline::ui {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;

QString laneKey(const Corpus &corpus, const Claim &claim, LaneGrouping grouping)
{
    switch (grouping) {
    case LaneGrouping::Claimant:
        return claim.claimant;
    case LaneGrouping::Outlet:
        return corpus.outletOf(claim);
    case LaneGrouping::Topic:
        return claim.topic;
    }
    return {};
}

TimelineItem makeItem(const DayInterval &days, ItemRef ref, int color)
{
    return {msecsOf(days.first), msecsOf(days.last) + TimeZoom::kDay, ref, color};
}

// Sorts by start, then deals items sharing a start day round-robin over up to kMaxRows
// rows, so same-day claims sit one above the other instead of in one unsplittable bubble.
std::vector<LaneRow> toRows(std::vector<TimelineItem> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const TimelineItem &a, const TimelineItem &b) { return a.start < b.start; });
    int rowCount = 1;
    for (size_t i = 0, run = 0; i < items.size(); ++i) {
        run = (i > 0 && items[i].start == items[i - 1].start) ? run + 1 : 0;
        rowCount = std::max(rowCount, int(std::min<size_t>(run + 1, TimelineLayout::kMaxRows)));
    }
    std::vector<LaneRow> rows(static_cast<size_t>(rowCount));
    for (size_t i = 0, run = 0; i < items.size(); ++i) {
        run = (i > 0 && items[i].start == items[i - 1].start) ? run + 1 : 0;
        LaneRow &row = rows[run % size_t(rowCount)];
        row.maxDuration = std::max(row.maxDuration, items[i].end - items[i].start);
        row.items.push_back(items[i]);
    }
    return rows;
}

} // namespace

double msecsOf(const QDate &date)
{
    return double(date.toJulianDay() - kUnixEpochJulianDay) * TimeZoom::kDay;
}

bool TimelineItem::isInterval() const
{
    return end - start > TimeZoom::kDay * 1.5;
}

void TimelineLayout::rebuild(const Corpus &corpus, LaneGrouping grouping,
                             const std::function<bool(ItemRef)> &accepts)
{
    m_lanes.clear();
    m_undatedClaims = 0;
    m_itemCount = 0;
    m_claimLocations.assign(size_t(corpus.claims.size()), {});
    m_eventLocations.assign(size_t(corpus.events.size()), {});

    QHash<QString, int> topicIndex;
    {
        QStringList topics;
        for (const Claim &c : corpus.claims)
            if (!topicIndex.contains(c.topic))
                topicIndex.insert(c.topic, 0), topics.append(c.topic);
        topics.sort(Qt::CaseInsensitive);
        for (int i = 0; i < topics.size(); ++i)
            topicIndex[topics.at(i)] = i;
        m_topics = topics;
    }

    std::vector<TimelineItem> eventItems;
    for (int i = 0; i < corpus.events.size(); ++i)
        if (corpus.events.at(i).date.isValid() && accepts(ItemRef::event(i)))
            eventItems.push_back(makeItem(corpus.events.at(i).date, ItemRef::event(i), -1));

    QHash<QString, std::vector<TimelineItem>> byKey;
    for (int i = 0; i < corpus.claims.size(); ++i) {
        const Claim &c = corpus.claims.at(i);
        if (!accepts(ItemRef::claim(i)))
            continue;
        if (!c.asOf.isValid()) {
            ++m_undatedClaims;
            continue;
        }
        byKey[laneKey(corpus, c, grouping)].push_back(makeItem(c.asOf, ItemRef::claim(i), topicIndex.value(c.topic)));
    }

    if (!eventItems.empty()) {
        Lane lane{QObject::tr("Events"), true, int(eventItems.size()), toRows(std::move(eventItems))};
        m_lanes.push_back(std::move(lane));
    }
    QStringList keys = byKey.keys();
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty(); // unknown last
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    for (const QString &key : keys) {
        std::vector<TimelineItem> &items = byKey[key];
        const int count = int(items.size());
        m_lanes.push_back({key.isEmpty() ? QObject::tr("(unknown)") : key, false, count, toRows(std::move(items))});
    }

    for (int l = 0; l < int(m_lanes.size()); ++l) {
        const Lane &lane = m_lanes[size_t(l)];
        m_itemCount += lane.itemCount;
        for (int r = 0; r < int(lane.rows.size()); ++r) {
            const auto &items = lane.rows[size_t(r)].items;
            for (qsizetype i = 0; i < qsizetype(items.size()); ++i) {
                const ItemRef ref = items[size_t(i)].ref;
                auto &locations = ref.kind == ItemRef::Kind::Event ? m_eventLocations : m_claimLocations;
                locations[size_t(ref.index)] = {l, r, i};
            }
        }
    }
}

bool TimelineLayout::extent(double *start, double *end) const
{
    bool any = false;
    double lo = 0, hi = 0;
    for (const Lane &lane : m_lanes)
        for (const LaneRow &row : lane.rows) {
            if (row.items.empty())
                continue;
            const double rowLo = row.items.front().start;
            double rowHi = row.items.back().end;
            // The latest end is within maxDuration of the last start.
            for (auto it = row.items.rbegin(); it != row.items.rend() && it->start >= rowHi - row.maxDuration; ++it)
                rowHi = std::max(rowHi, it->end);
            lo = any ? std::min(lo, rowLo) : rowLo;
            hi = any ? std::max(hi, rowHi) : rowHi;
            any = true;
        }
    if (any) {
        *start = lo;
        *end = hi;
    }
    return any;
}

TimelineLayout::Location TimelineLayout::locate(ItemRef ref) const
{
    const auto &locations = ref.kind == ItemRef::Kind::Event ? m_eventLocations : m_claimLocations;
    if (ref.kind == ItemRef::Kind::None || ref.index < 0 || size_t(ref.index) >= locations.size())
        return {};
    return locations[size_t(ref.index)];
}

const TimelineItem *TimelineLayout::item(const Location &loc) const
{
    if (!loc.isValid())
        return nullptr;
    return &m_lanes[size_t(loc.lane)].rows[size_t(loc.row)].items[size_t(loc.index)];
}

std::pair<qsizetype, qsizetype> TimelineLayout::visibleRange(const LaneRow &row, double t0, double t1)
{
    const auto byStart = [](const TimelineItem &item, double t) { return item.start < t; };
    const auto first = std::lower_bound(row.items.begin(), row.items.end(), t0 - row.maxDuration, byStart);
    const auto last = std::lower_bound(first, row.items.end(), t1, byStart);
    return {first - row.items.begin(), last - row.items.begin()};
}

double TimelineLayout::anchorX(const TimelineItem &item, const TimeMapping &map)
{
    return std::max(map.x(item.start), map.left + kPinInset);
}

std::vector<Cluster> TimelineLayout::clusters(const LaneRow &row, const TimeMapping &map, double radiusPx)
{
    std::vector<Cluster> out;
    const auto [first, last] = visibleRange(row, map.start, map.end);
    double firstX = 0, lastX = 0;
    for (qsizetype i = first; i < last; ++i) {
        const TimelineItem &item = row.items[size_t(i)];
        if (item.end <= map.start)
            continue; // began early enough, but ended before the view
        const double x = anchorX(item, map);
        if (!out.empty() && x - firstX <= radiusPx) {
            Cluster &c = out.back();
            c.last = i + 1;
            ++c.count;
            c.start = std::min(c.start, item.start);
            c.end = std::max(c.end, item.end);
            lastX = x;
            c.x = (firstX + lastX) / 2.0;
            continue;
        }
        firstX = lastX = x;
        out.push_back({i, i + 1, 1, x, item.start, item.end});
    }
    return out;
}

} // namespace claimline::ui
