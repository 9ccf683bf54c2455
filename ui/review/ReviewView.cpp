#include "ReviewView.h"

#include "ArticlePane.h"
#include "ArticleTextEdit.h"
#include "SharedPassages.h"
#include "project/ReviewStyle.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <vector>

namespace claimline::ui {

namespace {

QString swatch(const QColor &background, const QString &text)
{
    return QStringLiteral("<span style='background-color:%1'>&nbsp;%2&nbsp;</span>")
        .arg(background.name(), text.toHtmlEscaped());
}

QString legendHtml()
{
    return swatch(ReviewColors::figure(ClaimRelation::Same), ReviewView::tr("same figure"))
           + QStringLiteral(" &nbsp; ")
           + swatch(ReviewColors::figure(ClaimRelation::Conflict), ReviewView::tr("conflicting figure"))
           + QStringLiteral(" &nbsp; ")
           + swatch(ReviewColors::figure(ClaimRelation::Unique), ReviewView::tr("only in this article"))
           + QStringLiteral(" &nbsp; <span style='color:%1'>┈┈</span> %2")
                 .arg(ReviewColors::shared().name(), ReviewView::tr("shared passage").toHtmlEscaped())
           + QStringLiteral(" &nbsp; <span style='color:%1'>%2</span>")
                 .arg(reviewColor(ReviewState::Disputed).name(),
                      QString(reviewMark(ReviewState::Disputed) + u' ' + ReviewView::tr("disputed")).toHtmlEscaped())
           + QStringLiteral(" &nbsp; <span style='color:%1'><s>%2</s></span>")
                 .arg(reviewColor(ReviewState::Rejected).name(),
                      QString(reviewMark(ReviewState::Rejected) + u' ' + ReviewView::tr("rejected")).toHtmlEscaped())
           + QStringLiteral(" &nbsp; <span style='color:%1'>%2</span>")
                 .arg(QApplication::palette().color(QPalette::PlaceholderText).name(),
                      ReviewView::tr("grey: not article text").toHtmlEscaped());
}

} // namespace

ReviewView::ReviewView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_left(new ArticlePane(this)), m_right(new ArticlePane(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_next(new QAction(tr("Next disagreement"), this)),
      m_previous(new QAction(tr("Previous disagreement"), this)), m_counter(new QLabel(this))
{
    m_next->setShortcut(Qt::Key_F8);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    for (QAction *a : {m_next, m_previous}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);  // no clash with other views
        a->setToolTip(a->text() + QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + u')');
        addAction(a);
    }
    auto *previousButton = new QToolButton(this);
    previousButton->setDefaultAction(m_previous);
    auto *nextButton = new QToolButton(this);
    nextButton->setDefaultAction(m_next);

    auto *legend = new QLabel(legendHtml(), this);
    legend->setTextFormat(Qt::RichText);  // our own markup only, nothing from the sources
    legend->setTextInteractionFlags(Qt::NoTextInteraction);
    legend->setWordWrap(true); // wraps rather than widening the window (the tabs share a minimum width)

    auto *bar = new QHBoxLayout;
    bar->addWidget(previousButton);
    bar->addWidget(nextButton);
    bar->addWidget(m_counter);
    bar->addStretch(1);

    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_right);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(legend); // its own row: the whole width before it wraps
    layout->addWidget(m_splitter, 1);

    connect(m_next, &QAction::triggered, this, &ReviewView::nextDisagreement);
    connect(m_previous, &QAction::triggered, this, &ReviewView::previousDisagreement);
    for (ArticlePane *pane : {m_left, m_right}) {
        connect(pane, &ArticlePane::articleChosen, this, &ReviewView::compare);
        connect(pane, &ArticlePane::claimClicked, this, &ReviewView::onPaneClaimClicked);
    }
    connect(m_workspace, &Workspace::corpusChanged, this, &ReviewView::resetFromCorpus);
    connect(m_workspace, &Workspace::filterChanged, this, &ReviewView::compare);
    connect(m_workspace, &Workspace::reviewChanged, this, &ReviewView::showReviewStates);
    connect(m_workspace, &Workspace::selectionChanged, this, &ReviewView::onSelectionChanged);
    resetFromCorpus();
}

void ReviewView::resetFromCorpus()
{
    m_focus = -1;
    m_left->setCorpus(m_workspace->sharedCorpus());
    m_right->setCorpus(m_workspace->sharedCorpus());
    const Corpus &corpus = m_workspace->corpus();
    if (corpus.articles.isEmpty()) {
        setArticles(-1, -1);
        return;
    }
    // Start where there is most to compare: the article with the most conflicting claims
    // (counted in one pass: a corpus may hold 100,000 articles and millions of claims).
    std::vector<int> conflicts(size_t(corpus.articles.size()), 0);
    for (const Claim &c : corpus.claims)
        if (c.articleIndex >= 0 && c.articleIndex < corpus.articles.size() && c.groupIndex >= 0
            && corpus.groups.at(c.groupIndex).disagreeing)
            ++conflicts[size_t(c.articleIndex)];
    const int start = int(std::max_element(conflicts.begin(), conflicts.end()) - conflicts.begin());
    setArticles(start, ArticleComparison::bestCounterpart(corpus, start));
}

void ReviewView::setArticles(int left, int right)
{
    m_left->setArticle(left);
    m_right->setArticle(right);
    compare();
}

void ReviewView::compare()
{
    const Corpus &corpus = m_workspace->corpus();
    const int left = m_left->article(), right = m_right->article();
    m_comparison = ArticleComparison(corpus, left, right, m_workspace->viewFilter());
    QList<TextSpan> sharedLeft, sharedRight;
    if (left >= 0 && right >= 0 && left != right) {
        const Article &a = corpus.articles.at(left), &b = corpus.articles.at(right);
        const SharedPassages::Result shared =
            SharedPassages::find(corpus.textOf(a.documentIndex, a.span), corpus.textOf(b.documentIndex, b.span));
        for (const TextSpan &s : shared.inA)
            sharedLeft.append({s.start + a.span.start, s.end + a.span.start});
        for (const TextSpan &s : shared.inB)
            sharedRight.append({s.start + b.span.start, s.end + b.span.start});
    }
    m_left->setComparison(m_comparison.left(), sharedLeft);
    m_right->setComparison(m_comparison.right(), sharedRight);
    showReviewStates();
    focusClaim(m_comparison.find(m_focus) ? m_focus : -1, false);
}

ArticleTextSelection ReviewView::textSelection() const
{
    const ArticleTextSelection left = m_left->textSelection();
    return left.isValid() ? left : m_right->textSelection();
}

void ReviewView::showReviewStates()
{
    QSet<int> flagged;
    const Corpus &corpus = m_workspace->corpus();
    for (int c = 0; c < corpus.claims.size(); ++c)
        if (m_workspace->claimState(c) == ReviewState::Disputed && m_workspace->isVisible(c))
            flagged.insert(corpus.claims.at(c).articleIndex);
    m_left->setFlaggedArticles(flagged);
    m_right->setFlaggedArticles(flagged);
    for (ArticlePane *pane : {m_left, m_right}) {
        QHash<int, ReviewState> states;
        const QList<ArticleComparison::Entry> &entries = pane == m_left ? m_comparison.left() : m_comparison.right();
        for (const ArticleComparison::Entry &e : entries)
            if (const ReviewState s = m_workspace->claimState(e.claimIndex); s != ReviewState::Unreviewed)
                states.insert(e.claimIndex, s);
        pane->setReviewStates(states);
    }
}

void ReviewView::focusClaim(int claimIndex, bool scrollOwnPane)
{
    m_focus = claimIndex;
    const ArticleComparison::Entry *entry = m_comparison.find(claimIndex);
    if (!entry) {
        m_left->setEmphasized({});
        m_right->setEmphasized({});
        updateCounter();
        return;
    }
    const bool left = m_comparison.isLeft(claimIndex);
    ArticlePane *own = left ? m_left : m_right;
    ArticlePane *other = left ? m_right : m_left;
    own->setEmphasized({claimIndex});
    other->setEmphasized(entry->counterparts);
    if (scrollOwnPane)
        own->scrollToClaim(claimIndex);
    if (!entry->counterparts.isEmpty())
        other->scrollToClaim(entry->counterparts.first());
    updateCounter();
}

void ReviewView::showClaim(int claimIndex)
{
    const Corpus &corpus = m_workspace->corpus();
    if (claimIndex < 0 || claimIndex >= corpus.claims.size())
        return;
    const int article = corpus.claims.at(claimIndex).articleIndex;
    if (m_left->article() != article) {
        const int keep = m_right->article() != article ? m_right->article() : -1;
        setArticles(article, ArticleComparison::bestCounterpart(corpus, article, keep));
    }
    focusClaim(claimIndex, true);
    m_workspace->select(ItemRef::claim(claimIndex));
}

void ReviewView::onSelectionChanged(ItemRef item)
{
    if (item.kind != ItemRef::Kind::Claim) {
        focusClaim(-1, false);
        return;
    }
    const Claim &claim = m_workspace->corpus().claims.at(item.index);
    if (claim.articleIndex == m_left->article() || claim.articleIndex == m_right->article()) {
        if (!m_comparison.find(item.index))
            compare();  // hidden by the filter until now? Show what there is.
        focusClaim(item.index, !m_clicking);
    } else {
        showClaim(item.index);
    }
}

void ReviewView::onPaneClaimClicked(int claimIndex)
{
    m_clicking = true;
    if (m_workspace->selection() == ItemRef::claim(claimIndex))
        focusClaim(claimIndex, false);
    else
        m_workspace->select(ItemRef::claim(claimIndex));
    m_clicking = false;
}

void ReviewView::nextDisagreement() { stepDisagreement(+1); }
void ReviewView::previousDisagreement() { stepDisagreement(-1); }

void ReviewView::stepDisagreement(int direction)
{
    const QList<int> stops = m_comparison.disagreements();
    if (stops.isEmpty())
        return;
    // From the claim in focus: if it is a right-side claim, start from its first counterpart.
    int current = m_focus;
    if (const auto *e = m_comparison.find(m_focus); e && !m_comparison.isLeft(m_focus))
        current = e->counterparts.value(0, -1);
    const qsizetype at = stops.indexOf(current);
    qsizetype next;
    if (at < 0)
        next = direction > 0 ? 0 : stops.size() - 1;
    else
        next = (at + direction + stops.size()) % stops.size();
    const int claim = stops.at(next);
    if (m_workspace->selection() == ItemRef::claim(claim))
        focusClaim(claim, true);
    else
        m_workspace->select(ItemRef::claim(claim));
}

void ReviewView::updateCounter()
{
    const QList<int> stops = m_comparison.disagreements();
    m_next->setEnabled(!stops.isEmpty());
    m_previous->setEnabled(!stops.isEmpty());
    if (stops.isEmpty()) {
        m_counter->setText(m_left->article() < 0 ? tr("No articles") : tr("No disagreement between these articles"));
        return;
    }
    int current = m_focus;
    if (const auto *e = m_comparison.find(m_focus); e && !m_comparison.isLeft(m_focus))
        current = e->counterparts.value(0, -1);
    const qsizetype at = stops.indexOf(current);
    m_counter->setText(at < 0 ? tr("%n disagreement(s)", nullptr, int(stops.size()))
                              : tr("Disagreement %1 of %2").arg(at + 1).arg(stops.size()));
}

} // namespace claimline::ui
