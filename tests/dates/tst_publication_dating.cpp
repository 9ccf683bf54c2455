#include "dates/PublicationDating.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace claimline;

namespace {

// Every non-empty line of `text` (lines `from`..`to`, 1-based, when given) is a paragraph.
QList<TextSpan> lineParagraphs(const QString &text, int from = 1, int to = INT_MAX)
{
    QList<TextSpan> spans;
    qsizetype start = 0;
    int line = 1;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (line >= from && line <= to && !QStringView(text).sliced(start, end - start).trimmed().isEmpty())
            spans.append({start, end});
        start = end + 1;
        ++line;
    }
    return spans;
}

PublicationDateGuess guess(const QString &text, int contextYear)
{
    return guessPublicationDate({text, {}, lineParagraphs(text), contextYear});
}

} // namespace

class TestPublicationDating : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contextYear_data();
    void contextYear();
    void guessesFromContent_data();
    void guessesFromContent();
    void prefersDatelineSpans();
    void layoutDatelinesMayCarryTimesAndPrefixes_data();
    void layoutDatelinesMayCarryTimesAndPrefixes();
    void completesWeekdayFromCorpus_data();
    void completesWeekdayFromCorpus();
    void leavesKnownAndWeekdaylessGuessesAlone();
    void datesSeedArticlesLikeCarefulReader();
};

void TestPublicationDating::contextYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::newRow("latest stated year") << QStringLiteral("signed on June 19, 2024. In April 2025 it said.") << 2025;
    QTest::newRow("resolution number is no year")
        << QStringLiteral("under Resolution 2397, adopted in 2017, and Resolution 2375.") << 2017;
    QTest::newRow("counts are no year") << QStringLiteral("sent 2397 troops and 2,025 shells in 2023") << 2023;
    QTest::newRow("targets ahead are no context") << QStringLiteral("in 2024; a goal to be met by 2030.") << 2024;
    QTest::newRow("none") << QStringLiteral("On Tuesday, officials met.") << 0;
}

void TestPublicationDating::contextYear()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QCOMPARE(contextYearOf(text), year);
}

void TestPublicationDating::guessesFromContent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("contextYear");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("provenance");
    QTest::addColumn<int>("weekday");

    const int content = int(DateProvenance::Content);
    QTest::newRow("dateline paragraph") << QStringLiteral("Site header\nTuesday, June 17, 2025\nOn June 5 they met.")
                                        << 2025 << QDate(2025, 6, 17) << int(DateProvenance::Dateline) << 2;
    QTest::newRow("byline with a time stamp")
        << QStringLiteral("Floods cut the valley road\n*Jane Roe* \u00b7 Mon 14 Apr 2025 09.12 BST\nRescuers said on Sunday that 40 died.")
        << 2025 << QDate(2025, 4, 14) << int(DateProvenance::Dateline) << 1;
    QTest::newRow("latest reported day, context year")
        << QStringLiteral("The visit, carried out on 17 June, followed.\nThe previous visit occurred on 4 June.") << 2025
        << QDate(2025, 6, 17) << content << 0;
    QTest::newRow("explicit year beats context")
        << QStringLiteral("The court acted on June 25, 2024.") << 2025 << QDate(2024, 6, 25) << content << 0;
    QTest::newRow("weekday in lede moves forward")
        << QStringLiteral("Russian state media on Tuesday cited Shoigu.\nMore text.\nOn June 15, the UK said so.")
        << 2025 << QDate(2025, 6, 17) << content << 2;
    QTest::newRow("repeated weekday moves forward")
        << QStringLiteral("a\nb\nc\nOn June 15, the UK said so.\nState media on Tuesday cited him.\nHe spoke Tuesday.")
        << 2025 << QDate(2025, 6, 17) << content << 2;
    QTest::newRow("background weekday late stays")
        << QStringLiteral("KCNA reported on 5 June.\nb\nc\nd\nSyrskyi said Saturday that forces held.") << 2025
        << QDate(2025, 6, 5) << content << 0;
    QTest::newRow("plans are not news")
        << QStringLiteral("They met on June 4.\nThey will meet again on June 28.") << 2025 << QDate(2025, 6, 4)
        << content << 0;
    QTest::newRow("deadlines are not news")
        << QStringLiteral("They met on June 4.\nTroops must leave by June 28.") << 2025 << QDate(2025, 6, 4) << content
        << 0;
    QTest::newRow("weekday only") << QStringLiteral("Shoigu announced Tuesday that troops go.\nIn November, they signed.")
                                  << 2025 << QDate() << int(DateProvenance::Unknown) << 2;
    const int dateline = int(DateProvenance::Dateline);
    QTest::newRow("wire dateline with agency") << QStringLiteral("KYIV, June 3 (Reuters) - Russia said on June 1 it struck.")
                                               << 2025 << QDate(2025, 6, 3) << dateline << 2;
    QTest::newRow("wire dateline, place and country")
        << QStringLiteral("GAZA CITY, Gaza Strip, 3 June 2024 (AFP) — Strikes hit on 1 June.") << 2024
        << QDate(2024, 6, 3) << dateline << 1;
    QTest::newRow("lower-case words before a date are no wire dateline")
        << QStringLiteral("In Kyiv, June 3 - a day of strikes - ended.\nThey met on June 5.") << 2025 << QDate(2025, 6, 5)
        << content << 0;
    QTest::newRow("header line closing on its date") << QStringLiteral("AFP, Bamako \u2014 2 June 2025\nOn 1 June, they met.")
                                                      << 2025 << QDate(2025, 6, 2) << dateline << 1;
    QTest::newRow("sentence closing on a date is no dateline")
        << QStringLiteral("The deal was signed on 2 June 2025.\nb") << 2025 << QDate(2025, 6, 2) << content << 0;
    QTest::newRow("nothing") << QStringLiteral("No dates at all.") << 0 << QDate() << int(DateProvenance::Unknown) << 0;
}

