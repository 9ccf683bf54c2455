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

const QString kOW = u"killed_or_wounded"_qs;
const QString kTroops = u"North Korean troops"_qs;

} // namespace

Q_DECLARE_METATYPE(QList<Spec>)

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
