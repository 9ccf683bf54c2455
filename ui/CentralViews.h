#pragma once

#include "review/ArticleTextSelection.h"

#include <QWidget>
#include <functional>

namespace claimline::ui {

class Workspace;

// The central tabs that other parts of the UI provide: the timeline, the estimate chart
// and the review pane. One place builds them, so that swapping a placeholder for the real
// view is a few lines here and nowhere else.
struct CentralViews
{
    QWidget *timeline = nullptr;
    QWidget *charts = nullptr;
    QWidget *review = nullptr;
    std::function<void(int claimIndex)> showInReview;   // the review pane's showClaim
    std::function<ArticleTextSelection()> selectedText; // text selected in the review pane
};

CentralViews createCentralViews(Workspace *workspace, QWidget *parent);

} // namespace claimline::ui
