#pragma once

#include "DayInterval.h"

#include <QList>
#include <QString>

namespace claimline {

// Claims that measure the same thing (topic, measure, subject, overlapping dates): one row
// of the source-comparison table. `disagreeing` when their values do not all agree.
struct ClaimGroup
{
    QString id;
    QString topic;
    QString measure;
    QString label;           // "casualties — killed or wounded"
    DayInterval dates;       // union of the members' as_of
    QList<int> claimIndexes; // into Corpus::claims
    double minValue = 0;     // spread over the members (low of the lowest, high of the highest)
    double maxValue = 0;
    bool disagreeing = false;
};

} // namespace claimline
