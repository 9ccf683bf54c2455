#pragma once

#include "model/Corpus.h"

#include <QStringList>

namespace claimline {

// Identities of claims and events that survive re-extraction, unlike list indexes or the
// pipeline's ids: document sha256 + the figure's text + topic/measure, with an ordinal among
// identical repeats in the same document (in text order). Events: kind + the sha256 and
// sentence text of their first mention, with the same ordinal rule.
QStringList claimKeys(const Corpus &corpus);
QStringList eventKeys(const Corpus &corpus);
// The mentions of one event: document sha256 + sentence text, with an ordinal among repeats.
QStringList mentionKeys(const Corpus &corpus, const Event &event);

} // namespace claimline
