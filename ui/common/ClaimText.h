#pragma once

#include "model/Claim.h"
#include "model/DayInterval.h"

#include <QString>

namespace claimline::ui {

// How figures and dates read on screen. Pure functions over model values, shared by views.
QString formatNumber(double value);                    // "4,000", "1.5"
QString formatValue(const Claim &claim);              // "≥ 4,000", "3,800–4,000", "~12 %"
QString formatInterval(const DayInterval &interval);  // "4 Jun 2024", "Jun 2024", "1–9 Jun 2024", "—"
QString humanize(const QString &identifier);          // "killed_or_wounded" → "killed or wounded"
QString topicLabel(const QString &topic, const QString &measure); // "casualties — killed or wounded"

// The interval of values a claim allows (AtLeast is open above, UpTo starts at 0).
struct ValueBounds
{
    double low = 0;
    double high = 0;
};
ValueBounds valueBounds(const Claim &claim);

} // namespace claimline::ui
