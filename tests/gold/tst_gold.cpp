// Scores the whole pipeline on seeds/ against tests/data/seeds.gold.json (a copy of
// ../shared/gold/seeds.gold.json) as SCHEMA.md describes. Thresholds only ever go up
// (started at F1 0.90, attribution 0.90, dating 0.85, events 0.75; raised as quality rose).
// Attribution and dating per collapsed key: right when any predicted claim of the key
// has a gold claimant of that key (after alias folding) / overlaps a gold as_of with IoU ≥ 0.5.
#include "GoldScorer.h"
#include "pipeline/JsonExport.h"
#include "pipeline/Pipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace claimline;

namespace Threshold {
constexpr double claimF1 = 0.95;
constexpr double attribution = 0.95;
constexpr double dating = 0.90;
constexpr double eventRecall = 0.90;
constexpr double spanExactness = 1.0;
} // namespace Threshold

class GoldTest : public QObject
{
    Q_OBJECT

private:
    GoldScores m_scores;

private Q_SLOTS:
    void initTestCase()
    {
        QFile goldFile(QStringLiteral(CLAIMLINE_TEST_DATA "/seeds.gold.json"));
        QVERIFY2(goldFile.open(QIODevice::ReadOnly), "tests/data/seeds.gold.json is missing");
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        QCOMPARE(gold.value(u"schema").toString(), QStringLiteral("claimline-gold/1"));

        const QString seeds = QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds");
        const Corpus corpus = Pipeline().run({seeds});
        QCOMPARE(corpus.checkConsistency(), QString());
        const QJsonObject predicted = corpusToJson(corpus);

        QHash<QString, QString> texts;
        for (const QFileInfo &info : QDir(seeds).entryInfoList(QDir::Files)) {
            QFile f(info.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            texts.insert(info.fileName(), QString::fromUtf8(f.readAll()));
        }
        m_scores = scoreAgainstGold(gold, predicted, texts);
        qInfo().noquote() << "\n" << m_scores.report();
    }

    void claimF1() { QVERIFY2(m_scores.f1() >= Threshold::claimF1, qPrintable(QString::number(m_scores.f1()))); }
    void attribution()
    {
        QVERIFY2(m_scores.attribution() >= Threshold::attribution, qPrintable(QString::number(m_scores.attribution())));
    }
    void dating() { QVERIFY2(m_scores.dating() >= Threshold::dating, qPrintable(QString::number(m_scores.dating()))); }
    void eventRecall()
    {
        QVERIFY2(m_scores.eventRecall() >= Threshold::eventRecall, qPrintable(QString::number(m_scores.eventRecall())));
    }
    void spansAreExact()
    {
        QVERIFY(m_scores.spansChecked > 0);
        QVERIFY2(m_scores.spanExactness() >= Threshold::spanExactness, qPrintable(m_scores.badSpans.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(GoldTest)
#include "tst_gold.moc"
