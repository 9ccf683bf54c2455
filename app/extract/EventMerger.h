#pragma once

#include "EventExtractor.h"

#include <memory>
#include <utility>
#include <vector>

namespace claimline {

// Events of every kind as merged, each with the merge position of its cluster's seed.
struct MergedEvents
{
    std::vector<std::pair<int, Event>> bySeed;
};

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
    // After every kind is merged: the events, sorted and with their ids.
    QList<Event> takeEvents();
    // The same in two steps: the merged events (a move), then orderEvents(), which needs
    // neither this merge nor the candidates, so that both can be freed meanwhile.
    MergedEvents takeMerged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Sorts merged events (by date, label, kind) and gives them their ids.
QList<Event> orderEvents(MergedEvents merged);

} // namespace claimline
