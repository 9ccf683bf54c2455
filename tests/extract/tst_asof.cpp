// Which days a figure holds for, from its sentence and, failing that, from the corpus.
#include "dates/TemporalTagger.h"
#include "extract/AsOfResolver.h"
#include "extract/FigureFinder.h"
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
    QList<TextSpan> dateSpans;
    for (const TemporalMention &m : std::as_const(ctx.dates))
        dateSpans.append(m.span);
    ctx.figures = findFigures(sentence, ctx.span, dateSpans);
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
        QTest::newRow("a figure told ahead holds for all of its year")
            << QStringLiteral("It has sent 300,000 shells and will deliver a further 100,000 rounds in 2025.")
            << QStringLiteral("100,000") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << text;
        QTest::newRow("a figure told in the past stops at publication")
            << QStringLiteral("It delivered 100,000 rounds in 2025.")
            << QStringLiteral("100,000") << QDate(2025, 1, 1) << QDate(2025, 6, 17) << text;
        QTest::newRow("a year ending a name dates what it names")
            << QStringLiteral("Hedgehog 2023 involved 14,000 troops from 11 nations.")
            << QStringLiteral("14,000") << QDate(2023, 1, 1) << QDate(2023, 12, 31) << text;
        QTest::newRow("a date in a relative clause before the figure dates that clause")
            << QStringLiteral("The mission, which replaced the old one in January, has about 11,000 troops, according to a report published in May.")
            << QStringLiteral("11,000") << QDate(2025, 5, 1) << QDate(2025, 5, 31) << text;
        QTest::newRow("running total spans every date")
            << QStringLiteral("It sent 10,900 troops late last year and 3,000 in January, bringing the total to 14,000.")
            << QStringLiteral("14,000") << QDate(2024, 9, 1) << QDate(2025, 1, 31) << text;
        QTest::newRow("since before a clause with its date")
            << QStringLiteral("Some 9,000 people have died since the floods began on 2 March 2024.") << QStringLiteral("9,000")
            << QDate(2024, 3, 2) << QDate(2025, 6, 17) << text;
        QTest::newRow("a wire dateline does not date the lede's figures")
            << QStringLiteral("KYIV, June 12 (Reuters) - At least 30 people have died in floods since Sunday, officials said.")
            << QStringLiteral("30") << QDate(2025, 6, 15) << QDate(2025, 6, 17) << text;
        QTest::newRow("a wire dateline with an en dash and no agency")
            << QStringLiteral("KYIV, June 12 \u2013 At least 30 people have died in floods since Sunday, officials said.")
            << QStringLiteral("30") << QDate(2025, 6, 15) << QDate(2025, 6, 17) << text;
        QTest::newRow("a wire dateline with an em dash after blanks")
            << QStringLiteral("KYIV, June 12 (AP)  \u2014At least 30 people have died in floods since Sunday, officials said.")
            << QStringLiteral("30") << QDate(2025, 6, 15) << QDate(2025, 6, 17) << text;
        QTest::newRow("a when clause counts the day itself")
            << QStringLiteral("Since the siege began on 2 March 2024, when shells hit the port, killing 40 people, trade stopped.")
            << QStringLiteral("40") << QDate(2024, 3, 2) << QDate(2024, 3, 2) << text;
        QTest::newRow("the start of what the perfect counts")
            << QStringLiteral("The uprising, which erupted in May 2022, has left at least 800 dead.") << QStringLiteral("800")
            << QDate(2022, 5, 1) << QDate(2025, 6, 17) << text;
        QTest::newRow("since a day, to the day it was said")
            << QStringLiteral("Iran's health ministry said on Sunday that 224 people had been killed since Friday.")
            << QStringLiteral("224") << QDate(2025, 6, 13) << QDate(2025, 6, 15) << text;
        QTest::newRow("since a day, said on a later day after the figure")
            << QStringLiteral("At least 700 people have been killed and 2,800 wounded in the city since Sunday, a UN spokesperson said on Monday.")
            << QStringLiteral("700") << QDate(2025, 6, 15) << QDate(2025, 6, 16) << text;
        QTest::newRow("since a full date after the second figure")
            << QStringLiteral("According to the ministry, at least 58,895 people have been killed and 140,980 wounded since October 7, 2023.")
            << QStringLiteral("58,895") << QDate(2023, 10, 7) << QDate(2025, 6, 17) << text;
        QTest::newRow("a since in a later clause dates that clause only")
            << QStringLiteral("Its hospital treated 179 wounded people, the largest number since the hospital opened in May 2024.")
            << QStringLiteral("179") << QDate(2025, 6, 17) << QDate(2025, 6, 17) << publication;
        QTest::newRow("a date of the figure's own clause before one of another")
            << QStringLiteral("The staff reported on June 16 that Russia has lost 984,200 troops since February 24, 2022, including 1,210 in the past 24 hours.")
            << QStringLiteral("1,210") << QDate(2025, 6, 16) << QDate(2025, 6, 17) << text;
        QTest::newRow("the day it happened before the day it was told")
            << QStringLiteral("A milblogger claimed on June 16 that troops captured 15 servicemen near Kupyansk on June 15.")
            << QStringLiteral("15") << QDate(2025, 6, 15) << QDate(2025, 6, 15) << text;
        QTest::newRow("a date after a contrasted figure is that figure's")
            << QStringLiteral("Russia is producing about 2,700 drones a month, up from around 300 a month in May 2024.")
            << QStringLiteral("2,700") << QDate(2025, 6, 17) << QDate(2025, 6, 17) << publication;
        QTest::newRow("the contrasted figure keeps its date")
            << QStringLiteral("Russia is producing about 2,700 drones a month, up from around 300 a month in May 2024.")
            << QStringLiteral("300") << QDate(2024, 5, 1) << QDate(2024, 5, 31) << text;
        QTest::newRow("a plan is dated when it is told")
            << QStringLiteral("Around 900 British troops will deploy to Estonia next month.") << QStringLiteral("900")
            << QDate(2025, 6, 17) << QDate(2025, 6, 17) << publication;
        QTest::newRow("the span of a comparison is not the figure's")
            << QStringLiteral("Drones hit Kyiv on Monday, killing at least 9 people in one of the deadliest attacks this year.")
            << QStringLiteral("9") << QDate(2025, 6, 16) << QDate(2025, 6, 16) << text;
        QTest::newRow("a figure compared with a running total is not part of it")
            << QStringLiteral("Troops have gained roughly 507 square kilometers in May so far, compared with 379 square kilometers in April.")
            << QStringLiteral("379 square kilometers") << QDate(2025, 4, 1) << QDate(2025, 4, 30) << text;
        QTest::newRow("a figure given with a running total shares its days")
            << QStringLiteral("The toll from the quake on Friday has risen to 3,085, officials said on Monday, with 4,715 injured.")
            << QStringLiteral("4,715") << QDate(2025, 6, 13) << QDate(2025, 6, 16) << text;
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
        QTest::newRow("a fresh toll counts up to when it is told")
            << QStringLiteral("Fighters killed 27 civilians on Sunday, residents told Reuters on Tuesday.")
            << QStringLiteral("27") << QDate(2025, 6, 15) << QDate(2025, 6, 17) << text;
        QTest::newRow("a fresh toll told in the present counts up to publication")
            << QStringLiteral("Officials say 27 people were killed in the quake that struck on Sunday.")
            << QStringLiteral("27") << QDate(2025, 6, 15) << QDate(2025, 6, 17) << text;
        QTest::newRow("… but not one told in the past without a day")
            << QStringLiteral("Officials said 27 people were killed in the quake that struck on Sunday.")
            << QStringLiteral("27") << QDate(2025, 6, 15) << QDate(2025, 6, 15) << text;
        QTest::newRow("an old toll is the day it happened")
            << QStringLiteral("Fighters killed 27 civilians on 1 June, the ministry said on Tuesday.")
            << QStringLiteral("27") << QDate(2025, 6, 1) << QDate(2025, 6, 1) << text;
        QTest::newRow("a capture is the day it happened")
            << QStringLiteral("A milblogger claimed on June 16 that Russian forces captured 27 servicemen on June 14.")
            << QStringLiteral("27") << QDate(2025, 6, 14) << QDate(2025, 6, 14) << text;
        QTest::newRow("a report's day is when it was said")
            << QStringLiteral("The commission said in a report last month that at least 27 civilians were killed between January and March.")
            << QStringLiteral("27") << QDate(2025, 1, 1) << QDate(2025, 3, 31) << text;
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

    // "The ministry said on Sunday that … . It put the number of wounded at 27.": a sentence that
    // goes on with the last speaker, with no date of its own, holds on the day that speaker spoke.
    void asOf_continuingSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("source");
        const int text = int(AsOfSource::Text), publication = int(AsOfSource::Publication);
        QTest::newRow("it, after a dated statement")
            << QStringLiteral("The ministry said on Sunday that the strikes hit homes. It put the number of wounded at 27.")
            << QDate(2025, 6, 15) << QDate(2025, 6, 15) << text;
        QTest::newRow("the agency, in the next paragraph")
            << QStringLiteral("Floods hit the north, the disaster agency said on Monday.\n\nThe agency said 27 people were injured.")
            << QDate(2025, 6, 16) << QDate(2025, 6, 16) << text;
        QTest::newRow("he, after a stretch the speaker opened")
            << QStringLiteral("“We have buried 289 people since Friday,” said the coordinator. He said 27 more had been wounded.")
            << QDate(2025, 6, 13) << QDate(2025, 6, 17) << text;
        QTest::newRow("a new speaker is not a continuation")
            << QStringLiteral("The ministry said on Sunday that the strikes hit homes. Doctors said 27 people were injured.")
            << QDate(2025, 6, 17) << QDate(2025, 6, 17) << publication;
        QTest::newRow("a rate goes on with the day of the statement the lede reports, not a stretch")
            << QStringLiteral("Soldiers are paid well, the institute said on Sunday. According to its report, shipments have run since March 2024. The institute estimated that each soldier is paid 27 dollars a month.")
            << QDate(2025, 6, 15) << QDate(2025, 6, 15) << text;
        QTest::newRow("a running count in the perfect runs from the sentence before to publication")
            << QStringLiteral("The strikes hit homes on Sunday. It said 27 people have been injured so far.")
            << QDate(2025, 6, 15) << QDate(2025, 6, 17) << text;
        QTest::newRow("a toll in reported speech counts from the stretch the sentence before opens")
            << QStringLiteral("The office said on Monday that 24 people had been killed since Friday. The service said it had treated 27 people for injuries.")
            << QDate(2025, 6, 13) << QDate(2025, 6, 16) << text;
        QTest::newRow("… up to its own statement day")
            << QStringLiteral("The ministry said on Sunday that 224 people had been killed since Friday. A spokesman said later on Sunday that 27 people had been wounded.")
            << QDate(2025, 6, 13) << QDate(2025, 6, 15) << text;
        QTest::newRow("a count that is no toll holds on its statement day")
            << QStringLiteral("The protests began on Friday. The minister said on Monday that 27 soldiers had been deployed.")
            << QDate(2025, 6, 16) << QDate(2025, 6, 16) << text;
        QTest::newRow("a toll in the simple past happened when the sentence before says")
            << QStringLiteral("The quake struck on Sunday. In the capital, 27 people were killed when a tower fell.")
            << QDate(2025, 6, 15) << QDate(2025, 6, 15) << text;
        QTest::newRow("who the dead included is told of what the sentence before says happened")
            << QStringLiteral("Gunmen stormed the village on Friday, the governor said. He said the dead included 27 soldiers.")
            << QDate(2025, 6, 13) << QDate(2025, 6, 13) << text;
        QTest::newRow("a toll in the perfect counts from when the sentence before says it began")
            << QStringLiteral("Fighters stormed the camp on Friday. The assault has killed 27 people, the UN said on Sunday.")
            << QDate(2025, 6, 13) << QDate(2025, 6, 15) << text;
        QTest::newRow("a toll in the simple past after a statement's day happened when the story began")
            << QStringLiteral("The quake struck on Sunday. Officials said on Monday that roads were shut. In the capital, 27 people were killed.")
            << QDate(2025, 6, 15) << QDate(2025, 6, 15) << text;
        QTest::newRow("a witness's count of the dead is of when the story began")
            << QStringLiteral("Gunmen stormed the village on Friday. Officials said on Monday that roads were shut. A resident counted 27 bodies on his street.")
            << QDate(2025, 6, 13) << QDate(2025, 6, 13) << text;
        QTest::newRow("a statement's day does not date a toll in the simple past")
            << QStringLiteral("Officials said on Sunday that roads were shut. In the capital, 27 people were killed.")
            << QDate(2025, 6, 17) << QDate(2025, 6, 17) << publication;
    }

    // "…, according to Herman Smetanin. That is up from 50,000, he said in an interview last week."
    void asOf_dayGivenByTheNextSentence()
    {
        static const TemporalTagger tagger;
        const QString text = u"Makers build 27 drones a month, according to the head of the firm. That is up from 10, he said in an interview on Sunday."_qs;
        Article article = articlePublished(QDate(2025, 6, 17));
        article.span = {0, text.size()};
        SentenceContext ctx;
        ctx.text = text;
        ctx.span = {0, text.indexOf(u". "_qs) + 1};
        ctx.article = &article;
        ctx.dates = tagger.tag(text, ctx.span, article.published);
        const qsizetype at = text.indexOf(u"27"_qs);
        const AsOf a = asOfFor(ctx, {at, at + 2});
        QCOMPARE(a.interval, DayInterval::day(QDate(2025, 6, 15)));
        QCOMPARE(a.source, AsOfSource::Text);
        // A next sentence with a new speaker says nothing of this one's day.
        const QString other = u"Makers build 27 drones a month, according to the head of the firm. Analysts said on Sunday that is too few."_qs;
        ctx.text = other;
        article.span = {0, other.size()};
        const AsOf b = asOfFor(ctx, {at, at + 2});
        QCOMPARE(b.source, AsOfSource::Publication);
    }

    void asOf_continuingSentence()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, source);
        static const TemporalTagger tagger;
        Article article = articlePublished(QDate(2025, 6, 17));
        article.span = {0, text.size()};
        SentenceContext ctx;
        ctx.text = text;
        const qsizetype start = std::max(text.lastIndexOf(u". "_qs) + 2, text.lastIndexOf(u'\n') + 1);
        ctx.span = {start, text.size()};
        ctx.article = &article;
        ctx.dates = tagger.tag(text, ctx.span, article.published);
        const qsizetype at = text.indexOf(u"27"_qs, start);
        const AsOf a = asOfFor(ctx, {at, at + 2});
        QCOMPARE(a.interval, DayInterval(first, last));
        QCOMPARE(int(a.source), source);
    }

    // "The death toll has risen to 63, officials said Tuesday. Gunmen stormed the village late
    // Friday.": a lede's toll counts from the day the article's story began, when that is recent.
    void asOf_tollOfTheStory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("recent event after the lede")
            << QStringLiteral("The death toll has risen to 27, officials said Tuesday.\n\nGunmen stormed the village late Friday.")
            << QDate(2025, 6, 13) << QDate(2025, 6, 17);
        QTest::newRow("undated toll in the perfect")
            << QStringLiteral("Officials said 27 people had been killed.\n\nThe quake struck on Sunday.") << QDate(2025, 6, 15)
            << QDate(2025, 6, 17);
        QTest::newRow("a headline's toll counts from its lede's story")
            << QStringLiteral("Death toll passes 27\n\nBy A Reporter\n\nThe quake struck on Sunday, the army said on Tuesday.")
            << QDate(2025, 6, 15) << QDate(2025, 6, 17);
        QTest::newRow("an old beginning is background, not the story")
            << QStringLiteral("The death toll has risen to 27, officials said Tuesday.\n\nThe conflict began in March 2019.")
            << QDate(2025, 6, 17) << QDate(2025, 6, 17);
        QTest::newRow("a statement day is not when the story began")
            << QStringLiteral("The death toll has risen to 27, officials said Tuesday.\n\nThe army said on Saturday it was ready.")
            << QDate(2025, 6, 17) << QDate(2025, 6, 17);
    }

    void asOf_tollOfTheStory()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        static const TemporalTagger tagger;
        Article article = articlePublished(QDate(2025, 6, 17));
        article.span = {0, text.size()};
        SentenceContext ctx;
        ctx.text = text;
        ctx.span = {0, text.indexOf(u'\n')};
        ctx.isHeadline = text.startsWith(u"Death toll"_qs);
        ctx.article = &article;
        ctx.dates = tagger.tag(text, ctx.span, article.published);
        const qsizetype at = text.indexOf(u"27"_qs);
        QCOMPARE(asOfFor(ctx, {at, at + 2}).interval, DayInterval(first, last));
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
