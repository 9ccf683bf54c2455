#pragma once

#include <QDate>
#include <QString>

namespace claimline {

// An inclusive interval of calendar days: "June 2024" is [2024-06-01, 2024-06-30],
// "4 June" one day. The unit in which every date in the model is expressed, so that
// uncertainty ("fall 2024") is carried rather than rounded to a point.
struct DayInterval
{
    QDate first;
    QDate last;

    DayInterval() = default;
    DayInterval(QDate from, QDate to) : first(from), last(to) {}
    static DayInterval day(QDate d) { return {d, d}; }
    static DayInterval month(int year, int month);
    static DayInterval year(int year);

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    qint64 days() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    bool contains(QDate d) const { return isValid() && first <= d && d <= last; }
    bool overlaps(const DayInterval &other) const;
    DayInterval intersected(const DayInterval &other) const;
    DayInterval united(const DayInterval &other) const;
    // Intersection over union counted in days; 0 when either side is invalid.
    double iou(const DayInterval &other) const;
    QDate midpoint() const;

    QString toString() const; // "2024-06-01..2024-06-30" or "2024-06-04"

    friend bool operator==(const DayInterval &, const DayInterval &) = default;
};

} // namespace claimline
