#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>

namespace claimline {

// Whether a text contains one of a few literal phrases, looking at the last two characters
// of a window as long as the shortest phrase and moving it as far as they allow (Wu and
// Manber's multi-pattern search): in prose most windows end in a pair that no phrase has
// near its start, so the search jumps several characters at a time where a plain scan
// stops at every one. Matching is exact: give case-folded phrases and text to ignore case.
class PhraseSkipSearch
{
public:
    explicit PhraseSkipSearch(const QStringList &phrases = {})
    {
        for (const QString &p : phrases)
            if (!p.isEmpty())
                m_phrases.append(p);
        if (m_phrases.isEmpty())
            return;
        m_window = kLongestWindow;
        for (const QString &p : std::as_const(m_phrases))
            m_window = std::min(m_window, p.size());
        // A window ending in a pair one of the phrases has at j, j + 1 may hold that phrase
        // from m_window - 2 - j characters on; a pair none has, from m_window - 1 on.
        m_shift.fill(quint8(std::max<qsizetype>(m_window - 1, 0)));
        for (const QString &p : std::as_const(m_phrases))
            for (qsizetype j = 0; j + 1 < m_window; ++j) {
                quint8 &shift = m_shift[pairSlot(p[j].unicode(), p[j + 1].unicode())];
                shift = std::min(shift, quint8(m_window - 2 - j));
            }
    }

    bool containedIn(QStringView text) const
    {
        if (m_phrases.isEmpty() || text.size() < m_window)
            return false;
        const char16_t *t = text.utf16();
        for (qsizetype end = m_window - 1; end < text.size();) {
            const quint8 shift = m_window < 2 ? 0 : m_shift[pairSlot(t[end - 1], t[end])];
            if (shift > 0) {
                end += shift;
                continue;
            }
            if (startsOne(text, end - m_window + 1))
                return true;
            ++end;
        }
        return false;
    }

private:
    static constexpr qsizetype kLongestWindow = 255; // shifts fit a byte
    static constexpr size_t kPairSlots = 4096;
    static size_t pairSlot(char16_t a, char16_t b) { return (size_t(a) * 31 + b) % kPairSlots; }

    bool startsOne(QStringView text, qsizetype at) const
    {
        const char16_t *t = text.utf16() + at;
        const qsizetype room = text.size() - at;
        return std::any_of(m_phrases.cbegin(), m_phrases.cend(), [&](const QString &p) {
            return p.size() <= room && std::equal(p.cbegin(), p.cend(), t,
                                                  [](QChar a, char16_t b) { return a.unicode() == b; });
        });
    }

    QStringList m_phrases;
    qsizetype m_window = 0; // the shortest phrase's length, at most kLongestWindow
    std::array<quint8, kPairSlots> m_shift{};
};

} // namespace claimline
