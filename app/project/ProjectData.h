#pragma once

#include "Review.h"
#include "model/Corpus.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace claimline {

// A claim the analyst added. It refers to its article by id ("doc-<sha>-a": stable across
// re-extraction). Without a text span (`claim.quoteSpan` empty) it stands for the whole
// article.
struct AddedClaim
{
    QString key;          // "added:<uuid>", its review identity
    QString articleId;
    Claim claim;          // documentIndex, articleIndex and groupIndex are recomputed
};

// An event the analyst added, with mentions in one article (empty span: the whole article).
struct AddedEvent
{
    QString key;
    QString articleId;
    Event event;          // mentions' document/article indexes are recomputed
};

// An analyst's correction of how extraction grouped mentions into events. Kept apart from
// the extraction and addressed by stable keys (StableKey.h), so that re-extraction replays
// it; one that no longer finds its events is kept and shown as orphaned.
struct EventEdit
{
    enum class Kind { Split, Merge };
    Kind kind = Kind::Split;
    QString eventKey;         // Split: the event split; Merge: the event that stays
    QString otherKey;         // Merge: the event merged into eventKey (and removed)
    QStringList mentionKeys;  // Split: the mentions moved into a new event

    friend bool operator==(const EventEdit &, const EventEdit &) = default;
};

// Everything a project holds, as plain values: what the store saves and loads, and what
// ProjectModel edits through its requests.
struct ProjectData
{
    Corpus extracted;                          // pipeline output, as extracted
    QList<QByteArray> contents;                // raw bytes per document ("" when unknown)
    QMap<QString, ReviewRecord> claimReviews;  // by stable claim key (StableKey.h)
    QMap<QString, ReviewRecord> eventReviews;  // by stable event key
    QList<AddedClaim> addedClaims;
    QList<AddedEvent> addedEvents;
    QMap<QString, QString> claimantMerges;     // merged name → the name it was merged into
    QList<EventEdit> eventEdits;               // applied in order to the extraction's events
};

} // namespace claimline
