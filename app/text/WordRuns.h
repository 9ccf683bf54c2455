#pragma once

#include <QChar>
#include <QStringView>

namespace claimline {

// Hand-written equivalents of the word patterns the extractors used to run as regular
// expressions on every token (a regex match object per word dominated their profiles).
// They read code points, as PCRE2 does, so that letters outside the BMP count as letters.
namespace wordruns {

// The code point at `i` and its length in UTF-16 units (1 or 2).
inline char32_t codePointAt(QStringView s, qsizetype i, qsizetype *units)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    *units = 1;
    return c.unicode();
}

// [\p{L}\p{N}]
inline bool isLetterOrNumberAt(QStringView s, qsizetype i, qsizetype *units)
{
    const char32_t c = codePointAt(s, i, units);
    return QChar::isLetter(c) || QChar::isNumber(c);
}

// \p{L}
inline bool isLetterAt(QStringView s, qsizetype i, qsizetype *units)
{
    return QChar::isLetter(codePointAt(s, i, units));
}

// [\p{L}\p{N}]+ from `i`: the end of the run, or `i` when there is none.
inline qsizetype alnumRunEnd(QStringView s, qsizetype i)
{
    qsizetype units = 1;
    while (i < s.size() && isLetterOrNumberAt(s, i, &units))
        i += units;
    return i;
}

inline bool isJoiner(QChar c) // [-'’.]
{
    return c == u'-' || c == u'\'' || c == u'\u2019' || c == u'.';
}

// [\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)* from `i` (greedy): the end, or `i` when no word starts there.
inline qsizetype wordEnd(QStringView s, qsizetype i)
{
    qsizetype end = alnumRunEnd(s, i);
    if (end == i)
        return i;
    while (end + 1 < s.size() && isJoiner(s[end])) {
        const qsizetype next = alnumRunEnd(s, end + 1);
        if (next == end + 1)
            break;
        end = next;
    }
    return end;
}

// (?:\p{L}\.){2,} from `i` (greedy): the end of a dotted acronym ("U.S."), or `i`.
inline qsizetype dottedAcronymEnd(QStringView s, qsizetype i)
{
    // Tokenizers ask at every token: most have no period as their second unit.
    if (i + 1 >= s.size() || (s[i + 1] != u'.' && !s[i].isHighSurrogate()))
        return i;
    qsizetype end = i;
    int pairs = 0;
    qsizetype units = 1;
    while (end < s.size() && isLetterAt(s, end, &units) && end + units < s.size() && s[end + units] == u'.') {
        end += units + 1;
        ++pairs;
    }
    return pairs >= 2 ? end : i;
}

// \s as PCRE2 reads it without Unicode properties: ASCII white space only.
inline bool isRegexSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= 0x09 && u <= 0x0D);
}

} // namespace wordruns
} // namespace claimline
