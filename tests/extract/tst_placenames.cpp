// PlaceNames: which countries a text names, as news writes them.
#include "extract/PlaceNames.h"

#include <QTest>

using namespace claimline;

class PlaceNamesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("countries");
        const auto row = [](const char *name, const char16_t *text, QStringList countries) {
            QTest::newRow(name) << QString::fromUtf16(text) << countries;
        };
        row("possessive", u"Lebanon's health ministry said", {u"lebanon"_qs});
        row("curly possessive", u"Lebanon\u2019s health ministry said", {u"lebanon"_qs});
        row("demonym", u"killed in Israeli strikes", {u"israel"_qs});
        row("plural demonym", u"Afghans and Palestinians", {u"afghanistan"_qs, u"palestine"_qs});
        row("longest name first", u"South Sudanese troops crossed into Sudan", {u"south sudan"_qs, u"sudan"_qs});
        row("many words", u"in the Democratic Republic of the Congo's east", {u"democratic republic of the congo"_qs});
        row("dotted", u"U.S. officials and the U.K.", {u"united states"_qs, u"united kingdom"_qs});
        row("capitals-only name in capitals", u"the US and UK", {u"united states"_qs, u"united kingdom"_qs});
        row("capitals-only name otherwise", u"Us and them, said the bus driver to us", {});
        row("lowercase is not a name", u"a turkey and a chad of paper", {});
        row("hyphenated", u"Guinea-Bissau's army and Guinea", {u"guinea-bissau"_qs, u"guinea"_qs});
        row("capital standing for a government", u"Moscow said on Monday", {u"russia"_qs});
        row("plural demonym, and a name containing another", u"Omanis and Romania", {u"oman"_qs, u"romania"_qs});
        row("not a prefix of a word", u"Irani Sudanesia", {});
        row("empty", u"", {});
    }

    void countries()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, countries);
        const PlaceNames &names = PlaceNames::instance();
        std::vector<int> ids;
        names.collect(text, ids);
        QStringList found;
        for (int id : ids)
            found.append(names.keyOf(id));
        QCOMPARE(found, countries);
    }

    void lexiconGiven()
    {
        const PlaceNames names({{u"atlantis"_qs, {u"Atlantis"_qs, u"Atlantean"_qs, u"ATL"_qs}}});
        std::vector<int> ids;
        names.collect(u"Atlanteans met the ATL envoy; Atl and atlantis did not.", ids);
        QCOMPARE(ids, (std::vector<int>{0, 0}));
    }
};

QTEST_GUILESS_MAIN(PlaceNamesTest)
#include "tst_placenames.moc"
