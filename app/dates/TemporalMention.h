#pragma once

#include "model/DayInterval.h"
#include "model/TextSpan.h"

namespace claimline {

// A temporal expression found in text and resolved into days.
struct TemporalMention
{
    enum class Granularity { Day, Week, Month, Season, Quarter, Year, Decade, Unknown };
    enum class Role {
        Point,    // "on June 17", "in August 2024", "Tuesday"
        Since,    // "since late 2023": interval runs from the expression to the reference date
        Until,    // "until May 2024", "by March 2025"
        Duration  // "for about eight months", "two years": not a date, interval invalid
    };

    TextSpan span;                 // absolute offsets in the document text
    DayInterval interval;          // resolved; invalid when it cannot be (or for a Duration)
    Granularity granularity = Granularity::Unknown;
    Role role = Role::Point;
    bool relative = false;         // depended on the reference date ("last June", "Tuesday")
    bool yearExplicit = false;     // the text states the year ("June 19, 2024")
    bool future = false;           // the text places it ahead ("will meet on June 20", "next Monday")
};

} // namespace claimline
