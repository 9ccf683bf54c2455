#include "Review.h"

namespace claimline {

QString reviewStateName(ReviewState s)
{
    switch (s) {
    case ReviewState::Unreviewed: return QStringLiteral("unreviewed");
    case ReviewState::Confirmed: return QStringLiteral("confirmed");
    case ReviewState::Disputed: return QStringLiteral("disputed");
    case ReviewState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ReviewState> reviewStateFromName(const QString &name)
{
    for (ReviewState s : {ReviewState::Unreviewed, ReviewState::Confirmed, ReviewState::Disputed, ReviewState::Rejected})
        if (reviewStateName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace claimline
