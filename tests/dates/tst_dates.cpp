#include "dates/TemporalTagger.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace claimline;
using Role = TemporalMention::Role;
using Granularity = TemporalMention::Granularity;

namespace {

// 2025-06-17 is a Tuesday.
const QDate kTuesday(2025, 6, 17);

QList<TemporalMention> tagAll(const QString &text, QDate reference = kTuesday)
{
    return TemporalTagger().tag(text, {0, text.size()}, reference);
}

const TemporalMention *findText(const QString &text, const QList<TemporalMention> &mentions, const QString &wanted)
{
    for (const TemporalMention &m : mentions)
        if (QStringView(text).sliced(m.span.start, m.span.length()) == wanted)
            return &m;
    return nullptr;
}

QString describe(const QString &text, const QList<TemporalMention> &mentions)
{
    QStringList parts;
    for (const TemporalMention &m : mentions)
        parts << QStringLiteral("'%1' %2").arg(text.mid(m.span.start, m.span.length()), m.interval.toString());
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesExpression_data();
    void resolvesExpression();
    void assignsRole_data();
    void assignsRole();
    void ignoresNumbersThatAreNotDates_data();
    void ignoresNumbersThatAreNotDates();
    void leavesImpossibleDatesUnresolved_data();
    void leavesImpossibleDatesUnresolved();
    void anchorsToEarlierDateInSpan();
    void anchorsToReferenceWithoutEarlierDate();
    void reportsAbsoluteOffsetsInsideSpanOnly();
    void marksExplicitYearsAndRelativeExpressions();
    void survivesHostileInput_data();
    void survivesHostileInput();
    void survivesRandomDateSoup();
    void scansLargeLineInBoundedTime();
    void reportsThroughputOnNewsText();
};

void TestDates::resolvesExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    const auto row = [](const char *name, const char *text, const char *match, QDate first, QDate last,
                        QDate ref = kTuesday) {
        QTest::newRow(name) << QString::fromUtf8(text) << ref << QString::fromUtf8(match) << first << last;
    };
    const auto day = [](int y, int m, int d) { return QDate(y, m, d); };

    // Absolute dates.
    row("month day year", "signed on June 19, 2024, in Pyongyang", "June 19, 2024", day(2024, 6, 19), day(2024, 6, 19));
    row("year ending a name", "Hedgehog 2023 involved 14,000 troops", "2023", day(2023, 1, 1), day(2023, 12, 31));
    row("month name in capitals", "SIGNED ON JUNE 19, 2024", "JUNE 19, 2024", day(2024, 6, 19), day(2024, 6, 19));
    row("day month year", "signed on 19 June 2024.", "19 June 2024", day(2024, 6, 19), day(2024, 6, 19));
    row("month day, no year", "arrived on June 17 on a special assignment", "June 17", day(2025, 6, 17), day(2025, 6, 17));
    row("day month, no year", "carried out on 17 June by order", "17 June", day(2025, 6, 17), day(2025, 6, 17));
    row("day month earlier", "The previous visit occurred on 4 June.", "4 June", day(2025, 6, 4), day(2025, 6, 4));
    row("ordinal day", "on the 5th of June", "5th of June", day(2025, 6, 5), day(2025, 6, 5));
    row("abbreviated month", "filed Jan. 5 in court", "Jan. 5", day(2025, 1, 5), day(2025, 1, 5));
    row("abbreviated month year", "since Sept. 2024", "Sept. 2024", day(2024, 9, 1), day(2024, 9, 30));
    row("month year", "an operation that began in August 2024", "August 2024", day(2024, 8, 1), day(2024, 8, 31));
    row("month of year", "in August of 2024", "August of 2024", day(2024, 8, 1), day(2024, 8, 31));
    row("year-less month in the past", "In November, they signed", "November", day(2024, 11, 1), day(2024, 11, 30));
    row("year-less month this year", "a counteroffensive in March", "March", day(2025, 3, 1), day(2025, 3, 31));
    row("month-day later than reference by a year", "on December 3 troops left", "December 3", day(2024, 12, 3),
        day(2024, 12, 3));
    row("month-day a few days ahead", "a report dated June 20", "June 20", day(2025, 6, 20), day(2025, 6, 20));
    row("future tense", "They will meet on March 3 in Moscow", "March 3", day(2026, 3, 3), day(2026, 3, 3));
    row("in year", "deployed in 2024 alone", "2024", day(2024, 1, 1), day(2024, 12, 31));
    row("possessive year", "2024's offensive", "2024", day(2024, 1, 1), day(2024, 12, 31));
    row("attributive year", "the 2024 agreement", "2024", day(2024, 1, 1), day(2024, 12, 31));
    row("country's year", "during Ukraine's 2024 cross-border offensive", "2024", day(2024, 1, 1), day(2024, 12, 31));
    row("iso", "published 2025-06-17 at noon", "2025-06-17", day(2025, 6, 17), day(2025, 6, 17));
    row("us numeric", "dated 06/17/2025.", "06/17/2025", day(2025, 6, 17), day(2025, 6, 17));
    row("day-first numeric", "dated 17/06/2025.", "17/06/2025", day(2025, 6, 17), day(2025, 6, 17));
    row("mid month", "between January and mid-December last year", "January and mid-December last year",
        day(2024, 1, 1), day(2024, 12, 20));
    row("mid month alone", "by mid-December", "mid-December", day(2024, 12, 11), day(2024, 12, 20));
    row("end of month", "by the end of March", "the end of March", day(2025, 3, 21), day(2025, 3, 31));
    row("month year old", "by December 2019", "December 2019", day(2019, 12, 1), day(2019, 12, 31));
    row("weekday prefix", "Tuesday, June 17, 2025", "Tuesday, June 17, 2025", day(2025, 6, 17), day(2025, 6, 17));

