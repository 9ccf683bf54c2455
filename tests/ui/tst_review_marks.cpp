// Review states in the chart and the side-by-side review: a disputed estimate is hollow and
// flagged, a rejected one hidden by "Hide rejected" and grey when shown, the same claims
// the table and the timeline mark; in the review pane the figures carry the marks and the
// summary line counts them.
#include "ChartsReviewCorpus.h"
#include "charts/ChartReviewLook.h"
#include "charts/EstimateChart.h"
#include "charts/EstimateChartView.h"
#include "charts/EstimateSeries.h"
#include "project/ReviewStyle.h"
#include "review/ArticlePane.h"
#include "review/ArticleTextEdit.h"
#include "review/ReviewView.h"
#include "state/Workspace.h"

#include <QChart>
#include <QComboBox>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QTest>

using namespace claimline;
using namespace claimline::ui;
using namespace claimline::testing;

namespace {

const QString kCas = QStringLiteral("casualties");
const QString kKw = QStringLiteral("killed_or_wounded");

// Two outlets relaying the ministry's "at least 1,500" (claims 1 and 2, one point while
// unreviewed) and the General Staff's 1,000 (claim 0).
Corpus relayedCorpus()
{
    CorpusBuilder b;
    const int kyiv = b.addArticle(QStringLiteral("Kyiv Independent"), day(10), QStringLiteral("Losses"),
                                  QStringLiteral("The General Staff said 1,000 Russian soldiers were killed or wounded on June 9."));
    const QString q = QStringLiteral("The ministry said at least 1,500 Ukrainian soldiers were killed or wounded on June 10.");
    const int tass = b.addArticle(QStringLiteral("TASS"), day(11), QStringLiteral("Ministry figures"), q);
    const int ria = b.addArticle(QStringLiteral("RIA Novosti"), day(11), QStringLiteral("Ministry figures again"), q);
    const QString mod = QStringLiteral("Russian Ministry of Defence");
    b.addClaim(kyiv, QStringLiteral("The General Staff said 1,000 Russian soldiers were killed or wounded on June 9."),
               QStringLiteral("1,000"), kCas, kKw, 1000, std::nullopt, Qualifier::Exact,
               QStringLiteral("General Staff of Ukraine"), DayInterval::day(day(9)));
    b.addClaim(tass, q, QStringLiteral("at least 1,500"), kCas, kKw, 1500, std::nullopt, Qualifier::AtLeast, mod,
               DayInterval::day(day(10)));
    b.addClaim(ria, q, QStringLiteral("at least 1,500"), kCas, kKw, 1500, std::nullopt, Qualifier::AtLeast, mod,
               DayInterval::day(day(10)));
    return b.corpus;
}

void setStates(Workspace &ws, QList<ReviewState> claims)
{
    ws.setReviewStates(std::move(claims), {});
}

void showRejected(Workspace &ws, bool show)
{
    ReviewFilter f = ws.reviewFilter();
    f.hideRejected = !show;
    ws.setReviewFilter(f);
}

QStringList legendTexts(QChart *chart)
{
    QStringList names;
    for (QLegendMarker *m : chart->legend()->markers())
        if (m->isVisible())
            names.append(m->label());
    return names;
}

// The extra selection drawing a claim's figure (the last one covering its first character).
std::optional<QTextCharFormat> figureFormat(const ArticlePane &pane, const Corpus &corpus, int claim)
{
    const int at = pane.toPanePosition(corpus.claims.at(claim).figureSpan.start);
    std::optional<QTextCharFormat> found;
    for (const QTextEdit::ExtraSelection &s : pane.textEdit()->extraSelections())
        if (s.cursor.selectionStart() == at && s.format.fontWeight() == QFont::Bold)
            found = s.format;
    return found;
}

} // namespace

