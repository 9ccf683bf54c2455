// SharedPassages: syndicated copy between two texts, found by word shingles.
#include "review/SharedPassages.h"

#include <QTest>

using namespace claimline;
using namespace claimline::ui;

namespace {
const QString kParagraph = QStringLiteral(
    "North Korean leader Kim Jong-un has pledged to send 6,000 military engineers and construction troops to "
    "Russia's Kursk region, according to Russian Security Council Secretary Sergei Shoigu.");
QString textOf(const QString &s, const TextSpan &span) { return s.mid(span.start, span.length()); }
} // namespace

class tst_shared_passages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsASharedParagraph_despiteApostrophesAndCase()
    {
        const QString a = QStringLiteral("LOS ANGELES — A report from the region.\n\n") + kParagraph
                          + QStringLiteral("\n\nAnalysts in Seoul were cautious about the numbers.");
        QString syndicated = kParagraph;
        syndicated.replace(QStringLiteral("Russia's"), QStringLiteral("Russia’s")).replace(QStringLiteral("North"), QStringLiteral("NORTH"));
        const QString b = QStringLiteral("Korea JoongAng Daily, June 17.\n\n") + syndicated
                          + QStringLiteral("\n\nThe ministry in Moscow did not comment.");
        const auto result = SharedPassages::find(a, b);
        QCOMPARE(result.inA.size(), 1);
        QCOMPARE(result.inB.size(), 1);
        QCOMPARE(textOf(a, result.inA.first()), kParagraph.chopped(1));   // words only: no final full stop
        QCOMPARE(textOf(b, result.inB.first()), syndicated.chopped(1));
        QCOMPARE(result.matches.size(), 1);
    }

    void findsNothingBetweenUnrelatedTexts()
    {
        const QString a = QStringLiteral("The central bank raised its key rate by half a point on Tuesday, citing "
                                         "stubborn inflation in services and a weak currency.");
        const QString b = QStringLiteral("Heavy rain flooded parts of the old town overnight, and the fire service "
                                         "said it had pumped water out of more than forty cellars.");
        const auto result = SharedPassages::find(a, b);
        QVERIFY(result.inA.isEmpty());
        QVERIFY(result.inB.isEmpty());
        QVERIFY(SharedPassages::find(a, QStringLiteral("the central bank raised")).inA.isEmpty());  // shorter than a shingle
        // A stock phrase of ten words is not a shared passage.
        const QString phrase = QStringLiteral("amid the ongoing Russian invasion of Ukraine, North Korea ");
        const QString pa = phrase + a, pb = phrase + b;
        const auto stock = SharedPassages::find(pa, pb);
        QVERIFY(stock.inA.isEmpty());
        QVERIFY(stock.matches.isEmpty());
    }

    void oneChangedWordKeepsOnePassage()
    {
        QString edited = kParagraph;
        edited.replace(QStringLiteral("construction"), QStringLiteral("building"));
        const auto result = SharedPassages::find(kParagraph, edited);
        QCOMPARE(result.inA.size(), 1);
        QCOMPARE(result.inA.first().start, 0);
        QCOMPARE(result.matches.size(), 2);   // two runs around the changed word, merged
    }

    void aRepeatedCaptionMatchesTwice()
    {
        const QString caption = QStringLiteral(
            "This photo, carried by North Korea's official Korean Central News Agency on June 5, shows the leader.");
        const QString a = QStringLiteral("Intro text here.\n") + caption + QStringLiteral("\nEnd.");
        const QString b = caption + QStringLiteral("\nThe talks lasted two days, officials said.\n")
                          + QString(caption).replace(u'\'', u'’') + QStringLiteral("\nOther words.");
        const auto result = SharedPassages::find(a, b);
        QCOMPARE(result.inA.size(), 1);
        QCOMPARE(result.inB.size(), 2);
    }
};

QTEST_APPLESS_MAIN(tst_shared_passages)
#include "tst_shared_passages.moc"
