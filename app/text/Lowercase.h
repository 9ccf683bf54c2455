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

} // namespace claimline
