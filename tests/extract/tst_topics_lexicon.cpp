// An analyst adds a topic by editing JSON only: a topics.json in $CLAIMLINE_LEXICON_DIR is
// merged into the built-in lexicon. Its own binary, because loadLexicon caches per process.
#include "extract/FigureFinder.h"
#include "extract/TopicClassifier.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline;

class TopicLexiconTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"topics.json"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Rules are appended after the built-in ones; heads and cues are plain words.
        file.write(R"({"rules": [
            {"topic": "refugees", "measure": "displaced", "unit": "count", "kinds": ["count"],
             "heads": ["refugees", "displaced people"], "cues": ["fled", "displaced", "crossed"]}
        ]})");
        file.close();
        qputenv("CLAIMLINE_LEXICON_DIR", m_dir.path().toUtf8());
    }

    void newTopicFromJson_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refugees fled") << u"About 40,000 refugees fled across the border."_qs << u"refugees/displaced 40000"_qs;
        QTest::newRow("no cue") << u"The camp hosts 40,000 refugees."_qs << u"none"_qs;
        QTest::newRow("built-in topics still work") << u"It sent 3,000 troops."_qs << u"deployment/troops 3000"_qs;
    }

    void newTopicFromJson()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        SentenceContext ctx;
        ctx.text = sentence;
        ctx.span = {0, sentence.size()};
        ctx.figures = findFigures(sentence, ctx.span, {});
        QCOMPARE(ctx.figures.size(), 1);
        const std::optional<TopicMatch> m = TopicClassifier().classify(ctx, 0);
        QCOMPARE(m ? m->topic + u'/' + m->measure + u' ' + QString::number(m->low) : u"none"_qs, expected);
    }
};

QTEST_GUILESS_MAIN(TopicLexiconTest)
#include "tst_topics_lexicon.moc"
