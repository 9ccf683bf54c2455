#pragma once

#include "model/DayInterval.h"

#include <QDate>

namespace claimline::dates {

// Calendar arithmetic behind the temporal grammar: pure functions of their arguments.

enum class Part { Whole, Early, Mid, Late, Begin, End, FirstHalf, SecondHalf };

DayInterval seasonInterval(int year, int season);      // winter = Dec year .. Feb year+1
DayInterval quarterInterval(int year, int quarter);
DayInterval weekOf(QDate day);                         // Monday .. Sunday
// A part of a month ("early March" = 1–10), of a year ("late 2023" = Sep–Dec) or of any span.
DayInterval monthPart(int year, int month, Part part);
DayInterval yearPart(int year, Part part);
DayInterval spanPart(const DayInterval &whole, Part part);

// Year for a year-less month (day 0) or day: news reports the past, so the occurrence
// nearest before or at the reference (a few days after still counts); the next one when
// the text speaks of the future.
int inferYear(int month, int day, QDate reference, bool future);
// The season occurrence (by its starting year) most recently begun at the reference, or
// the next one for the future; `completed` asks for the last one that has ended.
int inferSeasonYear(int season, QDate reference, bool future, bool completed);

DayInterval shifted(const DayInterval &interval, int amount, int unit); // unit: dates::Unit

} // namespace claimline::dates
