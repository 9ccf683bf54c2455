#pragma once

#include "WordRuns.h"

#include <QStringView>

namespace claimline {
namespace wordruns {

// alnumRunEnd() for tokenizers that read every character of most sentences: ASCII letters and
// digits (nearly all of them) are told by two comparisons, without decoding a code point
// and asking QChar's tables; any other character is read as alnumRunEnd() reads it.
inline qsizetype fastAlnumRunEnd(QStringView s, qsizetype i)
{
    const char16_t *p = s.utf16();
    while (i < s.size()) {
        const char16_t u = p[i];
        if (u < 0x80) {
            if (char16_t((u | 0x20) - u'a') >= 26 && char16_t(u - u'0') >= 10)
                break;
            ++i;
            continue;
        }
        qsizetype units = 1;
        if (!isLetterOrNumberAt(s, i, &units))
            break;
        i += units;
    }
    return i;
}

// [\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)* from `i` (greedy), as wordEnd(), which reads a
// word again when a joiner follows its first run ("Russia's", "U.S.-led": few words).
inline qsizetype fastWordEnd(QStringView s, qsizetype i)
{
    const qsizetype end = fastAlnumRunEnd(s, i);
    if (end == i || end + 1 >= s.size() || !isJoiner(s[end]))
        return end;
    return wordEnd(s, i);
}

} // namespace wordruns
} // namespace claimline
