#pragma once

#include "model/Qualifier.h"
#include "model/TextSpan.h"

#include <optional>

namespace claimline {

// A number as the text states it, before anyone decides what it counts.
struct Figure
{
    enum class Kind {
        Count,     // "6,000", "one thousand", "9 mn", "3,800 to 4,000"
        Money,     // "$2,000", "$12 million" (value in the currency's units)
        Percent,   // "20%", "more than half" (50), "two-thirds" (66.67)
        Area,      // "500 square miles" (value converted to km²), "1,300 square kilometers"
        Ordinal,   // "second", "third" (value 2, 3): "his second trip"
        Times      // "three times" (value 3)
    };

    TextSpan span;        // whole figure with its qualifier: "about 3,800 to 4,000"
    TextSpan valueSpan;   // just the number(s): "3,800 to 4,000"
    Kind kind = Kind::Count;
    double low = 0;
    std::optional<double> high;
    Qualifier qualifier = Qualifier::Exact;
    QString currency;     // "USD" for money
    QString unitText;     // the unit word as written, when any ("square miles", "%")
    bool fromFraction = false; // "half", "two-thirds": a share of something else
};

} // namespace claimline
