#include "TimelineFrame.h"

#include "FigureText.h"
#include "TimeZoom.h"

#include <algorithm>
#include <cmath>

namespace claimline::ui {

namespace {

QString itemLabel(const Corpus &corpus, ItemRef ref)
{
    if (ref.kind == ItemRef::Kind::Event) {
        const Event &e = corpus.events.at(ref.index);
        return e.label.isEmpty() ? e.kind : e.label;
    }
    return figureLabel(corpus.claims.at(ref.index));
}

int clusterColor(const LaneRow &row, const Cluster &c)
{
    const int first = row.items[size_t(c.first)].color;
    for (qsizetype i = c.first + 1; i < c.last; ++i)
        if (row.items[size_t(i)].color != first)
            return -2;
    return first;
}

// Counts every row's on-screen items per column, into one strip over the lane's rows.
void addColumns(const Lane &lane, const TimeMapping &map, int laneIndex, const QRectF &area, TimelineFrame &frame,
                VisibleLane &visible)
{
    const int n = std::max(1, int(std::ceil(map.width / TimelineFrame::kColumnPx)));
    std::vector<int> counts(size_t(n), 0);
    for (const LaneRow &row : lane.rows) {
        const auto [first, last] = TimelineLayout::visibleRange(row, map.start, map.end);
        for (qsizetype i = first; i < last; ++i) {
            const TimelineItem &item = row.items[size_t(i)];
            if (item.end <= map.start)
                continue;
            const double x = std::max(map.x(item.start), map.left);
            ++counts[size_t(std::clamp(int((x - map.left) / TimelineFrame::kColumnPx), 0, n - 1))];
        }
    }
    for (int c = 0; c < n; ++c) {
        if (counts[size_t(c)] == 0)
            continue;
        const double x = map.left + c * TimelineFrame::kColumnPx;
        frame.columns.push_back({laneIndex, QRectF(x, area.top(), TimelineFrame::kColumnPx, area.height()),
                                 counts[size_t(c)], map.time(x), map.time(x + TimelineFrame::kColumnPx)});
        visible.maxColumnCount = std::max(visible.maxColumnCount, counts[size_t(c)]);
    }
}

} // namespace

QRectF TimelineGeometry::plotRect() const
{
    return QRectF(headerWidth, rulerHeight, std::max(1.0, size.width() - headerWidth),
                  std::max(1.0, size.height() - rulerHeight - footerHeight));
}

double TimelineGeometry::contentHeight(const TimelineLayout &layout) const
{
    double h = 0;
    for (const Lane &lane : layout.lanes())
        h += laneHeight(lane);
    return h;
}

TimelineFrame TimelineFrame::build(const Corpus &corpus, const TimelineLayout &layout, const TimelineGeometry &geometry,
                                   double start, double end, const QFontMetricsF &metrics, ItemRef selection)
{
    TimelineFrame frame;
    frame.geometry = geometry;
    const QRectF plot = geometry.plotRect();
    frame.map = {start, end, plot.left(), plot.width()};
    frame.axis = TimeAxis::compute(frame.map, metrics, 2);
    const TimelineLayout::Location selected = layout.locate(selection);

    double y = plot.top() - geometry.scrollY;
    for (int l = 0; l < int(layout.lanes().size()); ++l) {
        const Lane &lane = layout.lanes()[size_t(l)];
        const double h = geometry.laneHeight(lane);
        const double top = y;
        y += h;
        if (top + h <= plot.top())
            continue;
        if (top >= plot.bottom())
            break;
        VisibleLane visible{l, QRectF(0, top, geometry.size.width(), h), 0};

        std::vector<std::vector<Cluster>> rowClusters;
        bool crowded = false;
        for (const LaneRow &row : lane.rows) {
            rowClusters.push_back(TimelineLayout::clusters(row, frame.map, kClusterRadiusPx));
            crowded = crowded || double(rowClusters.back().size()) > plot.width() / kCrowdedSpacingPx;
        }
        // Too many bubbles to tell apart: show how many items each pixel column holds.
        if (crowded) {
            const QRectF area(plot.left(), top + geometry.lanePadding + 2, plot.width(), h - 2 * geometry.lanePadding - 4);
            addColumns(lane, frame.map, l, area, frame, visible);
            frame.lanes.push_back(visible);
            continue;
        }
        for (int r = 0; r < int(lane.rows.size()); ++r) {
            const LaneRow &row = lane.rows[size_t(r)];
            const double cy = top + geometry.lanePadding + (r + 0.5) * geometry.rowHeight;
            const size_t firstMark = frame.marks.size();
            for (const Cluster &c : rowClusters[size_t(r)]) {
                TimelineMark mark;
                mark.lane = l;
                mark.row = r;
                mark.cluster = c;
                mark.pos = QPointF(c.x, cy);
                mark.selected = selected.lane == l && selected.row == r && selected.index >= c.first
                                && selected.index < c.last;
                if (c.count == 1) {
                    // An item that began before the view can still be the cluster's only
                    // on-screen member while not being its first index.
                    qsizetype i = c.first;
                    while (row.items[size_t(i)].end <= frame.map.start)
                        ++i;
                    const TimelineItem &item = row.items[size_t(i)];
                    mark.item = item.ref;
                    mark.color = item.color;
                    mark.radius = item.ref.kind == ItemRef::Kind::Event ? 6 : 5;
                } else {
                    mark.color = clusterColor(row, c);
                    mark.radius = 8 + 2.5 * std::log10(double(c.count));
                }
                // A bar only where it says more than the marker: an uncertain date, or a
                // cluster reaching well past its bubble.
                const double x0 = std::max(frame.map.x(c.start), plot.left());
                const double x1 = std::min(frame.map.x(c.end), plot.right());
                const double minBar = c.count == 1 ? 0 : 2 * mark.radius + 6;
                if (c.end - c.start > 1.5 * TimeZoom::kDay && x1 - x0 > minBar)
                    mark.bar = QRectF(x0, cy - 5, std::max(1.0, x1 - x0), 10);
                frame.marks.push_back(mark);
            }
            // Greedy labels, left to right: each may run until the next marker. Figures
            // are shown whole or not at all ("4,…" would mislead); event names are elided.
            for (size_t m = firstMark; m < frame.marks.size(); ++m) {
                TimelineMark &mark = frame.marks[m];
                if (mark.isCluster())
                    continue;
                const double lx = mark.pos.x() + mark.radius + 3;
                double limit = plot.right();
                if (m + 1 < frame.marks.size())
                    limit = std::min(limit, frame.marks[m + 1].pos.x() - frame.marks[m + 1].radius - 3);
                const double room = limit - lx;
                const bool isEvent = mark.item.kind == ItemRef::Kind::Event;
                if (room < (isEvent ? kMinEventLabelPx : metrics.horizontalAdvance(QStringLiteral("000"))))
                    continue;
                const QString text = itemLabel(corpus, mark.item);
                const double width = metrics.horizontalAdvance(text);
                if (width <= room)
                    mark.label = text;
                else if (isEvent)
                    mark.label = metrics.elidedText(text, Qt::ElideRight, room);
                if (mark.label.isEmpty())
                    continue;
                mark.labelRect = QRectF(lx, cy - metrics.height() / 2, std::min(width, room), metrics.height());
            }
        }
        frame.lanes.push_back(visible);
    }
    return frame;
}

TimelineFrame::Hit TimelineFrame::hitTest(QPointF pos) const
{
    Hit hit;
    const QRectF plot = geometry.plotRect();
    for (const VisibleLane &lane : lanes)
        if (lane.rect.contains(pos) && pos.y() >= plot.top() && pos.y() < plot.bottom())
            hit.lane = lane.lane;
    if (!plot.contains(pos))
        return hit;
    // Nearest marker within a few pixels of its disc, else a label, else a bar.
    double best = 1e9;
    for (const TimelineMark &mark : marks) {
        const double d = std::hypot(mark.pos.x() - pos.x(), mark.pos.y() - pos.y()) - mark.radius;
        if (d <= 3 && d < best) {
            best = d;
            hit.mark = &mark;
        }
    }
    if (hit.mark)
        return hit;
    for (const TimelineMark &mark : marks)
        if (mark.labelRect.contains(pos))
            return hit.mark = &mark, hit;
    for (const TimelineMark &mark : marks)
        if (mark.bar.adjusted(0, -2, 0, 2).contains(pos))
            return hit.mark = &mark, hit;
    for (const DensityColumn &column : columns)
        if (column.rect.adjusted(-1, 0, 1, 0).contains(pos))
            return hit.column = &column, hit;
    return hit;
}

} // namespace claimline::ui
