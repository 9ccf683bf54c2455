// The corpus panel: documents → articles → claims, diagnostics, filtering, selection.
#include "corpus/CorpusPanel.h"
#include "corpus/CorpusTreeModel.h"
#include "demo/DemoCorpus.h"
#include "state/Workspace.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

using namespace claimline;
using namespace claimline::ui;
using Kind = CorpusTreeModel::Kind;

namespace {
std::shared_ptr<const Corpus> demo()
{
    Corpus c = makeDemoCorpus();
    if (const QString problem = c.checkConsistency(); !problem.isEmpty())
        qFatal("inconsistent demo corpus: %s", qPrintable(problem));
    return std::make_shared<const Corpus>(std::move(c));
}

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(CorpusTreeModel::KindRole).toInt());
}

int countKind(const QAbstractItemModel &model, Kind kind, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex child = model.index(r, 0, parent);
        n += (kindOf(child) == kind ? 1 : 0) + countKind(model, kind, child);
    }
    return n;
}
} // namespace

class TestCorpusPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void model_passesTheModelTester_throughCorpusAndFilterChanges()
    {
        Workspace ws;
        CorpusTreeModel model(&ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ws.setCorpus(demo());
        ClaimFilter f;
        f.outlets.insert(QStringLiteral("TASS"));
        ws.setFilter(f);
        ws.setCorpus({});
        QCOMPARE(model.rowCount(), 0);
    }

    void tree_holdsDocumentsArticlesClaimsAndDiagnostics()
    {
        Workspace ws;
        ws.setCorpus(demo());
        CorpusTreeModel model(&ws);
        const Corpus &c = ws.corpus();
        QCOMPARE(countKind(model, Kind::Document), int(c.documents.size()));
        QCOMPARE(countKind(model, Kind::Article), int(c.articles.size()));
        QCOMPARE(countKind(model, Kind::Claim), int(c.claims.size()));
        QCOMPARE(countKind(model, Kind::Diagnostic), 2); // one under its document, one without a document
        const QModelIndex problems = model.index(model.rowCount() - 1, 0);
        QCOMPARE(kindOf(problems), Kind::Problems);
        QVERIFY(!problems.data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(0, 0, problems).data().toString().contains(QStringLiteral("broken.pdf")));

        const QModelIndex firstDoc = model.index(0, 0);
        const QModelIndex article = model.index(0, 0, firstDoc);
        QCOMPARE(kindOf(article), Kind::Article);
        QCOMPARE(model.index(0, CorpusTreeModel::OutletColumn, firstDoc).data().toString(), QStringLiteral("Reuters"));
        QCOMPARE(model.index(0, CorpusTreeModel::DateColumn, firstDoc).data().toString(), QStringLiteral("2024-06-04"));
        const QModelIndex claim = model.indexOfClaim(0);
        QCOMPARE(claim.parent(), article);
        QVERIFY(claim.data().toString().startsWith(QStringLiteral("≥ 42")));

        const QModelIndex secondDoc = model.index(1, 0);
        QCOMPARE(kindOf(model.index(0, 0, secondDoc)), Kind::Diagnostic);
        QVERIFY(!secondDoc.data(Qt::DecorationRole).isNull());
    }

    void filterChange_hidesClaimsAndUpdatesCounts()
    {
        Workspace ws;
        ws.setCorpus(demo());
        CorpusPanel panel(&ws);
        QSignalSpy changed(panel.model(), &QAbstractItemModel::dataChanged);
        const QSortFilterProxyModel &proxy = *panel.proxy();
        QCOMPARE(countKind(proxy, Kind::Claim), 8);
        ClaimFilter f;
        f.claimants.insert(QStringLiteral("WFP"));
        ws.setFilter(f);
        QVERIFY(changed.count() > 0);
        QCOMPARE(countKind(proxy, Kind::Claim), 2);
        QCOMPARE(countKind(proxy, Kind::Article), 4); // articles stay, greyed
        const QModelIndex firstArticle = panel.model()->index(0, CorpusTreeModel::ClaimsColumn, panel.model()->index(0, 0));
        QCOMPARE(firstArticle.data().toString(), QStringLiteral("0 of 2"));
        QVERIFY(firstArticle.data(Qt::ForegroundRole).isValid());
        ws.setFilter({});
        QCOMPARE(countKind(proxy, Kind::Claim), 8);
    }

    void selection_goesBothWays()
    {
        Workspace ws;
        ws.setCorpus(demo());
        CorpusPanel panel(&ws);
        const QModelIndex claim = panel.proxy()->mapFromSource(panel.model()->indexOfClaim(4));
        panel.tree()->selectionModel()->setCurrentIndex(claim, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(ws.selection(), ItemRef::claim(4));
        ws.select(ItemRef::claim(7));
        QCOMPARE(panel.tree()->currentIndex(), panel.proxy()->mapFromSource(panel.model()->indexOfClaim(7)));
        QVERIFY(panel.tree()->isExpanded(panel.tree()->currentIndex().parent()));
    }
};

QTEST_MAIN(TestCorpusPanel)
#include "tst_corpuspanel.moc"
