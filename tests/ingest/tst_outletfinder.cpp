// Outlets a page names about itself: its <title>, staff bylines, datelines and promotion
// lines (OutletFinder), and the reader giving a page's articles the site its title names.
#include "ingest/OutletFinder.h"
#include "pipeline/DocumentReader.h"

#include <QRegularExpression>
#include <QTest>

using namespace claimline;

namespace {

// What OutletFinder::ownedBy answered with its two patterns tried on every line.
QString ownedByRegexAlone(const QString &line)
{
    const OutletFinder &finder = OutletFinder::instance();
    const QRegularExpression dateline(u"^[A-Z][^()\\n]{1,80}\\(([A-Za-z][A-Za-z .&-]{0,40})\\)\\s*[-\u2013\u2014]"_qs);
    const QRegularExpression copyright(
        u"^(?:Copyright|\u00a9)\\s*(?:\u00a9\\s*)?(?:\\d{4}\\s+)?(.{2,60}?)\\.?(?:\\s+All rights reserved.*)?$"_qs,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = dateline.match(line); m.hasMatch())
        return finder.canonical(m.captured(1));
    if (const auto m = copyright.match(line); m.hasMatch())
        return finder.canonical(m.captured(1).trimmed());
    return {};
}

QString repeated(const QString &s, int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

} // namespace

class OutletFinderTest : public QObject
{
    Q_OBJECT
    enum Reader { PageTitle, Staff, Dateline, Promotion };

private Q_SLOTS:
    // Each row: which reading of OutletFinder, the text, and the outlet it must find ("" none).
    void namedOutlets_data()
    {
        QTest::addColumn<int>("reader");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outlet");
        const auto row = [](const char *name, Reader reader, const QString &text, const QString &outlet) {
            QTest::newRow(name) << int(reader) << text << outlet;
        };
        row("title: site after a bar", PageTitle, u"Israeli strikes on south Lebanon kill 12 | Al Jazeera"_qs, u"Al Jazeera"_qs);
        row("title: site after a dash, alias", PageTitle, u"Floods kill 40 - Al Jazeera English"_qs, u"Al Jazeera"_qs);
        row("title: site first", PageTitle, u"Reuters \u2014 Talks end without a deal"_qs, u"Reuters"_qs);
        row("title: a dash inside the headline only", PageTitle, u"Ceasefire holds - for now"_qs, {});
        row("title: unknown site", PageTitle, u"Talks end | The Springfield Shopper"_qs, {});
        row("title: no separator", PageTitle, u"Al Jazeera"_qs, {});

        row("staff: by staff", Staff, u"By Al Jazeera Staff"_qs, u"Al Jazeera"_qs);
        row("staff: and agencies, emphasis and date", Staff, u"*Middle East Eye staff and agencies* \u00b7 16 June 2025"_qs,
            u"Middle East Eye"_qs);
        row("staff: news desk", Staff, u"Reuters news desk"_qs, u"Reuters"_qs);
        row("staff: more words after", Staff, u"Reuters staff strike over pay"_qs, {});
        row("staff: not an outlet", Staff, u"By White House staff"_qs, {});
        row("staff: body line", Staff, u"Al Jazeera staff said the strikes hit homes in the Nabatieh and Tyre districts."_qs, {});

        row("dateline: wire, place, date", Dateline, u"AFP, Bamako \u2014 2 June 2025"_qs, u"Agence France-Presse"_qs);
        row("dateline: wire and date", Dateline, u"Reuters - 12 June 2025"_qs, u"Reuters"_qs);
        row("dateline: wire and place", Dateline, u"Reuters, London"_qs, u"Reuters"_qs);
        row("dateline: outlet, dot, date", Dateline, u"BBC News \u00b7 12 May 2025"_qs, u"BBC"_qs);
        row("dateline: outlet, bar, date", Dateline, u"Al Jazeera | 3 Mar 2025"_qs, u"Al Jazeera"_qs);
        row("dateline: a sentence going on", Dateline, u"Reuters, citing two officials, said the talks had ended"_qs, {});
        row("dateline: not an outlet", Dateline, u"Bamako, Mali \u2014 2 June 2025"_qs, {});
        row("dateline: body line", Dateline,
            u"AFP, which first reported the attack on Sunday, said at least 30 soldiers were killed there."_qs, {});

        row("promotion: sign up", Promotion, u"Sign up for the Breaking Defense daily brief."_qs, u"Breaking Defense"_qs);
        row("promotion: subscribe", Promotion, u"Subscribe to Al Jazeera's newsletter"_qs, u"Al Jazeera"_qs);
        row("promotion: no name", Promotion, u"Sign up for our daily brief."_qs, {});
        row("promotion: not a promotion", Promotion, u"Residents were told to sign up for evacuation buses run by the army."_qs, {});
    }
    void namedOutlets()
    {
        QFETCH(int, reader);
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        const OutletFinder &finder = OutletFinder::instance();
        switch (Reader(reader)) {
        case PageTitle: QCOMPARE(finder.namedByPageTitle(text), outlet); break;
        case Staff: QCOMPARE(finder.signedAsStaff(text), outlet); break;
        case Dateline: QCOMPARE(finder.openingDateline(text), outlet); break;
        case Promotion: QCOMPARE(finder.promotedIn(text), outlet); break;
        }
    }

