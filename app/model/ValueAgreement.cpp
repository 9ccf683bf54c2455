#include "ValueAgreement.h"

#include <algorithm>
#include <cmath>

namespace claimline {

namespace {
// Half the relative gap within which two stated values count as the same figure.
constexpr double kHalfTolerance = 0.025;
// How far an open bound ("more than 6,000", "up to 12,000") is read to reach.
constexpr double kOpenReach = 0.25;
} // namespace

ValueRange agreementRange(const Claim &c)
{
    double lo = c.low, hi = c.high.value_or(c.low);
    switch (c.qualifier) {
    case Qualifier::MoreThan:
    case Qualifier::AtLeast: hi *= 1 + kOpenReach; break;
    case Qualifier::UpTo: lo *= 1 - kOpenReach; break;
    default: break;
    }
    const double slack = kHalfTolerance * std::max(std::abs(lo), std::abs(hi));
    return {lo - slack, hi + slack};
}

bool valuesAgree(const Claim &a, const Claim &b)
{
    const ValueRange x = agreementRange(a), y = agreementRange(b);
    return x.low <= y.high && y.low <= x.high;
}

} // namespace claimline
