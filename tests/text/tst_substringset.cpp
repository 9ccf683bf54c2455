// SubstringSet (text/SubstringSet.h) skips positions by their first and second characters;
// it must still find exactly what searching for every phrase finds.
#include "text/SubstringSet.h"

#include <QRandomGenerator>
#include <QTest>

using namespace claimline;

namespace {

QList<std::pair<qsizetype, qsizetype>> searchedOneByOne(const QStringList &phrases, const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    for (qsizetype at = 0; at < text.size(); ++at)
        for (const QString &p : phrases)
            if (!p.isEmpty() && QStringView(text).mid(at).startsWith(p))
                out.append({at, p.size()});
    return out;
}

} // namespace

class SubstringSetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatSearchingFinds()
    {
        // One-character phrases, shared first characters, non-ASCII starts, a phrase at the end.
        const QStringList phrases{u"to date"_qs, u"total"_qs, u"t"_qs, u"so far"_qs, u"in all"_qs, u"é"_qs,
                                  u"éclat"_qs, u"\u2014 in total"_qs, u"risen to"_qs};
        const SubstringSet set(phrases);
        QRandomGenerator random(20261123);
        const QStringList pieces{u"to"_qs, u" date"_qs, u"tal"_qs, u"so"_qs, u" far"_qs, u"é"_qs, u"clat"_qs, u"\u2014"_qs,
                                 u" in"_qs, u" all"_qs, u"risen"_qs, u" "_qs, u"x"_qs, u"t"_qs, u"o"_qs};
        for (int run = 0; run < 2000; ++run) {
            QString text;
            for (int k = int(random.bounded(12)); k > 0; --k)
                text += pieces.at(random.bounded(int(pieces.size())));
            QList<std::pair<qsizetype, qsizetype>> found;
            set.forEachIn(text, [&](qsizetype at, qsizetype length) { found.append({at, length}); });
            const auto expected = searchedOneByOne(phrases, text);
            QCOMPARE(found, expected);
            QCOMPARE(set.containedIn(text), !expected.isEmpty());
        }
    }
};

QTEST_APPLESS_MAIN(SubstringSetTest)
#include "tst_substringset.moc"
