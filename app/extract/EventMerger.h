#pragma once

#include "EventExtractor.h"

#include <memory>

namespace claimline {

// mergeEvents() in steps, so that the pipeline can spread it over threads and run it
// beside the claim passes. A candidate only ever joins a cluster of its own kind, so each
// kind is merged on its own, in any order and on any thread; takeEvents() then lists the
// clusters in the order one pass over all candidates would have made them, so the events
// (and their ids) are the same as mergeEvents().
class EventMerge
{
public:
    // Interns keys and kinds and orders the candidates. `candidates` must outlive this.
    explicit EventMerge(const QList<EventCandidate> &candidates);
    ~EventMerge();
    EventMerge(const EventMerge &) = delete;
    EventMerge &operator=(const EventMerge &) = delete;

    int kindCount() const;
    qsizetype candidateCount(int kind) const; // to hand out the largest kinds first
    // Safe to call concurrently for different kinds; each kind exactly once.
    void mergeKind(int kind);
    // After every kind is merged: the events, sorted and with their ids. Reads no candidate
    // (the events copied what they need), so the candidates may be freed meanwhile.
    QList<Event> takeEvents();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace claimline
