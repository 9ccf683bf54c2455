// The four views share one selection and one filter: what the analyst does in one view,
// every other view follows. Runs on the real seeds corpus.
#include "charts/EstimateChart.h"
#include "charts/EstimateChartView.h"
#include "pipeline/Pipeline.h"
#include "review/ArticlePane.h"
#include "review/ReviewView.h"
#include "state/Workspace.h"
#include "table/ComparisonModel.h"
#include "table/ComparisonProxy.h"
#include "table/ComparisonView.h"
#include "timeline/TimelineView.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace claimline;
using namespace claimline::ui;

class ViewsSyncTest : public QObject
{
    Q_OBJECT

    Workspace m_workspace;

    static bool timelineMarksSelected(const TimelineView &timeline)
    {
        for (const TimelineMark &m : timeline.frame().marks)
            if (m.selected)
                return true;
        return false;
    }

    static int timelineClaimMarks(const TimelineView &timeline)
    {
        int n = 0;
        for (const TimelineMark &m : timeline.frame().marks)
            n += m.item.kind == ItemRef::Kind::Claim || m.isCluster() ? std::max(1, m.cluster.count) : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto corpus = std::make_shared<Corpus>(Pipeline().run({QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds")}));
        QVERIFY(!corpus->claims.isEmpty());
        m_workspace.setCorpus(corpus);
    }

    void selectingATableCell_selectsTheClaimInTimelineChartAndReview()
    {
        ComparisonView table(&m_workspace);
        TimelineView timeline(&m_workspace);
        ReviewView review(&m_workspace);
        EstimateChartView chart(&m_workspace);
        table.resize(1000, 500);
        timeline.resize(1000, 400);
        review.resize(1200, 600);
        chart.resize(900, 600);

        // A casualty estimate, so that the default chart shows it too.
        int claim = -1;
        const Corpus &corpus = m_workspace.corpus();
        for (int i = 0; i < corpus.claims.size() && claim < 0; ++i)
            if (corpus.claims.at(i).measure == u"killed_or_wounded" && corpus.claims.at(i).asOf.isValid())
                claim = i;
        QVERIFY(claim >= 0);

        QSignalSpy selected(&m_workspace, &Workspace::selectionChanged);
        const QModelIndex source = table.model()->indexOfClaim(claim);
        QVERIFY(source.isValid());
        table.table()->setCurrentIndex(table.proxy()->mapFromSource(source));
        QVERIFY(selected.count() >= 1);
        QCOMPARE(m_workspace.selection(), ItemRef::claim(claim));

        QVERIFY(timelineMarksSelected(timeline));
        QCOMPARE(chart.estimateChart()->selectedClaim(), claim);
        // The review shows the claim's article in one pane (the left one unless it was
        // already on screen) with the claim emphasized.
        ArticlePane *pane = review.leftPane()->article() == corpus.claims.at(claim).articleIndex ? review.leftPane()
                                                                                                   : review.rightPane();
        QCOMPARE(pane->article(), corpus.claims.at(claim).articleIndex);
        QVERIFY(pane->emphasized().contains(claim));
    }

    void filter_changesEveryView()
    {
        ComparisonView table(&m_workspace);
        TimelineView timeline(&m_workspace);
        EstimateChartView chart(&m_workspace);
        timeline.resize(1000, 400);
        timeline.zoomToFit();
        const int rowsBefore = table.proxy()->rowCount();
        const int marksBefore = timelineClaimMarks(timeline);
        const int pointsBefore = chart.estimateChart()->result().pointCount();
        QVERIFY(rowsBefore > 1 && marksBefore > 1 && pointsBefore > 1);

        ClaimFilter filter;
        filter.claimants.insert(QStringLiteral("UK Ministry of Defence"));
        m_workspace.setFilter(filter);
        timeline.zoomToFit();

        QVERIFY(table.proxy()->rowCount() < rowsBefore);
        QVERIFY(timelineClaimMarks(timeline) < marksBefore);
        QVERIFY(chart.estimateChart()->result().pointCount() < pointsBefore);
        QVERIFY(chart.estimateChart()->result().pointCount() >= 1);
        m_workspace.setFilter({});
    }
};

QTEST_MAIN(ViewsSyncTest)
#include "tst_views_sync.moc"
