// TopicClassifier: what a figure counts, read from the nouns and verbs of its clause.
#include "extract/FigureFinder.h"
#include "extract/PhraseMatcher.h"
#include "extract/TopicClassifier.h"

#include <QTest>

using namespace claimline;

namespace {

struct Reading
{
    QString sentence;
    SentenceContext ctx;
};

// A hand-built sentence context: the sentence is the whole text, no dates.
SentenceContext contextFor(const QString &text)
{
    SentenceContext ctx;
    ctx.text = text;
    ctx.span = {0, text.size()};
    ctx.figures = findFigures(text, ctx.span, {});
    return ctx;
}

int figureIndex(const SentenceContext &ctx, const QString &matched)
{
    for (int i = 0; i < ctx.figures.size(); ++i)
        if (ctx.text.mid(ctx.figures.at(i).span.start, ctx.figures.at(i).span.length()) == matched)
            return i;
    return -1;
}

} // namespace

class TopicClassifierTest : public QObject
{
    Q_OBJECT

private:
    TopicClassifier m_classifier;

private Q_SLOTS:
    // The classifier's lexicon lists share phrases ("killed" cues many rules): a phrase is
    // compared once per token, and found for every list that holds it.
    void phraseMatcher_findsAPhraseForEveryListHoldingIt()
    {
        const auto phrases = [](std::initializer_list<const char *> texts, bool folded) {
            QList<Phrase> out;
            for (const char *text : texts)
                out.append(Phrase::parse(QString::fromUtf8(text), folded));
            return out;
        };
        PhraseMatcher matcher;
        const int a = matcher.addList(phrases({"killed", "were killed"}, true));
        const int b = matcher.addList(phrases({"wounded", "killed"}, true));
        const int c = matcher.addList(phrases({"killed"}, false));
        const QString text = u"12 were killed and 5 wounded"_qs;
        const WordTokens t = tokenizeWords(text, {0, text.size()});
        const PhraseHits hits = matcher.hitsIn(t);
        QCOMPARE(hits.firstAt(a, 1, t.size()), 2); // "were killed"
        QCOMPARE(hits.firstAt(a, 1, 2), 0);        // … not when the limit cuts it
        QCOMPARE(hits.firstAt(a, 2, t.size()), 1); // "killed"
        QCOMPARE(hits.firstAt(b, 2, t.size()), 1);
        QCOMPARE(hits.firstAt(c, 2, t.size()), 1);
        QVERIFY(hits.anyIn(b, 5, 5));  // "wounded"
        QVERIFY(!hits.anyIn(a, 3, 5));
        QVERIFY(hits.endsAt(a, 2, 1)); // "were killed" ends at token 2
    }

    void classifies_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("figure");   // the figure's matched text
        QTest::addColumn<QString>("expected"); // "topic/measure value[-high]"

