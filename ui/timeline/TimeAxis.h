#pragma once

#include "TimelineLayout.h"

#include <QFontMetricsF>
#include <QRectF>
#include <QString>
#include <vector>

namespace claimline::ui {

// The ruler over the timeline, computed (not painted) for one mapping: the finest level
// — hours, days, weeks, months, quarters, years, decades — whose labels fit side by
// side, its ticks (major at the next coarser unit) and the label boxes.
struct TimeAxis
{
    struct Label
    {
        QRectF rect;         // where the text goes, in widget coordinates
        QString text;
    };

    QString level;           // "hours", "days", "weeks", "months", "quarters", "years", "decades"
    std::vector<double> minorTicks; // x of every tick of the level
    std::vector<double> majorTicks; // x of the ticks of the coarser unit
    std::vector<Label> minorLabels; // lower row, one per minor tick in view
    std::vector<Label> majorLabels; // upper row: the wider context ("June 2024"), sticky at left

    // `top` is the ruler's top edge; labels take two rows of the font's height.
    static TimeAxis compute(const TimeMapping &map, const QFontMetricsF &metrics, double top);
    static constexpr double kLabelGap = 8; // least space between two labels
};

} // namespace claimline::ui
