// WordSet and WordLookup (text/WordTable.h): an open-addressing table must answer exactly
// as a std::map would, through growth, erasure and keys that differ in one unit.
#include "text/Lowercase.h"
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

    // A tokenizer hashes a word while lower-casing it and asks with that hash: the answer
    // must be the table's own, for ASCII and non-ASCII words alike.
    void hashedWhileLowercasingFindsTheWord()
    {
        WordLookup<int, FnvWordHash> lookup;
        lookup.insert(u"said", 1);
        lookup.insert(u"ministère", 2);
        std::vector<char16_t> buffer;
        for (const auto &[word, value] : {std::pair{u"Said"_qs, 1}, std::pair{u"MINISTÈRE"_qs, 2}, std::pair{u"says"_qs, 0}}) {
            size_t length = 0;
            const uint64_t hash = lowercaseHashed(buffer, 0, word, &length);
            const QStringView lowered(buffer.data(), qsizetype(length));
            QCOMPARE(lowered, word.toLower());
            QCOMPARE(lookup.valueHashed(lowered, hash, 0), value);
        }
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
