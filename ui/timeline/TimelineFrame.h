#pragma once

#include "TimeAxis.h"
#include "TimelineLayout.h"

#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <vector>

namespace claimline::ui {

// Where the parts of the timeline go in a widget of a given size.
struct TimelineGeometry
{
    QSizeF size;
    double scrollY = 0;      // lanes scrolled up by this many pixels
    double headerWidth = 170;
    double rulerHeight = 40;
    double footerHeight = 22;
    double rowHeight = 24;
    double lanePadding = 5;  // above the first and below the last row of a lane

    QRectF plotRect() const; // right of the lane headers, between ruler and footer
    double laneHeight(const Lane &lane) const { return double(lane.rows.size()) * rowHeight + 2 * lanePadding; }
    double contentHeight(const TimelineLayout &layout) const;
};

// One marker on screen: a single item (with bar and label) or a cluster bubble.
struct TimelineMark
{
    int lane = -1;
    int row = -1;
    Cluster cluster;         // the items it stands for, in the row
    ItemRef item;            // the item when cluster.count == 1
    QPointF pos;
    double radius = 5;
    QRectF bar;              // uncertain date interval (a cluster's: its items' extent)
    QString label;           // possibly elided; empty when there was no room
    QRectF labelRect;
    int color = -1;          // topic index, -1 for events, -2 for a mixed cluster
    bool selected = false;
    int review = 0;          // ReviewState of a single item (0: unreviewed)

    bool isCluster() const { return cluster.count > 1; }
};

// At far zoom a crowded lane becomes counts per pixel column: the level of detail that
// keeps painting cost bounded by the width, not by the number of items.
struct DensityColumn
{
    int lane = -1;
    QRectF rect;             // the column's full cell; the painter scales the bar by count
    int count = 0;
    double start = 0;        // its time span
    double end = 0;
};

struct VisibleLane
{
    int lane = -1;
    QRectF rect;             // full width, headers included
    int maxColumnCount = 0;  // densest column, for scaling
};

// Everything one paint needs, computed from the layout for the visible range only. The
// widget also hit-tests against it, so what is clicked is what was drawn.
struct TimelineFrame
{
    static constexpr double kClusterRadiusPx = 9;   // markers closer than this merge
    static constexpr double kColumnPx = 3;          // density column width
    static constexpr double kMinEventLabelPx = 48;  // event names are elided down to this
    static constexpr double kCrowdedSpacingPx = 2.5 * kClusterRadiusPx; // denser rows become columns

    TimelineGeometry geometry;
    TimeMapping map;
    TimeAxis axis;
    std::vector<VisibleLane> lanes;
    std::vector<TimelineMark> marks;
    std::vector<DensityColumn> columns;

    static TimelineFrame build(const Corpus &corpus, const TimelineLayout &layout, const TimelineGeometry &geometry,
                               double start, double end, const QFontMetricsF &metrics, ItemRef selection);

    struct Hit
    {
        const TimelineMark *mark = nullptr;
        const DensityColumn *column = nullptr;
        int lane = -1;                               // header under the point
        explicit operator bool() const { return mark || column; }
    };
    Hit hitTest(QPointF pos) const;
};

} // namespace claimline::ui
