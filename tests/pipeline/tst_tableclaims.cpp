// TableClaims through the whole pipeline: a claim read from a table row is dated and
// attributed by what stands around its table (caption, source line, a statement in the text
// the row repeats, the document's publisher), in plain text, Markdown and HTML.
#include "model/Corpus.h"
#include "pipeline/Pipeline.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline;

class TableClaimsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesTableRows_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");      // the figure in a table row
        QTest::addColumn<QString>("expected");  // "topic/measure · claimant · as-of"

        QTest::newRow("a caption dates the rows; a report series names their publisher")
            << u"report.txt"_qs
            << u"Syria: Flash Update No. 3\nSituation as of 18 May 2025\nPublished: 20 May 2025\n\n"
               "Airstrikes killed 42 civilians across the north-west in the first half of May, partners said.\n\n"
               "Table 1: Civilian casualties reported, 1-14 May 2025\nGovernorate | Killed | Injured\n"
               "Idlib | 31 | 52\nAleppo | 11 | 19\n"_qs
            << 52.0 << u"civilian_harm/injured · OCHA · 2025-05-01..2025-05-14"_qs;
        QTest::newRow("a source line names the source and dates the rows when no caption does")
            << u"floods.md"_qs
            << u"# Floods sweep the south\n\nBy Jane Doe\n\nThe Guardian · 3 August 2025\n\n"
               "Heavy rain has flooded dozens of villages since Friday, officials said.\n\n"
               "## Deaths by district\n\n| District | Civilians killed |\n|---|---|\n| Sindh | 45 |\n\n"
               "*Source: Provincial Disaster Management Authority, 2 August*\n"_qs
            << 45.0 << u"civilian_harm/killed · Provincial Disaster Management Authority · 2025-08-02"_qs;
        QTest::newRow("a source in the row label's brackets")
            << u"border.md"_qs
            << u"# Border clashes ease\n\nBBC News · 12 May 2025\n\nBoth sides reported losses after four days of shelling.\n\n"
               "### Reported deaths, 7-10 May\n\n| Side | Civilians killed |\n|---|---|\n| North (Northern government) | 16 |\n"_qs
            << 16.0 << u"civilian_harm/killed · Northern government · 2025-05-07..2025-05-10"_qs;
        QTest::newRow("a row repeating a statement takes its speaker and dates")
            << u"ceasefire.md"_qs
            << u"# Ceasefire holds\n\nBBC News · 30 July 2025\n\n"
               "Thai officials said 15 soldiers and 14 civilians were killed in the clashes from 24 to 28 July.\n\n"
               "## What each side reports\n\n| Country | Soldiers killed | Civilians killed | Civilians injured |\n"
               "|---|---|---|---|\n| Thailand | 15 | 14 | 38 |\n\n*Source: government statements, 29 July*\n"_qs
            << 38.0 << u"civilian_harm/injured · Thai officials · 2025-07-24..2025-07-28"_qs;
        QTest::newRow("a row's own date stays")
            << u"daily.md"_qs
            << u"# Raids go on\n\nBBC News · 12 May 2025\n\nThe raids went on all week.\n\n### Deaths, 1-10 May\n\n"
               "| Day | Civilians killed |\n|---|---|\n| 3 May | 12 |\n"_qs
            << 12.0 << u"civilian_harm/killed · BBC · 2025-05-03"_qs;
        QTest::newRow("an HTML table reads as rows under its caption")
            << u"quake.html"_qs
            << u"<html><head><title>Quake toll rises | Al Jazeera</title></head><body><h1>Quake toll rises</h1>"
               "<p>Published On 5 Mar 2025</p><p>Rescuers searched the rubble for a third day on Wednesday.</p>"
               "<table><caption>Casualties by province, 1-4 March 2025</caption>"
               "<tr><th>Province</th><th>Civilians killed</th><th>Civilians injured</th></tr>"
               "<tr><td>Kunar</td><td>210</td><td>840</td></tr></table></body></html>"_qs
            << 840.0 << u"civilian_harm/injured · Al Jazeera · 2025-03-01..2025-03-04"_qs;
    }

    void framesTableRows()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(fileName));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();

        const Corpus corpus = Pipeline().run({file.fileName()});
        QString got = u"none"_qs;
        for (const Claim &claim : corpus.claims)
            if (claim.low == value)
                got = claim.topic + u'/' + claim.measure + u" · "_qs + claim.claimant + u" · "_qs + claim.asOf.toString();
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TableClaimsTest)
#include "tst_tableclaims.moc"
