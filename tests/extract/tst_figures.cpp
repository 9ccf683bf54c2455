// findFigures: values, ranges, hedges, kinds and the numbers that are never figures.
#include "extract/FigureFinder.h"
#include "extract/PhraseTable.h"
#include "extract/SentenceContext.h"

#include <QTest>

using namespace claimline;

Q_DECLARE_METATYPE(Figure::Kind)
Q_DECLARE_METATYPE(Qualifier)

namespace {

QList<Figure> figuresIn(const QString &text) { return findFigures(text, {0, text.size()}, {}); }

} // namespace

class FigureFinderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsOneFigure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("matched");   // the figure's span
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");       // 0: no high
        QTest::addColumn<Qualifier>("qualifier");
        QTest::addColumn<Figure::Kind>("kind");

        using Q = Qualifier;
        using K = Figure::Kind;
        QTest::newRow("digits with separators") << u"sent 6,000 troops"_qs << u"6,000"_qs << 6000.0 << 0.0 << Q::Exact << K::Count;
        QTest::newRow("decimal") << u"a share of 84.1 points"_qs << u"84.1"_qs << 84.1 << 0.0 << Q::Exact << K::Count;
        QTest::newRow("number words") << u"send one thousand sappers"_qs << u"one thousand"_qs << 1000.0 << 0.0 << Q::Exact << K::Count;
        QTest::newRow("compound words") << u"two hundred and fifty guards"_qs << u"two hundred and fifty"_qs << 250.0 << 0.0 << Q::Exact << K::Count;
        QTest::newRow("a dozen") << u"a dozen drones"_qs << u"a dozen"_qs << 12.0 << 0.0 << Q::Exact << K::Count;
        QTest::newRow("scale word") << u"up to 9 million rounds"_qs << u"up to 9 million"_qs << 9e6 << 0.0 << Q::UpTo << K::Count;
        QTest::newRow("abbreviated scale") << u"with 9 mn rounds"_qs << u"9 mn"_qs << 9e6 << 0.0 << Q::Exact << K::Count;
        QTest::newRow("glued scale") << u"a 12bn deal"_qs << u"12bn"_qs << 12e9 << 0.0 << Q::Exact << K::Count;
        QTest::newRow("half a million") << u"half a million shells"_qs << u"half a million"_qs << 5e5 << 0.0 << Q::Exact << K::Count;
        QTest::newRow("range with to") << u"about 3,800 to 4,000 soldiers"_qs << u"about 3,800 to 4,000"_qs << 3800.0 << 4000.0 << Q::Range << K::Count;
        QTest::newRow("range with hyphen") << u"(3,800-4,000 casualties)"_qs << u"3,800-4,000"_qs << 3800.0 << 4000.0 << Q::Range << K::Count;
        QTest::newRow("range with en dash") << u"3,800–4,000 casualties"_qs << u"3,800–4,000"_qs << 3800.0 << 4000.0 << Q::Range << K::Count;
        QTest::newRow("between and") << u"sent between 10,000 and 12,000 troops"_qs << u"between 10,000 and 12,000"_qs << 10000.0 << 12000.0 << Q::Range << K::Count;
        QTest::newRow("scale shared by a range") << u"3 to 4 million shells"_qs << u"3 to 4 million"_qs << 3e6 << 4e6 << Q::Range << K::Count;
        QTest::newRow("more than half") << u"more than half of the contingent"_qs << u"more than half"_qs << 50.0 << 0.0 << Q::MoreThan << K::Percent;
        QTest::newRow("two-thirds") << u"two-thirds of the losses"_qs << u"two-thirds"_qs << 66.67 << 0.0 << Q::Exact << K::Percent;
        QTest::newRow("a third of") << u"a third of the force"_qs << u"a third"_qs << 33.33 << 0.0 << Q::Exact << K::Percent;
        QTest::newRow("percent sign") << u"the rate exceeds 20%"_qs << u"exceeds 20%"_qs << 20.0 << 0.0 << Q::MoreThan << K::Percent;
        QTest::newRow("percent word") << u"by 20 percent"_qs << u"20 percent"_qs << 20.0 << 0.0 << Q::Exact << K::Percent;
        QTest::newRow("dollars") << u"pays $2,000 monthly"_qs << u"$2,000"_qs << 2000.0 << 0.0 << Q::Exact << K::Money;
        QTest::newRow("dollars with scale") << u"approximately $12 million monthly"_qs << u"approximately $12 million"_qs << 12e6 << 0.0 << Q::Approx << K::Money;
        QTest::newRow("US dollars") << u"a fee of US$5"_qs << u"US$5"_qs << 5.0 << 0.0 << Q::Exact << K::Money;
        QTest::newRow("square kilometers") << u"captured 1,300 square kilometers"_qs << u"1,300 square kilometers"_qs << 1300.0 << 0.0 << Q::Exact << K::Area;
        QTest::newRow("square miles to km2") << u"seized up to 500 square miles"_qs << u"up to 500 square miles"_qs << 1294.995 << 0.0 << Q::UpTo << K::Area;
        QTest::newRow("sq km") << u"some 30 sq km of land"_qs << u"some 30 sq km"_qs << 30.0 << 0.0 << Q::Approx << K::Area;
        QTest::newRow("conversion in parentheses is one figure")
            << u"captured 1,300 square kilometers (500 square miles) of land"_qs
            << u"1,300 square kilometers (500 square miles)"_qs << 1300.0 << 0.0 << Q::Exact << K::Area;
        QTest::newRow("ordinal word") << u"his second trip"_qs << u"second"_qs << 2.0 << 0.0 << Q::Exact << K::Ordinal;
        QTest::newRow("ordinal digits") << u"the 3rd meeting"_qs << u"3rd"_qs << 3.0 << 0.0 << Q::Exact << K::Ordinal;
        QTest::newRow("times") << u"visited three times"_qs << u"three times"_qs << 3.0 << 0.0 << Q::Exact << K::Times;
        QTest::newRow("twice") << u"met twice"_qs << u"twice"_qs << 2.0 << 0.0 << Q::Exact << K::Times;
        QTest::newRow("N-strong") << u"an 11,000-strong contingent"_qs << u"11,000-strong"_qs << 11000.0 << 0.0 << Q::Exact << K::Count;
        QTest::newRow("tilde") << u"~500 drones"_qs << u"~500"_qs << 500.0 << 0.0 << Q::Approx << K::Count;
        QTest::newRow("greater-than sign") << u"2025>6,000 killed"_qs << u">6,000"_qs << 6000.0 << 0.0 << Q::MoreThan << K::Count;
        QTest::newRow("plus after") << u"6,000+ troops"_qs << u"6,000+"_qs << 6000.0 << 0.0 << Q::AtLeast << K::Count;
        QTest::newRow("or more") << u"6,000 or more troops"_qs << u"6,000 or more"_qs << 6000.0 << 0.0 << Q::AtLeast << K::Count;
        QTest::newRow("at least") << u"at least 100 missiles"_qs << u"at least 100"_qs << 100.0 << 0.0 << Q::AtLeast << K::Count;
        QTest::newRow("no fewer than") << u"no fewer than 7 ships"_qs << u"no fewer than 7"_qs << 7.0 << 0.0 << Q::AtLeast << K::Count;
        QTest::newRow("over") << u"over 6,000 troops"_qs << u"over 6,000"_qs << 6000.0 << 0.0 << Q::MoreThan << K::Count;
        QTest::newRow("as many as") << u"as many as 8 ships"_qs << u"as many as 8"_qs << 8.0 << 0.0 << Q::UpTo << K::Count;
        QTest::newRow("some") << u"some 12,000 troops"_qs << u"some 12,000"_qs << 12000.0 << 0.0 << Q::Approx << K::Count;
        QTest::newRow("an estimated") << u"an estimated 5,000 workers"_qs << u"an estimated 5,000"_qs << 5000.0 << 0.0 << Q::Approx << K::Count;
        QTest::newRow("nearly") << u"nearly 100 times the wage"_qs << u"nearly 100 times"_qs << 100.0 << 0.0 << Q::Approx << K::Times;
    }

    void findsOneFigure()
    {
        QFETCH(QString, text);
        QFETCH(QString, matched);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(Qualifier, qualifier);
        QFETCH(Figure::Kind, kind);
        const QList<Figure> figures = figuresIn(text);
        QCOMPARE(figures.size(), 1);
        const Figure &f = figures.first();
        QCOMPARE(text.mid(f.span.start, f.span.length()), matched);
        QVERIFY2(qAbs(f.low - low) < 0.01, qPrintable(QString::number(f.low)));
        QCOMPARE(f.high.has_value(), high != 0);
        if (f.high)
            QCOMPARE(*f.high, high);
        QCOMPARE(f.qualifier, qualifier);
        QCOMPARE(f.kind, kind);
        QVERIFY(f.span.contains(f.valueSpan));
    }

    void moneyCarriesItsCurrency()
    {
        const QList<Figure> figures = figuresIn(u"€3 million and $5"_qs);
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0).currency, u"EUR"_qs);
        QCOMPARE(figures.at(1).currency, u"USD"_qs);
    }

    void fromToIsTwoFigures()
    {
        const QString text = u"boost production from 2,000 to 5,000 units"_qs;
        const QList<Figure> figures = figuresIn(text);
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0).low, 2000.0);
        QCOMPARE(figures.at(1).low, 5000.0);
        QVERIFY(!figures.at(0).high && !figures.at(1).high);
    }

    void valueSpanCoversOnlyTheNumbers()
    {
        const QString text = u"about 3,800 to 4,000 soldiers"_qs;
        const Figure f = figuresIn(text).value(0);
        QCOMPARE(text.mid(f.valueSpan.start, f.valueSpan.length()), u"3,800 to 4,000"_qs);
    }

    void commaGroupsReadAsOneNumber()
    {
        for (const auto &[text, value] : {std::pair{u"1,234,567 people were displaced"_qs, 1234567.0},
                                          std::pair{u"some 12,000.5 tonnes of grain"_qs, 12000.5},
                                          std::pair{u"at least 999 people"_qs, 999.0}}) {
            const QList<Figure> figures = figuresIn(text);
            QVERIFY2(!figures.isEmpty(), qPrintable(text));
            QCOMPARE(figures.first().low, value);
        }
    }

    void neverAFigure_data()
    {
        QTest::addColumn<QString>("text");
        const char16_t *rows[][2] = {
            {u"designation", u"B-52 bombers and F-35 fighters"},
            {u"missile names", u"KN-23, Su-34, S-400, Pantsir-S1, MiG-29, HIMARS M142"},
            {u"resolution", u"under Resolution 2397 of the council"},
            {u"article and section", u"Article 4 and Section 8"},
            {u"number sign", u"see No. 5"},
            {u"phone", u"call 555-123-4567"},
            {u"clock", u"at 10:30 in the morning"},
            {u"temperature", u"84.1 F in Los Angeles"},
            {u"year", u"in 2024 and 1999"},
            {u"dates without tagger", u"on June 17 and 4 June"},
            {u"covid", u"COVID-19 measures"},
            {u"g7", u"the G7 summit"},
            {u"one of", u"one of Russia's partners"},
            {u"one another", u"aid to one another"},
            {u"no one", u"no one was hurt"},
            {u"vague plurals", u"thousands of troops and millions of shells, hundreds, dozens, tens of thousands"},
            {u"glued table cells", u"Late 2024-Early 20253,800-4,000 killed, April 2025600 killed"},
            {u"first half", u"the first half of"},
            {u"comma groups not of three", u"codes 1,00 and 12,3456 and 1234,567"},
            {u"five digits without commas", u"reference 12345 people"},
            {u"magnitude before", u"a magnitude 6.4 earthquake and a category 4 hurricane"},
            {u"magnitude hyphenated", u"the 7.7-magnitude quake"},
        };
        for (const auto &row : rows)
            QTest::newRow(QString::fromUtf16(row[0]).toUtf8().constData()) << QString::fromUtf16(row[1]);
    }

    void neverAFigure()
    {
        QFETCH(QString, text);
        const QList<Figure> figures = figuresIn(text);
        QStringList found;
        for (const Figure &f : figures)
            if (f.kind != Figure::Kind::Ordinal) // "first" in "first half" is an ordinal, never a count
                found << text.mid(f.span.start, f.span.length());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u" | ")));
    }

    void excludedSpansAreSkipped()
    {
        const QString text = u"On 17 June 2025, 3,000 troops arrived"_qs;
        const QList<Figure> figures = findFigures(text, {0, text.size()}, {TextSpan{3, 15}});
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().low, 3000.0);
    }

    // The grammar's phrase lists are indexed by first and last word; the answer must be what
    // a scan of the whole list, longest first, gives, wildcards included.
    void phraseTable_answersAsAScanWould()
    {
        const auto phrase = [](const char *text) { return Phrase::parse(QString::fromUtf8(text), false); };
        const PhraseTable<int> table({{phrase("more than"), 1},
                                      {phrase("no more than"), 2},
                                      {phrase("than"), 3},
                                      {phrase("* than"), 4},
                                      {phrase("up to"), 5}});
        const QString text = u"no more than 5 and fewer than 6 up to"_qs;
        const WordTokens t = tokenizeWords(text, {0, text.size()});
        const auto scanStart = [&](qsizetype at) -> int {
            for (const auto &[p, v] : table.entries())
                if (p.matchesAt(t, at, t.size()))
                    return v;
            return 0;
        };
        const auto scanEnd = [&](qsizetype end) -> int {
            for (const auto &[p, v] : table.entries())
                if (p.endsAt(t, end, 0))
                    return v;
            return 0;
        };
        for (qsizetype i = -1; i <= t.size() + 1; ++i) {
            const auto *s = table.startingAt(t, i);
            const auto *e = table.endingAt(t, i);
            QCOMPARE(s ? s->second : 0, scanStart(i));
            QCOMPARE(e ? e->second : 0, scanEnd(i));
        }
        QCOMPARE(table.endingAt(t, 3)->second, 2);  // "no more than": the longest ending there
        QCOMPARE(table.endingAt(t, 7)->second, 4);  // "fewer than": only the wildcard phrase
        QCOMPARE(table.startingAt(t, 8)->second, 5); // "up to"
    }

    // Tokens view one buffer of folded texts; words whose lowercase and key outgrow the room
    // planned for them ("İ" lowercases to two units) move it, and every view must follow.
    void wordTokens_foldedTextsSurviveABufferThatGrows()
    {
        QString text;
        for (int i = 0; i < 40; ++i)
            text += u"İİİies people\u2019s 1,200 "_qs;
        const WordTokens t = tokenizeWords(text, {0, text.size()});
        QCOMPARE(t.size(), 120);
        for (qsizetype k = 0; k < t.size(); k += 3) {
            QCOMPARE(t.at(k).lower, u"i\u0307i\u0307i\u0307ies"_qs);
            QCOMPARE(t.at(k).key, wordKey(t.at(k).lower));
            QCOMPARE(t.at(k).key, u"i\u0307i\u0307i\u0307y"_qs);
            QCOMPARE(t.at(k + 1).lower, u"people's"_qs); // typographic apostrophe folded
            QCOMPARE(t.at(k + 1).key, u"people"_qs);
            QCOMPARE(t.at(k + 2).type, WordToken::Type::Number);
            QCOMPARE(t.at(k + 2).lower, u"1,200"_qs);
        }
    }

    // The figure scanner and the topic classifier share a sentence's tokens through its
    // context; a context pointed at another sentence tokenizes that one.
    void sentenceContext_wordsFollowTheSpan()
    {
        const QString text = u"Intro here. Then 6,000 troops left."_qs;
        SentenceContext ctx;
        ctx.text = text;
        ctx.span = {0, 11};
        QCOMPARE(ctx.words().size(), 3);
        QCOMPARE(ctx.words().at(0).lower, u"intro"_qs);
        ctx.span = {12, text.size()};
        QCOMPARE(ctx.words().size(), 5);
        QCOMPARE(ctx.words().at(1).lower, u"6,000"_qs);
        QCOMPARE(findFigures(text, ctx.words(), {}).size(), 1);
    }

    void spansAreAbsoluteInsideTheSentence()
    {
        const QString text = u"Intro. Then 6,000 troops left."_qs;
        const QList<Figure> figures = findFigures(text, {7, text.size()}, {});
        QCOMPARE(figures.size(), 1);
        QCOMPARE(text.mid(figures.first().span.start, figures.first().span.length()), u"6,000"_qs);
    }
};

QTEST_GUILESS_MAIN(FigureFinderTest)
#include "tst_figures.moc"
