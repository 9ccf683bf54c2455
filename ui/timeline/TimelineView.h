#pragma once

#include "TimelineFrame.h"
#include "TimelineLayout.h"

#include <QList>
#include <QPoint>
#include <QWidget>
#include <optional>

class QAction;
class QActionGroup;
class QPainter;

namespace claimline::ui {

class TimeZoom;
class Workspace;

// Claims and events on a zoomable time axis, in lanes by claimant, outlet or topic.
// Custom-painted: only the visible range is laid out and drawn (TimelineFrame), crowded
// markers merge into clusters and, farther out, into per-column counts.
// Wheel/pinch/keys zoom around the cursor, drag and arrows pan; Shift+wheel or Up/Down
// scroll the lanes.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(Workspace *workspace, QWidget *parent = nullptr);

    TimeZoom *zoom() const { return m_zoom; }
    LaneGrouping laneGrouping() const { return m_grouping; }
    const TimelineLayout &layoutModel() const { return m_layout; }
    // QWidget::actions() lists this view's actions for a toolbar or menu, in order: zoom
    // in, out, to fit, to selection, pan left, pan right, then the three lane groupings
    // (checkable, exclusive). Their shortcuts work while the timeline has focus; they
    // also make up its context menu.

    // Paints the whole timeline at `size` (e.g. into a QImage, for benchmarks and export).
    void renderTo(QPainter *painter, QSize size) const;
    // What is drawn at the current size: for tests and hit testing.
    const TimelineFrame &frame() const;
    QSize sizeHint() const override { return {900, 360}; }
    QSize minimumSizeHint() const override { return {320, 140}; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToSelection();
    void panLeft();
    void panRight();
    void setLaneGrouping(claimline::ui::LaneGrouping grouping);

Q_SIGNALS:
    void laneGroupingChanged(claimline::ui::LaneGrouping grouping);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createActions();
    void rebuildLayout();
    void onSelectionChanged(ItemRef current);
    void revealItem(ItemRef item);
    void zoomToSpan(double start, double end, double padFraction);
    void scrollLanesBy(double dy);
    void clampScroll();
    void invalidate();
    void updateActions();
    TimelineGeometry geometryFor(QSize size) const;
    double timeAtX(double x) const;
    void showToolTip(const QPoint &pos, const QPoint &globalPos);

    Workspace *m_workspace;
    TimeZoom *m_zoom;
    TimelineLayout m_layout;
    LaneGrouping m_grouping = LaneGrouping::Claimant;
    double widestLaneTitle() const;

    double m_scrollY = 0;
    double m_widestTitle = 0; // header width the lane titles ask for; set with the layout
    mutable std::optional<TimelineFrame> m_frame; // cache, dropped on every change

    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;

    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomFit = nullptr;
    QAction *m_zoomSelection = nullptr;
    QAction *m_panLeft = nullptr;
    QAction *m_panRight = nullptr;
    QActionGroup *m_groupingActions = nullptr;
};

} // namespace claimline::ui
