#pragma once

#include "ArticleComparison.h"
#include "ArticleTextSelection.h"
#include "state/Workspace.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;

namespace claimline::ui {

class ArticlePane;

// Two articles side by side, their claims coloured by how they relate to the other side
// (same figure, conflicting figure, only here), shared passages underlined, and a walk
// through the disagreements (F8 / Shift+F8); the analyst's disputed and rejected claims
// are marked (ArticlePane::setReviewStates). Follows and drives the Workspace selection.
class ReviewView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewView(Workspace *workspace, QWidget *parent = nullptr);

    ArticlePane *leftPane() const { return m_left; }
    ArticlePane *rightPane() const { return m_right; }
    const ArticleComparison &comparison() const { return m_comparison; }
    void setArticles(int left, int right);
    // The text selected in either pane (the left one first): a hand-added claim's quote.
    ArticleTextSelection textSelection() const;

public Q_SLOTS:
    // Opens the claim's article on the left, the article sharing most groups with it on the
    // right, selects the claim and scrolls both panes to it and its counterparts.
    void showClaim(int claimIndex);
    void nextDisagreement();
    void previousDisagreement();

private:
    void resetFromCorpus();
    void compare();
    void showReviewStates();
    void focusClaim(int claimIndex, bool scrollOwnPane);
    void onSelectionChanged(ItemRef item);
    void onPaneClaimClicked(int claimIndex);
    void stepDisagreement(int direction);
    void updateCounter();

    Workspace *m_workspace;
    ArticlePane *m_left;
    ArticlePane *m_right;
    QSplitter *m_splitter;
    QAction *m_next;
    QAction *m_previous;
    QLabel *m_counter;
    ArticleComparison m_comparison;
    int m_focus = -1;            // the claim in focus (selected), -1 none
    bool m_clicking = false;     // the selection comes from a click in a pane
};

} // namespace claimline::ui