    // Weekdays.
    row("weekday same day", "Shoigu announced Tuesday that", "Tuesday", day(2025, 6, 17), day(2025, 6, 17));
    row("weekday before", "Syrskyi said Saturday that", "Saturday", day(2025, 6, 14), day(2025, 6, 14));
    row("on weekday", "state media on Monday cited", "Monday", day(2025, 6, 16), day(2025, 6, 16));
    row("last weekday", "last Friday the ministry said", "last Friday", day(2025, 6, 13), day(2025, 6, 13));
    row("next weekday", "talks resume next Monday", "next Monday", day(2025, 6, 23), day(2025, 6, 23));
    row("weekday possessive", "about Tuesday’s announcement", "Tuesday", day(2025, 6, 17), day(2025, 6, 17));

    // Relative to the reference.
    row("today", "said today", "today", day(2025, 6, 17), day(2025, 6, 17));
    row("yesterday", "said yesterday", "yesterday", day(2025, 6, 16), day(2025, 6, 16));
    row("last week", "met last week", "last week", day(2025, 6, 9), day(2025, 6, 15));
    row("this month", "due this month", "this month", day(2025, 6, 1), day(2025, 6, 30));
    row("last month", "signed last month", "last month", day(2025, 5, 1), day(2025, 5, 31));
    row("last June", "Last June, Russia and North Korea signed", "Last June", day(2024, 6, 1), day(2024, 6, 30));
    row("last March", "signed last March", "last March", day(2025, 3, 1), day(2025, 3, 31));
    row("in June last year", "a treaty signed in June last year", "June last year", day(2024, 6, 1), day(2024, 6, 30));
    row("month of last year", "in October of last year", "October of last year", day(2024, 10, 1), day(2024, 10, 31));
    row("last year", "It was reported last year that", "last year", day(2024, 1, 1), day(2024, 12, 31));
    row("this year", "this year alone", "this year", day(2025, 1, 1), day(2025, 12, 31));
    row("earlier this year", "Earlier this year, South Korea", "Earlier this year", day(2025, 1, 1), day(2025, 6, 17));
    row("earlier this month", "alleged earlier this month", "earlier this month", day(2025, 6, 1), day(2025, 6, 17));
    row("late last year", "sent troops late last year", "late last year", day(2024, 9, 1), day(2024, 12, 31));
    row("early year", "said in early 2025 that", "early 2025", day(2025, 1, 1), day(2025, 4, 30));
    row("mid year", "by mid-2024", "mid-2024", day(2024, 5, 1), day(2024, 8, 31));
    row("late year", "since late 2023", "late 2023", day(2023, 9, 1), day(2023, 12, 31));
    row("the fall of", "since at least the fall of 2024", "the fall of 2024", day(2024, 9, 1), day(2024, 11, 30));
    row("season year", "deployed in fall 2024", "fall 2024", day(2024, 9, 1), day(2024, 11, 30));
    row("last fall", "to Russia last fall", "last fall", day(2024, 9, 1), day(2024, 11, 30));
    row("last autumn", "since last autumn", "last autumn", day(2024, 9, 1), day(2024, 11, 30));
    row("last fall after it ended", "since last fall", "last fall", day(2025, 9, 1), day(2025, 11, 30),
        QDate(2025, 12, 10));
    row("this spring", "talks this spring", "this spring", day(2025, 3, 1), day(2025, 5, 31));
    row("summer of", "in the summer of 2024", "the summer of 2024", day(2024, 6, 1), day(2024, 8, 31));
    row("winter", "during the winter of 2023", "the winter of 2023", day(2023, 12, 1), day(2024, 2, 29));
    row("late season", "by late spring", "late spring", day(2025, 5, 1), day(2025, 5, 31));
    row("last three months", "three times in the last three months", "the last three months", day(2025, 3, 17),
        day(2025, 6, 17));
    row("past two weeks", "in the past two weeks", "the past two weeks", day(2025, 6, 3), day(2025, 6, 17));
    row("over the past year", "over the past year", "the past year", day(2024, 6, 17), day(2025, 6, 17));
    row("days ago", "three days ago", "three days ago", day(2025, 6, 14), day(2025, 6, 14));
    row("months ago", "two months ago", "two months ago", day(2025, 4, 1), day(2025, 4, 30));
    row("within months", "his third meeting within three months", "three months", day(2025, 3, 17), day(2025, 6, 17));
    row("time in weeks", "visited for the second time in two weeks", "two weeks", day(2025, 6, 3), day(2025, 6, 17));
    row("recent weeks", "his second trip in recent weeks", "recent weeks", day(2025, 5, 27), day(2025, 6, 17));
    row("two months joined", "in January and February to replenish", "January and February", day(2025, 1, 1),
        day(2025, 2, 28));
    row("between months", "between January and March, bringing", "January and March", day(2025, 1, 1),
        day(2025, 3, 31));
    row("from day to day", "from June 4 to June 17", "June 4 to June 17", day(2025, 6, 4), day(2025, 6, 17));
    row("day range shared month", "on June 4-6", "June 4-6", day(2025, 6, 4), day(2025, 6, 6));
    row("month to month", "January to March", "January to March", day(2025, 1, 1), day(2025, 3, 31));
    row("year range", "in 2022-2024", "2022-2024", day(2022, 1, 1), day(2024, 12, 31));
    row("bare day to day month", "killed from 2 to 20 June across", "2 to 20 June", day(2025, 6, 2), day(2025, 6, 20));
    row("between bare day and day month", "fired between 3 and 5 May at", "3 and 5 May", day(2025, 5, 3), day(2025, 5, 5));
    row("bare day dash day month", "Reported deaths, 7-10 May", "7-10 May", day(2025, 5, 7), day(2025, 5, 10));
    row("bare day to day month year", "from 24 to 28 July 2024,", "24 to 28 July 2024", day(2024, 7, 24),
        day(2024, 7, 28));
    row("abbreviated month day and day", "between Sept. 6 and 8", "Sept. 6 and 8", day(2025, 9, 6), day(2025, 9, 8),
        QDate(2025, 9, 9));
    row("over the weekend", "villages swept away over the weekend", "the weekend", day(2025, 6, 14), day(2025, 6, 15));
    row("at the weekend", "talks at the weekend failed", "the weekend", day(2025, 6, 14), day(2025, 6, 15));
    row("the weekend on a Sunday", "over the weekend", "the weekend", day(2025, 6, 21), day(2025, 6, 22),
        QDate(2025, 6, 22));
    row("days after a date", "three days after 7 May", "three days after 7 May", day(2025, 5, 10), day(2025, 5, 10));
    row("weeks before a date", "two weeks before June 20", "two weeks before June 20", day(2025, 6, 6),
        day(2025, 6, 6));
    row("weekday then day month", "early on Wednesday 7 May", "Wednesday 7 May", day(2025, 5, 7), day(2025, 5, 7));
    row("weeks of", "killed in six weeks of protests", "six weeks", day(2025, 5, 6), day(2025, 6, 17));
    row("a year earlier than a day", "up from 300 a year earlier", "a year earlier", day(2024, 6, 1), day(2024, 6, 30));
    row("late last month", "said late last month", "late last month", day(2025, 5, 21), day(2025, 5, 31));
    row("quarter code", "profits in Q1 2025", "Q1 2025", day(2025, 1, 1), day(2025, 3, 31));
    row("first quarter", "in the first quarter", "the first quarter", day(2025, 1, 1), day(2025, 3, 31));
    row("fourth quarter of last year", "in the fourth quarter of last year", "the fourth quarter of last year",
        day(2024, 10, 1), day(2024, 12, 31));
    row("decade", "since the 1990s", "the 1990s", day(1990, 1, 1), day(1999, 12, 31));
    row("month of that year", "the fall of 2024 to Kursk, which Ukraine entered in August of that year",
        "August of that year", day(2024, 8, 1), day(2024, 8, 31));
    row("year end", "before year’s end", "year’s end", day(2025, 12, 1), day(2025, 12, 31));
    row("end of last year", "by the end of last year", "the end of last year", day(2024, 12, 1), day(2024, 12, 31));

