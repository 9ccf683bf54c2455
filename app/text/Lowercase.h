#pragma once

#include <QString>
#include <QStringView>

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

} // namespace claimline
