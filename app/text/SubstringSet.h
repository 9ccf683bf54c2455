#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <bitset>

namespace claimline {

// Literal phrases found anywhere in a text, in one pass: each position is compared only
// with the phrases that start with its character. For a few dozen short phrases over
// short texts (cues, appeals) this beats both a regex alternation and one search per
// phrase. Matching is exact: give lower-cased phrases and text to ignore case.
class SubstringSet
{
public:
    explicit SubstringSet(const QStringList &phrases)
    {
        for (const QString &p : phrases)
            if (!p.isEmpty()) {
                m_byFirst[slot(p.front())].append(p);
                m_starts[slot(p.front())] = true;
                if (p.size() == 1)
                    m_single[slot(p.front())] = true;
                else
                    m_pairs.set(pairSlot(p[0], p[1]));
            }
    }

    // Calls found(position, length) for every occurrence of every phrase, by position.
    template<typename Found>
    void forEachIn(QStringView text, Found found) const
    {
        for (qsizetype at = 0; at < text.size(); ++at) {
            if (!mayStartAt(text, at))
                continue;
            for (const QString &p : m_byFirst[slot(text[at])])
                if (startsWith(text, at, p))
                    found(at, p.size());
        }
    }

    bool containedIn(QStringView text) const
    {
        for (qsizetype at = 0; at < text.size(); ++at) {
            if (!mayStartAt(text, at))
                continue;
            for (const QString &p : m_byFirst[slot(text[at])])
                if (startsWith(text, at, p))
                    return true;
        }
        return false;
    }

    // Whether `text` starts with one of the phrases.
    bool startsOneOf(QStringView text) const
    {
        if (text.isEmpty())
            return false;
        for (const QString &p : m_byFirst[slot(text.front())])
            if (startsWith(text, 0, p))
                return true;
        return false;
    }

private:
    // Most characters start no phrase, and most that do are not followed by a second
    // character any phrase has ("t" of "the", where phrases start "to"): no list to walk.
    bool mayStartAt(QStringView text, qsizetype at) const
    {
        const int first = slot(text[at]);
        if (!m_starts[first])
            return false;
        return m_single[first] || (at + 1 < text.size() && m_pairs.test(pairSlot(text[at], text[at + 1])));
    }
    static size_t pairSlot(QChar a, QChar b) { return (size_t(a.unicode()) * 31 + b.unicode()) % kPairSlots; }

    // Short phrases: a plain loop beats a call into Qt's string comparison.
    static bool startsWith(QStringView text, qsizetype at, const QString &p)
    {
        if (p.size() > text.size() - at)
            return false;
        const char16_t *t = text.utf16() + at, *q = QStringView(p).utf16();
        for (qsizetype k = 0; k < p.size(); ++k)
            if (t[k] != q[k])
                return false;
        return true;
    }

    // ASCII characters index their own list; phrases starting elsewhere share slot 0,
    // which every non-ASCII position tries.
    static int slot(QChar c) { return c.unicode() < 128 ? c.unicode() : 0; }
    QList<QString> m_byFirst[128];
    std::array<bool, 128> m_starts{}; // m_byFirst[i] is not empty
    std::array<bool, 128> m_single{}; // m_byFirst[i] holds a one-character phrase
    static constexpr size_t kPairSlots = 4096;
    std::bitset<kPairSlots> m_pairs;  // the first two characters of the longer phrases, hashed
};

} // namespace claimline
