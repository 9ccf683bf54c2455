// Nothing is fetched: the hostile HTML (scripts, frames, remote images, refresh, base href,
// stylesheets, markup in headlines) goes through the pipeline and is shown in the review
// pane and its tooltips while every resource request of every text document is recorded.
#include "corpus/CorpusTreeModel.h"
#include "pipeline/Pipeline.h"
#include "review/ArticlePane.h"
#include "review/ReviewView.h"
#include "state/Workspace.h"
#include "table/ComparisonModel.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QTextDocument>
#include <QUrl>
#include <algorithm>

using namespace claimline;
using namespace claimline::ui;

namespace {

QStringList hostileHtmlFiles()
{
    const QDir dir(QStringLiteral(CLAIMLINE_SOURCE_DIR "/tests/data/hostile"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.html"), QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QStringList toStrings(const QList<QUrl> &urls)
{
    QStringList out;
    for (const QUrl &u : urls)
        out << u.toString();
    return out;
}

} // namespace

class tst_nothing_fetched final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Asked whenever a text document needs an image, stylesheet or other resource the
        // widget itself did not supply: answering nothing, it records the request.
        QTextDocument::setDefaultResourceProvider([this](const QUrl &url) {
            m_requests.append(url);
            return QVariant();
        });
    }
    void init() { m_requests.clear(); }

    // The counter sees what a rich-text widget asks for (else a green result proves nothing).
    void recorder_seesRemoteImageOfRichText()
    {
        QLabel label(QStringLiteral("<p>x<img src=\"http://example.invalid/control.png\"></p>"));
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        label.grab();
        QVERIFY2(toStrings(m_requests).contains(QStringLiteral("http://example.invalid/control.png")),
                 qPrintable(toStrings(m_requests).join(u' ')));
    }

    void reviewPane_onHostileHtml_requestsNothing()
    {
        const Corpus corpus = Pipeline().run(hostileHtmlFiles());
        QCOMPARE(corpus.checkConsistency(), QString());
        QVERIFY(corpus.articles.size() >= 10);
        Workspace workspace;
        workspace.setCorpus(std::make_shared<const Corpus>(corpus));
        ReviewView view(&workspace);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const int articles = int(corpus.articles.size());
        for (int left = 0; left < articles; ++left) {
            view.setArticles(left, (left + 1) % articles);
            view.grab();
        }
        for (int claim = 0; claim < corpus.claims.size(); ++claim) {
            view.showClaim(claim);
            view.grab();
        }
        // The article picker's tooltips carry headlines, which hostile pages fill with markup.
        QComboBox *picker = view.leftPane()->picker();
        for (int i = 0; i < picker->count(); ++i)
            showAsToolTip(picker->itemData(i, Qt::ToolTipRole).toString());
        QVERIFY2(m_requests.isEmpty(), qPrintable(toStrings(m_requests).join(u' ')));
    }

    // Every tooltip the corpus tree and the comparison table give, shown the way QToolTip
    // shows it (a label guessing the format), requests nothing. A hostile quote shown raw
    // would: that is the control.
    void modelToolTips_onHostileHtml_requestNothing()
    {
        const Corpus corpus = Pipeline().run(hostileHtmlFiles());
        Workspace workspace;
        workspace.setCorpus(std::make_shared<const Corpus>(corpus));

        const auto marked = std::find_if(corpus.claims.cbegin(), corpus.claims.cend(), [&](const Claim &c) {
            return corpus.quote(c).startsWith(QStringLiteral("<img"));
        });
        QVERIFY2(marked != corpus.claims.cend(), "html-markup-in-title.html lost its escaped markup");
        showAsToolTip(corpus.quote(*marked).toString());
        QVERIFY(!m_requests.isEmpty());
        m_requests.clear();

        CorpusTreeModel tree(&workspace);
        ComparisonModel table(&workspace);
        int shown = 0;
        for (const QAbstractItemModel *model : {static_cast<const QAbstractItemModel *>(&tree),
                                                static_cast<const QAbstractItemModel *>(&table)})
            shown += showToolTips(*model, QModelIndex());
        QVERIFY(shown > 20);
        QVERIFY2(m_requests.isEmpty(), qPrintable(toStrings(m_requests).join(u' ')));
    }

private:
    static void showAsToolTip(const QString &text)
    {
        QLabel label(text); // Qt::AutoText, as QToolTip's label
        label.adjustSize();
        label.grab();
    }
    static int showToolTips(const QAbstractItemModel &model, const QModelIndex &parent)
    {
        int shown = 0;
        for (int row = 0; row < model.rowCount(parent); ++row)
            for (int column = 0; column < model.columnCount(parent); ++column) {
                const QModelIndex index = model.index(row, column, parent);
                if (const QString tip = index.data(Qt::ToolTipRole).toString(); !tip.isEmpty()) {
                    showAsToolTip(tip);
                    ++shown;
                }
                if (column == 0)
                    shown += showToolTips(model, index);
            }
        return shown;
    }

    QList<QUrl> m_requests;
};

QTEST_MAIN(tst_nothing_fetched)
#include "tst_nothing_fetched.moc"