void TestPublicationDating::guessesFromContent()
{
    QFETCH(QString, text);
    QFETCH(int, contextYear);
    QFETCH(QDate, date);
    QFETCH(int, provenance);
    QFETCH(int, weekday);
    const PublicationDateGuess g = guess(text, contextYear);
    QCOMPARE(g.date, date);
    QCOMPARE(int(g.from), provenance);
    QCOMPARE(g.weekday, weekday);
}

void TestPublicationDating::prefersDatelineSpans()
{
    const QString text = QStringLiteral("Posted June 18, 2025\nOn June 5 they met.");
    const PublicationDateInput input{text, {TextSpan{0, 20}}, lineParagraphs(text, 2), 2025};
    const PublicationDateGuess g = guessPublicationDate(input);
    QCOMPARE(g.date, QDate(2025, 6, 18));
    QCOMPARE(g.from, DateProvenance::Dateline);
}

void TestPublicationDating::layoutDatelinesMayCarryTimesAndPrefixes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("date");
    QTest::newRow("updated with clock time") << QStringLiteral("Updated: Jun 17, 2025 10:14 a.m. ET") << QDate(2025, 6, 17);
    QTest::newRow("published day month year") << QStringLiteral("Published 3 June 2025") << QDate(2025, 6, 3);
    QTest::newRow("published on, abbreviated") << QStringLiteral("Published On 1 Jun 2025") << QDate(2025, 6, 1);
    QTest::newRow("weekday abbreviation and time") << QStringLiteral("Mon 16 Dec 2024 14.05 GMT") << QDate(2024, 12, 16);
    QTest::newRow("at time") << QStringLiteral("September 10, 2024 at 6:45 p.m. EDT") << QDate(2024, 9, 10);
    QTest::newRow("second stamp") << QStringLiteral("March 12, 2025 4:31 PM GMT Updated 2 hours ago") << QDate(2025, 3, 12);
}

void TestPublicationDating::layoutDatelinesMayCarryTimesAndPrefixes()
{
    QFETCH(QString, line);
    QFETCH(QDate, date);
    const QString text = line + QStringLiteral("\nOn June 5, 2023 they met.");
    const PublicationDateInput input{text, {TextSpan{0, line.size()}}, lineParagraphs(text, 2), 0};
    const PublicationDateGuess g = guessPublicationDate(input);
    QCOMPARE(g.date, date);
    QCOMPARE(g.from, DateProvenance::Dateline);
}

