#include "TimelineCorpus.h"
#include "state/Workspace.h"
#include "timeline/FigureText.h"
#include "timeline/TimeAxis.h"
#include "timeline/TimeZoom.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelinePainter.h"
#include "timeline/TimelineView.h"
#include "pipeline/Pipeline.h"

#include <QAction>
#include <QElapsedTimer>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <memory>

using namespace claimline;
using namespace claimline::ui;
using namespace claimline::test;

namespace {

constexpr double kDay = TimeZoom::kDay;

std::unique_ptr<Workspace> workspaceWith(Corpus corpus)
{
    auto ws = std::make_unique<Workspace>();
    ws->setCorpus(std::make_shared<const Corpus>(std::move(corpus)));
    return ws;
}

const TimelineMark *markFor(const TimelineFrame &frame, ItemRef ref)
{
    for (const TimelineMark &m : frame.marks)
        if (!m.isCluster() && m.item == ref)
            return &m;
    return nullptr;
}

void sendWheel(QWidget *w, QPointF pos, QPoint angle, QPoint pixels = {})
{
    QWheelEvent event(pos, w->mapToGlobal(pos), pixels, angle, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

void checkNoOverlap(const std::vector<TimeAxis::Label> &labels)
{
    for (size_t i = 1; i < labels.size(); ++i) {
        const QRectF &a = labels[i - 1].rect, &b = labels[i].rect;
        QVERIFY2(a.right() <= b.left(),
                 qPrintable(QStringLiteral("'%1' [%2, %3] overlaps '%4' at %5")
                                .arg(labels[i - 1].text).arg(a.left()).arg(a.right()).arg(labels[i].text).arg(b.left())));
    }
}

} // namespace

class TimelineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoom_keepsAnchorAndClampsSpan()
    {
        TimeZoom zoom;
        QSignalSpy spy(&zoom, &TimeZoom::rangeChanged);
        zoom.setRange(0, 100 * kDay);
        const double anchor = 30 * kDay;
        const double fraction = (anchor - zoom.start()) / zoom.span();
        zoom.zoomBy(3.0, anchor);
        QCOMPARE(spy.count(), 2);
        QVERIFY(qAbs((anchor - zoom.start()) / zoom.span() - fraction) < 1e-9);
        QVERIFY(qAbs(zoom.span() - 100 * kDay / 3) < 1);

        zoom.zoomBy(1e9, anchor);
        QCOMPARE(zoom.span(), TimeZoom::kMinSpan);
        QVERIFY(!zoom.canZoomIn());
        zoom.zoomBy(1e-12, anchor);
        QCOMPARE(zoom.span(), TimeZoom::kMaxSpan);
        QVERIFY(!zoom.canZoomOut());
        const int before = int(spy.count());
        zoom.zoomBy(0.5, anchor); // already at the limit: nothing changes, nothing emitted
        QCOMPARE(spy.count(), before);
    }

    void wheel_keepsTimeUnderCursorFixed_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<QPoint>("angle");
        QTest::addColumn<QPoint>("pixels");
        QTest::newRow("notch in, left") << 250.0 << QPoint(0, 120) << QPoint();
        QTest::newRow("notch out, right") << 900.0 << QPoint(0, -120) << QPoint();
        QTest::newRow("three notches in") << 611.0 << QPoint(0, 360) << QPoint();
        QTest::newRow("trackpad pixels") << 480.0 << QPoint(0, 30) << QPoint(0, 14);
        QTest::newRow("trackpad pixels out") << 800.0 << QPoint(0, -30) << QPoint(0, -9);
    }
    void wheel_keepsTimeUnderCursorFixed()
    {
        QFETCH(double, x);
        QFETCH(QPoint, angle);
        QFETCH(QPoint, pixels);
        auto ws = workspaceWith(syntheticCorpus({}));
        TimelineView view(ws.get());
        view.resize(1000, 400);
        const double spanBefore = view.zoom()->span();
        const double t = view.frame().map.time(x);
        sendWheel(&view, QPointF(x, 200), angle, pixels);
        QVERIFY(view.zoom()->span() != spanBefore);
        QVERIFY((view.zoom()->span() < spanBefore) == (angle.y() > 0));
        QVERIFY2(qAbs(view.frame().map.x(t) - x) < 1.0, "the time under the cursor moved");
    }

