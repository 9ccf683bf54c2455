// Scores the whole pipeline on the held-out dev set tests/data/dev/*.txt against
// tests/data/dev/dev.gold.json (hand annotations made before the pipeline ever read
// those files). The seeds measure fit; this set measures generalisation. Never copy
// its sentences or values into code or lexicons. Floors only ever go up.
#include "GoldScorer.h"
#include "pipeline/JsonExport.h"
#include "pipeline/Pipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace claimline;

namespace Floor {
constexpr double claimF1 = 0.78;
constexpr double attribution = 0.58;
constexpr double dating = 0.58;
constexpr double eventRecall = 0.83;
constexpr double spanExactness = 1.0;
} // namespace Floor

class DevSetTest : public QObject
{
    Q_OBJECT

private:
    GoldScores m_scores;

private Q_SLOTS:
    void initTestCase()
    {
        const QString dev = QStringLiteral(CLAIMLINE_TEST_DATA "/dev");
        QFile goldFile(dev + QStringLiteral("/dev.gold.json"));
        QVERIFY2(goldFile.open(QIODevice::ReadOnly), "tests/data/dev/dev.gold.json is missing");
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        QCOMPARE(gold.value(u"schema").toString(), QStringLiteral("claimline-gold/1"));

        QStringList files;
        QHash<QString, QString> texts;
        for (const QFileInfo &info : QDir(dev).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(info.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            texts.insert(info.fileName(), QString::fromUtf8(f.readAll()));
            files << info.filePath();
        }
        QVERIFY(files.size() >= 10);
        const Corpus corpus = Pipeline().run(files);
        QCOMPARE(corpus.checkConsistency(), QString());
        m_scores = scoreAgainstGold(gold, corpusToJson(corpus), texts);
        qInfo().noquote() << "\n" << m_scores.report();
    }

    void claimF1() { QVERIFY2(m_scores.f1() >= Floor::claimF1, qPrintable(QString::number(m_scores.f1()))); }
    void attribution()
    {
        QVERIFY2(m_scores.attribution() >= Floor::attribution, qPrintable(QString::number(m_scores.attribution())));
    }
    void dating() { QVERIFY2(m_scores.dating() >= Floor::dating, qPrintable(QString::number(m_scores.dating()))); }
    void eventRecall()
    {
        QVERIFY2(m_scores.eventRecall() >= Floor::eventRecall, qPrintable(QString::number(m_scores.eventRecall())));
    }
    void spansAreExact()
    {
        QVERIFY(m_scores.spansChecked > 0);
        QVERIFY2(m_scores.spanExactness() >= Floor::spanExactness, qPrintable(m_scores.badSpans.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(DevSetTest)
#include "tst_devset.moc"
