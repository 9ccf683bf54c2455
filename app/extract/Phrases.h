#pragma once

#include "WordTokens.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace claimline {

// A lexicon phrase as a sequence of lowercase tokens, matched against WordTokens of a
// sentence. "*" matches any one token.
struct Phrase
{
    QStringList words;
    bool folded = false; // compare with wordKey() (plural-insensitive) instead of exactly

    static Phrase parse(const QString &text, bool folded);
    int length() const { return int(words.size()); }

    // True when the phrase starts at tokens[at].
    bool matchesAt(const WordTokens &tokens, qsizetype at, qsizetype limit) const;
    // True when the phrase ends at tokens[end - 1].
    bool endsAt(const WordTokens &tokens, qsizetype end, qsizetype floor) const;
};

// Phrases of a JSON array of strings, longest first (so the longest hedge wins).
QList<Phrase> parsePhrases(const QJsonValue &array, bool folded);

} // namespace claimline
