// The estimate chart: series building (Core-only), drawing, selection both ways, export.
#include "ChartsReviewCorpus.h"
#include "charts/ChartExporter.h"
#include "charts/EstimateChart.h"
#include "charts/EstimateChartView.h"
#include "charts/EstimateSeries.h"
#include "state/Workspace.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImageReader>
#include <QLogValueAxis>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace claimline;
using namespace claimline::ui;
using namespace claimline::testing;

namespace {

const QString kCas = QStringLiteral("casualties");
const QString kKw = QStringLiteral("killed_or_wounded");

// Two claimants on casualties: the General Staff twice (an exact figure, then a range over
// three days), the ministry once with "at least", relayed by two outlets (one point). Plus a
// troops figure, and a casualty claim with no date anywhere.
Corpus estimatesCorpus()
{
    CorpusBuilder b;
    const int kyiv = b.addArticle(QStringLiteral("Kyiv Independent"), day(10), QStringLiteral("Losses mount"),
                                  QStringLiteral("The General Staff said 1,000 Russian soldiers were killed or wounded on "
                                                 "June 9. It later said 3,800 to 4,000 were killed or wounded over three days. "
                                                 "Officials said 6,000 troops were moved."));
    const int tass = b.addArticle(QStringLiteral("TASS"), day(11), QStringLiteral("Ministry figures"),
                                  QStringLiteral("The ministry said at least 1,500 Ukrainian soldiers were killed or wounded on June 10."));
    const int ria = b.addArticle(QStringLiteral("RIA Novosti"), day(11), QStringLiteral("Ministry figures again"),
                                 QStringLiteral("The ministry said at least 1,500 Ukrainian soldiers were killed or wounded on June 10."));
    const int undated = b.addArticle(QStringLiteral("Blog"), QDate(), QStringLiteral("Undated"),
                                     QStringLiteral("Someone said 70 soldiers were killed or wounded."));
    const QString staff = QStringLiteral("General Staff of Ukraine");
    const QString mod = QStringLiteral("Russian Ministry of Defence");
    b.addClaim(kyiv, QStringLiteral("The General Staff said 1,000 Russian soldiers were killed or wounded on June 9."),
               QStringLiteral("1,000"), kCas, kKw, 1000, std::nullopt, Qualifier::Exact, staff, DayInterval::day(day(9)));
    b.addClaim(kyiv, QStringLiteral("It later said 3,800 to 4,000 were killed or wounded over three days."),
               QStringLiteral("3,800 to 4,000"), kCas, kKw, 3800, 4000.0, Qualifier::Range, staff, {day(6), day(8)});
    b.addClaim(kyiv, QStringLiteral("Officials said 6,000 troops were moved."), QStringLiteral("6,000"),
               QStringLiteral("troops"), QStringLiteral("deployed"), 6000, std::nullopt, Qualifier::Exact,
               QStringLiteral("Kyiv Independent"), DayInterval::day(day(10)));
    const QString q = QStringLiteral("The ministry said at least 1,500 Ukrainian soldiers were killed or wounded on June 10.");
    b.addClaim(tass, q, QStringLiteral("at least 1,500"), kCas, kKw, 1500, std::nullopt, Qualifier::AtLeast, mod,
               DayInterval::day(day(10)));
    b.addClaim(ria, q, QStringLiteral("at least 1,500"), kCas, kKw, 1500, std::nullopt, Qualifier::AtLeast, mod,
               DayInterval::day(day(10)));
    b.addClaim(undated, QStringLiteral("Someone said 70 soldiers were killed or wounded."), QStringLiteral("70"), kCas,
               kKw, 70, std::nullopt, Qualifier::Exact, QStringLiteral("Someone"), {});
    return b.corpus;
}

// `points` estimates by one claimant, each a range held over two days: a chart too dense
// for bars and labels past EstimateChart::kMostDetailedPoints.
Corpus manyEstimatesCorpus(int points)
{
    CorpusBuilder b;
    const QString sentence = QStringLiteral("The General Staff said 100 to 120 soldiers were killed or wounded.");
    const int article = b.addArticle(QStringLiteral("Kyiv Independent"), day(10), QStringLiteral("Daily losses"), sentence);
    for (int i = 0; i < points; ++i)
        b.addClaim(article, sentence, QStringLiteral("100 to 120"), kCas, kKw, 100 + i, 120.0 + i, Qualifier::Range,
                   QStringLiteral("General Staff of Ukraine"), {QDate(2024, 1, 1).addDays(i), QDate(2024, 1, 2).addDays(i)});
    return b.corpus;
}

} // namespace

