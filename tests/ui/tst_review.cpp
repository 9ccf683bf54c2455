// The side-by-side review: relations between two articles, focus, clicks, the disagreement walk.
#include "ChartsReviewCorpus.h"
#include "review/ArticleComparison.h"
#include "review/ArticlePane.h"
#include "review/ArticleTextEdit.h"
#include "review/ReviewView.h"
#include "review/SharedPassages.h"
#include "pipeline/Pipeline.h"
#include "state/Workspace.h"

#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace claimline;
using namespace claimline::ui;
using namespace claimline::testing;

namespace {

int figureStartInPane(const Corpus &c, int claim)
{
    return int(c.claims.at(claim).figureSpan.start - c.articles.at(c.claims.at(claim).articleIndex).span.start);
}

bool visibleInPane(ArticlePane *pane)
{
    const QRect r = pane->textEdit()->cursorRect();
    return pane->textEdit()->viewport()->rect().contains(r.center());
}

} // namespace

class tst_review final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_corpus = reviewCorpus();
        QCOMPARE(m_corpus.checkConsistency(), QString());
        m_ws = std::make_unique<Workspace>();
        m_ws->setCorpus(std::make_shared<const Corpus>(m_corpus));
        m_view = std::make_unique<ReviewView>(m_ws.get());
        m_view->resize(1366, 420);   // short panes: scrolling has to happen
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_ws.reset();
    }

    void comparison_relatesClaimsOfTwoArticles()
    {
        const ArticleComparison cmp(m_corpus, 0, 1);
        QCOMPARE(cmp.left().size(), 3);
        QCOMPARE(cmp.left().at(0).relation, ClaimRelation::Conflict);  // 1,000 vs 1,200
        QCOMPARE(cmp.left().at(0).counterparts, QList<int>{3});
        QCOMPARE(cmp.left().at(2).relation, ClaimRelation::Same);      // 6,000 troops both
        QCOMPARE(cmp.right().at(3).relation, ClaimRelation::Unique);   // shells
        QCOMPARE(cmp.disagreements(), (QList<int>{0, 1}));
        QCOMPARE(ArticleComparison::bestCounterpart(m_corpus, 0), 1);   // three groups against one
        QCOMPARE(ArticleComparison::bestCounterpart(m_corpus, 2), 0);   // a tie: nearest date, then order
    }

    void startsOnTheArticlesWithMostToCompare()
    {
        QCOMPARE(m_view->leftPane()->article(), 0);
        QCOMPARE(m_view->rightPane()->article(), 1);
        QCOMPARE(m_view->leftPane()->picker()->currentText(),
                 QStringLiteral("Kyiv Independent · 2025-06-10 · Losses and a deployment"));
    }

    void showClaim_putsItsArticleLeftWithCursorAtTheSpan()
    {
        m_view->setArticles(2, 1);
        m_view->showClaim(2);   // Kyiv Independent, troops, near the end of a long text
        QCOMPARE(m_view->leftPane()->article(), 0);
        QCOMPARE(m_view->rightPane()->article(), 1);
        QCOMPARE(m_ws->selection(), ItemRef::claim(2));
        QCOMPARE(m_view->leftPane()->textEdit()->textCursor().position(), figureStartInPane(m_corpus, 2));
        QVERIFY(m_view->leftPane()->textEdit()->verticalScrollBar()->value() > 0);
        QVERIFY(visibleInPane(m_view->leftPane()));
        QCOMPARE(m_view->rightPane()->emphasized(), QList<int>{4});  // the same 6,000 in TASS
        QCOMPARE(m_view->rightPane()->textEdit()->textCursor().position(), figureStartInPane(m_corpus, 4));
    }

    void selectionElsewhere_opensItsArticleLeft_andTheBestCounterpartRight()
    {
        m_ws->select(ItemRef::claim(7));   // Reuters: shares one group with both others
        QCOMPARE(m_view->leftPane()->article(), 2);
        QCOMPARE(m_view->rightPane()->article(), 1);   // a tie: the right pane stays
        QCOMPARE(m_view->leftPane()->emphasized(), QList<int>{7});
        QCOMPARE(m_view->rightPane()->emphasized(), QList<int>{3});
        m_ws->select(ItemRef::claim(5));   // TASS drones, on the right already: nothing moves
        QCOMPARE(m_view->leftPane()->article(), 2);
        QCOMPARE(m_view->rightPane()->emphasized(), QList<int>{5});
        m_view->setArticles(2, 1);
        m_ws->select(ItemRef::claim(1));   // Kyiv drones: TASS shares three groups with it
        QCOMPARE(m_view->leftPane()->article(), 0);
        QCOMPARE(m_view->rightPane()->article(), 1);
        QCOMPARE(m_view->rightPane()->emphasized(), QList<int>{5});
    }

    void clickingAClaim_selectsIt_andHighlightsItsCounterpart()
    {
        ArticleTextEdit *edit = m_view->leftPane()->textEdit();
        QTextCursor cursor(edit->document());
        cursor.setPosition(figureStartInPane(m_corpus, 0) + 1);
        const QPoint at = edit->cursorRect(cursor).center();
        QSignalSpy spy(m_ws.get(), &Workspace::selectionChanged);
        QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_ws->selection(), ItemRef::claim(0));
        QCOMPARE(m_view->leftPane()->emphasized(), QList<int>{0});
        QCOMPARE(m_view->rightPane()->emphasized(), QList<int>{3});
        QCOMPARE(m_view->rightPane()->textEdit()->textCursor().position(), figureStartInPane(m_corpus, 3));
        // And from the right: the shells are unique, nothing to show on the left.
        m_ws->select(ItemRef::claim(6));
        QCOMPARE(m_view->rightPane()->emphasized(), QList<int>{6});
        QVERIFY(m_view->leftPane()->emphasized().isEmpty());
    }

    void nextDisagreement_walksConflictsInBothPanes()
    {
        m_view->nextDisagreement();
        QCOMPARE(m_ws->selection(), ItemRef::claim(0));
        QCOMPARE(m_view->rightPane()->emphasized(), QList<int>{3});
        m_view->nextDisagreement();
        QCOMPARE(m_ws->selection(), ItemRef::claim(1));
        QCOMPARE(m_view->rightPane()->emphasized(), QList<int>{5});
        QVERIFY(visibleInPane(m_view->leftPane()));
        QVERIFY(visibleInPane(m_view->rightPane()));
        m_view->nextDisagreement();   // wraps
        QCOMPARE(m_ws->selection(), ItemRef::claim(0));
        m_view->previousDisagreement();
        QCOMPARE(m_ws->selection(), ItemRef::claim(1));

        // From a right-side conflict, the walk continues after its counterpart.
        m_ws->select(ItemRef::claim(3));
        m_view->nextDisagreement();
        QCOMPARE(m_ws->selection(), ItemRef::claim(1));

        // The keyboard: F8 and Shift+F8 inside the view.
        m_view->activateWindow();
        m_view->leftPane()->textEdit()->setFocus();
        QTest::keyClick(m_view->leftPane()->textEdit(), Qt::Key_F8);
        QCOMPARE(m_ws->selection(), ItemRef::claim(0));
        QTest::keyClick(m_view->leftPane()->textEdit(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(m_ws->selection(), ItemRef::claim(1));
    }

    void sharedParagraph_isMarked_andTextStaysPlain()
    {
        const QString left = m_view->leftPane()->textEdit()->toPlainText();
        const int start = int(left.indexOf(sharedParagraph()));
        bool marked = false;
        for (const QTextEdit::ExtraSelection &s : m_view->leftPane()->textEdit()->extraSelections())
            marked = marked
                     || (s.format.underlineStyle() == QTextCharFormat::DotLine && s.cursor.selectionStart() <= start
                         && s.cursor.selectionEnd() >= start + sharedParagraph().size() - 1);
        QVERIFY(marked);

        CorpusBuilder b;
        b.addArticle(QStringLiteral("X"), day(1), QStringLiteral("<b>Title</b>"),
                     QStringLiteral("<img src=\"http://example.com/x.png\"> <a href=\"http://example.com\">link</a>"));
        m_ws->setCorpus(std::make_shared<const Corpus>(b.corpus));
        QVERIFY(m_view->leftPane()->textEdit()->toPlainText().contains(QStringLiteral("<img src=")));
        QCOMPARE(m_view->rightPane()->article(), -1);
    }

    void pageFurniture_isGreyed_bodyIsNot()
    {
        const QByteArray page = "84.1 F\nLos Angeles\nTuesday, June 17, 2025\n\n"
                                "Talks in the capital end without a deal\n\n"
                                "Officials said the talks in the capital ended on Monday without a deal after 14 hours.\n\n"
                                "Negotiators will meet again next month, the foreign ministry said in a statement.\n\n"
                                "Become a patron to support independent journalism.\n";
        const Corpus corpus = Pipeline().runOnBuffers({{QStringLiteral("page.txt"), page}});
        QCOMPARE(corpus.articles.size(), 1);
        m_ws->setCorpus(std::make_shared<const Corpus>(corpus));
        ArticleTextEdit *edit = m_view->leftPane()->textEdit();
        QCOMPARE(m_view->leftPane()->article(), 0);
        const QString text = edit->toPlainText();
        const auto colourAt = [&](const QString &words) {
            QTextCursor c(edit->document());
            c.setPosition(int(text.indexOf(words)) + 1);
            return c.charFormat().foreground().color();
        };
        const QColor grey = m_view->leftPane()->palette().color(QPalette::PlaceholderText);
        QCOMPARE(colourAt(QStringLiteral("84.1 F")), grey);
        QCOMPARE(colourAt(QStringLiteral("Tuesday, June 17")), grey);
        QCOMPARE(colourAt(QStringLiteral("Become a patron")), grey);
        QVERIFY(colourAt(QStringLiteral("Officials said")) != grey);
        QVERIFY(colourAt(QStringLiteral("Talks in the capital")) != grey);
    }

    void filter_hidesClaimsFromTheComparison()
    {
        ClaimFilter f;
        f.topics = {QStringLiteral("troops")};
        m_ws->setFilter(f);
        QCOMPARE(m_view->comparison().left().size(), 1);
        QVERIFY(m_view->comparison().disagreements().isEmpty());
    }

    // With CLAIMLINE_SNAPSHOT_DIR set, writes what the analyst would see, for a person to look at.
    void snapshot_forVisualCheck()
    {
        const QString dir = qEnvironmentVariable("CLAIMLINE_SNAPSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set CLAIMLINE_SNAPSHOT_DIR to write snapshots");
        m_view->resize(1366, 700);
        m_view->nextDisagreement();
        m_view->nextDisagreement();
        QTest::qWait(20);
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/review.png")));

        // The seeds through the real pipeline: the pair of articles sharing the most text.
        const auto seeds = std::make_shared<const Corpus>(Pipeline().run({QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds")}));
        m_ws->setCorpus(seeds);
        int bestA = -1, bestB = -1;
        qsizetype most = 0;
        for (int a = 0; a < seeds->articles.size(); ++a)
            for (int b = a + 1; b < seeds->articles.size(); ++b) {
                const Article &x = seeds->articles.at(a), &y = seeds->articles.at(b);
                qsizetype shared = 0;
                for (const TextSpan &s : SharedPassages::find(seeds->textOf(x.documentIndex, x.span),
                                                              seeds->textOf(y.documentIndex, y.span)).inA)
                    shared += s.length();
                if (shared > most)
                    most = shared, bestA = a, bestB = b;
            }
        qInfo() << "seeds:" << seeds->articles.size() << "articles," << seeds->claims.size() << "claims; most shared"
                << most << "chars between" << bestA << bestB;
        if (bestA >= 0)
            m_view->setArticles(bestA, bestB);
        QTest::qWait(20);
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/review-seeds.png")));
    }

private:
    Corpus m_corpus;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ReviewView> m_view;
};

QTEST_MAIN(tst_review)
#include "tst_review.moc"
