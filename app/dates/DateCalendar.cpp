#include "DateCalendar.h"

#include "DateLexicon.h"

namespace claimline::dates {

namespace {
constexpr int kDaysAfterReference = 7; // a dateline can trail the events by a few days

// "June" shifted by two months is all of August, not August 1–30.
DayInterval keepMonthEnd(const DayInterval &from, DayInterval to)
{
    if (from.last.day() == from.last.daysInMonth())
        to.last = QDate(to.last.year(), to.last.month(), to.last.daysInMonth());
    return to;
}
} // namespace

DayInterval seasonInterval(int year, int season)
{
    switch (Season(season)) {
    case Season::Spring: return {QDate(year, 3, 1), QDate(year, 5, 31)};
    case Season::Summer: return {QDate(year, 6, 1), QDate(year, 8, 31)};
    case Season::Fall: return {QDate(year, 9, 1), QDate(year, 11, 30)};
    case Season::Winter: return {QDate(year, 12, 1), QDate(year + 1, 3, 1).addDays(-1)};
    }
    return {};
}

DayInterval quarterInterval(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

DayInterval weekOf(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

DayInterval monthPart(int year, int month, Part part)
{
    const DayInterval m = DayInterval::month(year, month);
    switch (part) {
    case Part::Whole: return m;
    case Part::Early:
    case Part::Begin: return {m.first, QDate(year, month, 10)};
    case Part::Mid: return {QDate(year, month, 11), QDate(year, month, 20)};
    case Part::Late:
    case Part::End: return {QDate(year, month, 21), m.last};
    case Part::FirstHalf: return {m.first, QDate(year, month, 15)};
    case Part::SecondHalf: return {QDate(year, month, 16), m.last};
    }
    return m;
}

DayInterval yearPart(int year, Part part)
{
    switch (part) {
    case Part::Whole: return DayInterval::year(year);
    case Part::Early: return {QDate(year, 1, 1), QDate(year, 4, 30)};
    case Part::Mid: return {QDate(year, 5, 1), QDate(year, 8, 31)};
    case Part::Late: return {QDate(year, 9, 1), QDate(year, 12, 31)};
    case Part::Begin: return DayInterval::month(year, 1);
    case Part::End: return DayInterval::month(year, 12);
    case Part::FirstHalf: return {QDate(year, 1, 1), QDate(year, 6, 30)};
    case Part::SecondHalf: return {QDate(year, 7, 1), QDate(year, 12, 31)};
    }
    return {};
}

DayInterval spanPart(const DayInterval &whole, Part part)
{
    // A day or two has no parts worth naming ("mid today").
    if (!whole.isValid() || part == Part::Whole || whole.days() < 3)
        return whole;
    const qint64 n = whole.days();
    const qint64 third = std::max<qint64>(1, n / 3);
    const qint64 half = std::max<qint64>(1, n / 2);
    switch (part) {
    case Part::Early:
    case Part::Begin: return {whole.first, whole.first.addDays(third - 1)};
    case Part::Mid: return {whole.first.addDays(third), whole.last.addDays(-third)};
    case Part::Late:
    case Part::End: return {whole.last.addDays(1 - third), whole.last};
    case Part::FirstHalf: return {whole.first, whole.first.addDays(half - 1)};
    case Part::SecondHalf: return {whole.first.addDays(half), whole.last};
    case Part::Whole: break;
    }
    return whole;
}

int inferYear(int month, int day, QDate reference, bool future)
{
    const int y = reference.year();
    // Compare on the first day of the month when the day is unknown or impossible.
    const int d = (day > 0 && QDate::isValid(y, month, day)) ? day : (day > 0 ? 28 : 1);
    const QDate candidate(y, month, d);
    if (future)
        return candidate < reference ? y + 1 : y;
    return candidate > reference.addDays(kDaysAfterReference) ? y - 1 : y;
}

int inferSeasonYear(int season, QDate reference, bool future, bool completed)
{
    const int y = reference.year();
    if (future) {
        for (int year = y - 1; year <= y + 1; ++year)
            if (seasonInterval(year, season).first > reference)
                return year;
        return y + 1;
    }
    for (int year = y; year >= y - 2; --year) {
        const DayInterval s = seasonInterval(year, season);
        if (completed ? s.last < reference : s.first <= reference)
            return year;
    }
    return y - 1;
}

DayInterval shifted(const DayInterval &interval, int amount, int unit)
{
    if (!interval.isValid())
        return {};
    switch (Unit(unit)) {
    case Unit::Day: return {interval.first.addDays(amount), interval.last.addDays(amount)};
    case Unit::Week: return {interval.first.addDays(7 * amount), interval.last.addDays(7 * amount)};
    case Unit::Month: return keepMonthEnd(interval, {interval.first.addMonths(amount), interval.last.addMonths(amount)});
    case Unit::Year: return keepMonthEnd(interval, {interval.first.addYears(amount), interval.last.addYears(amount)});
    case Unit::Decade:
        return keepMonthEnd(interval, {interval.first.addYears(10 * amount), interval.last.addYears(10 * amount)});
    case Unit::Hour:
    case Unit::Minute: return interval;
    }
    return {};
}

} // namespace claimline::dates
