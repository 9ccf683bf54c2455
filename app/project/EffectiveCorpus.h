#pragma once

#include "ProjectData.h"

#include <QStringList>

namespace claimline {

// The corpus as the analyst sees it: extraction + event splits/merges + added
// claims/events + corrections + claimant merges. Keys run parallel to the claims and events.
struct EffectiveCorpus
{
    Corpus corpus;
    QStringList claimKeys;
    QStringList eventKeys;
    QStringList unplacedKeys; // added items whose article no longer exists
    QList<int> unappliedEdits; // indexes into ProjectData::eventEdits that found no events
};

EffectiveCorpus buildEffectiveCorpus(const ProjectData &data);

// Applies one split or merge to `corpus.events`; false (and nothing changed) when its
// events or mentions are not there.
bool applyEventEdit(Corpus &corpus, const EventEdit &edit);

// Follows merges (a→b→c) to the final name; stops on a cycle.
QString resolveClaimant(const QMap<QString, QString> &merges, const QString &name);

// Applies corrections to one claim's values.
void applyCorrections(Claim &claim, const ClaimCorrections &corrections);

} // namespace claimline
