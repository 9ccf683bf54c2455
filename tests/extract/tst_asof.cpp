// Which days a figure holds for, from its sentence and, failing that, from the corpus.
#include "dates/TemporalTagger.h"
#include "extract/AsOfResolver.h"
#include "model/Corpus.h"

#include <QTest>

using namespace claimline;

namespace {

Article articlePublished(QDate d)
{
    Article a;
    a.published = d;
    return a;
}

// The as_of of the figure `figure` (its first occurrence) in `sentence`, tagged with the real tagger.
AsOf asOfOf(const QString &sentence, const QString &figure, const Article &article)
{
    static const TemporalTagger tagger;
    SentenceContext ctx;
    ctx.text = sentence;
    ctx.span = {0, sentence.size()};
    ctx.article = &article;
    ctx.dates = tagger.tag(sentence, ctx.span, article.published);
    const qsizetype at = sentence.indexOf(figure);
    return asOfFor(ctx, {at, at + figure.size()});
}

} // namespace

class AsOfTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asOf_fromSentence_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("source");
        const int text = int(AsOfSource::Text), publication = int(AsOfSource::Publication);
        QTest::newRow("nearest date") << QStringLiteral("On June 15, officials said 6,000 troops were killed.")
                                      << QStringLiteral("6,000") << QDate(2025, 6, 15) << QDate(2025, 6, 15) << text;
        QTest::newRow("no date: publication day") << QStringLiteral("Officials said 6,000 troops were killed.")
                                                  << QStringLiteral("6,000") << QDate(2025, 6, 17) << QDate(2025, 6, 17) << publication;
        QTest::newRow("since runs to publication")
            << QStringLiteral("Since late 2023, it has supplied at least 100 ballistic missiles.") << QStringLiteral("100")
            << QDate(2023, 9, 1) << QDate(2025, 6, 17) << text;
        QTest::newRow("bracketed aside dates only its own figures")
            << QStringLiteral("Reports from Ukraine (3,800 casualties) and Seoul (600 killed as of April 2025) agree.")
            << QStringLiteral("3,800") << QDate(2025, 6, 17) << QDate(2025, 6, 17) << publication;
        QTest::newRow("figure inside the brackets")
            << QStringLiteral("Reports from Ukraine (3,800 casualties) and Seoul (600 killed as of April 2025) agree.")
            << QStringLiteral("600") << QDate(2025, 4, 1) << QDate(2025, 4, 30) << text;
        QTest::newRow("running total spans every date")
            << QStringLiteral("It sent 10,900 troops late last year and 3,000 in January, bringing the total to 14,000.")
            << QStringLiteral("14,000") << QDate(2024, 9, 1) << QDate(2025, 1, 31) << text;
        QTest::newRow("since before a clause with its date")
            << QStringLiteral("Some 9,000 people have died since the floods began on 2 March 2024.") << QStringLiteral("9,000")
            << QDate(2024, 3, 2) << QDate(2025, 6, 17) << text;
        QTest::newRow("a wire dateline does not date the lede's figures")
            << QStringLiteral("KYIV, June 12 (Reuters) - At least 30 people have died in floods since Sunday, officials said.")
            << QStringLiteral("30") << QDate(2025, 6, 15) << QDate(2025, 6, 17) << text;
        QTest::newRow("a when clause counts the day itself")
            << QStringLiteral("Since the siege began on 2 March 2024, when shells hit the port, killing 40 people, trade stopped.")
            << QStringLiteral("40") << QDate(2024, 3, 2) << QDate(2024, 3, 2) << text;
        QTest::newRow("the start of what the perfect counts")
            << QStringLiteral("The uprising, which erupted in May 2022, has left at least 800 dead.") << QStringLiteral("800")
            << QDate(2022, 5, 1) << QDate(2025, 6, 17) << text;
        QTest::newRow("a start without the perfect is a point")
            << QStringLiteral("The uprising erupted in May 2022 and 800 were detained.") << QStringLiteral("800")
            << QDate(2022, 5, 1) << QDate(2022, 5, 31) << text;
        QTest::newRow("since a date, as of another")
            << QStringLiteral("Since the coup on 3 July 2023, 1,200 people have been arrested, as of 30 April 2025.")
            << QStringLiteral("1,200") << QDate(2023, 7, 3) << QDate(2025, 4, 30) << text;
        QTest::newRow("this year ends at publication")
            << QStringLiteral("It has shipped 40 tanks this year.") << QStringLiteral("40") << QDate(2025, 1, 1)
            << QDate(2025, 6, 17) << text;
        QTest::newRow("the past 24 hours")
            << QStringLiteral("Since 2022 it has lost 9,000 tanks, including 12 in the past 24 hours.") << QStringLiteral("12")
            << QDate(2025, 6, 16) << QDate(2025, 6, 17) << text;
        QTest::newRow("overnight is the night before publication")
            << QStringLiteral("Strikes killed 12 people overnight.") << QStringLiteral("12") << QDate(2025, 6, 16)
            << QDate(2025, 6, 17) << text;
    }
    void asOf_fromSentence()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, figure);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, source);
        const AsOf a = asOfOf(sentence, figure, articlePublished(QDate(2025, 6, 17)));
        QCOMPARE(a.interval, DayInterval(first, last));
        QCOMPARE(int(a.source), source);
    }

    void sameStatement_undatedCopyTakesTheDate_butNeverAFutureOne()
    {
        Corpus corpus;
        corpus.documents.resize(3);
        for (int i = 0; i < 3; ++i) {
            Article a = articlePublished(QDate(2025, 6, 18));
            a.documentIndex = i;
            corpus.articles.append(a);
        }
        corpus.articles[2].published = QDate(2025, 6, 10); // published before the dated telling
        auto claim = [](int article, DayInterval asOf, AsOfSource from) {
            Claim c;
            c.documentIndex = article;
            c.articleIndex = article;
            c.claimant = QStringLiteral("Sergei Shoigu");
            c.topic = QStringLiteral("deployment");
            c.measure = QStringLiteral("engineers");
            c.low = 1000;
            c.asOf = asOf;
            c.asOfFrom = from;
            return c;
        };
        corpus.claims = {claim(0, DayInterval::day(QDate(2025, 6, 17)), AsOfSource::Text),
                         claim(1, DayInterval::day(QDate(2025, 6, 18)), AsOfSource::Publication),
                         claim(2, DayInterval::day(QDate(2025, 6, 10)), AsOfSource::Publication)};
        adoptDatesOfSameStatements(corpus);
        QCOMPARE(corpus.claims[1].asOf, DayInterval::day(QDate(2025, 6, 17)));
        QCOMPARE(corpus.claims[1].asOfFrom, AsOfSource::OtherReport);
        QCOMPARE(corpus.claims[2].asOfFrom, AsOfSource::Publication);
    }
};

QTEST_GUILESS_MAIN(AsOfTest)
#include "tst_asof.moc"
