#pragma once

#include "ProjectData.h"

#include <QStringList>

namespace claimline {

// The corpus as the analyst sees it: extraction + added claims/events + corrections +
// claimant merges. Keys run parallel to the claims and events.
struct EffectiveCorpus
{
    Corpus corpus;
    QStringList claimKeys;
    QStringList eventKeys;
    QStringList unplacedKeys; // added items whose article no longer exists
};

EffectiveCorpus buildEffectiveCorpus(const ProjectData &data);

// Follows merges (a→b→c) to the final name; stops on a cycle.
QString resolveClaimant(const QMap<QString, QString> &merges, const QString &name);

// Applies corrections to one claim's values.
void applyCorrections(Claim &claim, const ClaimCorrections &corrections);

} // namespace claimline
