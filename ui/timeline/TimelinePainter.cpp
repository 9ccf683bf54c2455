#include "TimelinePainter.h"

#include "project/ReviewStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <array>
#include <cmath>

namespace claimline::ui {

namespace {

// Tableau 10: distinct, colour-blind-aware, readable under white text.
constexpr std::array<QRgb, 10> kTopicColors{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                            0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
constexpr QRgb kEventColor = 0x3b3b4f;
constexpr QRgb kMixedColor = 0x6b7785;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QColor TimelinePainter::topicColor(int index)
{
    if (index == -1)
        return QColor(kEventColor);
    if (index < 0)
        return QColor(kMixedColor);
    return QColor(kTopicColors[size_t(index) % kTopicColors.size()]);
}

void TimelinePainter::paint(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout) const
{
    p.save();
    p.setFont(m_font);
    p.fillRect(QRectF(QPointF(0, 0), frame.geometry.size), m_palette.color(QPalette::Base));
    paintLanes(p, frame);
    p.save();
    p.setClipRect(frame.geometry.plotRect());
    p.setRenderHint(QPainter::Antialiasing);
    paintItems(p, frame);
    p.restore();
    paintScrollIndicator(p, frame, layout);
    paintHeaders(p, frame, layout);
    paintRuler(p, frame);
    paintFooter(p, frame, layout);
    if (layout.itemCount() == 0) {
        p.setPen(m_palette.color(QPalette::PlaceholderText));
        p.drawText(frame.geometry.plotRect(), Qt::AlignCenter,
                   layout.undatedClaims() > 0 ? QObject::tr("No dated claims or events to show")
                                              : QObject::tr("No claims or events"));
    }
    p.restore();
}

void TimelinePainter::paintLanes(QPainter &p, const TimelineFrame &frame) const
{
    const QRectF plot = frame.geometry.plotRect();
    const QColor base = m_palette.color(QPalette::Base);
    const QColor alternate = mix(base, m_palette.color(QPalette::AlternateBase), 0.8);
    p.save();
    p.setClipRect(plot);
    for (const VisibleLane &lane : frame.lanes)
        p.fillRect(lane.rect, lane.lane % 2 ? alternate : base);
    // Grid: faint minor lines, stronger major ones, under everything else.
    const QColor grid = mix(base, m_palette.color(QPalette::Text), 0.07);
    const QColor majorGrid = mix(base, m_palette.color(QPalette::Text), 0.16);
    p.setPen(grid);
    for (double x : frame.axis.minorTicks)
        p.drawLine(QPointF(std::round(x) + 0.5, plot.top()), QPointF(std::round(x) + 0.5, plot.bottom()));
    p.setPen(majorGrid);
    for (double x : frame.axis.majorTicks)
        p.drawLine(QPointF(std::round(x) + 0.5, plot.top()), QPointF(std::round(x) + 0.5, plot.bottom()));
    p.restore();
}

void TimelinePainter::paintItems(QPainter &p, const TimelineFrame &frame) const
{
    // Density columns: bar height grows with the square root of the count.
    QHash<int, int> maxCount;
    for (const VisibleLane &lane : frame.lanes)
        maxCount.insert(lane.lane, std::max(1, lane.maxColumnCount));
    for (const DensityColumn &column : frame.columns) {
        const int max = maxCount.value(column.lane, 1);
        const double h = std::max(2.0, column.rect.height() * std::sqrt(double(column.count) / max));
        const QRectF bar(column.rect.left(), column.rect.center().y() - h / 2, column.rect.width() - 0.6, h);
        p.fillRect(bar, QColor(kMixedColor));
    }

    // Uncertain intervals first, so markers and labels stay on top.
    p.setPen(Qt::NoPen);
    for (const TimelineMark &mark : frame.marks) {
        if (mark.bar.isNull())
            continue;
        QColor fill = topicColor(mark.color);
        fill.setAlphaF(mark.isCluster() ? 0.10f : 0.22f);
        p.setBrush(fill);
        QColor edge = topicColor(mark.color);
        edge.setAlphaF(0.55f);
        // Cluster extents stay in the background: fainter, no outline.
        p.setPen(mark.isCluster() ? QPen(Qt::NoPen) : QPen(edge, 1));
        p.drawRoundedRect(mark.bar, 3, 3);
    }

    const QColor base = m_palette.color(QPalette::Base);
    const QColor highlight = m_palette.color(QPalette::Highlight);
    QFont countFont = m_font;
    countFont.setPointSizeF(m_font.pointSizeF() * 0.85);
    countFont.setBold(true);
    for (const TimelineMark &mark : frame.marks) {
        const auto review = ReviewState(mark.review);
        QColor color = topicColor(mark.color);
        if (review == ReviewState::Rejected)
            color = mix(color, base, 0.7);
        if (review == ReviewState::Disputed) {
            p.setPen(QPen(reviewColor(ReviewState::Disputed), 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(mark.pos, mark.radius + 2.5, mark.radius + 2.5);
        }
        if (mark.selected) {
            p.setPen(QPen(highlight, 3));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(mark.pos, mark.radius + 4, mark.radius + 4);
        }
        p.setPen(QPen(base, 1.5));
        p.setBrush(color);
        if (mark.isCluster()) {
            p.drawEllipse(mark.pos, mark.radius, mark.radius);
            p.setFont(countFont);
            p.setPen(Qt::white);
            const QRectF box(mark.pos.x() - mark.radius, mark.pos.y() - mark.radius, 2 * mark.radius, 2 * mark.radius);
            p.drawText(box, Qt::AlignCenter, mark.cluster.count > 999 ? QStringLiteral("1k+")
                                                                      : QString::number(mark.cluster.count));
            p.setFont(m_font);
        } else if (mark.item.kind == ItemRef::Kind::Event) {
            const double r = mark.radius;
            QPainterPath diamond;
            diamond.moveTo(mark.pos + QPointF(0, -r));
            diamond.lineTo(mark.pos + QPointF(r, 0));
            diamond.lineTo(mark.pos + QPointF(0, r));
            diamond.lineTo(mark.pos + QPointF(-r, 0));
            diamond.closeSubpath();
            p.drawPath(diamond);
        } else {
            p.drawEllipse(mark.pos, mark.radius, mark.radius);
        }
    }

    const QColor text = m_palette.color(QPalette::Text);
    for (const TimelineMark &mark : frame.marks) {
        if (mark.label.isEmpty())
            continue;
        // The selected label is highlighted, not bolded: bold would outgrow the room
        // the label was measured for.
        if (mark.selected) {
            p.setPen(Qt::NoPen);
            p.setBrush(highlight);
            p.drawRoundedRect(mark.labelRect.adjusted(-2, 0, 2, 0), 3, 3);
            p.setPen(m_palette.color(QPalette::HighlightedText));
        } else {
            const QColor reviewed = reviewTextColor(ReviewState(mark.review));
            p.setPen(reviewed.isValid() ? reviewed : text);
        }
        p.drawText(mark.labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, mark.label);
    }
}

// Lanes scroll with Shift+wheel, drag or Up/Down; without a hint, those below the fold
// would go unnoticed. A thin overlay thumb shows where the view is.
void TimelinePainter::paintScrollIndicator(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout) const
{
    const TimelineGeometry &g = frame.geometry;
    const QRectF plot = g.plotRect();
    const double content = g.contentHeight(layout);
    if (content <= plot.height() + 0.5)
        return;
    const double h = std::max(18.0, plot.height() * plot.height() / content);
    const double y = plot.top() + (plot.height() - h) * (g.scrollY / (content - plot.height()));
    QColor thumb = m_palette.color(QPalette::Text);
    thumb.setAlphaF(0.28f);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(thumb);
    p.drawRoundedRect(QRectF(plot.right() - 7, y + 2, 5, h - 4), 2.5, 2.5);
    p.restore();
}

QStringList TimelinePainter::wrappedTitle(const QString &title, const QFontMetricsF &m, double width, int maxLines)
{
    if (maxLines <= 1 || m.horizontalAdvance(title) <= width)
        return {m.elidedText(title, Qt::ElideRight, width)};
    QStringList lines;
    QString line;
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString candidate = line.isEmpty() ? words.at(w) : line + u' ' + words.at(w);
        if (line.isEmpty() || m.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() + 1 == maxLines) { // the last line takes the rest, elided
            line += u' ' + QStringList(words.mid(w)).join(u' ');
            break;
        }
        lines.append(m.elidedText(line, Qt::ElideRight, width));
        line = words.at(w);
    }
    lines.append(m.elidedText(line, Qt::ElideRight, width));
    return lines;
}

void TimelinePainter::paintHeaders(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout) const
{
    const TimelineGeometry &g = frame.geometry;
    const QRectF plot = g.plotRect();
    const QRectF column(0, plot.top(), g.headerWidth, plot.height());
    const QColor window = m_palette.color(QPalette::Window);
    p.save();
    p.setClipRect(column);
    p.fillRect(column, window);
    const QColor dim = m_palette.color(QPalette::PlaceholderText);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF boldMetrics(bold);
    for (const VisibleLane &visible : frame.lanes) {
        const Lane &lane = layout.lanes()[size_t(visible.lane)];
        const QRectF cell(0, visible.rect.top(), g.headerWidth, visible.rect.height());
        p.fillRect(cell, visible.lane % 2 ? mix(window, m_palette.color(QPalette::Text), 0.04) : window);
        const QString count = QString::number(lane.itemCount);
        const double countWidth = metrics.horizontalAdvance(count);
        // The title sits on the first row, where the lane's first markers are.
        const QRectF textRow(8, cell.top() + g.lanePadding, g.headerWidth - 16, g.rowHeight);
        p.setFont(lane.events ? bold : m_font);
        p.setPen(m_palette.color(QPalette::WindowText));
        const QFontMetricsF &m = lane.events ? boldMetrics : metrics;
        const double room = textRow.width() - countWidth - 6;
        const int rows = std::max(1, int((cell.height() - 2 * g.lanePadding) / g.rowHeight));
        const QStringList lines = wrappedTitle(lane.title, m, room, rows);
        for (qsizetype k = 0; k < lines.size(); ++k)
            p.drawText(textRow.translated(0, double(k) * m.height()).adjusted(0, 0, -countWidth - 6, 0),
                       Qt::AlignLeft | Qt::AlignVCenter, lines.at(k));
        p.setFont(m_font);
        p.setPen(dim);
        p.drawText(textRow, Qt::AlignRight | Qt::AlignVCenter, count);
        p.setPen(mix(window, m_palette.color(QPalette::Text), 0.12));
        p.drawLine(QPointF(0, cell.bottom() - 0.5), QPointF(g.size.width(), cell.bottom() - 0.5));
    }
    p.restore();
    p.setPen(mix(window, m_palette.color(QPalette::Text), 0.3));
    p.drawLine(QPointF(g.headerWidth - 0.5, plot.top()), QPointF(g.headerWidth - 0.5, plot.bottom()));
}

void TimelinePainter::paintRuler(QPainter &p, const TimelineFrame &frame) const
{
    const TimelineGeometry &g = frame.geometry;
    const QRectF ruler(0, 0, g.size.width(), g.rulerHeight);
    const QColor window = m_palette.color(QPalette::Window);
    p.fillRect(ruler, window);
    p.save();
    p.setClipRect(QRectF(g.headerWidth, 0, g.size.width() - g.headerWidth, g.rulerHeight));
    const QColor tick = mix(window, m_palette.color(QPalette::WindowText), 0.45);
    p.setPen(tick);
    for (double x : frame.axis.minorTicks)
        p.drawLine(QPointF(std::round(x) + 0.5, g.rulerHeight - 6), QPointF(std::round(x) + 0.5, g.rulerHeight));
    p.setPen(m_palette.color(QPalette::WindowText));
    for (double x : frame.axis.majorTicks)
        p.drawLine(QPointF(std::round(x) + 0.5, 2), QPointF(std::round(x) + 0.5, g.rulerHeight));
    p.setPen(m_palette.color(QPalette::WindowText));
    for (const TimeAxis::Label &label : frame.axis.majorLabels)
        p.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    p.setPen(mix(window, m_palette.color(QPalette::WindowText), 0.75));
    for (const TimeAxis::Label &label : frame.axis.minorLabels)
        p.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    p.restore();
    p.setPen(mix(window, m_palette.color(QPalette::WindowText), 0.3));
    p.drawLine(QPointF(0, g.rulerHeight - 0.5), QPointF(g.size.width(), g.rulerHeight - 0.5));
}

void TimelinePainter::paintFooter(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout) const
{
    const TimelineGeometry &g = frame.geometry;
    const QRectF footer(0, g.size.height() - g.footerHeight, g.size.width(), g.footerHeight);
    const QColor window = m_palette.color(QPalette::Window);
    p.fillRect(footer, window);
    p.setPen(mix(window, m_palette.color(QPalette::WindowText), 0.3));
    p.drawLine(footer.topLeft() + QPointF(0, 0.5), footer.topRight() + QPointF(0, 0.5));
    const QFontMetricsF metrics(m_font);
    const QRectF text = footer.adjusted(8, 0, -8, 0);
    double x = text.left();
    if (layout.undatedClaims() > 0) {
        const QString note = QObject::tr("%n undated claim(s) not shown", nullptr, layout.undatedClaims());
        p.setPen(m_palette.color(QPalette::WindowText));
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, note);
        x += metrics.horizontalAdvance(note) + 24;
    }
    // Topic legend, right-aligned; entries that do not fit are left out.
    const QStringList &topics = layout.topics();
    std::vector<double> widths;
    double total = 0;
    for (const QString &topic : topics) {
        widths.push_back(14 + metrics.horizontalAdvance(topic) + 14);
        total += widths.back();
    }
    double lx = std::max(x, text.right() - total);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < topics.size(); ++i) {
        if (lx + widths[size_t(i)] - 14 > text.right())
            break;
        p.setPen(Qt::NoPen);
        p.setBrush(topicColor(i));
        p.drawEllipse(QPointF(lx + 5, footer.center().y()), 4.5, 4.5);
        p.setPen(m_palette.color(QPalette::WindowText));
        p.drawText(QRectF(lx + 14, footer.top(), widths[size_t(i)], footer.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   topics.at(i).isEmpty() ? QObject::tr("(no topic)") : topics.at(i));
        lx += widths[size_t(i)];
    }
}

} // namespace claimline::ui
