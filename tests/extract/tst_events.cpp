// Event candidates (a trigger with a date in one sentence) and their merging across sources.
#include "extract/EventExtractor.h"

#include <QTest>

using namespace claimline;

Q_DECLARE_METATYPE(QList<EventCandidate>)

namespace {

// One sentence as its own document text; `dateText` is marked as a date resolving to `date`.
SentenceContext contextFor(const QString &text, const QString &dateText, DayInterval date,
                           TemporalMention::Role role = TemporalMention::Role::Point)
{
    SentenceContext ctx;
    ctx.text = text;
    ctx.span = {0, text.size()};
    if (!dateText.isEmpty()) {
        TemporalMention m;
        const qsizetype at = text.indexOf(dateText);
        m.span = {at, at + dateText.size()};
        m.interval = date;
        m.role = role;
        ctx.dates.append(m);
    }
    return ctx;
}

DayInterval day(int y, int m, int d) { return DayInterval::day(QDate(y, m, d)); }

EventCandidate candidate(int document, qsizetype start, const QString &kind, DayInterval date, const QStringList &keys,
                         const QString &label = QString())
{
    EventCandidate c;
    c.kind = kind;
    c.label = label.isEmpty() ? kind : label;
    c.keys = keys;
    c.mention.documentIndex = document;
    c.mention.articleIndex = document;
    c.mention.span = {start, start + 10};
    c.mention.date = date;
    return c;
}

} // namespace

class EventsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("dateText");
        QTest::addColumn<DayInterval>("date");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("labelStart");

        QTest::newRow("visit") << u"Foreign Minister Sergei Lavrov arrived in Beijing on April 2 for talks."_qs
                               << u"April 2"_qs << day(2025, 4, 2) << u"meeting"_qs << u"Sergei Lavrov arrived"_qs;
        QTest::newRow("signing with date first")
            << u"In March 2023, China and Brazil signed a trade pact in Brasilia."_qs << u"March 2023"_qs
            << DayInterval::month(2023, 3) << u"signing"_qs << u"China and Brazil signed trade pact"_qs;
        QTest::newRow("warrant")
            << u"The International Criminal Court issued an arrest warrant for Netanyahu on November 21, 2024."_qs
            << u"November 21, 2024"_qs << day(2024, 11, 21) << u"legal"_qs << u"International Criminal Court issued arrest warrant"_qs;
        QTest::newRow("deployment")
            << u"Pyongyang dispatched 2,000 more troops to the front in January."_qs << u"January"_qs
            << DayInterval::month(2025, 1) << u"deployment"_qs << u"Pyongyang dispatched"_qs;
        QTest::newRow("counteroffensive")
            << u"Moscow launched a counteroffensive in March that retook the town."_qs << u"March"_qs
            << DayInterval::month(2025, 3) << u"military_operation"_qs << u"Moscow launched counteroffensive"_qs;
        QTest::newRow("specific trigger beats a nearer statement")
            << u"The Kremlin said on May 5 that the summit had ended."_qs << u"May 5"_qs << day(2025, 5, 5)
            << u"meeting"_qs << QString();
        QTest::newRow("dismissal") << u"Gerasimov served as chief until his dismissal in May 2024."_qs
                                   << u"May 2024"_qs << DayInterval::month(2024, 5) << u"appointment"_qs
                                   << u"Gerasimov dismissal"_qs;
        QTest::newRow("exercise") << u"Japan and Australia conducted joint drills off Okinawa on June 18."_qs
                                  << u"June 18"_qs << day(2025, 6, 18) << u"exercise"_qs << QString();
        QTest::newRow("label ends on a word that says something")
            << u"Moscow recaptured almost all of the region in March."_qs << u"March"_qs
            << DayInterval::month(2025, 3) << u"military_operation"_qs << u"Moscow recaptured"_qs;
        QTest::newRow("label stops before a figure")
            << u"Pyongyang sent an additional 3,000 troops in January."_qs << u"January"_qs
            << DayInterval::month(2025, 1) << u"deployment"_qs << u"Pyongyang sent"_qs;
        QTest::newRow("since role keeps the start")
            << u"The deployment has been expected since April, when Kyiv acknowledged it."_qs << u"since April"_qs
            << DayInterval::month(2025, 4) << u"announcement"_qs << QString();
    }

    void candidates()
    {
        QFETCH(QString, text);
        QFETCH(QString, dateText);
        QFETCH(DayInterval, date);
        QFETCH(QString, kind);
        QFETCH(QString, labelStart);
        const auto role = dateText.startsWith(u"since") ? TemporalMention::Role::Since : TemporalMention::Role::Point;
        const QList<EventCandidate> found = findEventCandidates(contextFor(text, dateText, date, role));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, kind);
        QCOMPARE(found.first().mention.date, date);
        QCOMPARE(found.first().mention.span, TextSpan({0, text.size()}));
        QVERIFY2(found.first().label.startsWith(labelStart), qPrintable(found.first().label));
        QVERIFY(found.first().label.split(u' ').size() <= 9);
        for (const QString &dangling : {u" of"_qs, u" by"_qs, u" additional"_qs, u" almost"_qs, u" 3"_qs})
            QVERIFY2(!found.first().label.endsWith(dangling), qPrintable(found.first().label));
        QVERIFY(!found.first().keys.isEmpty());
        // What a mention read back from JSON lines recomputes is what the candidate had.
        const TextSpan d = dateText.isEmpty() ? TextSpan{} : TextSpan{text.indexOf(dateText), text.indexOf(dateText) + dateText.size()};
        QCOMPARE(eventKeysOf(text, dateText.isEmpty() ? QList<TextSpan>{} : QList<TextSpan>{d}), found.first().keys);
    }

    void noTrigger_noCandidate()
    {
        const QString text = u"About 6,000 soldiers were lost as of June 15."_qs;
        QVERIFY(findEventCandidates(contextFor(text, u"June 15"_qs, day(2025, 6, 15))).isEmpty());
    }

    void durationIsNotADate()
    {
        const QString text = u"The troops visited the region for two years."_qs;
        QVERIFY(findEventCandidates(contextFor(text, u"two years"_qs, DayInterval(), TemporalMention::Role::Duration))
                    .isEmpty());
    }

    void merge_dayInsideMonthAcrossDocuments()
    {
        const QList<EventCandidate> in{
            candidate(0, 0, u"signing"_qs, DayInterval::month(2024, 6), {u"russia"_qs, u"korea"_qs, u"pyongyang"_qs}),
            candidate(1, 50, u"signing"_qs, day(2024, 6, 19), {u"russia"_qs, u"korea"_qs, u"putin"_qs},
                      u"Putin and Kim signed treaty"_qs),
            candidate(2, 7, u"signing"_qs, DayInterval::year(2024), {u"korea"_qs, u"russia"_qs}),
        };
        const QList<Event> out = mergeEvents(in);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().date, day(2024, 6, 19));
        QCOMPARE(out.first().mentions.size(), 3);
        QCOMPARE(out.first().label, u"Putin and Kim signed treaty"_qs);
        QVERIFY(out.first().id.startsWith(u"ev-2024-06-19-signing"));
    }

    void merge_keepsDifferentHappeningsApart_data()
    {
        QTest::addColumn<QList<EventCandidate>>("in");
        QTest::addColumn<int>("events");
        QTest::newRow("same people, different days")
            << QList<EventCandidate>{candidate(0, 0, u"meeting"_qs, day(2025, 6, 4), {u"shoigu"_qs, u"kim"_qs}),
                                     candidate(1, 0, u"meeting"_qs, day(2025, 6, 17), {u"shoigu"_qs, u"kim"_qs})}
            << 2;
        QTest::newRow("same day, different kinds")
            << QList<EventCandidate>{candidate(0, 0, u"meeting"_qs, day(2025, 6, 4), {u"shoigu"_qs}),
                                     candidate(0, 40, u"attack"_qs, day(2025, 6, 4), {u"shoigu"_qs})}
            << 2;
        QTest::newRow("same day, nobody in common")
            << QList<EventCandidate>{candidate(0, 0, u"meeting"_qs, day(2025, 6, 4), {u"macron"_qs}),
                                     candidate(1, 0, u"meeting"_qs, day(2025, 6, 4), {u"erdogan"_qs})}
            << 2;
        QTest::newRow("same day, shared name")
            << QList<EventCandidate>{candidate(0, 0, u"meeting"_qs, day(2025, 6, 4), {u"macron"_qs, u"paris"_qs}),
                                     candidate(1, 0, u"meeting"_qs, day(2025, 6, 4), {u"macron"_qs})}
            << 1;
    }

    void merge_keepsDifferentHappeningsApart()
    {
        QFETCH(QList<EventCandidate>, in);
        QFETCH(int, events);
        QCOMPARE(mergeEvents(in).size(), events);
    }

    void merge_isDeterministicAndOrdered()
    {
        const QList<EventCandidate> in{
            candidate(0, 0, u"meeting"_qs, day(2025, 6, 17), {u"shoigu"_qs}, u"B"_qs),
            candidate(1, 0, u"signing"_qs, day(2024, 6, 19), {u"putin"_qs}, u"A"_qs),
        };
        QList<EventCandidate> reversed{in.at(1), in.at(0)};
        const QList<Event> a = mergeEvents(in), b = mergeEvents(reversed);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.first().date, day(2024, 6, 19));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(a.at(i).id, b.at(i).id);
            QCOMPARE(a.at(i).label, b.at(i).label);
        }
        QVERIFY(a.at(0).id != a.at(1).id);
    }

    // The id starts with the first day as QDate::toString(Qt::ISODate) spells it (the
    // merge formats it by hand), the kind, then six hex digits of a hash.
    void merge_idSpellsTheDateAsIso_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("2025") << QDate(2025, 6, 17);
        QTest::newRow("January 1") << QDate(2024, 1, 1);
        QTest::newRow("a year below 1000") << QDate(999, 12, 31);
        QTest::newRow("year 9999") << QDate(9999, 12, 31);
        QTest::newRow("after 9999: no date") << QDate(10000, 1, 1);
    }

    void merge_idSpellsTheDateAsIso()
    {
        QFETCH(QDate, date);
        const QList<Event> out = mergeEvents({candidate(0, 0, u"meeting"_qs, DayInterval::day(date), {u"shoigu"_qs})});
        QCOMPARE(out.size(), 1);
        const QString prefix = u"ev-"_qs + date.toString(Qt::ISODate) + u"-meeting-"_qs;
        QVERIFY2(out.first().id.startsWith(prefix), qPrintable(out.first().id));
        QCOMPARE(out.first().id.size(), prefix.size() + 6);
    }
};

QTEST_GUILESS_MAIN(EventsTest)
#include "tst_events.moc"
