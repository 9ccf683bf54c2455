#include "ClaimGrouper.h"

namespace claimline {

// STUB (owned by the attribution/events work).
void groupClaims(Corpus &) {}

} // namespace claimline
