#pragma once

#include "SentenceContext.h"
#include "model/Event.h"

#include <QList>

namespace claimline {

struct Corpus;

// A dated happening reported in one sentence, before merging.
struct EventCandidate
{
    EventMention mention;
    QString kind;      // "meeting", "signing", "deployment", "report", … (resources/lexicon/events.json)
    QString label;     // short: "Shoigu visits Pyongyang"
    QStringList keys;  // content words and names used to merge with other mentions
};

// Finds event mentions: an event verb or noun of the lexicon with a date (or an anchor) in
// the same sentence.
QList<EventCandidate> findEventCandidates(const SentenceContext &sentence);

// The keys findEventCandidates gives the candidates of a sentence (the names it holds,
// outside its date expressions; `dateSpans` relative to the sentence): for mentions read
// back without them, as `import --jsonl` does, to merge the way one run would.
QStringList eventKeysOf(QStringView sentence, const QList<TextSpan> &dateSpans);

// Merges candidates that report the same happening (same kind, overlapping dates, shared
// participants) across articles and documents; each event keeps all its mentions.
QList<Event> mergeEvents(const QList<EventCandidate> &candidates);

} // namespace claimline
