#include "CodePointIndex.h"

#include <algorithm>

namespace claimline {

CodePointIndex::CodePointIndex(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairStarts.append(i);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16Offset) const
{
    // Every surrogate pair that ends at or before the offset counts one unit too many.
    const auto pairsBefore = std::upper_bound(m_pairStarts.cbegin(), m_pairStarts.cend(), utf16Offset - 2)
                             - m_pairStarts.cbegin();
    return utf16Offset - pairsBefore;
}

} // namespace claimline
