#include "EventExtractor.h"

namespace claimline {

// STUB (owned by the attribution/events work).
QList<EventCandidate> findEventCandidates(const SentenceContext &) { return {}; }
QList<Event> mergeEvents(const QList<EventCandidate> &) { return {}; }

} // namespace claimline
