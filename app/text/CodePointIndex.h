#pragma once

#include <QList>
#include <QStringView>

namespace claimline {

// Converts UTF-16 offsets (QString indexes) to Unicode code point offsets, which is what
// leaves the program (JSON `start`/`end`). O(1) after an O(n) build; only the positions of
// surrogate pairs are stored, so a BMP-only text costs nothing.
class CodePointIndex
{
public:
    explicit CodePointIndex(QStringView text);
    qsizetype toCodePoint(qsizetype utf16Offset) const;

private:
    QList<qsizetype> m_pairStarts; // UTF-16 offsets of high surrogates, ascending
};

} // namespace claimline
