#pragma once

#include "model/TextSpan.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace claimline {

// A word, number or punctuation mark of a sentence, for the figure scanner and the topic
// matcher. Words keep internal hyphens and apostrophes ("two-thirds", "people's");
// a hyphen between a letter and a digit separates ("B-52"), so designations stay visible.
struct WordToken
{
    enum class Type { Word, Number, Mixed, Punct };

    TextSpan span;
    Type type = Type::Punct;
    QString lower;            // lowercased text, typographic apostrophes folded to '
    QString key;              // wordKey(lower): plural-insensitive form for vocabulary
    bool spaceBefore = true;  // false when glued to the previous token ("$12", "B-52")

    bool isWord() const { return type == Type::Word; }
    bool is(QStringView s) const { return lower == s; }
};

// Splits [span) of text into tokens. Also splits glued words at a lower→upper case change
// after three letters ("woundedSouth"), which scraped tables produce.
// `withKeys` fills WordToken::key (the figure scanner does not need it).
QList<WordToken> tokenizeWords(QStringView text, TextSpan span, bool withKeys = true);

// Lemma-ish key for matching vocabulary: lowercase, "'s" dropped, plural folded
// ("casualties" → "casualty", "losses" → "loss", "troops" → "troop").
QString wordKey(QStringView lower);

} // namespace claimline
