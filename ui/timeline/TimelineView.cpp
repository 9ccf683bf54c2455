#include "TimelineView.h"

#include "FigureText.h"
#include "TimeZoom.h"
#include "TimelinePainter.h"
#include "common/PlainText.h"
#include "state/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace claimline::ui {

namespace {

constexpr double kWheelNotch = 120.0;       // angleDelta of one wheel notch
constexpr double kZoomPerNotch = 1.25;      // one notch, one key press
constexpr double kPixelsPerNotch = 60.0;    // trackpad pixelDelta counted as one notch
constexpr double kPanFraction = 0.1;        // arrows move a tenth of the view

} // namespace

TimelineView::TimelineView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_zoom(new TimeZoom(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents, false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setAccessibleName(tr("Timeline"));
    setCursor(Qt::OpenHandCursor);
    createActions();

    connect(m_zoom, &TimeZoom::rangeChanged, this, &TimelineView::invalidate);
    connect(m_workspace, &Workspace::corpusChanged, this, [this] {
        rebuildLayout();
        zoomToFit();
    });
    connect(m_workspace, &Workspace::filterChanged, this, &TimelineView::rebuildLayout);
    connect(m_workspace, &Workspace::reviewChanged, this, [this] {
        m_frame.reset();
        update();
    });
    connect(m_workspace, &Workspace::selectionChanged, this, &TimelineView::onSelectionChanged);

    rebuildLayout();
    zoomToFit();
}

void TimelineView::createActions()
{
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys, void (TimelineView::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        // Only while the timeline has focus: other views bind the same keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_zoomIn = make(tr("Zoom &In"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                    &TimelineView::zoomIn);
    m_zoomOut = make(tr("Zoom &Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &TimelineView::zoomOut);
    m_zoomFit = make(tr("Zoom to &Fit"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &TimelineView::zoomToFit);
    m_zoomSelection = make(tr("Zoom to &Selection"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0)},
                           &TimelineView::zoomToSelection);
    m_panLeft = make(tr("Pan &Left"), {QKeySequence(Qt::Key_Left)}, &TimelineView::panLeft);
    m_panRight = make(tr("Pan &Right"), {QKeySequence(Qt::Key_Right)}, &TimelineView::panRight);

    m_groupingActions = new QActionGroup(this);
    m_groupingActions->setExclusive(true);
    const std::pair<QString, LaneGrouping> groupings[] = {{tr("Lanes by &Claimant"), LaneGrouping::Claimant},
                                                          {tr("Lanes by &Outlet"), LaneGrouping::Outlet},
                                                          {tr("Lanes by &Topic"), LaneGrouping::Topic}};
    for (const auto &[text, grouping] : groupings) {
        auto *action = new QAction(text, m_groupingActions);
        action->setCheckable(true);
        action->setChecked(grouping == m_grouping);
        action->setData(int(grouping));
        connect(action, &QAction::triggered, this, [this, g = grouping] { setLaneGrouping(g); });
        addAction(action);
    }
}

void TimelineView::updateActions()
{
    m_zoomIn->setEnabled(m_zoom->canZoomIn());
    m_zoomOut->setEnabled(m_zoom->canZoomOut());
    m_zoomFit->setEnabled(m_layout.itemCount() > 0);
    m_zoomSelection->setEnabled(m_layout.locate(m_workspace->selection()).isValid());
    for (QAction *action : m_groupingActions->actions())
        action->setChecked(action->data().toInt() == int(m_grouping));
}

void TimelineView::rebuildLayout()
{
    const Workspace *ws = m_workspace;
    m_layout.rebuild(ws->corpus(), m_grouping, [ws](ItemRef ref) {
        return ref.kind == ItemRef::Kind::Event ? ws->isEventVisible(ref.index) : ws->isVisible(ref.index);
    });
    m_widestTitle = widestLaneTitle();
    clampScroll();
    invalidate();
}

// The header column's wish: the widest lane title with its count, in the view's font.
double TimelineView::widestLaneTitle() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(font()), boldMetrics(bold);
    double widest = 0;
    for (const Lane &lane : m_layout.lanes())
        widest = std::max(widest, (lane.events ? boldMetrics : metrics).horizontalAdvance(lane.title)
                                      + metrics.horizontalAdvance(QString::number(lane.itemCount)));
    return widest + 16 + 6; // the cell's margins and the gap before the count
}

void TimelineView::invalidate()
{
    m_frame.reset();
    updateActions();
    update();
}

TimelineGeometry TimelineView::geometryFor(QSize size) const
{
    TimelineGeometry g;
    const QFontMetricsF metrics(font());
    g.size = size;
    g.scrollY = m_scrollY;
    g.rulerHeight = 2 * (metrics.height() + 2) + 6;
    g.footerHeight = metrics.height() + 8;
    g.rowHeight = std::max(20.0, metrics.height() + 8);
    // Wide enough for the titles ("South Korea's NIS" and "South Korea's JCS" must not both
    // read "South Kore…"), within a share of the view that leaves the plot room; longer
    // titles wrap over their lane's rows.
    g.headerWidth = std::clamp(m_widestTitle, 110.0, std::max(110.0, std::min(size.width() * 0.24, 280.0)));
    return g;
}

namespace {
// Review states ride on the marks, so the painter greys rejected items and rings disputed ones.
void markReviewStates(TimelineFrame &frame, const Workspace &workspace)
{
    for (TimelineMark &mark : frame.marks) {
        if (mark.isCluster() || !mark.item.isValid())
            continue;
        mark.review = int(mark.item.kind == ItemRef::Kind::Event ? workspace.eventState(mark.item.index)
                                                                  : workspace.claimState(mark.item.index));
    }
}
} // namespace

const TimelineFrame &TimelineView::frame() const
{
    if (!m_frame) {
        m_frame = TimelineFrame::build(m_workspace->corpus(), m_layout, geometryFor(size()), m_zoom->start(),
                                       m_zoom->end(), QFontMetricsF(font()), m_workspace->selection());
        markReviewStates(*m_frame, *m_workspace);
    }
    return *m_frame;
}

void TimelineView::renderTo(QPainter *painter, QSize size) const
{
    TimelineFrame f = TimelineFrame::build(m_workspace->corpus(), m_layout, geometryFor(size), m_zoom->start(),
                                           m_zoom->end(), QFontMetricsF(font()), m_workspace->selection());
    markReviewStates(f, *m_workspace);
    TimelinePainter(palette(), font()).paint(*painter, f, m_layout);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelinePainter(palette(), font()).paint(painter, frame(), m_layout);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    clampScroll();
    invalidate();
}

double TimelineView::timeAtX(double x) const
{
    const QRectF plot = geometryFor(size()).plotRect();
    return TimeMapping{m_zoom->start(), m_zoom->end(), plot.left(), plot.width()}.time(x);
}

// --- zooming and panning ---------------------------------------------------------------

void TimelineView::zoomIn()
{
    m_zoom->zoomBy(kZoomPerNotch);
}

void TimelineView::zoomOut()
{
    m_zoom->zoomBy(1.0 / kZoomPerNotch);
}

void TimelineView::panLeft()
{
    m_zoom->panBy(-m_zoom->span() * kPanFraction);
}

void TimelineView::panRight()
{
    m_zoom->panBy(m_zoom->span() * kPanFraction);
}

void TimelineView::zoomToSpan(double start, double end, double padFraction)
{
    const double span = std::max(end - start, TimeZoom::kMinSpan);
    // Labels run right of their markers: leave more room on the right.
    m_zoom->setRange(start - span * padFraction, end + span * padFraction * 2.5);
}

void TimelineView::zoomToFit()
{
    double start = 0, end = 0;
    if (m_layout.extent(&start, &end))
        zoomToSpan(start, end, 0.04);
}

void TimelineView::zoomToSelection()
{
    const TimelineItem *item = m_layout.item(m_layout.locate(m_workspace->selection()));
    if (!item)
        return;
    // A day alone would fill the view: show a week or two of context around it.
    const double context = std::max(item->end - item->start, 7 * TimeZoom::kDay);
    const double mid = (item->start + item->end) / 2;
    zoomToSpan(mid - context / 2, mid + context / 2, 0.25);
    revealItem(m_workspace->selection());
}

void TimelineView::setLaneGrouping(LaneGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    m_scrollY = 0;
    rebuildLayout();
    Q_EMIT laneGroupingChanged(grouping);
}

void TimelineView::scrollLanesBy(double dy)
{
    m_scrollY += dy;
    clampScroll();
    invalidate();
}

void TimelineView::clampScroll()
{
    const TimelineGeometry g = geometryFor(size());
    const double max = std::max(0.0, g.contentHeight(m_layout) - g.plotRect().height());
    m_scrollY = std::clamp(m_scrollY, 0.0, max);
}

// --- selection -------------------------------------------------------------------------

void TimelineView::onSelectionChanged(ItemRef current)
{
    revealItem(current);
    invalidate();
}

// Pans (without zooming) so the item's marker is on screen, and scrolls its lane in.
void TimelineView::revealItem(ItemRef ref)
{
    const TimelineLayout::Location loc = m_layout.locate(ref);
    const TimelineItem *item = m_layout.item(loc);
    if (!item)
        return;
    const TimelineGeometry g = geometryFor(size());
    const QRectF plot = g.plotRect();
    const TimeMapping map{m_zoom->start(), m_zoom->end(), plot.left(), plot.width()};
    // Only when off screen: clicking a marker near the edge must not move it away.
    const double x = map.x(item->start);
    if (x < plot.left() || x > plot.right() - 6)
        m_zoom->centerOn(std::min(item->start + (item->end - item->start) / 2, item->start + m_zoom->span() / 3));

    double top = 0;
    for (int l = 0; l < loc.lane; ++l)
        top += g.laneHeight(m_layout.lanes()[size_t(l)]);
    const double rowTop = top + g.lanePadding + loc.row * g.rowHeight;
    if (rowTop < m_scrollY || rowTop + g.rowHeight > m_scrollY + plot.height()) {
        m_scrollY = rowTop - plot.height() / 3;
        clampScroll();
    }
    invalidate();
}

// --- input -----------------------------------------------------------------------------

void TimelineView::wheelEvent(QWheelEvent *event)
{
    // High-resolution devices report pixels; mice report eighths of a degree.
    const QPoint pixels = event->pixelDelta();
    const QPoint angle = event->angleDelta();
    const double dy = !pixels.isNull() ? pixels.y() / kPixelsPerNotch : angle.y() / kWheelNotch;
    const double dx = !pixels.isNull() ? pixels.x() / kPixelsPerNotch : angle.x() / kWheelNotch;
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift turns vertical wheels horizontal on some platforms: take either axis.
        scrollLanesBy(-(dy != 0 ? dy : dx) * geometryFor(size()).rowHeight * 2);
    } else if (std::abs(dx) > std::abs(dy)) {
        m_zoom->panBy(-dx * m_zoom->span() * kPanFraction);
    } else if (dy != 0) {
        m_zoom->zoomBy(std::pow(kZoomPerNotch, dy), timeAtX(event->position().x()));
    }
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            m_zoom->zoomBy(1.0 + gesture->value(), timeAtX(gesture->position().x()));
            return true;
        }
        break;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void TimelineView::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const TimelineFrame::Hit hit = frame().hitTest(pos);
    const Corpus &corpus = m_workspace->corpus();
    QString text;
    if (hit.mark && !hit.mark->isCluster()) {
        const ItemRef ref = hit.mark->item;
        text = ref.kind == ItemRef::Kind::Event ? eventTooltip(corpus, corpus.events.at(ref.index))
                                                : claimTooltip(corpus, corpus.claims.at(ref.index));
    } else if (hit.mark) {
        const DayInterval days(QDate::fromJulianDay(qint64(std::floor(hit.mark->cluster.start / TimeZoom::kDay)) + 2440588),
                               QDate::fromJulianDay(qint64(std::ceil(hit.mark->cluster.end / TimeZoom::kDay)) + 2440588 - 1));
        const Cluster &c = hit.mark->cluster;
        const LaneRow &row = m_layout.lanes()[size_t(hit.mark->lane)].rows[size_t(hit.mark->row)];
        const bool sameDay = row.items[size_t(c.first)].start == row.items[size_t(c.last - 1)].start;
        text = tr("%n items, %1", nullptr, c.count).arg(dayIntervalLabel(days));
        for (qsizetype i = c.first; i < c.last && i < c.first + 6; ++i) {
            const ItemRef ref = row.items[size_t(i)].ref;
            text += QStringLiteral("\n• ") + (ref.kind == ItemRef::Kind::Event
                                                   ? corpus.events.at(ref.index).label
                                                   : figureLabel(corpus.claims.at(ref.index)) + QStringLiteral(" — ")
                                                         + corpus.claims.at(ref.index).claimant);
        }
        if (c.last - c.first > 6)
            text += QStringLiteral("\n• …");
        text += QLatin1Char('\n') + (sameDay ? tr("Click to select them in turn") : tr("Click to zoom in"));
    } else if (hit.column) {
        text = tr("%n items here\nClick to zoom in", nullptr, hit.column->count);
    } else if (hit.lane >= 0 && pos.x() < geometryFor(size()).headerWidth) {
        const Lane &lane = m_layout.lanes()[size_t(hit.lane)];
        text = tr("%1\n%n item(s)", nullptr, lane.itemCount).arg(lane.title);
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, plainToolTip(text), this);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = event->position().toPoint();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_pressed) {
        setCursor(frame().hitTest(pos) ? Qt::PointingHandCursor : Qt::OpenHandCursor);
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        const QPoint delta = pos - m_lastPos;
        m_zoom->panBy(-delta.x() * frame().map.msPerPixel());
        if (delta.y() != 0)
            scrollLanesBy(-delta.y());
        m_lastPos = pos;
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    const TimelineFrame::Hit hit = frame().hitTest(event->position());
    if (hit.mark && !hit.mark->isCluster()) {
        m_workspace->select(hit.mark->item);
    } else if (hit.mark) {
        // Zoom in just far enough that the cluster's items spread over its bubble. Items
        // sharing a day never spread: step through them instead.
        const Cluster &c = hit.mark->cluster;
        const LaneRow &row = m_layout.lanes()[size_t(hit.mark->lane)].rows[size_t(hit.mark->row)];
        if (row.items[size_t(c.first)].start == row.items[size_t(c.last - 1)].start) {
            const TimelineLayout::Location loc = m_layout.locate(m_workspace->selection());
            const bool inside = loc.lane == hit.mark->lane && loc.row == hit.mark->row && loc.index >= c.first
                                && loc.index < c.last;
            const qsizetype next = inside && loc.index + 1 < c.last ? loc.index + 1 : c.first;
            m_workspace->select(row.items[size_t(next)].ref);
        } else if (c.end - c.start > TimeZoom::kMinSpan)
            zoomToSpan(c.start, c.end, 0.15);
        else
            m_zoom->zoomBy(4.0, (c.start + c.end) / 2);
    } else if (hit.column) {
        m_zoom->zoomBy(4.0, (hit.column->start + hit.column->end) / 2);
    } else if (geometryFor(size()).plotRect().contains(event->position())) {
        m_workspace->select({});
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double page = geometryFor(size()).plotRect().height() * 0.8;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panLeft();
        break;
    case Qt::Key_Right:
        panRight();
        break;
    case Qt::Key_Up:
        scrollLanesBy(-geometryFor(size()).rowHeight);
        break;
    case Qt::Key_Down:
        scrollLanesBy(geometryFor(size()).rowHeight);
        break;
    case Qt::Key_PageUp:
        scrollLanesBy(-page);
        break;
    case Qt::Key_PageDown:
        scrollLanesBy(page);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

} // namespace claimline::ui