class tst_charts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(estimatesCorpus().checkConsistency().isEmpty()); }

    void series_groupsPointsPerClaimantInDateOrder()
    {
        const Corpus corpus = estimatesCorpus();
        const auto result = EstimateSeries::build(corpus, {}, kCas, kKw);
        QCOMPARE(result.claimants.size(), 2);
        QCOMPARE(result.claimants.at(0).claimant, QStringLiteral("General Staff of Ukraine"));
        const auto &staff = result.claimants.at(0).points;
        QCOMPARE(staff.size(), 2);
        QCOMPARE(staff.at(0).dates, DayInterval(day(6), day(8)));   // the range, earlier days first
        QVERIFY(staff.at(0).isRange());
        QCOMPARE(staff.at(0).low, 3800.0);
        QCOMPARE(staff.at(0).high, 4000.0);
        QCOMPARE(staff.at(0).value(), 3900.0);
        QCOMPARE(staff.at(0).label(), QStringLiteral("3,800–4,000"));
        QCOMPARE(staff.at(1).low, 1000.0);
        QCOMPARE(staff.at(1).high, 1000.0);
        QVERIFY(!staff.at(1).isRange());
        QCOMPARE(staff.at(1).claimIndex, 0);
    }

    void series_mergesOneStatementRelayedByTwoOutlets()
    {
        const Corpus corpus = estimatesCorpus();
        const auto result = EstimateSeries::build(corpus, {}, kCas, kKw);
        const auto &mod = result.claimants.at(1).points;
        QCOMPARE(mod.size(), 1);
        QCOMPARE(mod.at(0).claimIndexes, (QList<int>{3, 4}));
        QCOMPARE(mod.at(0).label(), QStringLiteral("≥1,500"));
        QCOMPARE(result.matching, 5);
        QCOMPARE(result.undated, 1);      // counted, not drawn
        QCOMPARE(result.pointCount(), 3);
        QCOMPARE(result.dateRange(), DayInterval(day(6), day(10)));
    }

    void series_followsTheFilter()
    {
        const Corpus corpus = estimatesCorpus();
        ClaimFilter filter;
        filter.outlets = {QStringLiteral("TASS")};
        const auto result = EstimateSeries::build(corpus, filter, kCas, kKw);
        QCOMPARE(result.claimants.size(), 1);
        QCOMPARE(result.claimants.at(0).points.at(0).claimIndexes, QList<int>{3});
    }

    void series_listsTopicMeasuresPresent()
    {
        const auto list = EstimateSeries::available(estimatesCorpus());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).topic, kCas);
        QCOMPARE(list.at(0).claims, 5);
        QCOMPARE(list.at(1).measure, QStringLiteral("deployed"));
    }

    void formatFigure_groupsThousands()
    {
        QCOMPARE(formatFigure(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(formatFigure(999), QStringLiteral("999"));
        QCOMPARE(formatFigure(2.5), QStringLiteral("2.50"));
    }

    void view_drawsQualifiersInLabels_andLogAxisOnRequest()
    {
        Workspace ws;
        ws.setCorpus(std::make_shared<const Corpus>(estimatesCorpus()));
        EstimateChartView view(&ws);
        QCOMPARE(view.topic(), kCas);
        QCOMPARE(view.measure(), kKw);
        const QStringList labels = view.estimateChart()->labelTexts();
        QVERIFY2(labels.contains(QStringLiteral("≥1,500")), qPrintable(labels.join(u'|')));
        QVERIFY(labels.contains(QStringLiteral("3,800–4,000")));
        view.setLogScale(true);
        QVERIFY(qobject_cast<QLogValueAxis *>(view.chartView()->chart()->axes(Qt::Vertical).value(0)));
        const QString tip = view.estimateChart()->toolTip(3);
        QVERIFY(tip.contains(QStringLiteral("Russian Ministry of Defence")));
        QVERIFY(tip.contains(QStringLiteral("TASS")));
        QVERIFY(tip.contains(QStringLiteral("RIA Novosti")));  // also reported by
    }

    void view_opensOnAMeasureWithClaims()
    {
        Corpus onlyKilled = estimatesCorpus();
        for (Claim &c : onlyKilled.claims)
            c.measure = QStringLiteral("killed");
        Workspace ws;
        ws.setCorpus(std::make_shared<const Corpus>(onlyKilled));
        EstimateChartView view(&ws);
        QCOMPARE(view.topic(), kCas);
        QCOMPARE(view.measure(), QStringLiteral("killed"));
        QVERIFY(view.estimateChart()->result().pointCount() > 0);

        Corpus noCasualties = estimatesCorpus();
        for (Claim &c : noCasualties.claims)
            c.topic = QStringLiteral("munitions");
        ws.setCorpus(std::make_shared<const Corpus>(noCasualties)); // not chosen yet: a new default
        QCOMPARE(view.topic(), QStringLiteral("munitions"));
        QCOMPARE(view.measure(), kKw);
        QVERIFY(view.estimateChart()->result().pointCount() > 0);

        view.setTopicMeasure(QStringLiteral("munitions"), kKw); // the analyst's choice is kept
        Corpus both = estimatesCorpus();
        both.claims.first().topic = QStringLiteral("munitions");
        ws.setCorpus(std::make_shared<const Corpus>(both));
        QCOMPARE(view.topic(), QStringLiteral("munitions"));
    }

    void chart_pastAFewHundredEstimates_drawsMarkersOnly()
    {
        for (const int points : {EstimateChart::kMostDetailedPoints, EstimateChart::kMostDetailedPoints + 1}) {
            const Corpus corpus = manyEstimatesCorpus(points);
            QChart chart;
            EstimateChart drawn(&chart);
            drawn.setData(std::make_shared<const Corpus>(corpus), EstimateSeries::build(corpus, {}, kCas, kKw), kCas, kKw);
            const bool detailed = points <= EstimateChart::kMostDetailedPoints;
            QCOMPARE(drawn.isDetailed(), detailed);
            QCOMPARE(drawn.labelTexts().size(), detailed ? points : 0);
            // Markers, a trend and the highlight; two bars per estimate only when detailed.
            QCOMPARE(chart.series().size() > 2 * points, detailed);
            drawn.setSelectedClaim(points - 1);
            QVERIFY(drawn.markerSeries(points - 1));
        }
    }

    void view_behindAnotherTab_refreshesWhenShown()
    {
        Workspace ws;
        ws.setCorpus(std::make_shared<const Corpus>(estimatesCorpus()));
        QTabWidget tabs;
        auto *view = new EstimateChartView(&ws);
        tabs.addTab(new QWidget, QStringLiteral("Other"));
        tabs.addTab(view, QStringLiteral("Charts"));
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        const int before = view->estimateChart()->result().pointCount();
        QVERIFY(before > 0);

        ws.setCorpus(std::make_shared<const Corpus>(manyEstimatesCorpus(3)));
        QCOMPARE(view->estimateChart()->result().pointCount(), before); // not drawn while hidden
        tabs.setCurrentWidget(view);
        QCOMPARE(view->estimateChart()->result().pointCount(), 3);
    }

    void view_clickOnPointSelectsClaim_andSelectionHighlights()
    {
        Workspace ws;
        ws.setCorpus(std::make_shared<const Corpus>(estimatesCorpus()));
        EstimateChartView view(&ws);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&ws, &Workspace::selectionChanged);
        const QPointF scenePos = view.estimateChart()->markerPosition(0);
        QVERIFY(!scenePos.isNull());
        const QPoint at = view.chartView()->mapFromScene(scenePos);
        QTest::mouseClick(view.chartView()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(ws.selection(), ItemRef::claim(0));
        QCOMPARE(spy.count(), 1);

        ws.select(ItemRef::claim(4));   // merged into the TASS point
        QCOMPARE(view.estimateChart()->selectedClaim(), 4);
        ws.setFilter([] {
            ClaimFilter f;
            f.claimants = {QStringLiteral("Russian Ministry of Defence")};
            return f;
        }());
        QCOMPARE(view.estimateChart()->result().pointCount(), 1);
        QCOMPARE(view.estimateChart()->selectedClaim(), 4);
    }

    void export_writesFilesOfTheAskedSize_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("png") << QStringLiteral("png") << 1.0;
        QTest::newRow("png@2x") << QStringLiteral("png") << 2.0;
        QTest::newRow("svg") << QStringLiteral("svg") << 1.0;
        QTest::newRow("pdf") << QStringLiteral("pdf") << 1.0;
    }

    void export_writesFilesOfTheAskedSize()
    {
        QFETCH(QString, suffix);
        QFETCH(qreal, scale);
        Workspace ws;
        ws.setCorpus(std::make_shared<const Corpus>(estimatesCorpus()));
        EstimateChartView view(&ws);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QSizeF before = view.chartView()->chart()->size();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.") + suffix);
        ChartExporter exporter;
        ChartExporter::Options options;
        options.size = {900, 500};
        options.scale = scale;
        QVERIFY2(exporter.write(view.chartView()->chart(), path, options), qPrintable(exporter.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (suffix == u"png") {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), QSize(900, 500) * scale);
            // Not blank: the drawing put many colours in.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY(colours.size() > 5);
        } else if (suffix == u"svg") {
            QVERIFY(bytes.startsWith("<?xml"));
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd() && !(xml.isStartElement() && xml.name() == u"svg"))
                xml.readNext();
            QVERIFY(xml.isStartElement());
            // Qt writes the size in millimetres: at 96 dpi (CSS pixels) it is the asked size.
            const auto px = [](QStringView length) {
                return length.endsWith(u"mm") ? length.chopped(2).toDouble() / 25.4 * 96 : length.toDouble();
            };
            QCOMPARE(qRound(px(xml.attributes().value(QStringLiteral("width")))), 900);
            QCOMPARE(qRound(px(xml.attributes().value(QStringLiteral("height")))), 500);
            QCOMPARE(xml.attributes().value(QStringLiteral("viewBox")), QStringLiteral("0 0 900 500"));
            QVERIFY(bytes.contains("General Staff of Ukraine"));
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 900(\\.0+)? 500(\\.0+)?\\]"));
            QVERIFY(mediaBox.match(QString::fromLatin1(bytes)).hasMatch());
        }
        // The view's chart was put back to its own size.
        QCOMPARE(view.chartView()->chart()->size(), before);
    }

    // With CLAIMLINE_SNAPSHOT_DIR set, writes what the analyst would see, for a person to look at.
    void snapshot_forVisualCheck()
    {
        const QString dir = qEnvironmentVariable("CLAIMLINE_SNAPSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set CLAIMLINE_SNAPSHOT_DIR to write snapshots");
        Workspace ws;
        ws.setCorpus(std::make_shared<const Corpus>(estimatesCorpus()));
        EstimateChartView view(&ws);
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ws.select(ItemRef::claim(1));
        QTest::qWait(20);
        QVERIFY(view.grab().save(dir + QStringLiteral("/chart-view.png")));
        view.setLogScale(true);
        QTest::qWait(20);
        QVERIFY(view.grab().save(dir + QStringLiteral("/chart-view-log.png")));
        view.setLogScale(false);
        ChartExporter exporter;
        for (const QString &suffix : ChartExporter::suffixes())
            QVERIFY(exporter.write(view.chartView()->chart(), dir + QStringLiteral("/chart-export.") + suffix, {}));
    }

    void export_unknownSuffixOrUnwritablePathFails()
    {
        QChart chart;
        ChartExporter exporter;
        QVERIFY(!exporter.write(&chart, QStringLiteral("/tmp/x.bmp"), {}));
        QVERIFY(exporter.errorString().contains(QStringLiteral("x.bmp")));
        QVERIFY(!exporter.write(&chart, QStringLiteral("/nonexistent-dir/x.png"), {}));
        QVERIFY(exporter.errorString().contains(QStringLiteral("/nonexistent-dir/x.png")));
    }
};

QTEST_MAIN(tst_charts)
#include "tst_charts.moc"