void TestPublicationDating::completesWeekdayFromCorpus_data()
{
    QTest::addColumn<QList<QDate>>("known");
    QTest::addColumn<int>("weekday");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("same weekday in corpus") << QList<QDate>{QDate(2025, 6, 5), QDate(2025, 6, 17)} << 2
                                            << QDate(2025, 6, 17);
    QTest::newRow("nearest weekday to a corpus date") << QList<QDate>{QDate(2025, 6, 18)} << 2 << QDate(2025, 6, 17);
    QTest::newRow("most shared date wins ties")
        << QList<QDate>{QDate(2025, 6, 3), QDate(2025, 6, 17), QDate(2025, 6, 17)} << 2 << QDate(2025, 6, 17);
}

void TestPublicationDating::completesWeekdayFromCorpus()
{
    QFETCH(QList<QDate>, known);
    QFETCH(int, weekday);
    QFETCH(QDate, expected);
    QList<PublicationDateGuess> guesses;
    for (const QDate &d : known)
        guesses.append({d, DateProvenance::Content, 0});
    guesses.append({QDate(), DateProvenance::Unknown, weekday});
    completeFromCorpus(guesses);
    QCOMPARE(guesses.last().date, expected);
    QCOMPARE(guesses.last().from, DateProvenance::Corpus);
    QCOMPARE(guesses.first().from, DateProvenance::Content);
}

void TestPublicationDating::leavesKnownAndWeekdaylessGuessesAlone()
{
    QList<PublicationDateGuess> guesses{{QDate(2025, 6, 17), DateProvenance::Dateline, 2},
                                        {QDate(), DateProvenance::Unknown, 0}};
    completeFromCorpus(guesses);
    QCOMPARE(guesses.at(0).date, QDate(2025, 6, 17));
    QVERIFY(!guesses.at(1).date.isValid());
    QList<PublicationDateGuess> alone{{QDate(), DateProvenance::Unknown, 3}};
    completeFromCorpus(alone);
    QVERIFY(!alone.first().date.isValid());
}

// The seed articles, split by the line ranges the gold notes give, dated as the notes
// explain (values are read from the gold file, not written here).
void TestPublicationDating::datesSeedArticlesLikeCarefulReader()
{
    QFile goldFile(QStringLiteral(CLAIMLINE_SOURCE_DIR "/tests/data/seeds.gold.json"));
    if (!goldFile.open(QIODevice::ReadOnly))
        QSKIP("no gold file");
    const QJsonArray articles = QJsonDocument::fromJson(goldFile.readAll()).object().value(u"articles").toArray();
    static const QRegularExpression linesRe(QStringLiteral("^Lines (\\d+)-(\\d+)"));
    QList<PublicationDateGuess> guesses;
    QList<QDate> expected;
    for (const QJsonValue &v : articles) {
        const QJsonObject a = v.toObject();
        QFile f(QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds/") + a.value(u"file").toString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QRegularExpressionMatch lines = linesRe.match(a.value(u"note").toString());
        const int from = lines.hasMatch() ? lines.captured(1).toInt() : 1;
        const int to = lines.hasMatch() ? lines.captured(2).toInt() : INT_MAX;
        guesses.append(guessPublicationDate({text, {}, lineParagraphs(text, from, to), contextYearOf(text)}));
        expected.append(QDate::fromString(a.value(u"published").toString(), Qt::ISODate));
    }
    completeFromCorpus(guesses);
    int right = 0;
    for (qsizetype i = 0; i < guesses.size(); ++i) {
        if (guesses.at(i).date == expected.at(i))
            ++right;
        else
            qWarning("article %lld: got %s, gold %s", qlonglong(i), qPrintable(guesses.at(i).date.toString(Qt::ISODate)),
                     qPrintable(expected.at(i).toString(Qt::ISODate)));
    }
    QVERIFY(!guesses.isEmpty());
    QCOMPARE(right, guesses.size());
}

QTEST_GUILESS_MAIN(TestPublicationDating)
#include "tst_publication_dating.moc"
