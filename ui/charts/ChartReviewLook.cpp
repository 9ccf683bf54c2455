#include "ChartReviewLook.h"

#include "project/ReviewStyle.h"

#include <QCoreApplication>
#include <QScatterSeries>

namespace claimline::ui {

ReviewLook reviewLook(ReviewState review)
{
    return review == ReviewState::Disputed ? ReviewLook::Hollow
           : review == ReviewState::Rejected ? ReviewLook::Greyed
                                             : ReviewLook::Plain;
}

void styleMarkers(QScatterSeries *s, const QColor &color, ReviewState review)
{
    s->setMarkerSize(kEstimateMarkerSize);
    switch (reviewLook(review)) {
    case ReviewLook::Plain:
        s->setColor(color);
        s->setBorderColor(color.darker(140));
        break;
    case ReviewLook::Hollow:
        s->setMarkerSize(kEstimateMarkerSize + 4); // a ring around where a filled marker would sit
        s->setColor(Qt::transparent);
        s->setPen(QPen(color, 2.0));
        break;
    case ReviewLook::Greyed:
        s->setColor(reviewColor(ReviewState::Rejected).lighter(130));
        s->setBorderColor(reviewColor(ReviewState::Rejected));
        break;
    }
}

QPen reviewedPen(const QColor &color, ReviewState review, qreal width)
{
    switch (reviewLook(review)) {
    case ReviewLook::Hollow: return QPen(color, width, Qt::DashLine);
    case ReviewLook::Greyed: return QPen(reviewColor(ReviewState::Rejected), width);
    case ReviewLook::Plain: break;
    }
    return QPen(color, width);
}

QString pointLabel(const EstimatePoint &p)
{
    // Confirmed points keep their plain label: the chart marks what needs a second look.
    const QString mark = reviewMark(p.review);
    return mark.isEmpty() || p.review == ReviewState::Confirmed ? p.label() : mark + u' ' + p.label();
}

QString reviewLegendText(ReviewState state)
{
    switch (state) {
    case ReviewState::Disputed: return QCoreApplication::translate("EstimateChart", "⚑ disputed");
    case ReviewState::Rejected: return QCoreApplication::translate("EstimateChart", "✗ rejected");
    default: return reviewStateLabel(state);
    }
}

} // namespace claimline::ui
