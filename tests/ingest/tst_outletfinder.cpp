#include "ingest/OutletFinder.h"

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

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(OutletFinderTest)
#include "tst_outletfinder.moc"
