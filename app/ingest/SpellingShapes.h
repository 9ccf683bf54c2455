#pragma once

#include <QString>
#include <QStringView>

#include <bitset>

namespace claimline {

// The length and first character of a set of case-folded ASCII spellings: a name of another
// shape is none of them, known without folding it and looking it up. Only ASCII names can
// be ruled out (folding keeps their length); any other name, or a long one, may be one.
class SpellingShapes
{
public:
    void add(QStringView folded)
    {
        if (!folded.isEmpty() && folded.size() < kLengths && folded.front().unicode() < 128)
            m_shapes.set(slot(folded.size(), folded.front().unicode()));
    }

    // False only when `name`, case-folded, is none of the spellings.
    bool mayBe(QStringView name) const
    {
        if (name.isEmpty() || name.size() >= kLengths || name.front().unicode() >= 128)
            return true;
        const char16_t first = name.front().unicode();
        const char16_t folded = first >= u'A' && first <= u'Z' ? char16_t(first + 32) : first;
        if (m_shapes.test(slot(name.size(), folded)))
            return true;
        for (const QChar c : name)
            if (c.unicode() >= 128)
                return true;
        return false;
    }

private:
    static constexpr qsizetype kLengths = 128;
    static size_t slot(qsizetype length, char16_t first) { return size_t(length) * 128 + first; }
    std::bitset<kLengths * 128> m_shapes;
};

} // namespace claimline