class tst_review_marks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void series_keepsADisputedRelayApartFromTheSameFigureUnreviewed()
    {
        const Corpus corpus = relayedCorpus();
        const auto plain = EstimateSeries::build(corpus, {}, kCas, kKw);
        QCOMPARE(plain.pointCount(), 2);    // the two relays are one point
        const QList<ReviewState> states{ReviewState::Unreviewed, ReviewState::Disputed, ReviewState::Unreviewed};
        const auto reviewed = EstimateSeries::build(corpus, {}, kCas, kKw, [&](int i) { return states.at(i); });
        QCOMPARE(reviewed.pointCount(), 3);
        int disputed = 0;
        for (const ClaimantEstimates &c : reviewed.claimants)
            for (const EstimatePoint &p : c.points)
                if (p.review == ReviewState::Disputed) {
                    ++disputed;
                    QCOMPARE(p.claimIndexes, QList<int>{1});
                }
        QCOMPARE(disputed, 1);
    }

    void chart_drawsADisputedEstimateHollowAndFlagged_withALegendKey()
    {
        Workspace ws;
        ws.setCorpus(std::make_shared<const Corpus>(relayedCorpus()));
        EstimateChartView view(&ws);
        view.show(); // legend markers are visible only in a shown chart
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        EstimateChart *chart = view.estimateChart();
        QVERIFY(!chart->labelTexts().join(u' ').contains(reviewMark(ReviewState::Disputed)));
        QVERIFY(!legendTexts(view.chartView()->chart()).contains(reviewLegendText(ReviewState::Disputed)));
        const QColor before = chart->markerSeries(0)->color();

        setStates(ws, {ReviewState::Disputed, ReviewState::Unreviewed, ReviewState::Unreviewed});
        QScatterSeries *series = chart->markerSeries(0);
        QVERIFY(series);
        QCOMPARE(series->color().alpha(), 0);                   // hollow: a ring
        QVERIFY(series->markerSize() > chart->markerSeries(1)->markerSize());
        QCOMPARE(series->pen().color(), before);               // ring in the claimant's colour
        QVERIFY(series != chart->markerSeries(1));
        QVERIFY(chart->labelTexts().contains(reviewMark(ReviewState::Disputed) + QStringLiteral(" 1,000")));
        // The legend lays its new markers out on the next event loop pass.
        QTRY_VERIFY(legendTexts(view.chartView()->chart()).contains(reviewLegendText(ReviewState::Disputed)));
        QVERIFY(legendTexts(view.chartView()->chart()).contains(QStringLiteral("General Staff of Ukraine")));
        QVERIFY(chart->toolTip(0).contains(reviewStateLabel(ReviewState::Disputed)));
        QVERIFY(!chart->toolTip(1).contains(reviewStateLabel(ReviewState::Disputed)));

        setStates(ws, {ReviewState::Unreviewed, ReviewState::Unreviewed, ReviewState::Unreviewed});
        QCOMPARE(chart->markerSeries(0)->color(), before);
        QTRY_VERIFY(legendTexts(view.chartView()->chart()).contains(QStringLiteral("General Staff of Ukraine")));
        QVERIFY(!legendTexts(view.chartView()->chart()).contains(reviewLegendText(ReviewState::Disputed)));
    }

    void chart_hidesRejectedLikeTheFilter_andGreysThemWhenShown()
    {
        Workspace ws;
        ws.setCorpus(std::make_shared<const Corpus>(relayedCorpus()));
        QVERIFY(ws.reviewFilter().hideRejected);
        EstimateChartView view(&ws);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        EstimateChart *chart = view.estimateChart();
        setStates(ws, {ReviewState::Rejected, ReviewState::Unreviewed, ReviewState::Unreviewed});
        QVERIFY(chart->markerSeries(0) == nullptr);
        QCOMPARE(chart->result().pointCount(), 1);

        showRejected(ws, true);
        QScatterSeries *series = chart->markerSeries(0);
        QVERIFY(series);
        QCOMPARE(series->color(), reviewColor(ReviewState::Rejected).lighter(130));
        QVERIFY(chart->labelTexts().contains(reviewMark(ReviewState::Rejected) + QStringLiteral(" 1,000")));
        QTRY_VERIFY(legendTexts(view.chartView()->chart()).contains(reviewLegendText(ReviewState::Rejected)));
    }

    void reviewPane_marksDisputedAndRejectedFigures_andCountsThem()
    {
        Workspace ws;
        const Corpus corpus = reviewCorpus();
        ws.setCorpus(std::make_shared<const Corpus>(corpus));
        showRejected(ws, true);
        ReviewView view(&ws);
        view.setArticles(0, 1);   // Kyiv Independent (claims 0–2) and TASS (claims 3–6)
        ArticlePane *left = view.leftPane();
        QVERIFY(!left->summary().contains(reviewMark(ReviewState::Disputed)));
        QVERIFY(!left->picker()->itemText(0).startsWith(reviewMark(ReviewState::Disputed)));
        QCOMPARE(figureFormat(*left, corpus, 0)->underlineStyle(), QTextCharFormat::NoUnderline);

        QList<ReviewState> states(corpus.claims.size(), ReviewState::Unreviewed);
        states[0] = ReviewState::Disputed;
        states[1] = ReviewState::Rejected;
        states[3] = ReviewState::Disputed;
        setStates(ws, states);
        const auto disputed = figureFormat(*left, corpus, 0);
        QVERIFY(disputed);
        QCOMPARE(disputed->underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(disputed->foreground().color(), reviewTextColor(ReviewState::Disputed));
        const auto rejected = figureFormat(*left, corpus, 1);
        QVERIFY(rejected);
        QVERIFY(rejected->fontStrikeOut());
        QCOMPARE(rejected->foreground().color(), reviewTextColor(ReviewState::Rejected));
        QVERIFY(!figureFormat(*left, corpus, 2)->fontStrikeOut());
        QVERIFY2(left->summary().contains(reviewMark(ReviewState::Disputed) + QStringLiteral(" 1 disputed")), qPrintable(left->summary()));
        QVERIFY(left->summary().contains(reviewMark(ReviewState::Rejected) + QStringLiteral(" 1 rejected")));
        QCOMPARE(figureFormat(*view.rightPane(), corpus, 3)->underlineStyle(), QTextCharFormat::WaveUnderline);
        // The article pickers flag articles holding a disputed claim (Kyiv Independent, TASS).
        const QString flag = reviewMark(ReviewState::Disputed);
        QComboBox *picker = left->picker();
        QVERIFY(picker->itemText(picker->findData(0)).startsWith(flag));
        QVERIFY(picker->itemText(picker->findData(1)).startsWith(flag));
        QVERIFY(!picker->itemText(picker->findData(2)).startsWith(flag));
        QVERIFY(view.rightPane()->picker()->itemText(view.rightPane()->picker()->findData(1)).startsWith(flag));

        // Hide rejected (the default) takes the rejected claim out of the pane, as elsewhere.
        showRejected(ws, false);
        QVERIFY(!figureFormat(*left, corpus, 1));
        QVERIFY(!left->summary().contains(QStringLiteral("rejected")));
        QVERIFY(figureFormat(*left, corpus, 0));
    }
};

QTEST_MAIN(tst_review_marks)
#include "tst_review_marks.moc"
