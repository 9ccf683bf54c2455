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

std::optional<DayInterval> dayIntervalFromText(const QString &text)
{
    const QStringList parts = text.split(QStringLiteral(".."));
    const QDate first = QDate::fromString(parts.value(0).trimmed(), Qt::ISODate);
    const QDate last = parts.size() > 1 ? QDate::fromString(parts.at(1).trimmed(), Qt::ISODate) : first;
    const DayInterval iv(first, last);
    if (parts.size() > 2 || !iv.isValid())
        return std::nullopt;
    return iv;
}

} // namespace claimline
