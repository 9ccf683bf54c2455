#pragma once

#include "WordTokens.h"

#include <algorithm>

namespace claimline {

// Where the next comma at or after `from` stands in a word token's lower text, or -1.
// Word-run readers split a number token there ("1,420": a comma joins no word run); an
// ASCII number or mixed token is the only kind that holds one (tokensAreWordRuns).
// A plain scan: QStringView::indexOf() calls out of line for each of these short tokens.
inline qsizetype numberCommaAt(const WordToken &t, qsizetype from)
{
    if (t.type != WordToken::Type::Number && t.type != WordToken::Type::Mixed)
        return -1;
    const char16_t *begin = t.lower.utf16(), *end = begin + t.lower.size();
    const char16_t *comma = std::find(begin + from, end, u',');
    return comma == end ? -1 : qsizetype(comma - begin);
}

} // namespace claimline