    // Another reference: year boundaries.
    row("december in january", "on December 28 the talks", "December 28", day(2024, 12, 28), day(2024, 12, 28),
        QDate(2025, 1, 3));
    row("last week across new year", "last week", "last week", day(2024, 12, 23), day(2024, 12, 29), QDate(2025, 1, 1));
}

void TestDates::resolvesExpression()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QString, match);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const QList<TemporalMention> mentions = tagAll(text, reference);
    const TemporalMention *m = findText(text, mentions, match);
    QVERIFY2(m, qPrintable(QStringLiteral("no '%1' in: %2").arg(match, describe(text, mentions))));
    QCOMPARE(m->interval, DayInterval(first, last));
}

void TestDates::assignsRole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");
    QTest::addColumn<int>("role");

    QTest::newRow("since") << QStringLiteral("Since late 2023, Pyongyang has supplied") << QStringLiteral("late 2023")
                           << int(Role::Since);
    QTest::newRow("since year") << QStringLiteral("missiles since 2023") << QStringLiteral("2023") << int(Role::Since);
    QTest::newRow("until") << QStringLiteral("until May 2024, now") << QStringLiteral("May 2024") << int(Role::Until);
    QTest::newRow("by") << QStringLiteral("recaptured by March 2025") << QStringLiteral("March 2025") << int(Role::Until);
    QTest::newRow("point") << QStringLiteral("on June 17") << QStringLiteral("June 17") << int(Role::Point);
    QTest::newRow("for about months") << QStringLiteral("fighting for about eight months")
                                      << QStringLiteral("about eight months") << int(Role::Duration);
    QTest::newRow("bare years") << QStringLiteral("the first two years of the war") << QStringLiteral("two years")
                                << int(Role::Duration);
    QTest::newRow("bare months") << QStringLiteral("rotated every three months") << QStringLiteral("three months")
                                 << int(Role::Duration);
    QTest::newRow("hyphenated") << QStringLiteral("an eight-month campaign") << QStringLiteral("eight-month")
                                << int(Role::Duration);
    QTest::newRow("decades") << QStringLiteral("ruled for decades") << QStringLiteral("decades") << int(Role::Duration);
    QTest::newRow("more than") << QStringLiteral("more than 48 hours") << QStringLiteral("more than 48 hours")
                               << int(Role::Duration);
}

