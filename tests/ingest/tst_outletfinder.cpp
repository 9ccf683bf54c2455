// Outlets a page names about itself: its <title> and staff bylines (OutletFinder), and the
// reader giving a page's articles the site its title names.
#include "ingest/OutletFinder.h"
#include "pipeline/DocumentReader.h"

#include <QTest>

using namespace claimline;

class OutletFinderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("site after a bar") << u"Israeli strikes on south Lebanon kill 12 | Al Jazeera"_qs << u"Al Jazeera"_qs;
        QTest::newRow("site after a dash, alias") << u"Floods kill 40 - Al Jazeera English"_qs << u"Al Jazeera"_qs;
        QTest::newRow("site first") << u"Reuters \u2014 Talks end without a deal"_qs << u"Reuters"_qs;
        QTest::newRow("a dash inside the headline only") << u"Ceasefire holds - for now"_qs << QString();
        QTest::newRow("unknown site") << u"Talks end | The Springfield Shopper"_qs << QString();
        QTest::newRow("no separator") << u"Al Jazeera"_qs << QString();
    }
    void pageTitles()
    {
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QCOMPARE(OutletFinder::instance().namedByPageTitle(title), outlet);
    }

    void staffBylines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("by staff") << u"By Al Jazeera Staff"_qs << u"Al Jazeera"_qs;
        QTest::newRow("staff and agencies, emphasis and date")
            << u"*Middle East Eye staff and agencies* \u00b7 16 June 2025"_qs << u"Middle East Eye"_qs;
        QTest::newRow("news desk") << u"Reuters news desk"_qs << u"Reuters"_qs;
        QTest::newRow("more words after") << u"Reuters staff strike over pay"_qs << QString();
        QTest::newRow("not an outlet") << u"By White House staff"_qs << QString();
        QTest::newRow("body line") << u"Al Jazeera staff said the strikes hit homes in the Nabatieh and Tyre districts."_qs
                                   << QString();
    }
    void staffBylines()
    {
        QFETCH(QString, line);
        QFETCH(QString, outlet);
        QCOMPARE(OutletFinder::instance().signedAsStaff(line), outlet);
    }

    void openingDatelines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("wire, place, date") << u"AFP, Bamako \u2014 2 June 2025"_qs << u"Agence France-Presse"_qs;
        QTest::newRow("wire and date") << u"Reuters - 12 June 2025"_qs << u"Reuters"_qs;
        QTest::newRow("wire and place") << u"Reuters, London"_qs << u"Reuters"_qs;
        QTest::newRow("outlet, dot, date") << u"BBC News \u00b7 12 May 2025"_qs << u"BBC"_qs;
        QTest::newRow("outlet, bar, date") << u"Al Jazeera | 3 Mar 2025"_qs << u"Al Jazeera"_qs;
        QTest::newRow("a sentence going on") << u"Reuters, citing two officials, said the talks had ended"_qs << QString();
        QTest::newRow("not an outlet") << u"Bamako, Mali \u2014 2 June 2025"_qs << QString();
        QTest::newRow("body line") << u"AFP, which first reported the attack on Sunday, said at least 30 soldiers were killed there."_qs
                                   << QString();
    }
    void openingDatelines()
    {
        QFETCH(QString, line);
        QFETCH(QString, outlet);
        QCOMPARE(OutletFinder::instance().openingDateline(line), outlet);
    }

    void promotionLines()
    {
        const OutletFinder &finder = OutletFinder::instance();
        QCOMPARE(finder.promotedIn(u"Sign up for the Breaking Defense daily brief."), u"Breaking Defense"_qs);
        QCOMPARE(finder.promotedIn(u"Subscribe to Al Jazeera's newsletter"), u"Al Jazeera"_qs);
        QCOMPARE(finder.promotedIn(u"Sign up for our daily brief."), QString());
        QCOMPARE(finder.promotedIn(u"Residents were told to sign up for evacuation buses run by the army."), QString());
    }

    void readerGivesArticlesTheSiteOfThePageTitle()
    {
        const QByteArray page = "<html><head><title>Talks end without a deal | Al Jazeera</title></head><body>"
                                "<h1>Talks end without a deal</h1><p>Talks between the two sides ended on Monday "
                                "without a deal, officials said.</p><p>Both delegations left the capital the same "
                                "evening, and no new date was set.</p></body></html>";
        Diagnostics diagnostics;
        const auto read = readDocumentFromBytes(u"page.html"_qs, page, diagnostics);
        QVERIFY(read);
        QCOMPARE(read->layouts.size(), 1);
        QCOMPARE(read->layouts.first().outlet, u"Al Jazeera"_qs);
    }
};

QTEST_APPLESS_MAIN(OutletFinderTest)
#include "tst_outletfinder.moc"
