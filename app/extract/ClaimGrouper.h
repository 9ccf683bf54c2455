#pragma once

#include "model/Corpus.h"

namespace claimline {

// Groups the corpus's claims by what they measure (topic, measure, subject, overlapping
// dates) and marks each group agreeing or disagreeing with its spread of values; fills
// Corpus::groups and each claim's groupIndex.
void groupClaims(Corpus &corpus);

} // namespace claimline