void TestDates::assignsRole()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    QFETCH(int, role);
    const QList<TemporalMention> mentions = tagAll(text);
    const TemporalMention *m = findText(text, mentions, match);
    QVERIFY2(m, qPrintable(QStringLiteral("no '%1' in: %2").arg(match, describe(text, mentions))));
    QCOMPARE(int(m->role), role);
    if (m->role == Role::Duration)
        QVERIFY(!m->interval.isValid());
}

void TestDates::ignoresNumbersThatAreNotDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("notDate");

    QTest::newRow("bomber") << QStringLiteral("a B-52 flew over") << QStringLiteral("52");
    QTest::newRow("fighter") << QStringLiteral("F-35 fighters off Jeju") << QStringLiteral("35");
    QTest::newRow("resolution") << QStringLiteral("under Resolution 2397 of the council") << QStringLiteral("2397");
    QTest::newRow("resolution year-like") << QStringLiteral("under Resolution 2043 of the council") << QStringLiteral("2043");
    QTest::newRow("troops count") << QStringLiteral("sent 2397 troops") << QStringLiteral("2397");
    QTest::newRow("grouped thousands") << QStringLiteral("some 3,000 troops") << QStringLiteral("3,000");
    QTest::newRow("grouped year-like") << QStringLiteral("a total of 2,024 shells") << QStringLiteral("2,024");
    QTest::newRow("count after of") << QStringLiteral("a total of 2024 shells") << QStringLiteral("2024");
    QTest::newRow("page") << QStringLiteral("see page 2024 of the report") << QStringLiteral("2024");
    QTest::newRow("money") << QStringLiteral("paid $2024 each") << QStringLiteral("2024");
    QTest::newRow("percent") << QStringLiteral("up 2024% in value") << QStringLiteral("2024");
    QTest::newRow("modal may") << QStringLiteral("Moscow may also transfer technology") << QStringLiteral("may");
    QTest::newRow("may at start") << QStringLiteral("May they rest.") << QStringLiteral("May");
    QTest::newRow("march verb") << QStringLiteral("they march on") << QStringLiteral("march");
    QTest::newRow("fall verb") << QStringLiteral("prices fall sharply") << QStringLiteral("fall");
    QTest::newRow("the fall of a city") << QStringLiteral("after the fall of Kabul") << QStringLiteral("fall");
    QTest::newRow("spring noun") << QStringLiteral("a hot spring resort") << QStringLiteral("spring");
    QTest::newRow("since then") << QStringLiteral("Since then, Ukraine has lost") << QStringLiteral("then");
    QTest::newRow("bare number") << QStringLiteral("killed 17 people") << QStringLiteral("17");
    QTest::newRow("decimal") << QStringLiteral("grew 2.2024 points") << QStringLiteral("2024");
    QTest::newRow("keywords") << QStringLiteral("troops kursk oblast 2024 screenshots") << QStringLiteral("2024");
    QTest::newRow("count range") << QStringLiteral("killed between 40 and 55 civilians") << QStringLiteral("40");
    QTest::newRow("count from to") << QStringLiteral("rose from 2 to 20 people") << QStringLiteral("2 to 20");
    QTest::newRow("count dash") << QStringLiteral("some 7-10 soldiers") << QStringLiteral("7-10");
    QTest::newRow("weekend noun") << QStringLiteral("a weekend of protests") << QStringLiteral("weekend");
    // A letter outside ASCII makes it another word: the lexicon has none.
    QTest::newRow("accented word") << QStringLiteral("met on Junée 19, 2024") << QStringLiteral("Junée 19");
}