    // ownedBy tries its patterns only on lines that can start as they require.
    void ownedBy_answersAsItsPatterns_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("outlet");
        const QString emoji = u"\U0001F600"_qs;
        QTest::newRow("wire dateline") << u"NAIROBI, Kenya (AP) \u2014 Talks ended."_qs << u"Associated Press"_qs;
        QTest::newRow("shortest place") << u"AB (AP) - x"_qs << u"Associated Press"_qs;
        QTest::newRow("place too short") << u"A(AP) - x"_qs << QString();
        QTest::newRow("closing parenthesis first") << u"GAZA) (AFP) - x"_qs << QString();
        QTest::newRow("lower-case start") << u"gaza (AFP) - x"_qs << QString();
        QTest::newRow("80 characters of place") << u"A"_qs + repeated(u"b"_qs, 80) + u"(AFP) - x"_qs << u"Agence France-Presse"_qs;
        QTest::newRow("81 characters of place") << u"A"_qs + repeated(u"b"_qs, 81) + u"(AFP) - x"_qs << QString();
        QTest::newRow("80 emoji of place") << u"A"_qs + repeated(emoji, 80) + u"(AFP) - x"_qs << u"Agence France-Presse"_qs;
        QTest::newRow("81 emoji of place") << u"A"_qs + repeated(emoji, 81) + u"(AFP) - x"_qs << QString();
        QTest::newRow("copyright") << u"Copyright 2025 The Associated Press"_qs << u"Associated Press"_qs;
        QTest::newRow("copyright sign") << u"\u00a9 2025 Reuters. All rights reserved."_qs << u"Reuters"_qs;
        QTest::newRow("lower-case copyright") << u"copyright reuters"_qs << u"Reuters"_qs;
        QTest::newRow("copyright after a space") << u" Copyright Reuters"_qs << QString();
        QTest::newRow("sentence like a dateline") << u"Correspondents said the talks ended (AFP) - late."_qs << u"Agence France-Presse"_qs;
        QTest::newRow("lone surrogate") << u"NAIROBI (AP) - "_qs + QChar(0xD800) << QString();
    }
    void ownedBy_answersAsItsPatterns()
    {
        QFETCH(QString, line);
        QFETCH(QString, outlet);
        QCOMPARE(OutletFinder::instance().ownedBy(line), outlet);
        QCOMPARE(OutletFinder::instance().ownedBy(line), ownedByRegexAlone(line));
    }

    // The speaking patterns need an outlet's name: other paragraphs are not tried.
    void speakingIn_needsAnOutletsName()
    {
        const OutletFinder &finder = OutletFinder::instance();
        QCOMPARE(finder.speakingIn(u"An aide told Business Insider that it was over."_qs), u"Business Insider"_qs);
        QCOMPARE(finder.speakingIn(u"An aide told business insider that it was over."_qs), QString());
        QCOMPARE(finder.speakingIn(u"An aide told reporters that it was over."_qs), QString());
        QCOMPARE(finder.speakingIn(u"An aide told Reuters that it was over."_qs), QString()); // a wire
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
