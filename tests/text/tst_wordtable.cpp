// WordSet and WordLookup (text/WordTable.h): an open-addressing table must answer exactly
// as a std::map would, through growth, erasure and keys that differ in one unit.
#include "text/WordLookup.h"
#include "text/WordSet.h"

#include <QTest>
#include <map>

using namespace claimline;

class WordTableTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithAMapThroughGrowth()
    {
        WordLookup<int> lookup;
        std::map<QString, int> reference;
        // Words of every length around the hash's four-unit steps, with shared prefixes.
        for (int i = 0; i < 5000; ++i) {
            const QString word = QStringLiteral("w%1").arg(i * 7919 % 100003) + QString(i % 9, QChar(u'a' + i % 26));
            lookup.insert(word, i);
            reference[word] = i;
        }
        for (const auto &[word, value] : reference) {
            QVERIFY(lookup.find(word));
            QCOMPARE(*lookup.find(word), value);
        }
        QVERIFY(!lookup.find(u"w"));
        QVERIFY(!lookup.find(u""));
        QCOMPARE(lookup.value(u"absent", -1), -1);
    }

    void assignsAndDefaultConstructs()
    {
        WordLookup<QList<int>> byWord;
        byWord[u"troops"].append(1);
        byWord[u"troops"].append(2);
        byWord[u"troop"].append(3);
        QCOMPARE(byWord.value(u"troops"), (QList<int>{1, 2}));
        QCOMPARE(byWord.value(u"troop"), (QList<int>{3}));
        WordLookup<bool> flags; // not std::vector<bool>: find() hands out a pointer
        flags.insert(u"said", true);
        flags.insert(u"said", false);
        QVERIFY(flags.find(u"said"));
        QCOMPARE(*flags.find(u"said"), false);
    }

    void setsKeepExactUnits()
    {
        WordSet set(QSet<QString>{u"killed"_qs, u"kïlled"_qs, u"ki"_qs, u""_qs, u"wounded"_qs});
        QVERIFY(set.contains(u"killed"));
        QVERIFY(set.contains(u"kïlled"));
        QVERIFY(set.contains(u""));
        QVERIFY(!set.contains(u"Killed"));
        QVERIFY(!set.contains(u"kill"));
        set.remove(u"killed");
        QVERIFY(!set.contains(u"killed"));
        QVERIFY(set.contains(u"kïlled"));
        QVERIFY(set.contains(u"wounded"));
        QVERIFY(!WordSet().contains(u"anything"));
        QVERIFY(WordSet().isEmpty());
    }
};

QTEST_APPLESS_MAIN(WordTableTest)
#include "tst_wordtable.moc"
