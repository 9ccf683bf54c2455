#include "ingest/ArticleSplitter.h"
#include "text/TextDecoder.h"
#include "text/Utf16.h"

#include <QFile>
#include <QTest>

using namespace claimline;

namespace {

QString at(const QString &text, const TextSpan &span)
{
    return text.mid(span.start, span.length());
}

QStringList titlesOf(const QString &text, const QList<ArticleLayout> &layouts)
{
    QStringList out;
    for (const ArticleLayout &a : layouts)
        out.append(at(text, a.titleSpan));
    return out;
}

const QString kBody1 = u"Officials said the talks in the capital ended on Monday without a deal.\n\n"
                       "The two sides agreed to meet again next month, a spokesman said.\n\n"
                       "Analysts expect no quick breakthrough in the dispute.\n\n"_qs;
const QString kBody2 = u"Heavy rain flooded the river valley overnight, the agency said.\n\n"
                       "Rescue teams evacuated hundreds of residents from their homes.\n\n"
                       "More rain is forecast for the rest of the week.\n\n"_qs;

} // namespace

class ArticleSplitterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAndFindsHeadlines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("outlets");

        QTest::newRow("one article with headline")
            << u"Talks end without a deal\n\n"_qs + kBody1 << QStringList{u"Talks end without a deal"_qs}
            << QStringList{QString()};
        QTest::newRow("no headline: starts with the lede") << kBody1 << QStringList{QString()} << QStringList{QString()};
        QTest::newRow("caption and bullets are not headlines")
            << u"JOHN DOE/AFP via Getty Images\n- Talks ended on Monday without a deal.\n- Both sides will meet again.\n"_qs
                   + kBody1
            << QStringList{QString()} << QStringList{QString()};
        QTest::newRow("page header before headline")
            << u"72.5 F\nSpringfield\nMonday, March 3, 2025\n\nTalks end without a deal\n\n"_qs + kBody1
            << QStringList{u"Talks end without a deal"_qs} << QStringList{QString()};
        QTest::newRow("second article after a repeated headline")
            << u"Talks end without a deal\n\n"_qs + kBody1 + u"Floods hit the river valley\n\nFloods hit the river valley\n\n"_qs
                   + kBody2
            << QStringList{u"Talks end without a deal"_qs, u"Floods hit the river valley"_qs}
            << QStringList{QString(), QString()};
        QTest::newRow("second article after a donation appeal")
            << u"Talks end without a deal\n\n"_qs + kBody1
                   + u"Related:\n\nBecome a patron or see other ways to support\n\nFloods hit the river valley\n\n"_qs + kBody2
            << QStringList{u"Talks end without a deal"_qs, u"Floods hit the river valley"_qs}
            << QStringList{QString(), QString()};
        QTest::newRow("glued byline names the outlet and ends the article")
            << u"Talks end without a deal\n\n"_qs + kBody1
                   + u"Talks end without a dealThe Kyiv IndependentJane Roe\nTalks end without a deal\n\nFloods hit the river valley\n\n"_qs
                   + kBody2
            << QStringList{u"Talks end without a deal"_qs, u"Floods hit the river valley"_qs}
            << QStringList{u"The Kyiv Independent"_qs, QString()};
        QTest::newRow("subheads do not split")
            << u"Talks end without a deal\n\n"_qs + kBody1 + u"What comes next\n\n"_qs + kBody2
            << QStringList{u"Talks end without a deal"_qs} << QStringList{QString()};
        QTest::newRow("team byline footer")
            << u"Talks end without a deal\n\n"_qs + kBody1 + u"The Korea Daily Digital Team\nThe Korea Daily Digital Team\n"_qs
            << QStringList{u"Talks end without a deal"_qs} << QStringList{u"Korea Daily"_qs};
        QTest::newRow("copyright footer") << kBody1 + u"© 2025 Reuters. All rights reserved."_qs << QStringList{QString()}
                                          << QStringList{u"Reuters"_qs};
        QTest::newRow("speaking as the outlet") << kBody1 + u"“It is over,” an aide told Business Insider.\n"_qs
                                                << QStringList{QString()} << QStringList{u"Business Insider"_qs};
        QTest::newRow("a line that is only the outlet's name")
            << u"Talks end without a deal\n\nKyiv Post\nMay 24, 2025\n\n"_qs + kBody1
            << QStringList{u"Talks end without a deal"_qs} << QStringList{u"Kyiv Post"_qs};
        QTest::newRow("wire dateline")
            << u"Talks end without a deal\n\nNAIROBI, Kenya (AP) \u2014 Talks ended on Monday without a deal, officials said.\n"_qs + kBody2
            << QStringList{u"Talks end without a deal"_qs} << QStringList{u"Associated Press"_qs};
        QTest::newRow("staff byline")
            << u"Talks end without a deal\n\nBy Al Jazeera Staff\n\n"_qs + kBody1 << QStringList{u"Talks end without a deal"_qs}
            << QStringList{u"Al Jazeera"_qs};
        QTest::newRow("staff and agencies byline with a date")
            << u"# Talks end without a deal\n\n*Middle East Eye staff and agencies* \u00b7 16 June 2025 10:40 BST\n\n"_qs + kBody1
            << QStringList{u"Talks end without a deal"_qs} << QStringList{u"Middle East Eye"_qs};
        QTest::newRow("an outlet's staff in a headline is not a byline")
            << u"Reuters staff strike over pay\n\n"_qs + kBody1 << QStringList{u"Reuters staff strike over pay"_qs}
            << QStringList{QString()};
        QTest::newRow("a person's staff is not an outlet's")
            << u"Talks end without a deal\n\nBy Presidential Staff\n\n"_qs + kBody1 << QStringList{u"Talks end without a deal"_qs}
            << QStringList{QString()};
        QTest::newRow("byline with the outlet and a place")
            << u"Talks end without a deal\nBy Jane Roe, BBC News, Jerusalem\nPublished 3 June 2025\n\n"_qs + kBody1
            << QStringList{u"Talks end without a deal"_qs} << QStringList{u"BBC"_qs};
        QTest::newRow("byline with an unknown outlet and a place")
            << u"Talks end without a deal\nBy Jane Roe, Springfield Shopper, Ohio\n\n"_qs + kBody1
            << QStringList{u"Talks end without a deal"_qs} << QStringList{u"Springfield Shopper"_qs};
        QTest::newRow("byline with a role and a place")
            << u"Talks end without a deal\nBy Jane Roe, South East Asia correspondent, Mandalay\n\n"_qs + kBody1
            << QStringList{u"Talks end without a deal"_qs} << QStringList{QString()};
        QTest::newRow("a release's publisher line")
            << u"UK to deploy troops\nFrom: Ministry of Defence and The Rt Hon Jane Roe MP\nPublished 14 May 2025\n\n"_qs + kBody1
            << QStringList{u"UK to deploy troops"_qs} << QStringList{u"Ministry of Defence"_qs};
        QTest::newRow("cited wire is not the outlet") << kBody1 + u"AP reports that the talks ended, according to TASS.\n"_qs
                                                      << QStringList{QString()} << QStringList{QString()};
    }
    void splitsAndFindsHeadlines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, outlets);
        const QList<ArticleLayout> layouts = splitArticles(text);
        QCOMPARE(titlesOf(text, layouts), titles);
        QStringList gotOutlets;
        for (const ArticleLayout &a : layouts)
            gotOutlets.append(a.outlet);
        QCOMPARE(gotOutlets, outlets);
        for (qsizetype i = 1; i < layouts.size(); ++i)
            QVERIFY(layouts.at(i - 1).span.end <= layouts.at(i).span.start);
    }

    void layout_keepsContentDropsApparatus()
    {
        const QString text = u"Tuesday, June 17, 2025\n\nTalks end without a deal\n\nTalks end without a deal\n\n"_qs + kBody1
                             + u"- Advertisement -\n\nThis photo, provided by the ministry, shows the talks.\n\n"
                               "Officials said the talks in the capital ended on Monday without a deal.\n\n"
                               "Sources\n\n• Agency report (June 17, 2025)\n"_qs;
        const QList<ArticleLayout> layouts = splitArticles(text);
        QCOMPARE(layouts.size(), 1);
        const ArticleLayout &a = layouts.first();
        QCOMPARE(a.datelines.size(), 1);
        QCOMPARE(at(text, a.datelines.first()), u"Tuesday, June 17, 2025"_qs);
        QCOMPARE(a.paragraphs.size(), 3); // the repeated paragraph is kept once
        QCOMPARE(a.boilerplate.size(), 6); // repeated headline, ad, caption, repeat, "Sources", its list
        QCOMPARE(a.span, (TextSpan{0, text.size() - 1}));
    }

    // Lines are matched without PCRE2's UTF-16 check once found well formed; a line with an
    // unpaired surrogate must keep the check (unchecked, PCRE2 may read past it).
    void wellFormedness_isCheckedPerLine()
    {
        QVERIFY(isWellFormedUtf16(u"plain and \U0001F600 paired"_qs));
        QVERIFY(!isWellFormedUtf16(QString(QChar(0xD800))));
        QVERIFY(!isWellFormedUtf16(QString(u"ends high "_qs + QChar(0xD83D))));
        QVERIFY(!isWellFormedUtf16(QString(QChar(0xDE00) + u" starts low"_qs)));
        QCOMPARE(matchOptionsFor(u"x"_qs), QRegularExpression::MatchOptions(QRegularExpression::DontCheckSubjectStringMatchOption));
        QCOMPARE(matchOptionsFor(QString(QChar(0xDC00))), QRegularExpression::MatchOptions(QRegularExpression::NoMatchOption));

        const QString lone(QChar(0xD800));
        const QString text = u"# Talks end "_qs + lone + u"\n\nBy Jane Doe"_qs + lone + u"\n\n"_qs + kBody1
                             + u"- Advertisement -"_qs + lone + u"\n\n"_qs + lone + u"12. Officials said the talks ended."_qs
                             + lone + u"\n\n(Photo: AFP"_qs + lone + u")\n"_qs;
        const QList<ArticleLayout> layouts = splitArticles(text);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(at(text, layouts.first().titleSpan), u"Talks end "_qs + lone); // the marker is cut off
        QVERIFY(!layouts.first().paragraphs.isEmpty());
    }

    void emptyText_stillHasOneArticle()
    {
        QCOMPARE(splitArticles(u""_qs).size(), 1);
        QCOMPARE(splitArticles(u"\n \n"_qs).size(), 1);
    }

    void scrapedPageWithFourArticles_seed000()
    {
        QFile f(QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds/000_8ff5d533cb21ecce.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = decodeBytes(f.readAll(), f.fileName()).text;
        const QList<ArticleLayout> layouts = splitArticles(text);
        QCOMPARE(layouts.size(), 4);
        QCOMPARE(titlesOf(text, layouts),
                 (QStringList{u"North Korea to send 6,000 more troops to Russia under Kursk “restoration” label"_qs,
                              u"Russia's Shoigu visits North Korea on 'special assignment' from Putin"_qs,
                              u"Kim Jong Un promises full support for Russia’s Ukraine war, says North Korea"_qs,
                              u"Kim Jong Un reaffirms 'unconditional' support for Russia's war in Ukraine during Shoigu visit"_qs}));
        QCOMPARE(layouts.at(0).outlet, QString());
        QCOMPARE(layouts.at(1).outlet, u"The Kyiv Independent"_qs);
        QCOMPARE(layouts.at(2).outlet, QString());
        QCOMPARE(layouts.at(3).outlet, u"The Kyiv Independent"_qs);
        for (const ArticleLayout &a : layouts) {
            for (const TextSpan &p : a.paragraphs) {
                const QString para = at(text, p);
                QVERIFY2(!para.contains(u"You could close this page"_qs), qPrintable(para));
                QVERIFY2(!para.startsWith(u"seoul says"_qs), qPrintable(para));
            }
        }
    }
};

QTEST_GUILESS_MAIN(ArticleSplitterTest)
#include "tst_articlesplitter.moc"
