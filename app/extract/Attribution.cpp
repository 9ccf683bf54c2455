#include "Attribution.h"

namespace claimline {

// STUB (owned by the attribution/events work).
AttributionResolver::AttributionResolver() = default;

Attribution AttributionResolver::attribute(const SentenceContext &, TextSpan)
{
    return {};
}

QString AttributionResolver::canonicalName(QStringView surface) const
{
    return surface.toString();
}

} // namespace claimline
