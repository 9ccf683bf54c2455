#pragma once

#include "WordTable.h"

#include <QString>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace claimline {

// Appends what QString::toLower() makes of `s` to `out`: ASCII text (nearly every token)
// without building a temporary string.
inline void appendLowercase(QString &out, QStringView s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80) {
            out += s.toString().toLower();
            return;
        }
    const qsizetype from = out.size();
    out.resize(from + s.size());
    char16_t *at = reinterpret_cast<char16_t *>(out.data()) + from;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        *at++ = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    }
}

// `s` lower-cased unit for unit, so that an offset into the result is one into `s`
// (QString::toLower() may change the length, e.g. for U+0130).
inline QString lowercasedUnitForUnit(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    char16_t *at = reinterpret_cast<char16_t *>(out.data());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            *at++ = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
        } else if (c.isSurrogate()) {
            *at++ = u;
        } else {
            const char32_t lower = QChar::toLower(char32_t(u));
            *at++ = lower <= 0xFFFF ? char16_t(lower) : u;
        }
    }
    return out;
}

// Writes what QString::toLower() makes of `word` into `buffer` from `at` on (growing it
// when needed) and returns its hash; one pass for ASCII words, nearly all of them. Returns
// the length written in `*length`.
inline uint64_t lowercaseHashed(std::vector<char16_t> &buffer, size_t at, QStringView word, size_t *length)
{
    if (buffer.size() < at + size_t(word.size()))
        buffer.resize(std::max(buffer.size() * 2, at + size_t(word.size())));
    char16_t *out = buffer.data() + at;
    uint64_t hash = FnvWordHash::kSeed;
    for (const QChar c : word) {
        char16_t u = c.unicode();
        if (u >= 0x80) {
            const QString lower = word.toString().toLower();
            if (buffer.size() < at + size_t(lower.size()))
                buffer.resize(std::max(buffer.size() * 2, at + size_t(lower.size())));
            std::copy(lower.utf16(), lower.utf16() + lower.size(), buffer.data() + at);
            *length = size_t(lower.size());
            return FnvWordHash::of({reinterpret_cast<const char16_t *>(lower.utf16()), size_t(lower.size())});
        }
        if (u >= u'A' && u <= u'Z')
            u += 32;
        *out++ = u;
        hash = FnvWordHash::step(hash, u);
    }
    *length = size_t(word.size());
    return hash;
}

} // namespace claimline
