#pragma once

#include "state/Workspace.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <utility>
#include <vector>

namespace claimline::ui {

enum class LaneGrouping { Claimant, Outlet, Topic };

// Time ↔ x in a plot area whose left edge shows `start` and right edge `end`.
struct TimeMapping
{
    double start = 0;
    double end = 1;
    double left = 0;
    double width = 1;

    double msPerPixel() const { return (end - start) / width; }
    double x(double t) const { return left + (t - start) * width / (end - start); }
    double time(double px) const { return start + (px - left) * (end - start) / width; }
};

// One dated claim or event on the timeline: [start, end) covers its whole days in UTC.
struct TimelineItem
{
    double start = 0;
    double end = 0;
    ItemRef ref;
    int color = -1;          // index into TimelineLayout::topics(); -1 for events

    bool isInterval() const; // longer than one day: "June 2024", "fall 2024"
};

// Items of one lane row, sorted by start so the visible ones are found by binary search.
struct LaneRow
{
    std::vector<TimelineItem> items;
    double maxDuration = 0;  // longest item: how far before the view a visible one may start
};

struct Lane
{
    QString title;
    bool events = false;
    int itemCount = 0;
    std::vector<LaneRow> rows; // items dated the same day go to different rows
};

// A run of neighbouring items in a row, shown as one bubble when more than one.
struct Cluster
{
    qsizetype first = 0;     // indexes into LaneRow::items, [first, last)
    qsizetype last = 0;
    int count = 0;           // items in [first, last) that are on screen
    double x = 0;            // where its marker goes
    double start = 0;        // time extent of its items
    double end = 0;
};

// The pure logic under the timeline widget: which lane and row every item goes to, the
// time ↔ pixel mapping, what is visible and what clusters. No painting.
class TimelineLayout final
{
public:
    static constexpr int kMaxRows = 3;
    static constexpr double kPinInset = 10; // pinned markers stay whole inside the left edge

    struct Location
    {
        int lane = -1;
        int row = -1;
        qsizetype index = -1;
        bool isValid() const { return lane >= 0; }
    };

    // Sorts the corpus' dated items that `accepts` into lanes: "Events" first, then one
    // lane per claimant, outlet or topic, in alphabetical order (unknown last).
    void rebuild(const Corpus &corpus, LaneGrouping grouping, const std::function<bool(ItemRef)> &accepts);

    const std::vector<Lane> &lanes() const { return m_lanes; }
    const QStringList &topics() const { return m_topics; } // colour order, stable per corpus
    int undatedClaims() const { return m_undatedClaims; } // accepted but without as_of
    int itemCount() const { return m_itemCount; }

    // Time extent of every item laid out; false when there is none.
    bool extent(double *start, double *end) const;
    Location locate(ItemRef ref) const;
    const TimelineItem *item(const Location &loc) const;

    // Items of `row` that may overlap [t0, t1]: [first, last) by binary search on start.
    static std::pair<qsizetype, qsizetype> visibleRange(const LaneRow &row, double t0, double t1);
    // Greedy left-to-right merge of visible items whose markers fall within `radiusPx`
    // of a cluster's first marker. Markers of items begun before the view are pinned to
    // its left edge, so their bars stay labelled.
    static std::vector<Cluster> clusters(const LaneRow &row, const TimeMapping &map, double radiusPx);
    static double anchorX(const TimelineItem &item, const TimeMapping &map);

private:
    std::vector<Lane> m_lanes;
    QStringList m_topics;
    std::vector<Location> m_claimLocations;
    std::vector<Location> m_eventLocations;
    int m_undatedClaims = 0;
    int m_itemCount = 0;
};

// msecs since the epoch at 00:00 UTC of `date`.
double msecsOf(const QDate &date);

} // namespace claimline::ui