    void pinch_zoomsAroundFingers()
    {
        auto ws = workspaceWith(syntheticCorpus({}));
        TimelineView view(ws.get());
        view.resize(1000, 400);
        const QPointF pos(700, 150);
        const double t = view.frame().map.time(pos.x());
        const double span = view.zoom()->span();
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, pos, pos,
                                  view.mapToGlobal(pos), 0.5, QPointF());
        QApplication::sendEvent(&view, &pinch);
        QVERIFY(qAbs(view.zoom()->span() - span / 1.5) < 1);
        QVERIFY(qAbs(view.frame().map.x(t) - pos.x()) < 1.0);
    }

    void axisLabels_neverOverlap_data()
    {
        QTest::addColumn<double>("spanDays");
        QTest::addColumn<double>("width");
        QTest::addColumn<QString>("level");
        QTest::newRow("2 hours") << 2.0 / 24 << 1200.0 << QStringLiteral("hours");
        QTest::newRow("1 day") << 1.0 << 1200.0 << QStringLiteral("hours");
        QTest::newRow("2 weeks") << 14.0 << 1200.0 << QStringLiteral("days");
        QTest::newRow("3 days") << 3.0 << 1200.0 << QStringLiteral("hours");
        QTest::newRow("2 weeks narrow") << 14.0 << 250.0 << QStringLiteral("weeks");
        QTest::newRow("4 months") << 120.0 << 1200.0 << QStringLiteral("weeks");
        QTest::newRow("18 months") << 540.0 << 1200.0 << QStringLiteral("months");
        QTest::newRow("3 years") << 1100.0 << 500.0 << QStringLiteral("quarters");
        QTest::newRow("12 years") << 4400.0 << 1200.0 << QStringLiteral("years");
        QTest::newRow("50 years") << 18262.0 << 1366.0 << QStringLiteral("years");
        QTest::newRow("50 years narrow") << 18262.0 << 300.0 << QStringLiteral("decades");
    }
    void axisLabels_neverOverlap()
    {
        QFETCH(double, spanDays);
        QFETCH(double, width);
        QFETCH(QString, level);
        const QFontMetricsF metrics(QApplication::font());
        // Several offsets: the labels that happen to be on screen change as the range pans.
        for (double offset : {0.0, 0.37, 13.5, 400.2}) {
            const double start = msecsOf(QDate(2024, 2, 27)) + offset * kDay;
            const TimeMapping map{start, start + spanDays * kDay, 100, width};
            const TimeAxis axis = TimeAxis::compute(map, metrics, 0);
            QCOMPARE(axis.level, level);
            QVERIFY(axis.minorLabels.size() >= 2 || level == QLatin1String("decades"));
            checkNoOverlap(axis.minorLabels);
            checkNoOverlap(axis.majorLabels);
            for (const auto &label : axis.minorLabels)
                QVERIFY(label.rect.left() >= map.left);
        }
    }

    void figureLabel_showsQualifierAndRange()
    {
        Claim c;
        c.low = 6000;
        c.qualifier = Qualifier::AtLeast;
        QCOMPARE(figureLabel(c), QStringLiteral("≥6,000"));
        c.qualifier = Qualifier::Approx;
        c.low = 600;
        QCOMPARE(figureLabel(c), QStringLiteral("~600"));
        c.qualifier = Qualifier::Range;
        c.low = 3800;
        c.high = 4000;
        QCOMPARE(figureLabel(c), QStringLiteral("3,800–4,000"));
        QCOMPARE(dayIntervalLabel(DayInterval::month(2024, 6)), QStringLiteral("Jun 2024"));
        QCOMPARE(dayIntervalLabel({QDate(2024, 9, 1), QDate(2024, 11, 30)}), QStringLiteral("1 Sep – 30 Nov 2024"));
    }

    void layout_putsEventsFirstAndSameDayClaimsInRows()
    {
        const QDate d(2024, 6, 4);
        const Corpus corpus = plannedCorpus({{DayInterval::day(d)}, {DayInterval::day(d)}, {DayInterval::day(d.addDays(3))},
                                             {DayInterval::day(d), QStringLiteral("Red Cross")}, {DayInterval()}},
                                            {DayInterval::day(d)});
        TimelineLayout layout;
        layout.rebuild(corpus, LaneGrouping::Claimant, [](ItemRef) { return true; });
        QCOMPARE(layout.lanes().size(), size_t(3));
        QVERIFY(layout.lanes()[0].events);
        QCOMPARE(layout.lanes()[1].title, QStringLiteral("Red Cross"));
        QCOMPARE(layout.lanes()[2].title, QStringLiteral("UN OCHA"));
        QCOMPARE(layout.lanes()[2].rows.size(), size_t(2)); // two claims on 4 June
        QCOMPARE(layout.undatedClaims(), 1);
        QCOMPARE(layout.itemCount(), 5);
        const auto loc = layout.locate(ItemRef::claim(1));
        QCOMPARE(loc.lane, 2);
        QCOMPARE(loc.row, 1);
        QVERIFY(!layout.locate(ItemRef::claim(4)).isValid());
    }

    void clusters_mergeCloseMarkersAndSplitWhenZoomedIn()
    {
        QList<PlannedClaim> planned;
        for (int i = 0; i < 6; ++i)
            planned.append({DayInterval::day(QDate(2024, 3, 1).addDays(i))});
        planned.append({DayInterval::day(QDate(2024, 9, 1))});
        const Corpus corpus = plannedCorpus(planned);
        TimelineLayout layout;
        layout.rebuild(corpus, LaneGrouping::Claimant, [](ItemRef) { return true; });
        const LaneRow &row = layout.lanes()[0].rows[0];
        const double start = msecsOf(QDate(2024, 1, 1));
        const TimeMapping far{start, start + 365 * kDay, 0, 1000};
        const auto farClusters = TimelineLayout::clusters(row, far, TimelineFrame::kClusterRadiusPx);
        QCOMPARE(farClusters.size(), size_t(3)); // 1–4 Mar, 5–6 Mar (9 px apart), 1 Sep
        QCOMPARE(farClusters[0].count, 4);
        const TimeMapping close{msecsOf(QDate(2024, 2, 25)), msecsOf(QDate(2024, 3, 15)), 0, 1000};
        QCOMPARE(TimelineLayout::clusters(row, close, TimelineFrame::kClusterRadiusPx).size(), size_t(6));
    }

    void clickingClaimMarker_selectsIt()
    {
        QList<PlannedClaim> planned;
        for (int i = 0; i < 5; ++i)
            planned.append({DayInterval::day(QDate(2024, 1, 10).addDays(40 * i)), QStringLiteral("UN OCHA"),
                            QStringLiteral("casualties"), 1000.0 * (i + 1)});
        auto ws = workspaceWith(plannedCorpus(planned));
        TimelineView view(ws.get());
        view.resize(1000, 300);
        QSignalSpy spy(ws.get(), &Workspace::selectionChanged);
        const TimelineMark *mark = markFor(view.frame(), ItemRef::claim(2));
        QVERIFY(mark);
        QCOMPARE(mark->label, QStringLiteral("3,000"));
        const QPointF at = mark->pos; // the click rebuilds the frame that `mark` points into
        QTest::mouseClick(&view, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(ws->selection(), ItemRef::claim(2));
        QVERIFY(markFor(view.frame(), ItemRef::claim(2))->selected);
        // Empty space clears it.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(int(at.x()) + 60, int(at.y()) + 40));
        QCOMPARE(ws->selection(), ItemRef());
    }

    void clickingCluster_zoomsIntoIt()
    {
        QList<PlannedClaim> planned;
        for (int i = 0; i < 5; ++i)
            planned.append({DayInterval::day(QDate(2024, 3, 1).addDays(i))});
        planned.append({DayInterval::day(QDate(2025, 6, 1))});
        auto ws = workspaceWith(plannedCorpus(planned));
        TimelineView view(ws.get());
        view.resize(1000, 300);
        const TimelineMark *cluster = nullptr;
        for (const TimelineMark &m : view.frame().marks)
            if (m.isCluster())
                cluster = &m;
        QVERIFY(cluster);
        QCOMPARE(cluster->cluster.count, 5);
        QSignalSpy spy(ws.get(), &Workspace::selectionChanged);
        QTest::mouseClick(&view, Qt::LeftButton, {}, cluster->pos.toPoint());
        QCOMPARE(spy.count(), 0);
        QVERIFY(view.zoom()->span() < 30 * kDay);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(markFor(view.frame(), ItemRef::claim(i)), "the cluster did not split");
    }

    void clickingSameDayCluster_stepsThroughItsItems()
    {
        const DayInterval day = DayInterval::day(QDate(2024, 6, 4));
        // Four claims on one day: three rows, the fourth shares row 0 with the first.
        auto ws = workspaceWith(plannedCorpus({{day}, {day}, {day}, {day}}));
        TimelineView view(ws.get());
        view.resize(900, 300);
        const TimelineMark *cluster = nullptr;
        for (const TimelineMark &m : view.frame().marks)
            if (m.isCluster())
                cluster = &m;
        QVERIFY(cluster);
        const QPoint pos = cluster->pos.toPoint();
        const double span = view.zoom()->span();
        QTest::mouseClick(&view, Qt::LeftButton, {}, pos);
        QCOMPARE(ws->selection(), ItemRef::claim(0));
        QTest::mouseClick(&view, Qt::LeftButton, {}, pos);
        QCOMPARE(ws->selection(), ItemRef::claim(3));
        QTest::mouseClick(&view, Qt::LeftButton, {}, pos);
        QCOMPARE(ws->selection(), ItemRef::claim(0));
        QCOMPARE(view.zoom()->span(), span);
    }

    void selectingFromWorkspace_pansItIntoView()
    {
        const Corpus corpus = syntheticCorpus({.claims = 300, .claimants = 10, .days = 900});
        auto ws = workspaceWith(corpus);
        TimelineView view(ws.get());
        view.resize(1000, 260);
        // Far from the target, in time and in lanes.
        int target = -1;
        for (int i = 0; i < corpus.claims.size() && target < 0; ++i)
            if (corpus.claims[i].asOf.days() == 1 && corpus.claims[i].asOf.first > QDate(2025, 5, 1))
                target = i;
        QVERIFY(target >= 0);
        view.zoom()->setRange(msecsOf(QDate(2024, 1, 1)), msecsOf(QDate(2024, 1, 15)));
        QVERIFY(!markFor(view.frame(), ItemRef::claim(target)));
        ws->select(ItemRef::claim(target));
        const TimelineMark *mark = markFor(view.frame(), ItemRef::claim(target));
        QVERIFY2(mark, "the selected claim is not drawn after selecting it");
        QVERIFY(mark->selected);
        QVERIFY(view.frame().geometry.plotRect().contains(mark->pos));
        QVERIFY(qAbs(view.zoom()->span() - 14 * kDay) < 1); // panned, not zoomed
        // Zoom to selection shows it with context.
        view.zoomToSelection();
        QVERIFY(markFor(view.frame(), ItemRef::claim(target)));
    }

    void filter_hidesItems()
    {
        const Corpus corpus = syntheticCorpus({.claims = 120, .undated = 7});
        auto ws = workspaceWith(corpus);
        TimelineView view(ws.get());
        view.resize(1366, 900);
        QCOMPARE(view.layoutModel().undatedClaims(), 7);
        const int before = view.layoutModel().itemCount();
        ClaimFilter filter;
        filter.topics = {QStringLiteral("casualties")};
        ws->setFilter(filter);
        int expected = 0;
        for (int i = 0; i < corpus.claims.size(); ++i)
            expected += corpus.claims[i].asOf.isValid() && corpus.claims[i].topic == QLatin1String("casualties");
        QCOMPARE(view.layoutModel().itemCount(), expected + int(corpus.events.size()));
        QVERIFY(view.layoutModel().itemCount() < before);
        for (const TimelineMark &m : view.frame().marks)
            if (!m.isCluster() && m.item.kind == ItemRef::Kind::Claim)
                QCOMPARE(corpus.claims[m.item.index].topic, QStringLiteral("casualties"));
        ws->setFilter({});
        QCOMPARE(view.layoutModel().itemCount(), before);
    }

    void laneGrouping_switchesLanes()
    {
        auto ws = workspaceWith(syntheticCorpus({}));
        TimelineView view(ws.get());
        QSignalSpy spy(&view, &TimelineView::laneGroupingChanged);
        view.setLaneGrouping(LaneGrouping::Topic);
        QCOMPARE(spy.count(), 1);
        QStringList titles;
        for (const Lane &lane : view.layoutModel().lanes())
            titles << lane.title;
        QCOMPARE(titles.first(), QStringLiteral("Events"));
        QVERIFY(titles.contains(QStringLiteral("casualties")));
        QAction *byOutlet = nullptr;
        for (QAction *a : view.actions())
            if (a->text().contains(QStringLiteral("Outlet")))
                byOutlet = a;
        QVERIFY(byOutlet);
        byOutlet->trigger();
        QCOMPARE(view.laneGrouping(), LaneGrouping::Outlet);
        QVERIFY(byOutlet->isChecked());
    }

    void actionsAndKeys_zoomAndPan()
    {
        auto ws = workspaceWith(syntheticCorpus({}));
        TimelineView view(ws.get());
        view.resize(800, 300);
        const QList<QAction *> actions = view.actions();
        QCOMPARE(actions.size(), 9);
        QCOMPARE(actions[0]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Equal));
        QCOMPARE(actions[3]->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
        const double span = view.zoom()->span();
        actions[0]->trigger();
        QVERIFY(view.zoom()->span() < span);
        actions[2]->trigger();
        QCOMPARE(view.zoom()->span(), span);
        const double start = view.zoom()->start();
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.zoom()->start() > start);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.zoom()->span() > span);
    }

    void dragging_pansTime()
    {
        auto ws = workspaceWith(syntheticCorpus({}));
        TimelineView view(ws.get());
        view.resize(800, 300);
        const double t = view.frame().map.time(400);
        QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(400, 150));
        QTest::mouseMove(&view, QPoint(430, 150));
        QTest::mouseMove(&view, QPoint(500, 150));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(500, 150));
        QVERIFY(qAbs(view.frame().map.x(t) - 500) < 1.0); // the time grabbed follows the mouse
    }

    void hundredThousandItems_paintAtEveryZoom()
    {
        const Corpus corpus = syntheticCorpus({.claims = 100000, .events = 200, .undated = 50, .claimants = 10,
                                               .days = 3650});
        auto ws = workspaceWith(corpus);
        TimelineView view(ws.get());
        view.resize(1366, 700);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        view.renderTo(&painter, image.size());
        QVERIFY2(!view.frame().columns.empty(), "far out, crowded rows should become density columns");
        for (int i = 0; i < 12; ++i) {
            view.zoomIn();
            view.zoomIn();
            view.renderTo(&painter, image.size());
        }
        QVERIFY(!view.frame().marks.empty());
        view.zoom()->zoomBy(1e-9);
        view.renderTo(&painter, image.size());
        QVERIFY(!view.grab().isNull());
    }

    void laneTitles_wrapOverTheLaneRowsBeforeEliding()
    {
        const QFontMetricsF m(QApplication::font());
        const QString title = QStringLiteral("South Korea's National Intelligence Service");
        const double width = m.horizontalAdvance(QStringLiteral("South Korea's Nation"));
        const QStringList two = TimelinePainter::wrappedTitle(title, m, width, 2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.first(), QStringLiteral("South Korea's")); // broken between words, not elided
        QVERIFY(two.last().startsWith(QStringLiteral("National")));
        QVERIFY(two.last().endsWith(QChar(0x2026))); // the rest did not fit: elided on the last line
        for (const QString &line : two)
            QVERIFY(m.horizontalAdvance(line) <= width + 0.5);
        const QStringList one = TimelinePainter::wrappedTitle(title, m, width, 1);
        QCOMPARE(one.size(), 1);
        QVERIFY(one.first().endsWith(QChar(0x2026)));
        const QStringList roomy = TimelinePainter::wrappedTitle(title, m, width * 3, 3);
        QCOMPARE(roomy, QStringList{title});
        const QStringList three = TimelinePainter::wrappedTitle(title, m, width, 3);
        QCOMPARE(three.join(u' '), title); // three lines hold it whole
    }

    void headerColumn_growsToFitTheLaneTitles()
    {
        Corpus corpus = syntheticCorpus({.claims = 40, .claimants = 3});
        for (Claim &c : corpus.claims)
            c.claimant = QStringLiteral("South Korea's National Intelligence Service ") + c.claimant.right(1);
        auto ws = workspaceWith(corpus);
        TimelineView view(ws.get());
        view.resize(1400, 400);
        const double wide = view.frame().geometry.headerWidth;
        QVERIFY2(wide > 190, "long claimant names get a wider column than the old fixed 190 px");
        TimelineView narrow(ws.get()); // a narrow view keeps most of its width for the plot
        narrow.resize(500, 400);
        QCOMPARE(narrow.frame().geometry.headerWidth, 500 * 0.24);
    }

    // Not a check: writes PNGs for a person to look at when CLAIMLINE_TIMELINE_SNAPSHOTS
    // names a folder (and renders the seeds corpus too when CLAIMLINE_TIMELINE_CORPUS is set).
    void snapshots();
};

