#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>

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
            }
    }

    // Calls found(position, length) for every occurrence of every phrase, by position.
    template<typename Found>
    void forEachIn(QStringView text, Found found) const
    {
        for (qsizetype at = 0; at < text.size(); ++at) {
            const int first = slot(text[at]);
            if (!m_starts[first])
                continue;
            for (const QString &p : m_byFirst[first])
                if (startsWith(text, at, p))
                    found(at, p.size());
        }
    }

    bool containedIn(QStringView text) const
    {
        for (qsizetype at = 0; at < text.size(); ++at) {
            const int first = slot(text[at]);
            if (!m_starts[first]) // most characters start no phrase: no list to walk
                continue;
            for (const QString &p : m_byFirst[first])
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
};

} // namespace claimline
