#pragma once

#include "Claim.h"

namespace claimline {

// When two stated figures count as the same: one definition for the comparison groups and
// every view that marks disagreement.
struct ValueRange
{
    double low = 0;
    double high = 0;
};

// The values a claim allows, with the tolerance within which reports count as one figure
// (±2.5 % each side, so two ranges overlap when the figures are within ~5 %): "more than
// 6,000" reaches a quarter above, "up to 12,000" a quarter below, a range spans its ends.
ValueRange agreementRange(const Claim &claim);
bool valuesAgree(const Claim &a, const Claim &b);

} // namespace claimline
