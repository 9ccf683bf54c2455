#include "model/Corpus.h"
#include "model/DayInterval.h"
#include "model/Qualifier.h"
#include "text/CodePointIndex.h"

#include <QTest>

using namespace claimline;

class ModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayInterval_iouCountsDays_data()
    {
        QTest::addColumn<DayInterval>("a");
        QTest::addColumn<DayInterval>("b");
        QTest::addColumn<double>("iou");
        const DayInterval june = DayInterval::month(2024, 6);
        QTest::newRow("same") << june << june << 1.0;
        QTest::newRow("day inside month") << june << DayInterval::day(QDate(2024, 6, 19)) << 1.0 / 30.0;
        QTest::newRow("disjoint") << june << DayInterval::month(2024, 8) << 0.0;
        QTest::newRow("half") << DayInterval(QDate(2025, 1, 1), QDate(2025, 1, 10))
                              << DayInterval(QDate(2025, 1, 6), QDate(2025, 1, 15)) << 5.0 / 15.0;
        QTest::newRow("invalid") << june << DayInterval() << 0.0;
    }
    void dayInterval_iouCountsDays()
    {
        QFETCH(DayInterval, a);
        QFETCH(DayInterval, b);
        QFETCH(double, iou);
        QCOMPARE(a.iou(b), iou);
        QCOMPARE(b.iou(a), iou);
    }

    void dayInterval_monthAndYearBounds()
    {
        QCOMPARE(DayInterval::month(2024, 2).last, QDate(2024, 2, 29));
        QCOMPARE(DayInterval::year(2025).days(), 365);
    }

    void qualifier_namesRoundTrip()
    {
        for (Qualifier q : {Qualifier::Exact, Qualifier::Approx, Qualifier::AtLeast, Qualifier::MoreThan,
                            Qualifier::UpTo, Qualifier::Range})
            QCOMPARE(qualifierFromName(qualifierName(q)), q);
        QVERIFY(!qualifierFromName(QStringLiteral("roughly")));
    }

    void codePointIndex_countsSurrogatePairsOnce()
    {
        const QString text = QStringLiteral("a") + QString::fromUcs4(U"\U0001F50A") + QStringLiteral("bc");
        const CodePointIndex index(text);
        QCOMPARE(index.toCodePoint(0), 0);
        QCOMPARE(index.toCodePoint(1), 1);
        QCOMPARE(index.toCodePoint(3), 2); // after the emoji (two UTF-16 units)
        QCOMPARE(index.toCodePoint(5), 4);
    }

    void corpus_checkConsistency_findsBrokenReferences()
    {
        Corpus corpus;
        corpus.documents.append(Document{});
        corpus.documents[0].text = QStringLiteral("North Korea sent 3,000 troops.");
        Article article;
        article.id = QStringLiteral("a");
        article.documentIndex = 0;
        article.span = {0, 30};
        corpus.articles.append(article);
        Claim claim;
        claim.id = QStringLiteral("c");
        claim.documentIndex = 0;
        claim.articleIndex = 0;
        claim.quoteSpan = {0, 30};
        corpus.claims.append(claim);
        QCOMPARE(corpus.checkConsistency(), QString());
        QCOMPARE(corpus.quote(corpus.claims.at(0)), QStringView(corpus.documents[0].text));

        corpus.claims[0].quoteSpan.end = 99;
        QVERIFY(!corpus.checkConsistency().isEmpty());
        corpus.claims[0].quoteSpan.end = 30;
        corpus.claims[0].articleIndex = 3;
        QVERIFY(!corpus.checkConsistency().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ModelTest)
#include "tst_model.moc"
