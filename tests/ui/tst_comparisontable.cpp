// The source-comparison table: model, selection sync, filtering, sorting, CSV export.
#include "demo/CorpusBuilder.h"
#include "demo/DemoCorpus.h"
#include "state/Workspace.h"
#include "table/CellAgreement.h"
#include "table/ComparisonModel.h"
#include "table/ComparisonProxy.h"
#include "table/ComparisonView.h"
#include "table/CsvExport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace claimline;
using namespace claimline::ui;

namespace {

std::shared_ptr<const Corpus> shared(Corpus c)
{
    const QString problem = c.checkConsistency();
    if (!problem.isEmpty())
        qFatal("inconsistent test corpus: %s", qPrintable(problem));
    return std::make_shared<const Corpus>(std::move(c));
}

// Two measures; outlet names with a comma and quotes to exercise CSV quoting; spreads of
// 30 and 1,000 so that sorting must be numeric, not textual.
Corpus quotingCorpus()
{
    CorpusBuilder b;
    const QDate day(2024, 3, 1);
    const int d = b.addDocument(QStringLiteral("a.txt"));
    const int a1 = b.addArticle(d, QStringLiteral("One"), QStringLiteral("Smith, Jones & Co"), day);
    b.addClaim(a1, {QStringLiteral("Officials said 1,000 homes were destroyed."), QStringLiteral("1,000"),
                    QStringLiteral("damage"), QStringLiteral("homes_destroyed"), 1000, {}, Qualifier::Exact,
                    QStringLiteral("Officials"), {}, DayInterval::day(day), {}});
    b.addClaim(a1, {QStringLiteral("The army said 70 soldiers were wounded."), QStringLiteral("70"),
                    QStringLiteral("casualties"), QStringLiteral("wounded"), 70, {}, Qualifier::Exact,
                    QStringLiteral("Army"), {}, DayInterval::day(day), {}});
    const int d2 = b.addDocument(QStringLiteral("b.txt"));
    const int a2 = b.addArticle(d2, QStringLiteral("Two"), QStringLiteral("The \"Daily\" Post"), day);
    b.addClaim(a2, {QStringLiteral("Aid groups counted 2,000 homes destroyed."), QStringLiteral("2,000"),
                    QStringLiteral("damage"), QStringLiteral("homes_destroyed"), 2000, {}, Qualifier::Exact,
                    QStringLiteral("Aid groups"), {}, DayInterval::day(day), {}});
    b.addClaim(a2, {QStringLiteral("Medics said 100 soldiers were wounded."), QStringLiteral("100"),
                    QStringLiteral("casualties"), QStringLiteral("wounded"), 100, {}, Qualifier::Exact,
                    QStringLiteral("Medics"), {}, DayInterval::day(day), {}});
    return b.finish();
}

// RFC 4180 reader, just enough for the tests.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            record.append(field);
            field.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    return records;
}

int rowOfMeasure(const QAbstractItemModel &model, const QString &measureLabel)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, ComparisonModel::LabelColumn).data().toString() == measureLabel)
            return r;
    return -1;
}

} // namespace

class TestComparisonTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differingCells_marksTheOddOneOut()
    {
        const QList<bool> flags = differingCells({{{12, 12}}, {{40, 1e9}}, {{42, 1e9}}});
        QCOMPARE(flags, (QList<bool>{true, false, false}));
        QCOMPARE(differingCells({{{1, 1}}, {{2, 2}}}), (QList<bool>{true, true}));
        QCOMPARE(differingCells({{{1, 1}}, {{1, 1}}}), (QList<bool>{false, false}));
        QCOMPARE(differingCells({{{5, 5}}}), (QList<bool>{false}));
    }

    void model_passesTheModelTester_throughCorpusFilterAndColumnChanges()
    {
        Workspace ws;
        ComparisonModel model(&ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ws.setCorpus(shared(makeDemoCorpus()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.sources(), (QStringList{QStringLiteral("AP"), QStringLiteral("Reuters"), QStringLiteral("TASS")}));
        model.setSourceKind(ComparisonModel::SourceKind::Claimants);
        QVERIFY(model.sources().contains(QStringLiteral("City Council")));
        ClaimFilter f;
        f.topics.insert(QStringLiteral("casualties"));
        ws.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        ws.setCorpus({});
        QCOMPARE(model.rowCount(), 0);
    }

    void cells_holdRawValuesAndMarkTheDifferingSource()
    {
        Workspace ws;
        ws.setCorpus(shared(makeDemoCorpus()));
        ComparisonModel model(&ws);
        const int row = rowOfMeasure(model, QStringLiteral("casualties — killed or wounded"));
        QVERIFY(row >= 0);
        const int tass = ComparisonModel::FirstSourceColumn + int(model.sources().indexOf(QStringLiteral("TASS")));
        const int ap = ComparisonModel::FirstSourceColumn + int(model.sources().indexOf(QStringLiteral("AP")));
        QCOMPARE(model.index(row, tass).data(ComparisonModel::SortRole).toDouble(), 12.0);
        QVERIFY(model.index(row, tass).data(ComparisonModel::DiffersRole).toBool());
        QVERIFY(model.index(row, tass).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(row, tass).data(Qt::DecorationRole).isNull());
        QVERIFY(!model.index(row, ap).data(ComparisonModel::DiffersRole).toBool());
        QCOMPARE(model.index(row, ap).data().toString(), QStringLiteral("> 40"));
        QVERIFY(model.index(row, tass).data(Qt::ToolTipRole).toString().contains(QStringLiteral("put the toll at 12")));
        QCOMPARE(model.index(row, ComparisonModel::SpreadColumn).data().toString(), QStringLiteral("12–42"));
        QVERIFY(model.index(row, 0).data(ComparisonModel::DisagreeingRole).toBool());
    }

    void selectingACell_selectsItsClaimInTheWorkspace()
    {
        Workspace ws;
        ws.setCorpus(shared(makeDemoCorpus()));
        ComparisonView view(&ws);
        QSignalSpy spy(&ws, &Workspace::selectionChanged);
        const QModelIndex cell = view.proxy()->mapFromSource(view.model()->indexOfClaim(3));
        QVERIFY(cell.isValid());
        view.table()->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(ws.selection(), ItemRef::claim(3));
    }

    void workspaceSelection_highlightsTheRowAndCell()
    {
        Workspace ws;
        ws.setCorpus(shared(makeDemoCorpus()));
        ComparisonView view(&ws);
        ws.select(ItemRef::claim(5));
        const QModelIndex cell = view.proxy()->mapFromSource(view.model()->indexOfClaim(5));
        QVERIFY(view.table()->selectionModel()->isRowSelected(cell.row(), {}));
        QCOMPARE(view.table()->currentIndex(), cell);
        ws.select({});
        QVERIFY(!view.table()->selectionModel()->hasSelection());
    }

    void filterChange_removesRowsOfFilteredOutClaims_andKeepsTheSelection()
    {
        Workspace ws;
        ws.setCorpus(shared(makeDemoCorpus()));
        ComparisonView view(&ws);
        QCOMPARE(view.proxy()->rowCount(), 3);
        ws.select(ItemRef::claim(6)); // AP, aid
        ClaimFilter f;
        f.outlets.insert(QStringLiteral("AP"));
        ws.setFilter(f);
        QCOMPARE(view.proxy()->rowCount(), 3);
        QCOMPARE(view.model()->sources(), QStringList{QStringLiteral("AP")});
        f.measures.insert(QStringLiteral("food_tonnes"));
        ws.setFilter(f);
        QCOMPARE(view.proxy()->rowCount(), 1);
        QVERIFY(view.table()->selectionModel()->isRowSelected(0, {}));
        f.text = QStringLiteral("no such words anywhere");
        ws.setFilter(f);
        QCOMPARE(view.proxy()->rowCount(), 0);
    }

    void disagreeingOnly_hidesAgreeingRows()
    {
        Workspace ws;
        ws.setCorpus(shared(makeDemoCorpus()));
        ComparisonView view(&ws);
        view.setDisagreeingOnly(true);
        QCOMPARE(view.proxy()->rowCount(), 2); // displacement agrees
        QCOMPARE(rowOfMeasure(*view.proxy(), QStringLiteral("displacement — displaced")), -1);
        view.setDisagreeingOnly(false);
        QCOMPARE(view.proxy()->rowCount(), 3);
    }

    void sortingBySpread_isNumeric()
    {
        Workspace ws;
        ws.setCorpus(shared(quotingCorpus()));
        ComparisonView view(&ws);
        view.table()->sortByColumn(ComparisonModel::SpreadColumn, Qt::AscendingOrder);
        // Spread 30 (70–100) before 1,000 (1,000–2,000), though "1,000–2,000" < "70–100" as text.
        QCOMPARE(view.proxy()->index(0, ComparisonModel::LabelColumn).data().toString(), QStringLiteral("casualties — wounded"));
        view.table()->sortByColumn(ComparisonModel::SpreadColumn, Qt::DescendingOrder);
        QCOMPARE(view.proxy()->index(0, ComparisonModel::LabelColumn).data().toString(), QStringLiteral("damage — homes destroyed"));
    }

    void doubleClick_requestsReviewOfTheClaim()
    {
        Workspace ws;
        ws.setCorpus(shared(makeDemoCorpus()));
        ComparisonView view(&ws);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &ComparisonView::reviewRequested);
        const QModelIndex cell = view.proxy()->mapFromSource(view.model()->indexOfClaim(0));
        const QPoint at = view.table()->visualRect(cell).center();
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toInt(), 0);
        QCOMPARE(ws.selection(), ItemRef::claim(0));
    }

    void csvExport_writesAHeaderAndQuotesFields()
    {
        Workspace ws;
        ws.setCorpus(shared(quotingCorpus()));
        ComparisonView view(&ws);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        QCOMPARE(view.exportCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("\"Smith, Jones & Co\"")));
        QVERIFY(text.contains(QStringLiteral("\"The \"\"Daily\"\" Post\"")));
        const QList<QStringList> records = parseCsv(text);
        QCOMPARE(records.size(), 1 + view.proxy()->rowCount());
        QCOMPARE(records.first(), (QStringList{QStringLiteral("Measure"), QStringLiteral("Dates"), QStringLiteral("Spread"),
                                               QStringLiteral("Smith, Jones & Co"), QStringLiteral("The \"Daily\" Post")}));
        for (const QStringList &record : records)
            QCOMPARE(record.size(), 5);
        QCOMPARE(records.at(1).at(0), view.proxy()->index(0, 0).data().toString());
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void csvExport_reportsAnUnwritablePath()
    {
        Workspace ws;
        ComparisonView view(&ws);
        QVERIFY(!view.exportCsv(QStringLiteral("/nonexistent-dir/x/table.csv")).isEmpty());
    }
};

QTEST_MAIN(TestComparisonTable)
#include "tst_comparisontable.moc"
