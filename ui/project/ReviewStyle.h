#pragma once

#include "project/Review.h"

#include <QColor>
#include <QString>

namespace claimline::ui {

// How review states look, the same in every view: rejected items greyed and struck
// through, disputed ones in red with a flag, confirmed ones with a check mark.
QString reviewStateLabel(ReviewState state);          // "Disputed"
QString reviewMark(ReviewState state);                // "⚑", "✓", "✗" or empty
QColor reviewColor(ReviewState state);                // invalid for Unreviewed
QColor reviewTextColor(ReviewState state);            // greyed for Rejected, red for Disputed

// The state that should show when several claims share a cell: disputed wins, then
// rejected only when all are, then confirmed when all are.
ReviewState combinedReviewState(const QList<ReviewState> &states);

} // namespace claimline::ui
