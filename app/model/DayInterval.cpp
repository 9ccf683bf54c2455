#include "DayInterval.h"

#include <algorithm>

namespace claimline {

DayInterval DayInterval::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

DayInterval DayInterval::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

bool DayInterval::overlaps(const DayInterval &other) const
{
    return isValid() && other.isValid() && first <= other.last && other.first <= last;
}

DayInterval DayInterval::intersected(const DayInterval &other) const
{
    if (!overlaps(other))
        return {};
    return {std::max(first, other.first), std::min(last, other.last)};
}

DayInterval DayInterval::united(const DayInterval &other) const
{
    if (!isValid())
        return other;
    if (!other.isValid())
        return *this;
    return {std::min(first, other.first), std::max(last, other.last)};
}

double DayInterval::iou(const DayInterval &other) const
{
    const DayInterval inter = intersected(other);
    if (!inter.isValid())
        return 0.0;
    const qint64 unionDays = united(other).days();
    return double(inter.days()) / double(unionDays);
}

QDate DayInterval::midpoint() const
{
    return isValid() ? first.addDays(first.daysTo(last) / 2) : QDate();
}

QString DayInterval::toString() const
{
    if (!isValid())
        return {};
    const QString a = first.toString(Qt::ISODate);
    return first == last ? a : a + QStringLiteral("..") + last.toString(Qt::ISODate);
}

} // namespace claimline
