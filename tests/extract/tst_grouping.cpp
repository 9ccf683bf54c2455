// groupClaims: which claims are compared with each other, and whether they agree.
#include "extract/ClaimGrouper.h"

#include <QTest>

using namespace claimline;

namespace {

struct Spec
{
    QString measure;
    double low;
    std::optional<double> high;
    Qualifier qualifier;
    DayInterval asOf;
    QString subject;
};

Corpus corpusOf(const QList<Spec> &specs)
{
    Corpus corpus;
    Document doc;
    doc.id = u"doc-1"_qs;
    doc.text = QString(200, u'x');
    corpus.documents.append(doc);
    Article article;
    article.id = u"doc-1-a"_qs;
    article.documentIndex = 0;
    article.span = {0, 200};
    corpus.articles.append(article);
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const Spec &s = specs.at(i);
        Claim c;
        c.id = u"c%1"_qs.arg(i);
        c.documentIndex = 0;
        c.articleIndex = 0;
        c.quoteSpan = {i, i + 10};
        c.topic = u"casualties"_qs;
        c.measure = s.measure;
        c.low = s.low;
        c.high = s.high;
        c.qualifier = s.qualifier;
        c.asOf = s.asOf;
        c.subject = s.subject;
        corpus.claims.append(c);
    }
    return corpus;
}

DayInterval june(int d) { return DayInterval::day(QDate(2025, 6, d)); }

// A claim in an article of its own: the article's lead, then the claim's sentence.
struct StoryClaim
{
    QString lead, sentence, subject, claimant;
    double low;
};

Corpus storyCorpus(const QList<StoryClaim> &specs)
{
    Corpus corpus;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const StoryClaim &s = specs.at(i);
        Document doc;
        doc.id = u"doc-%1"_qs.arg(i);
        doc.text = s.lead + u"\n\n"_qs + s.sentence;
        corpus.documents.append(doc);
        Article article;
        article.id = doc.id + u"-a"_qs;
        article.documentIndex = int(i);
        article.span = {0, doc.text.size()};
        corpus.articles.append(article);
        Claim c;
        c.id = u"c%1"_qs.arg(i);
        c.documentIndex = c.articleIndex = int(i);
        c.quoteSpan = {doc.text.size() - s.sentence.size(), doc.text.size()};
        c.figureSpan = c.quoteSpan;
        c.topic = u"civilian_harm"_qs;
        c.measure = u"killed"_qs;
        c.low = s.low;
        c.asOf = june(15);
        c.subject = s.subject;
        c.claimant = s.claimant;
        corpus.claims.append(c);
    }
    return corpus;
}

const QString kOW = u"killed_or_wounded"_qs;
const QString kTroops = u"North Korean troops"_qs;

} // namespace

Q_DECLARE_METATYPE(QList<Spec>)
Q_DECLARE_METATYPE(QList<StoryClaim>)

class GroupingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreement_data()
    {
        QTest::addColumn<QList<Spec>>("claims");
        QTest::addColumn<bool>("disagreeing");
        QTest::addColumn<double>("minValue");
        QTest::addColumn<double>("maxValue");

        QTest::newRow("more than and about the same figure agree")
            << QList<Spec>{{kOW, 6000, {}, Qualifier::MoreThan, june(15), kTroops},
                           {kOW, 6000, {}, Qualifier::Approx, june(17), kTroops}}
            << false << 6000.0 << 6000.0;
        QTest::newRow("within five percent agree")
            << QList<Spec>{{kOW, 4000, {}, Qualifier::Exact, june(15), kTroops},
                           {kOW, 4150, {}, Qualifier::Approx, june(16), kTroops}}
            << false << 4000.0 << 4150.0;
        QTest::newRow("range overlapping a figure agrees")
            << QList<Spec>{{kOW, 3800, 4000.0, Qualifier::Range, june(15), kTroops},
                           {kOW, 4000, {}, Qualifier::Exact, june(15), kTroops}}
            << false << 3800.0 << 4000.0;
        QTest::newRow("double disagrees")
            << QList<Spec>{{kOW, 6000, {}, Qualifier::Exact, june(15), kTroops},
                           {kOW, 12000, {}, Qualifier::Exact, june(15), kTroops}}
            << true << 6000.0 << 12000.0;
        QTest::newRow("undated claim joins by measure and disagrees")
            << QList<Spec>{{kOW, 3800, 4000.0, Qualifier::Range, june(15), kTroops},
                           {kOW, 6000, {}, Qualifier::MoreThan, DayInterval(), QString()}}
            << true << 3800.0 << 6000.0;
    }

    void agreement()
    {
        QFETCH(QList<Spec>, claims);
        QFETCH(bool, disagreeing);
        QFETCH(double, minValue);
        QFETCH(double, maxValue);
        Corpus corpus = corpusOf(claims);
        groupClaims(corpus);
        QCOMPARE(corpus.checkConsistency(), QString());
        QCOMPARE(corpus.groups.size(), 1);
        const ClaimGroup &g = corpus.groups.first();
        QCOMPARE(g.claimIndexes.size(), claims.size());
        QCOMPARE(g.disagreeing, disagreeing);
        QCOMPARE(g.minValue, minValue);
        QCOMPARE(g.maxValue, maxValue);
        QCOMPARE(g.label, u"casualties — killed or wounded"_qs);
        QCOMPARE(g.id, u"grp-1"_qs);
    }

    void separation_data()
    {
        QTest::addColumn<QList<Spec>>("claims");
        QTest::addColumn<int>("groups");
        QTest::newRow("different measures")
            << QList<Spec>{{kOW, 6000, {}, Qualifier::Exact, june(15), kTroops},
                           {u"killed"_qs, 600, {}, Qualifier::Exact, june(15), kTroops}}
            << 2;
        QTest::newRow("dates that do not overlap")
            << QList<Spec>{{kOW, 6000, {}, Qualifier::Exact, june(15), kTroops},
                           {kOW, 100, {}, Qualifier::Exact, DayInterval::year(2022), kTroops}}
            << 2;
        QTest::newRow("subjects about different parties")
            << QList<Spec>{{kOW, 6000, {}, Qualifier::Exact, june(15), u"North Korean troops"_qs},
                           {kOW, 40000, {}, Qualifier::Exact, june(15), u"Russian soldiers"_qs}}
            << 2;
        QTest::newRow("same figure worded differently")
            << QList<Spec>{{kOW, 1000, {}, Qualifier::Exact, june(15), u"sappers"_qs},
                           {kOW, 1000, {}, Qualifier::Exact, june(15), u"North Korean engineers"_qs}}
            << 1;
    }

    void separation()
    {
        QFETCH(QList<Spec>, claims);
        QFETCH(int, groups);
        Corpus corpus = corpusOf(claims);
        groupClaims(corpus);
        QCOMPARE(corpus.checkConsistency(), QString());
        QCOMPARE(corpus.groups.size(), groups);
        for (const Claim &c : corpus.claims)
            QVERIFY(c.groupIndex >= 0);
    }

    void kindsOfPeople_data()
    {
        QTest::addColumn<QList<Spec>>("claims");
        QTest::addColumn<int>("groups");
        QTest::newRow("militants and soldiers")
            << QList<Spec>{{kOW, 60, {}, Qualifier::Exact, june(15), u"militants"_qs},
                           {kOW, 7, {}, Qualifier::Exact, june(15), u"soldiers"_qs}}
            << 2;
        QTest::newRow("troops and soldiers")
            << QList<Spec>{{kOW, 60, {}, Qualifier::Exact, june(15), u"troops"_qs},
                           {kOW, 70, {}, Qualifier::Exact, june(15), u"soldiers"_qs}}
            << 1;
        QTest::newRow("people and civilians")
            << QList<Spec>{{kOW, 224, {}, Qualifier::Exact, june(15), u"people"_qs},
                           {kOW, 230, {}, Qualifier::Exact, june(15), u"civilians"_qs}}
            << 1;
        QTest::newRow("people and children, a part of them")
            << QList<Spec>{{kOW, 12, {}, Qualifier::Exact, june(15), u"people"_qs},
                           {kOW, 3, {}, Qualifier::Exact, june(15), u"children"_qs}}
            << 2;
        QTest::newRow("aid workers and medics")
            << QList<Spec>{{kOW, 12, {}, Qualifier::Exact, june(15), u"aid workers"_qs},
                           {kOW, 13, {}, Qualifier::Exact, june(15), u"medics"_qs}}
            << 1;
    }

    void kindsOfPeople() { separation(); }

    void figuresOfOneSentence_areDifferentFigures()
    {
        Corpus corpus = corpusOf({{kOW, 12, {}, Qualifier::Exact, june(15), QString()},
                                  {kOW, 30, {}, Qualifier::Exact, june(15), QString()}});
        corpus.claims[1].quoteSpan = corpus.claims[0].quoteSpan;
        groupClaims(corpus);
        QCOMPARE(corpus.groups.size(), 2);
    }

    void stories_data()
    {
        QTest::addColumn<QList<StoryClaim>>("claims");
        QTest::addColumn<int>("groups");
        QTest::newRow("tolls of two countries' stories")
            << QList<StoryClaim>{{u"Israeli strikes on Lebanon kill dozens"_qs,
                                  u"Lebanon's health ministry said 4,000 people had been killed."_qs, u"people"_qs,
                                  u"Lebanon's health ministry"_qs, 4000},
                                 {u"Insurgents attack villages in northern Mozambique"_qs,
                                  u"A civil society group said 110 people had been killed."_qs, u"people"_qs,
                                  u"civil society group"_qs, 110}}
            << 2;
        QTest::newRow("a sentence naming the other side stays in its story")
            << QList<StoryClaim>{{u"North Korean troops in Russia's Kursk region"_qs,
                                  u"Over 6,000 troops were lost against Ukrainian forces, the British ministry said."_qs,
                                  u"troops"_qs, u"UK Ministry of Defence"_qs, 6000},
                                 {u"North Korea sends more troops to Russia"_qs,
                                  u"Seoul said 4,000 North Korean soldiers had been killed or wounded."_qs,
                                  u"North Korean soldiers"_qs, u"South Korea"_qs, 4000}}
            << 1;
        QTest::newRow("a story naming no country is compared with any")
            << QList<StoryClaim>{{u"Flooding in the river delta"_qs, u"Officials said 40 people died."_qs,
                                  u"people"_qs, u"officials"_qs, 40},
                                 {u"Floods hit Pakistan's north"_qs, u"Officials said 55 people died."_qs,
                                  u"people"_qs, u"officials"_qs, 55}}
            << 1;
    }

    void stories()
    {
        QFETCH(QList<StoryClaim>, claims);
        QFETCH(int, groups);
        Corpus corpus = storyCorpus(claims);
        QCOMPARE(corpus.checkConsistency(), QString());
        groupClaims(corpus);
        QCOMPARE(corpus.groups.size(), groups);
    }

    void regrouping_isDeterministic()
    {
        Corpus corpus = corpusOf({{kOW, 6000, {}, Qualifier::Exact, june(15), kTroops},
                                  {u"killed"_qs, 600, {}, Qualifier::Exact, june(15), kTroops},
                                  {kOW, 4000, {}, Qualifier::Exact, june(15), kTroops}});
        groupClaims(corpus);
        const QList<ClaimGroup> first = corpus.groups;
        groupClaims(corpus);
        QCOMPARE(corpus.groups.size(), first.size());
        for (qsizetype g = 0; g < first.size(); ++g) {
            QCOMPARE(corpus.groups.at(g).id, first.at(g).id);
            QCOMPARE(corpus.groups.at(g).claimIndexes, first.at(g).claimIndexes);
        }
        QCOMPARE(corpus.checkConsistency(), QString());
    }
};

QTEST_GUILESS_MAIN(GroupingTest)
#include "tst_grouping.moc"
