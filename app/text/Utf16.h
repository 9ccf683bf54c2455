#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace claimline {

// No unpaired surrogate in `s`.
inline bool isWellFormedUtf16(QStringView s)
{
    const char16_t *u = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        if ((u[i] & 0xF800) != 0xD800)
            continue;
        if (u[i] >= 0xDC00 || i + 1 == n || (u[i + 1] & 0xFC00) != 0xDC00)
            return false;
        ++i;
    }
    return true;
}

// The first index at or after `from` whose unit is not ASCII, or s.size(). Text is nearly
// all ASCII: it is skipped 16 units at a time, by a loop the compiler vectorizes.
inline qsizetype skipAscii(QStringView s, qsizetype from)
{
    const char16_t *u = s.utf16();
    const qsizetype n = s.size();
    constexpr qsizetype kChunk = 16;
    qsizetype i = from;
    while (i + kChunk <= n) {
        char16_t any = 0;
        for (qsizetype k = 0; k < kChunk; ++k)
            any |= u[i + k];
        if (any >= 0x80)
            break;
        i += kChunk;
    }
    while (i < n && u[i] < 0x80)
        ++i;
    return i;
}

// Options for matching several patterns on one subject: PCRE2 checks the whole subject's
// UTF-16 before every match, which on long lines costs more than the match; checked once
// here, a well-formed subject skips it (a malformed one keeps it: PCRE2 must not see one
// unchecked).
inline QRegularExpression::MatchOptions matchOptionsFor(QStringView subject)
{
    return isWellFormedUtf16(subject) ? QRegularExpression::DontCheckSubjectStringMatchOption
                                      : QRegularExpression::NoMatchOption;
}

} // namespace claimline
