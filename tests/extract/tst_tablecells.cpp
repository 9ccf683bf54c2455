// TableCells: the header and row label of a figure that fills a cell of a pipe table, and
// the caption and source line around the table.
#include "extract/TableCells.h"

#include <QTest>

using namespace claimline;

class TableCellsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHeaderAndRowLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("figure");   // the cell's text, found once in the text
        QTest::addColumn<QString>("expected"); // "row label / header", or "none"

        auto row = [](const char *name, const char16_t *text, const char16_t *figure, const char16_t *expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(figure) << QString::fromUtf16(expected);
        };
        const char16_t *markdown = u"Intro line.\n\n| Country | Soldiers killed | Civilians killed |\n"
                                   u"|---|:---:|---|\n| Thailand | 15 | 14 |\n| Cambodia | 5 | 8 |\n\nMore prose.";
        row("markdown, first data row", markdown, u"14", u"Thailand / Civilians killed");
        row("markdown, a later row", markdown, u"5", u"Cambodia / Soldiers killed");
        row("no outer pipes, no rule: the block's first line",
            u"Table 1: casualties\nRegion | Killed | Injured\nSagaing | 39 | 71\nMagway | 17 | 28\n", u"28",
            u"Magway / Injured");
        row("last line of the text", u"Region | Killed\nNorth | 39", u"39", u"North / Killed");
        row("the header row itself has none", u"Region | 2024\nNorth | 39\n", u"2024", u"none");
        row("a figure in the label column", u"| Year | Troops |\n|---|---|\n| 2024 | 600 |\n", u"2024", u"none");
        row("a figure sharing its cell with words", u"| Side | Killed |\n|---|---|\n| North | about 40 people |\n", u"40",
            u"none");
        row("a header with fewer cells", u"| Side | Killed |\n|---|---|\n| North | 40 | 12 |\n", u"12", u"none");
        row("prose with a pipe", u"BBC News | 12 May 2025\n", u"12", u"none");
        QTest::newRow("a header too long to be a row")
            << u"Side | "_qs + QString(700, u'x') + u"\nNorth | 40\n"_qs << u"40"_qs << u"none"_qs;
    }

    void readsHeaderAndRowLabel()
    {
        QFETCH(QString, text);
        QFETCH(QString, figure);
        QFETCH(QString, expected);
        const qsizetype at = text.lastIndexOf(figure);
        QVERIFY(at >= 0);
        const std::optional<TableCell> cell = tableCellAt(text, {at, at + figure.size()});
        const QString got = cell ? cell->rowLabel.toString() + u" / "_qs + cell->header.toString() : u"none"_qs;
        QCOMPARE(got, expected);
    }

    void readsCaptionAndSourceLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("sourceName");

        QTest::newRow("a caption line right above, no source")
            << u"Prose.\n\nTable 1: Civilian casualties, 1-14 April 2025\nRegion | Killed\nSagaing | 39\n\nMore prose."_qs
            << u"Table 1: Civilian casualties, 1-14 April 2025"_qs << QString() << QString();
        QTest::newRow("a heading a paragraph above, an emphasised source line below")
            << u"## What each side reports\n\n| Country | Killed |\n|---|---|\n| Thailand | 15 |\n\n"
               "*Source: Thai and Cambodian government statements, 28 July*\n\nMore."_qs
            << u"What each side reports"_qs << u"Thai and Cambodian government statements, 28 July"_qs
            << u"Thai and Cambodian government statements"_qs;
        QTest::newRow("a source line above the rows, the caption above it")
            << u"Reported deaths, 7-10 May\nSources: UN OCHA; local partners\nSide | Killed\nNorth | 40\n"_qs
            << u"Reported deaths, 7-10 May"_qs << u"UN OCHA; local partners"_qs << u"UN OCHA"_qs;
        QTest::newRow("a table at the top of the text")
            << u"Side | Killed\nNorth | 40\nData: Health ministry"_qs << QString() << u"Health ministry"_qs
            << u"Health ministry"_qs;
        QTest::newRow("a line that only mentions a source is no source line")
            << u"Side | Killed\nNorth | 40\nThe source of these figures is unclear."_qs << QString() << QString() << QString();
        QTest::newRow("two blank lines part a caption from its table")
            << u"Old heading\n\n\nSide | Killed\nNorth | 40\n"_qs << QString() << QString() << QString();
    }

    void readsCaptionAndSourceLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, caption);
        QFETCH(QString, source);
        QFETCH(QString, sourceName);
        const QStringList labels{u"data"_qs, u"sources"_qs, u"source"_qs};
        const TableFrame frame = tableFrameAt(text, text.lastIndexOf(u'|'), labels); // in the last row
        const auto view = [&](TextSpan s) { return text.mid(s.start, s.length()); };
        QCOMPARE(view(frame.caption), caption);
        QCOMPARE(view(frame.source), source);
        QCOMPARE(view(frame.sourceName), sourceName);
    }
};

QTEST_GUILESS_MAIN(TableCellsTest)
#include "tst_tablecells.moc"
