#pragma once

#include "extract/EventExtractor.h"

#include <QList>

namespace claimline {

struct Corpus;

// The candidates a corpus's merged events came from, rebuilt for merging again when shards
// extracted apart are joined (`import --jsonl`): each mention's sentence is read again for
// the candidate of its date (the model keeps neither its label nor its keys), falling back to
// the event's kind and label and the sentence's names; in text order, as one run finds them.
QList<EventCandidate> eventCandidatesOf(const Corpus &corpus);

} // namespace claimline
