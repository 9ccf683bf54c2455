#include "CentralViews.h"

#include "charts/EstimateChartView.h"
#include "review/ReviewView.h"
#include "timeline/TimelineView.h"

namespace claimline::ui {

// The one place that knows the concrete central views.
CentralViews createCentralViews(Workspace *workspace, QWidget *parent)
{
    CentralViews views;
    views.timeline = new TimelineView(workspace, parent);
    views.charts = new EstimateChartView(workspace, parent);
    auto *review = new ReviewView(workspace, parent);
    views.review = review;
    views.showInReview = [review](int claim) { review->showClaim(claim); };
    views.selectedText = [review] { return review->textSelection(); };
    return views;
}

} // namespace claimline::ui