void TestDates::ignoresNumbersThatAreNotDates()
{
    QFETCH(QString, text);
    QFETCH(QString, notDate);
    const qsizetype at = text.indexOf(notDate);
    QVERIFY(at >= 0);
    const TextSpan forbidden{at, at + notDate.size()};
    const QList<TemporalMention> mentions = tagAll(text);
    for (const TemporalMention &m : mentions)
        QVERIFY2(!m.span.overlaps(forbidden), qPrintable(describe(text, mentions)));
}

void TestDates::leavesImpossibleDatesUnresolved_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");
    QTest::newRow("february 30") << QStringLiteral("on February 30, 2024") << QStringLiteral("February 30, 2024");
    QTest::newRow("june 31") << QStringLiteral("on June 31") << QStringLiteral("June 31");
    QTest::newRow("31 april") << QStringLiteral("on 31 April 2023") << QStringLiteral("31 April 2023");
    QTest::newRow("not a leap year") << QStringLiteral("on February 29, 2023") << QStringLiteral("February 29, 2023");
}

void TestDates::leavesImpossibleDatesUnresolved()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    const QList<TemporalMention> mentions = tagAll(text);
    const TemporalMention *m = findText(text, mentions, match);
    QVERIFY2(m, qPrintable(describe(text, mentions)));
    QVERIFY(!m->interval.isValid());
}

