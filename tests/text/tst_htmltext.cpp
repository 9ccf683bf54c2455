#include "text/HtmlText.h"

#include <QElapsedTimer>
#include <QTest>

using namespace claimline;

class HtmlTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readableText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("paragraphs") << u"<p>One  two\n three.</p><p>Four.</p>"_qs << u"One two three.\n\nFour."_qs;
        QTest::newRow("br keeps a line") << u"<p>Line one<br>Line two</p>"_qs << u"Line one\nLine two"_qs;
        QTest::newRow("entities decoded") << u"<p>Kim&rsquo;s &amp; Putin&#8217;s&nbsp;pact</p>"_qs
                                          << u"Kim’s & Putin’s pact"_qs;
        QTest::newRow("inline stays inline") << u"<p>Said <b>Kim</b> <i>today</i>.</p>"_qs << u"Said Kim today."_qs;
        QTest::newRow("script and style dropped")
            << u"<p>Before.</p><script>document.write('x')</script><style>p{}</style><p>After.</p>"_qs
            << u"Before.\n\nAfter."_qs;
        QTest::newRow("iframe object embed svg dropped")
            << u"<p>A.</p><iframe src='http://evil'>frame text</iframe><object>obj</object><embed src=x><svg><text>s</text></svg><p>B.</p>"_qs
            << u"A.\n\nB."_qs;
        QTest::newRow("nav footer aside form dropped")
            << u"<nav>Home News</nav><article><p>Body.</p></article><aside>Ad</aside><form><button>Go</button></form><footer>(c)</footer>"_qs
            << u"Body."_qs;
        QTest::newRow("img and javascript link") << u"<p>See <img src=x onerror=alert(1) alt=pic><a href='javascript:alert(1)'>this</a>.</p>"_qs
                                                 << u"See this."_qs;
        QTest::newRow("meta refresh and comments dropped")
            << u"<html><head><meta http-equiv='refresh' content='0;url=http://x'><title>T</title></head><body><!-- hidden --><p>Text.</p></body></html>"_qs
            << u"Text."_qs;
        QTest::newRow("list items are paragraphs") << u"<ul><li>One</li><li>Two</li></ul>"_qs << u"One\n\nTwo"_qs;
        QTest::newRow("h1 leads the text") << u"<div>Kicker</div><h1>The Headline</h1><p>Body.</p>"_qs
                                           << u"The Headline\n\nKicker\n\nBody."_qs;
        QTest::newRow("table rows read as pipe rows under their caption")
            << u"<p>Before.</p><table><caption>Table 1: Casualties, 1-14 April</caption><thead><tr><th>Region</th><th>Killed</th></tr></thead>"
               "<tbody><tr><td><p>Sagaing</p></td><td>39</td></tr><tr><td>Magway</td><td></td></tr></tbody></table><p>After.</p>"_qs
            << u"Before.\n\nTable 1: Casualties, 1-14 April\n\nRegion | Killed\nSagaing | 39\nMagway |\n\nAfter."_qs;
        QTest::newRow("a layout table reads as paragraphs")
            << (u"<table><tr><td><p>"_qs + QString(210, u'a') + u"</p><p>Next.</p></td><td>Side</td></tr></table>"_qs)
            << (QString(210, u'a') + u"\n\nNext.\n\nSide"_qs);
        QTest::newRow("a table holding a table reads as paragraphs")
            << u"<table><tr><td>Menu</td><td><table><tr><td>North</td><td>39</td></tr></table></td></tr></table>"_qs
            << u"Menu\n\nNorth | 39"_qs;
        QTest::newRow("pre keeps its lines") << u"<pre>a  b\nc</pre>"_qs << u"a  b\nc"_qs;
    }
    void readableText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(htmlToText(html, u"f.html"_qs).text, text);
    }

    void title_fromTitleElementOrFirstH1_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("title");
        QTest::newRow("title element") << u"<title> Page  title </title><h1>Head</h1>"_qs << u"Page title"_qs;
        QTest::newRow("first h1") << u"<h1>Head <em>line</em></h1><h1>Other</h1>"_qs << u"Head line"_qs;
        QTest::newRow("none") << u"<p>x</p>"_qs << QString();
    }
    void title_fromTitleElementOrFirstH1()
    {
        QFETCH(QString, html);
        QFETCH(QString, title);
        QCOMPARE(htmlToText(html, u"f.html"_qs).title, title);
    }

    void deepNesting_isCutSafelyAndQuickly()
    {
        QString html;
        const int depth = 100000;
        html.reserve(depth * 11 + 100);
        html += u"<p>Top.</p>"_qs;
        for (int i = 0; i < depth; ++i)
            html += u"<div>"_qs;
        html += u"deep"_qs;
        for (int i = 0; i < depth; ++i)
            html += u"</div>"_qs;
        QElapsedTimer timer;
        timer.start();
        const HtmlText out = htmlToText(html, u"deep.html"_qs);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(out.text.startsWith(u"Top."_qs));
        QVERIFY(!out.text.contains(u"deep"_qs));
        QCOMPARE(out.diagnostics.size(), 1);
        QCOMPARE(out.diagnostics.at(0).file, u"deep.html"_qs);
    }
};

QTEST_GUILESS_MAIN(HtmlTextTest)
#include "tst_htmltext.moc"
