#pragma once

#include "EstimateSeries.h"
#include "project/Review.h"

#include <QColor>
#include <QPen>
#include <QString>

class QScatterSeries;

namespace claimline::ui {

// How the estimate chart shows review states, the same states the table and timeline mark
// (ui/project/ReviewStyle): disputed estimates as a ring with dashed bars and "⚑" in the
// label, rejected ones (when "Hide rejected" is off) grey with "✗".
enum class ReviewLook { Plain, Hollow, Greyed };

constexpr qreal kEstimateMarkerSize = 9;  // a plain marker's diameter (the ring is wider)

ReviewLook reviewLook(ReviewState review);
void styleMarkers(QScatterSeries *series, const QColor &claimantColor, ReviewState review);
QPen reviewedPen(const QColor &claimantColor, ReviewState review, qreal width);  // range/day bars
QString pointLabel(const EstimatePoint &point);           // "⚑ 6,000"
QString reviewLegendText(ReviewState state);              // "⚑ disputed", "✗ rejected"

} // namespace claimline::ui