void TestDates::anchorsToEarlierDateInSpan()
{
    const QString text = QStringLiteral("his earlier trip to Pyongyang on June 4, 2024, and his current trip, coming "
                                         "13 days later. The previous day he met the minister; two days earlier, "
                                         "talks stalled; a week later they resumed.");
    const QList<TemporalMention> mentions = tagAll(text);
    const auto check = [&](const char *match, QDate expected) {
        const TemporalMention *m = findText(text, mentions, QString::fromUtf8(match));
        QVERIFY2(m, qPrintable(describe(text, mentions)));
        QCOMPARE(m->interval, DayInterval::day(expected));
    };
    check("13 days later", QDate(2024, 6, 17));
    check("The previous day", QDate(2024, 6, 3));
    check("two days earlier", QDate(2024, 6, 2));
    check("a week later", QDate(2024, 6, 11));
}

void TestDates::anchorsToReferenceWithoutEarlierDate()
{
    const QString text = QStringLiteral("The next day, troops crossed; two days earlier the order came.");
    const QList<TemporalMention> mentions = tagAll(text);
    const TemporalMention *next = findText(text, mentions, QStringLiteral("The next day"));
    const TemporalMention *earlier = findText(text, mentions, QStringLiteral("two days earlier"));
    QVERIFY2(next && earlier, qPrintable(describe(text, mentions)));
    QCOMPARE(next->interval, DayInterval::day(QDate(2025, 6, 18)));
    QCOMPARE(earlier->interval, DayInterval::day(QDate(2025, 6, 15)));
}

void TestDates::reportsAbsoluteOffsetsInsideSpanOnly()
{
    const QString text = QStringLiteral("On June 4 they met. On June 17 they met again.");
    const qsizetype second = text.indexOf(QStringLiteral("On June 17"));
    const QList<TemporalMention> mentions = TemporalTagger().tag(text, {second, text.size()}, kTuesday);
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.first().span, TextSpan({second + 3, second + 10}));
}

void TestDates::marksExplicitYearsAndRelativeExpressions()
{
    const QString text = QStringLiteral("On June 19, 2024 and on June 4, and last week.");
    const QList<TemporalMention> mentions = tagAll(text);
    QCOMPARE(mentions.size(), 3);
    QVERIFY(mentions.at(0).yearExplicit && !mentions.at(0).relative);
    QCOMPARE(mentions.at(0).granularity, Granularity::Day);
    QVERIFY(!mentions.at(1).yearExplicit);
    QVERIFY(mentions.at(2).relative);
    QCOMPARE(mentions.at(2).granularity, Granularity::Week);
}

void TestDates::survivesHostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral(" June 4");
    QTest::newRow("separators only") << QStringLiteral("-/-/.,,-–—’'");
    QTest::newRow("dangling prefixes") << QStringLiteral("the end of the since last next early the");
    QTest::newRow("huge numbers") << QStringLiteral("June 99999999999999999999, 99999999999999/12/2025");
    QTest::newRow("year zero") << QStringLiteral("on 0000-00-00 and 2025-13-45 and 00/00/0000");
    QTest::newRow("ends mid expression") << QStringLiteral("between January and");
}

