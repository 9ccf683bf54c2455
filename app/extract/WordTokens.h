#pragma once

#include "model/TextSpan.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace claimline {

// A word, number or punctuation mark of a sentence, for the figure scanner and the topic
// matcher. Words keep internal hyphens and apostrophes ("two-thirds", "people's");
// a hyphen between a letter and a digit separates ("B-52"), so designations stay visible.
// `lower` and `key` view the WordTokens that made the token (one buffer per sentence,
// not two strings per token: those allocations were a sixth of the extraction profile).
struct WordToken
{
    enum class Type { Word, Number, Mixed, Punct };

    TextSpan span;
    Type type = Type::Punct;
    QStringView lower;        // lowercased text, typographic apostrophes folded to '
    QStringView key;          // wordKey(lower): plural-insensitive form for vocabulary
    bool spaceBefore = true;  // false when glued to the previous token ("$12", "B-52")
    bool ascii = true;        // every unit is ASCII: `lower` is the text lowercased unit for unit

    bool isWord() const { return type == Type::Word; }
    bool isWordOrNumber() const { return type != Type::Punct; }
    bool is(QStringView s) const { return lower == s; }
};

// The tokens of one span with the folded texts they view. Copies share one immutable
// block (tokens and buffer), so their views stay valid and a copy costs a reference count.
class WordTokens
{
public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const WordToken &at(qsizetype i) const { return m_tokens[i]; }
    const WordToken &operator[](qsizetype i) const { return m_tokens[i]; }
    const WordToken *begin() const { return m_tokens; }
    const WordToken *end() const { return m_tokens + m_size; }

private:
    friend WordTokens tokenizeWords(QStringView text, TextSpan span, bool withKeys);
    struct Data
    {
        QString folded; // every token's lower (and key when it is not a prefix of it)
        std::vector<WordToken> tokens;
    };
    std::shared_ptr<const Data> m_data;
    const WordToken *m_tokens = nullptr; // m_data's tokens, read on every lookup
    qsizetype m_size = 0;
};

// Splits [span) of text into tokens. Also splits glued words at a lower→upper case change
// after three letters ("woundedSouth"), which scraped tables produce.
// `withKeys` fills WordToken::key (the figure scanner does not need it).
WordTokens tokenizeWords(QStringView text, TextSpan span, bool withKeys = true);

// Whether the word tokens of `text` stand where wordruns::wordEnd() finds words, so that
// tokenizers of that pattern can read them instead of the text: not where a joiner glues
// words ("U.S.", "B-52", "2022-23"), a case change splits a glued one ("woundedSouth"), a
// word of non-ASCII units holds a comma or a non-breaking hyphen, or a surrogate pair
// stands (a token per unit, where wordEnd() reads code points). An ASCII number's commas
// ("1,420") are left to the reader: it splits the token there.
bool tokensAreWordRuns(QStringView text, const WordTokens &tokens);

// Lemma-ish key for matching vocabulary: lowercase, "'s" dropped, plural folded
// ("casualties" → "casualty", "losses" → "loss", "troops" → "troop").
QString wordKey(QStringView lower);

} // namespace claimline
