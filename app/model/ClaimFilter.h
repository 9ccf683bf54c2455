#pragma once

#include "Corpus.h"
#include "DayInterval.h"

#include <QSet>
#include <QString>

namespace claimline {

// What the analyst asked to see: applies to every view. Empty fields accept everything.
struct ClaimFilter
{
    DayInterval dates;           // items whose date overlaps it
    QSet<QString> topics;        // "casualties"
    QSet<QString> measures;      // "killed_or_wounded"
    QSet<QString> claimants;
    QSet<QString> outlets;
    QString text;                // case-insensitive, in quote, subject, claimant, outlet, label
    QSet<QString> hiddenIds;     // claim and event ids the caller hides (e.g. rejected in review)

    bool isEmpty() const;
    bool accepts(const Corpus &corpus, const Claim &claim) const;
    bool accepts(const Corpus &corpus, const Event &event) const;

    friend bool operator==(const ClaimFilter &, const ClaimFilter &) = default;
};

} // namespace claimline