void TestDates::survivesHostileInput()
{
    QFETCH(QString, text);
    const QList<TemporalMention> mentions = tagAll(text);
    for (const TemporalMention &m : mentions) {
        QVERIFY(m.span.start >= 0 && m.span.end <= text.size() && !m.span.isEmpty());
    }
    // Spans beyond the text are clamped.
    QVERIFY(TemporalTagger().tag(text, {-5, text.size() + 100}, kTuesday).size() == mentions.size());
}

// Random sequences of the grammar's own words and separators: every prefix of every rule.
void TestDates::survivesRandomDateSoup()
{
    const QStringList pieces = QStringLiteral(
        "June|May|Sept.|Jan|Tuesday|last|next|this|the|of|end|early|mid|late|-|–|,|.|/|'s|’s|since|until|by|"
        "between|and|to|from|in|on|a|few|three|twenty|-|five|days|week|months|year|years|ago|later|earlier|"
        "previous|day|fall|winter|quarter|first|Q|1|4|17|31|29|02|2024|2025|1990s|0|99999|3,000|2.5|at|least|"
        "about|more|than|decades|year|s|end|recent|weeks|past|today|yesterday|that").split(u'|');
    QRandomGenerator rng(20250617);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int n = int(rng.bounded(1, 14));
        for (int k = 0; k < n; ++k) {
            text += pieces.at(rng.bounded(pieces.size()));
            if (rng.bounded(3) != 0)
                text += u' ';
        }
        const QDate reference = QDate(1990, 1, 1).addDays(rng.bounded(20000));
        for (const TemporalMention &m : TemporalTagger().tag(text, {0, text.size()}, reference)) {
            QVERIFY2(m.span.start >= 0 && m.span.end <= text.size() && !m.span.isEmpty(), qPrintable(text));
            QVERIFY2(m.interval.first.isValid() == m.interval.last.isValid(), qPrintable(text));
            QVERIFY2(!m.interval.first.isValid() || m.interval.first <= m.interval.last, qPrintable(text));
        }
    }
}

void TestDates::scansLargeLineInBoundedTime()
{
    // One 5 MB line without a break, dense in near-dates: no quadratic behaviour.
    const QString unit = QStringLiteral("On June 17, 2025, some 3,000 troops (B-52, Resolution 2397) moved "
                                        "13 days later since late 2023 between January and March, ");
    QString text;
    text.reserve(5 * 1024 * 1024);
    while (text.size() < 5 * 1024 * 1024)
        text += unit;
    QElapsedTimer timer;
    timer.start();
    const QList<TemporalMention> mentions = tagAll(text);
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    qInfo("%lld mentions, %.1f MB/s (UTF-16 chars)", qlonglong(mentions.size()), text.size() / seconds / 1e6);
    QVERIFY(mentions.size() >= 4 * (text.size() / unit.size()));
}

// Not a timed assertion: prints MB/s (UTF-8 bytes) on the seeds repeated, paragraph by paragraph.
void TestDates::reportsThroughputOnNewsText()
{
    QString seeds;
    const QDir dir(QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            seeds += QString::fromUtf8(f.readAll()) + u'\n';
    }
    if (seeds.isEmpty())
        QSKIP("no seeds");
    const QString text = seeds.repeated(100);
    QList<TextSpan> paragraphs;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        paragraphs.append({start, end});
        start = end + 1;
    }
    const TemporalTagger tagger;
    QElapsedTimer timer;
    timer.start();
    qsizetype found = 0;
    for (const TextSpan &p : std::as_const(paragraphs))
        found += tagger.tag(text, p, kTuesday).size();
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    qInfo("%lld mentions in %.1f MB, %.1f MB/s", qlonglong(found), text.toUtf8().size() / 1e6,
          text.toUtf8().size() / seconds / 1e6);
    QVERIFY(found > 0);
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
