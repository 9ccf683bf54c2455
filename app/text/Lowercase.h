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
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        out.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u));
    }
}

} // namespace claimline
