#include "ReviewStyle.h"

#include <QCoreApplication>
#include <QList>
#include <algorithm>

namespace claimline::ui {

QString reviewStateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::Unreviewed: return QCoreApplication::translate("Review", "Unreviewed");
    case ReviewState::Confirmed: return QCoreApplication::translate("Review", "Confirmed");
    case ReviewState::Disputed: return QCoreApplication::translate("Review", "Disputed");
    case ReviewState::Rejected: return QCoreApplication::translate("Review", "Rejected");
    }
    return {};
}

QString reviewMark(ReviewState state)
{
    switch (state) {
    case ReviewState::Confirmed: return QStringLiteral("✓");
    case ReviewState::Disputed: return QStringLiteral("⚑");
    case ReviewState::Rejected: return QStringLiteral("✗");
    case ReviewState::Unreviewed: break;
    }
    return {};
}

QColor reviewColor(ReviewState state)
{
    switch (state) {
    case ReviewState::Confirmed: return QColor(46, 125, 50);
    case ReviewState::Disputed: return QColor(198, 40, 40);
    case ReviewState::Rejected: return QColor(150, 150, 150);
    case ReviewState::Unreviewed: break;
    }
    return {};
}

QColor reviewTextColor(ReviewState state)
{
    switch (state) {
    case ReviewState::Disputed: return QColor(183, 28, 28);
    case ReviewState::Rejected: return QColor(140, 140, 140);
    default: return {};
    }
}

ReviewState combinedReviewState(const QList<ReviewState> &states)
{
    if (states.isEmpty())
        return ReviewState::Unreviewed;
    if (states.contains(ReviewState::Disputed))
        return ReviewState::Disputed;
    const auto all = [&states](ReviewState s) { return std::all_of(states.cbegin(), states.cend(), [s](ReviewState x) { return x == s; }); };
    if (all(ReviewState::Rejected))
        return ReviewState::Rejected;
    if (all(ReviewState::Confirmed))
        return ReviewState::Confirmed;
    return ReviewState::Unreviewed;
}

} // namespace claimline::ui
