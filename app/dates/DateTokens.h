#pragma once

#include "DateLexicon.h"

#include <QStringView>
#include <vector>

namespace claimline::dates {

// A word, a run of ASCII digits or one other non-space character.
struct Token
{
    enum Kind : quint8 { Word, Digits, Punct };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Punct;
    bool capitalised = false; // words: first letter upper-case
    char16_t ch = 0;          // punctuation: the character
    int digits = 0;           // digit runs: how many digits
    int value = 0;            // digit runs: the value (saturated); words: lexicon value
    LexEntry lex;             // words: lexicon entry
};

// Tokenises text[start, end) in one linear pass into `tokens` (cleared first, so that a
// caller can keep one buffer for many spans); offsets are absolute.
void tokenize(QStringView text, qsizetype start, qsizetype end, std::vector<Token> &tokens);

} // namespace claimline::dates
