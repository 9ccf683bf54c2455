#pragma once

#include <QJsonObject>
#include <QString>

namespace claimline {

// Lexicons are data: JSON files built into the program from resources/lexicon/, each of
// which an analyst can extend without recompiling by putting a file of the same name in
// $CLAIMLINE_LEXICON_DIR. Objects are merged key by key (arrays are concatenated), so an
// override file only needs what it adds.
QJsonObject loadLexicon(const QString &name); // name without ".json": "topics", "claimants"…

} // namespace claimline