        auto row = [](const char *name, const char16_t *s, const char16_t *f, const char16_t *e) {
            QTest::newRow(name) << QString::fromUtf16(s) << QString::fromUtf16(f) << QString::fromUtf16(e);
        };
        // Head nouns.
        row("troops sent", u"The country sent an additional 3,000 soldiers to the front to replenish losses.", u"3,000", u"deployment/troops 3000");
        row("range of troops", u"It sent between 10,000 and 12,000 troops to the region last fall.", u"between 10,000 and 12,000", u"deployment/troops 10000-12000");
        row("sappers", u"The leader decided to send one thousand sappers for demining.", u"one thousand", u"deployment/engineers 1000");
        row("adjectives before the noun", u"Officials say 1,000 specialized deminers will go.", u"1,000", u"deployment/engineers 1000");
        row("military builders", u"It will send five thousand military builders to restore roads.", u"five thousand", u"deployment/builders 5000");
        row("construction workers", u"It agreed to provide 5,000 construction workers to rebuild the city.", u"5,000", u"deployment/builders 5000");
        row("workers who rebuild", u"He is sending 1,000 sappers and 5,000 workers to rebuild the region.", u"5,000", u"deployment/builders 5000");
        row("personnel sent", u"The government has committed 6,000 personnel to the region.", u"6,000", u"deployment/personnel 6000");
        row("people sent", u"Pyongyang is sending another 6,000 people to the border area.", u"6,000", u"deployment/personnel 6000");
        row("partitive", u"It will send at least 6,000 more of its military personnel abroad.", u"at least 6,000", u"deployment/personnel 6000");
        row("troops for reconstruction", u"The state will send 6,000 troops abroad for reconstruction.", u"6,000", u"deployment/personnel 6000");
        row("mixed nouns", u"He pledged 6,000 military engineers and construction troops to the area.", u"6,000", u"deployment/personnel 6000");
        row("N-strong", u"The 11,000-strong contingent arrived in autumn.", u"11,000-strong", u"deployment/troops 11000");
        row("ballistic missiles", u"It supplied at least 100 ballistic missiles in a year.", u"at least 100", u"munitions/ballistic_missiles 100");
        row("rounds of ammunition", u"The navy moved 9 mn rounds of ammunition since spring.", u"9 mn", u"munitions/artillery_rounds 9000000");
        row("artillery shells", u"It shipped approximately 9 million artillery shells and rockets.", u"approximately 9 million", u"munitions/artillery_rounds 9000000");
        row("shipments", u"The goods came in 49 separate shipments via cargo vessels.", u"49", u"munitions/shipments 49");
        row("area captured", u"The army captured 1,300 square kilometers (500 square miles) of land.", u"1,300 square kilometers (500 square miles)", u"territory/area_km2 1300");
        row("square miles seized", u"The army seized up to 500 square miles of soil.", u"up to 500 square miles", u"territory/area_km2 1295");
        row("drones per month", u"The plant makes 2,000 drones per month now.", u"2,000", u"production/drones_per_month 2000");
        row("monthly production from", u"It plans to boost its monthly drone production from 2,000 to 5,000 units.", u"2,000", u"production/drones_per_month 2000");
        row("monthly production to", u"It plans to boost its monthly drone production from 2,000 to 5,000 units.", u"5,000", u"production/drones_per_month 5000");
        row("payment per soldier", u"Moscow pays $2,000 monthly per deployed soldier.", u"$2,000", u"payment/usd_per_person_month 2000");
        row("payment for each soldier", u"The state would receive up to $2,000 for each soldier it deployed.", u"up to $2,000", u"payment/usd_per_person_month 2000");
        row("monthly total", u"This arrangement generates approximately $12 million monthly for the regime.", u"approximately $12 million", u"payment/usd_total_month 12000000");
        row("second trip", u"The visit marks his second trip to the capital in weeks.", u"second", u"diplomacy/visit_count 2");
        row("third meeting", u"It was the envoy's third meeting with the leader.", u"third", u"diplomacy/visit_count 3");
        row("visited for the second time", u"He visited the country for the second time in two weeks.", u"second", u"diplomacy/visit_count 2");
        row("visited three times", u"He has visited the capital three times in the last three months.", u"three times", u"diplomacy/visit_count 3");
        // Verbs and predicates that change the measure.
        row("troops lost", u"Over 6,000 troops from the army were lost during offensive operations.", u"Over 6,000", u"casualties/killed_or_wounded 6000");
        row("killed or wounded", u"Over 6,000 soldiers have been killed or wounded in the region.", u"Over 6,000", u"casualties/killed_or_wounded 6000");
        row("range killed or wounded", u"About 3,800 to 4,000 soldiers had been killed or wounded.", u"About 3,800 to 4,000", u"casualties/killed_or_wounded 3800-4000");
        row("unknown noun killed or wounded", u"Estimates say 6,000 North Koreans have already been killed or wounded.", u"6,000", u"casualties/killed_or_wounded 6000");
        row("suffered casualties", u"Earlier deployments where approximately 6,000 troops suffered casualties.", u"approximately 6,000", u"casualties/killed_or_wounded 6000");
        row("casualties noun", u"Officials reported 3,800-4,000 casualties.", u"3,800-4,000", u"casualties/killed_or_wounded 3800-4000");
        row("killed then wounded, killed", u"Intelligence said approximately 600 killed and 4,100 wounded.", u"approximately 600", u"casualties/killed 600");
        row("killed then wounded, wounded", u"Intelligence said approximately 600 killed and 4,100 wounded.", u"4,100", u"casualties/wounded 4100");
        row("civilians killed", u"At least 14 people were killed and 44 injured in overnight attacks.", u"At least 14", u"civilian_harm/killed 14");
        row("civilians injured", u"At least 14 people were killed and 44 injured in overnight attacks.", u"44", u"civilian_harm/injured 44");
        row("captured", u"Ukraine said 2 soldiers were captured near the border.", u"2", u"casualties/captured 2");
        row("share lost", u"More than half of an initial 11,000-strong contingent had been lost.", u"More than half", u"casualties/loss_share_percent 50");
        row("base of the share is a deployment", u"More than half of an initial 11,000-strong contingent had been lost.", u"11,000-strong", u"deployment/troops 11000");
        row("losses exceed", u"It amounted to 11,000 troops, making the losses exceed 50%.", u"exceed 50%", u"casualties/loss_share_percent 50");
        row("casualty rate", u"The casualty rate reportedly exceeds 20% among the units.", u"exceeds 20%", u"casualties/loss_share_percent 20");
        row("derived killed", u"Forces had suffered 4,000 casualties, with two-thirds of the losses being soldiers killed.", u"two-thirds", u"casualties/killed 2667");
        row("inherits the noun", u"It sent about 10,900 combat troops and an additional 3,000 later, bringing the total to around 14,000.", u"around 14,000", u"deployment/troops 14000");
        row("part counted under the verb before", u"Israeli strikes killed 27 people, including 11 children, medics said.", u"11", u"civilian_harm/killed 11");
        row("part counted under the verb after", u"At least 40 people were killed, including 9 women.", u"9", u"civilian_harm/killed 9");
        row("part among them", u"The quake injured 300 residents, among them 80 children.", u"80", u"civilian_harm/injured 80");
        row("part of a deployment", u"Moscow sent 6,000 troops, including 1,000 sappers.", u"1,000", u"deployment/engineers 1000");
        row("a list is no part", u"Officials said 12 shops reopened, including 4 bakeries.", u"4", u"none");
        row("disaster toll", u"The death toll from the earthquake has risen to 3,085.", u"3,085", u"civilian_harm/killed 3085");
        // Coordinated figures share their verbs; a new clause after "and" does not.
        row("verb after two coordinated figures, first", u"Officials said 15 soldiers and 14 civilians were killed in the clashes.", u"15", u"casualties/killed 15");
        row("verb after two coordinated figures, second", u"Officials said 15 soldiers and 14 civilians were killed in the clashes.", u"14", u"civilian_harm/killed 14");
        row("partitive first of coordinated figures", u"It said 11 of its soldiers and 40 civilians had been killed.", u"11", u"casualties/killed 11");
        row("verb before a list of figures", u"The strikes killed 3 soldiers, 4 fighters and 5 civilians overnight.", u"5", u"civilian_harm/killed 5");
        row("a new verb after and", u"Five days of fighting killed dozens and forced more than 260,000 people from their homes.", u"more than 260,000", u"none");
        row("and that opens a clause", u"It said 182 people had been injured and that between 150 and 200 people were still missing.", u"between 150 and 200", u"none");
        row("two verbs joined stay one group", u"Gunmen killed and robbed 20 villagers on the road.", u"20", u"civilian_harm/killed 20");
        row("the injured is an object", u"It deployed about 1,000 soldiers and dozens of helicopters to carry the injured to hospitals.", u"about 1,000", u"deployment/troops 1000");
        row("among the wounded is a predicate", u"Officials said 5 soldiers were among the wounded.", u"5", u"casualties/wounded 5");
        // A figure alone in a table cell counts what its column's header names.
        row("table header names the measure", u"| Country | Soldiers killed | Civilians injured |\n|---|---|---|\n| Thailand | 15 | 38 |\n", u"15", u"casualties/killed 15");
        row("table header names the people", u"| Country | Soldiers killed | Civilians injured |\n|---|---|---|\n| Thailand | 15 | 38 |\n", u"38", u"civilian_harm/injured 38");
        row("table without outer pipes or rule", u"Region | Civilians killed | Injured\nNorth | 39 | 71\nSouth | 17 | 28\n", u"17", u"civilian_harm/killed 17");
        row("table row label names the measure", u"| Unit | 2024 |\n|---|---|\n| Troops | 6,000 |\n", u"6,000", u"deployment/troops 6000");
        row("table header names nothing counted", u"| Region | Displaced |\n|---|---|\n| North | 6,000 |\n", u"6,000", u"none");
        // Counts of nothing in the vocabulary.
        row("journalists", u"The team has a core staff of 10 digital journalists.", u"10", u"none");
        row("times the wage", u"It pays nearly 100 times the average monthly wage.", u"nearly 100 times", u"none");
        row("one cup", u"For as little as the cost of one cup of coffee a month.", u"one", u"none");
        row("two countries", u"Talks between the two countries resumed.", u"two", u"none");
        row("two officials", u"The two officials discussed the partnership.", u"two", u"none");
        row("first time", u"They confirmed the deployment for the first time.", u"first", u"none");
        row("ordinal that is no visit", u"Shoigu, second from left, met Kim.", u"second", u"none");
        row("duration", u"Troops held ground for about eight months.", u"about eight", u"none");
        row("years", u"He oversaw the first two years of the war.", u"two", u"none");
        row("vehicle", u"A state confirmed the transfer of at least one Pantsir-class vehicle.", u"at least one", u"none");
        row("half without losses", u"Around half fired at the city malfunctioned.", u"Around half", u"none");
        row("money without a period", u"The deal is worth $500 million.", u"$500 million", u"none");
        row("area without territory", u"The park covers 30 sq km near the lake.", u"30 sq km", u"none");
        // Who a toll counts: a people or a demonym is civilian harm, a soldier word military.
        row("demonym killed", u"Troops opened fire, killing 31 Palestinians and wounding more than 170.", u"31", u"civilian_harm/killed 31");
        row("demonym wounded after it", u"Troops opened fire, killing 31 Palestinians and wounding more than 170.", u"more than 170", u"civilian_harm/injured 170");
        row("demonym before a people noun", u"At least 40 Sudanese civilians died in the shelling.", u"At least 40", u"civilian_harm/killed 40");
        row("demonym before a soldier noun stays military", u"About 30 North Korean troops were killed in Kursk.", u"About 30", u"casualties/killed 30");
        row("commanders are military", u"Its strikes had killed at least 20 senior Iranian commanders.", u"at least 20", u"casualties/killed 20");
        row("killed before a soldier noun", u"The army said it had killed 130 Fano fighters over the past week.", u"130", u"casualties/killed 130");
        row("noun in quotation marks", u"The army said it had killed 41 \"terrorists\" in the raid.", u"41", u"casualties/killed 41");
        row("bare toll is civilian harm", u"By evening, the death toll had risen to 35, the ministry said.", u"35", u"civilian_harm/killed 35");
        row("bare toll with soldiers stays military", u"The death toll among Russian soldiers rose to 350.", u"350", u"casualties/killed 350");
        row("number of wounded at", u"It put the number of wounded at 27.", u"27", u"civilian_harm/injured 27");
        row("treated for injuries", u"The service said it had treated 592 people for injuries.", u"592", u"civilian_harm/injured 592");
        row("wounded people received", u"The hospital had received more than 60 wounded people.", u"more than 60", u"civilian_harm/injured 60");
        row("gunshot wounds", u"It said more than 300 people had suffered gunshot wounds.", u"more than 300", u"civilian_harm/injured 300");
        row("disaster named in another clause", u"The toll from the quake has risen to 3,085, officials said, with 4,715 injured.", u"4,715", u"civilian_harm/injured 4715");
        row("burials count the dead", u"“We have buried 289 people since Friday,” he said.", u"289", u"civilian_harm/killed 289");
        row("area compared with a captured area", u"Troops have gained roughly 507 square kilometers in May, compared with 379 square kilometers in April.", u"379 square kilometers", u"territory/area_km2 379");
        row("area compared without territory", u"The fire burned 507 square kilometers, compared with 379 square kilometers last year.", u"379 square kilometers", u"none");
        row("for the second time, a visit named in another clause", u"He said he had met the Nato chief, Mark Rutte, in Brussels for the second time.", u"second", u"diplomacy/visit_count 2");
        row("a list of kinds of personnel is mixed", u"Some 18,000 soldiers, police officers and coast guard personnel had been deployed.", u"Some 18,000", u"deployment/personnel 18000");
        row("a comma after troops is no list", u"About 6,000 troops, officials said, were sent to the border.", u"About 6,000", u"deployment/troops 6000");
        // Prisoners: taken or held, never freed or exchanged.
        row("soldiers held", u"Russia still holds more than 8,000 Ukrainian soldiers.", u"more than 8,000", u"casualties/captured 8000");
        row("civilians held", u"At least 16,000 Ukrainian civilians were still being held in Russia.", u"At least 16,000", u"casualties/captured 16000");
        row("prisoners to be released are not captured", u"The deal to release 1,000 prisoners from each side was agreed.", u"1,000", u"none");
        row("prisoners freed are not captured", u"The two sides freed 390 prisoners each on Friday.", u"390", u"none");
        row("servicemen received in a swap are not troops", u"Ukraine received 270 servicemen freed in the swap.", u"270", u"none");
        // Production named earlier in the sentence.
        row("bare monthly figure in a drone sentence", u"It builds 2,700 drones a month, up from around 300 a month a year earlier.", u"around 300", u"production/drones_per_month 300");
        row("bare monthly figure without drones", u"Pay rose to 300 a month, up from 200 a month.", u"200", u"none");
    }

    void classifies()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, figure);
        QFETCH(QString, expected);
        const SentenceContext ctx = contextFor(sentence);
        const int index = figureIndex(ctx, figure);
        QVERIFY2(index >= 0, qPrintable(u"figure not found: "_qs + figure));
        const std::optional<TopicMatch> m = m_classifier.classify(ctx, index);
        QString got = u"none"_qs;
        if (m)
            got = m->topic + u'/' + m->measure + u' ' + QString::number(qRound64(m->low))
                  + (m->high ? u'-' + QString::number(qRound64(*m->high)) : QString());
        QCOMPARE(got, expected);
    }

    // A bare toll goes on with the article's last toll: soldiers after soldiers, else civilians.
    void bareTollFollowsTheArticlesLastToll_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("after a military toll")
            << u"Thirty soldiers were killed in the raid. A local official put the death toll at over 60."_qs
            << u"casualties/killed"_qs;
        QTest::newRow("after a civilian toll")
            << u"Thirty people were killed in the raid. A local official put the death toll at over 60."_qs
            << u"civilian_harm/killed"_qs;
        QTest::newRow("a bare wounded figure after a civilian toll")
            << u"Thirty people were killed in the camp. He said at least 150 more had been wounded."_qs
            << u"civilian_harm/injured"_qs;
        QTest::newRow("a bare wounded figure after a military toll")
            << u"Thirty soldiers were killed in the raid. He said at least 150 more had been wounded."_qs
            << u"casualties/wounded"_qs;
        QTest::newRow("a table's bare killed column after a civilian toll")
            << u"Thirty people were killed in the camp. Region | Killed\nNorth | 39\n"_qs
            << u"civilian_harm/killed"_qs;
        QTest::newRow("with no toll before")
            << u"The raid hit the camp at dawn. A local official put the death toll at over 60."_qs
            << u"civilian_harm/killed"_qs;
    }

    void bareTollFollowsTheArticlesLastToll()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Article article;
        article.span = {0, text.size()};
        const qsizetype split = text.indexOf(u". "_qs) + 2;
        SentenceContext first;
        first.text = text;
        first.article = &article;
        first.span = {0, split - 1};
        first.figures = findFigures(text, first.span, {});
        for (int i = 0; i < first.figures.size(); ++i)
            m_classifier.classify(first, i);
        SentenceContext second = first;
        second.span = {split, text.size()};
        second.figures = findFigures(text, second.span, {});
        QCOMPARE(second.figures.size(), 1);
        const std::optional<TopicMatch> m = m_classifier.classify(second, 0);
        QVERIFY(m);
        QCOMPARE(m->topic + u'/' + m->measure, expected);
    }

    void subjectNamesTheCountedThing()
    {
        const SentenceContext ctx = contextFor(u"Over 6,000 North Korean troops were killed or wounded."_qs);
        const std::optional<TopicMatch> m = m_classifier.classify(ctx, 0);
        QVERIFY(m);
        QCOMPARE(m->subject, u"North Korean troops"_qs);
        QCOMPARE(m->qualifier, Qualifier::MoreThan);
        QCOMPARE(m->unit, u"count"_qs);
    }

    void derivedShareIsApproximate()
    {
        const SentenceContext ctx = contextFor(u"They suffered 4,000 casualties, with two-thirds of the losses being soldiers killed."_qs);
        const std::optional<TopicMatch> m = m_classifier.classify(ctx, 1);
        QVERIFY(m);
        QCOMPARE(m->qualifier, Qualifier::Approx);
        QCOMPARE(m->unit, u"count"_qs);
    }

    void moneyIsInDollars()
    {
        const SentenceContext ctx = contextFor(u"Moscow pays €2,000 monthly per deployed soldier."_qs);
        QVERIFY2(!m_classifier.classify(ctx, 0), "no rate for EUR in the built-in lexicon: not a dollar claim");
    }

    void outOfRangeIndexIsNone()
    {
        const SentenceContext ctx = contextFor(u"6,000 troops"_qs);
        QVERIFY(!m_classifier.classify(ctx, 5));
        QVERIFY(!m_classifier.classify(ctx, -1));
    }
};

QTEST_GUILESS_MAIN(TopicClassifierTest)
#include "tst_topics.moc"