void TimelineTest::snapshots()
{
    const QString dir = qEnvironmentVariable("CLAIMLINE_TIMELINE_SNAPSHOTS");
    if (dir.isEmpty())
        QSKIP("set CLAIMLINE_TIMELINE_SNAPSHOTS to a folder to write PNGs");
    const QString seeds = qEnvironmentVariable("CLAIMLINE_TIMELINE_CORPUS");
    Corpus corpus = seeds.isEmpty() ? syntheticCorpus({.claims = 70, .events = 6, .undated = 4, .days = 400})
                                    : Pipeline().run({seeds});
    auto ws = workspaceWith(std::move(corpus));
    const auto shoot = [&](TimelineView &view, QSize size, const QString &name) {
        view.resize(size);
        QElapsedTimer timer;
        timer.start();
        const QPixmap pixmap = view.grab();
        qInfo("%s: %lld ms, %zu marks, %zu columns, axis level %s", qPrintable(name), timer.elapsed(),
              view.frame().marks.size(), view.frame().columns.size(), qPrintable(view.frame().axis.level));
        QVERIFY(pixmap.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    TimelineView view(ws.get());
    view.resize(1366, 400);
    view.zoomToFit();
    shoot(view, {1366, 400}, QStringLiteral("timeline-1366x400"));
    view.resize(1600, 500);
    view.zoomToFit();
    shoot(view, {1600, 500}, QStringLiteral("timeline-1600x500"));
    view.setLaneGrouping(LaneGrouping::Topic);
    shoot(view, {1600, 500}, QStringLiteral("timeline-topics-1600x500"));
    view.setLaneGrouping(LaneGrouping::Claimant);
    if (!ws->corpus().claims.isEmpty())
        for (int i = 0; i < ws->corpus().claims.size(); ++i)
            if (ws->corpus().claims[i].asOf.isValid()) {
                ws->select(ItemRef::claim(i));
                break;
            }
    view.zoomToSelection();
    shoot(view, {1366, 400}, QStringLiteral("timeline-selection-1366x400"));
    view.zoom()->setRange(view.zoom()->center() - 0.5 * TimeZoom::kDay, view.zoom()->center() + 0.5 * TimeZoom::kDay);
    shoot(view, {1366, 400}, QStringLiteral("timeline-hours-1366x400"));

    auto big = workspaceWith(syntheticCorpus({.claims = 100000, .events = 200, .undated = 50, .claimants = 10,
                                              .days = 3650}));
    TimelineView bigView(big.get());
    shoot(bigView, {1366, 400}, QStringLiteral("timeline-100k-1366x400"));
    bigView.zoom()->zoomBy(30);
    shoot(bigView, {1366, 400}, QStringLiteral("timeline-100k-zoomed-1366x400"));
    bigView.zoom()->zoomBy(10);
    shoot(bigView, {1366, 400}, QStringLiteral("timeline-100k-close-1366x400"));
    // Frame time, offscreen: build + paint into an image, as a benchmark would.
    QImage image(QSize(1366, 400), QImage::Format_ARGB32_Premultiplied);
    for (double factor : {1.0 / 300, 30.0, 10.0}) {
        bigView.zoom()->zoomBy(factor);
        QElapsedTimer timer;
        timer.start();
        const int frames = 20;
        for (int i = 0; i < frames; ++i) {
            QPainter painter(&image);
            bigView.zoom()->panBy(bigView.zoom()->span() * 0.01);
            bigView.renderTo(&painter, image.size());
        }
        qInfo("100k items, span %.0f days: %.2f ms per frame", bigView.zoom()->span() / TimeZoom::kDay,
              double(timer.nsecsElapsed()) / 1e6 / frames);
    }
}

QTEST_MAIN(TimelineTest)
#include "tst_timeline.moc"
