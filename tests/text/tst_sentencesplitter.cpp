#include "text/SentenceSplitter.h"

#include <QTest>

using namespace claimline;

class SentenceSplitterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsLikeAReader_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QStringList>("sentences");

        QTest::newRow("two sentences") << u"Kim met Shoigu. They talked."_qs << QStringList{u"Kim met Shoigu."_qs, u"They talked."_qs};
        QTest::newRow("military title") << u"Gen. Kim Yong Bok spoke. He left."_qs
                                        << QStringList{u"Gen. Kim Yong Bok spoke."_qs, u"He left."_qs};
        QTest::newRow("ranks") << u"Lt. Col. Smith and Dr. Lee met Mr. Park."_qs
                               << QStringList{u"Lt. Col. Smith and Dr. Lee met Mr. Park."_qs};
        QTest::newRow("U.S. inside") << u"The U.S. State Department said so."_qs
                                     << QStringList{u"The U.S. State Department said so."_qs};
        QTest::newRow("U.S. at the end") << u"Troops left the U.S. The war went on."_qs
                                         << QStringList{u"Troops left the U.S."_qs, u"The war went on."_qs};
        QTest::newRow("month abbreviation") << u"It began on Jan. 5 and ended Aug. 9, 2024."_qs
                                            << QStringList{u"It began on Jan. 5 and ended Aug. 9, 2024."_qs};
        QTest::newRow("decimals") << u"Growth was 3.5 percent. Prices rose 0.2%."_qs
                                  << QStringList{u"Growth was 3.5 percent."_qs, u"Prices rose 0.2%."_qs};
        QTest::newRow("closing quote belongs to sentence")
            << u"“We will win.” Shoigu left."_qs << QStringList{u"“We will win.”"_qs, u"Shoigu left."_qs};
        QTest::newRow("question inside quote continues") << u"“Why?” he asked. Nobody knew."_qs
                                                         << QStringList{u"“Why?” he asked."_qs, u"Nobody knew."_qs};
        QTest::newRow("exclamation") << u"Stop! Now go."_qs << QStringList{u"Stop!"_qs, u"Now go."_qs};
        QTest::newRow("ellipsis then capital") << u"He paused... Then he spoke."_qs
                                               << QStringList{u"He paused..."_qs, u"Then he spoke."_qs};
        QTest::newRow("ellipsis mid sentence") << u"He paused… and spoke."_qs << QStringList{u"He paused… and spoke."_qs};
        QTest::newRow("initials") << u"J. R. R. Tolkien wrote it. It sold."_qs
                                  << QStringList{u"J. R. R. Tolkien wrote it."_qs, u"It sold."_qs};
        QTest::newRow("e.g. and i.e.") << u"Some states, e.g. Iran, i.e. allies, help."_qs
                                       << QStringList{u"Some states, e.g. Iran, i.e. allies, help."_qs};
        QTest::newRow("p.m. then starter") << u"It ended at 5 p.m. The talks resume."_qs
                                           << QStringList{u"It ended at 5 p.m."_qs, u"The talks resume."_qs};
        QTest::newRow("No. with number") << u"Resolution No. 2397 applies."_qs << QStringList{u"Resolution No. 2397 applies."_qs};
        QTest::newRow("newline ends a sentence") << u"A list item\nAnother one"_qs << QStringList{u"A list item"_qs, u"Another one"_qs};
        QTest::newRow("no final punctuation") << u"Heavy North Korean Casualties"_qs << QStringList{u"Heavy North Korean Casualties"_qs};
        QTest::newRow("lower case after period") << u"The U.S.-led group met. no break here."_qs
                                                 << QStringList{u"The U.S.-led group met. no break here."_qs};
        QTest::newRow("bracket after period") << u"(He left.) Then war."_qs << QStringList{u"(He left.)"_qs, u"Then war."_qs};
    }
    void splitsLikeAReader()
    {
        QFETCH(QString, paragraph);
        QFETCH(QStringList, sentences);
        const QString text = u"xx "_qs + paragraph + u" yy"_qs; // spans are absolute
        const TextSpan span{3, 3 + paragraph.size()};
        QStringList got;
        for (const TextSpan &s : splitSentences(text, span)) {
            QVERIFY(span.contains(s));
            got.append(text.mid(s.start, s.length()));
        }
        QCOMPARE(got, sentences);
    }

    void emptyParagraph_hasNoSentence()
    {
        QVERIFY(splitSentences(u"   "_qs, {0, 3}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SentenceSplitterTest)
#include "tst_sentencesplitter.moc"
