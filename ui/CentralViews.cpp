#include "CentralViews.h"

#include "timeline/TimelineView.h"

#include <QLabel>

namespace claimline::ui {

namespace {
// Placeholder until the real view is merged (see createCentralViews).
QWidget *placeholder(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}
} // namespace

// At merge time, replace each placeholder with the real class, e.g.
//   views.charts = new EstimateChartView(workspace, parent);       // charts/EstimateChartView.h
//   auto *review = new ReviewView(workspace, parent);              // review/ReviewView.h
//   views.review = review;
//   views.showInReview = [review](int claim) { review->showClaim(claim); };
CentralViews createCentralViews(Workspace *workspace, QWidget *parent)
{
    CentralViews views;
    views.timeline = new TimelineView(workspace, parent);
    views.charts = placeholder(QObject::tr("Estimate charts (coming with the chart view)"), parent);
    views.review = placeholder(QObject::tr("Review of extracted claims (coming with the review pane)"), parent);
    views.showInReview = [](int) {};
    return views;
}

} // namespace claimline::ui
