#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <optional>

namespace claimline {

// The literal texts a match of an anchored pattern must start with, read from the pattern's
// source: "^(?:photo|image)s?\\s+by" gives {"photo", "image"}, "^[Bb]y\\s+" {"By", "by"}.
// Only plain literals, escaped punctuation, simple classes such as [Bb] and groups of those
// are read; nullopt when the pattern starts otherwise, is not anchored (a top-level '|'), or
// gives an empty start (then nothing is ruled out).
std::optional<QStringList> literalStartsOf(const QString &pattern);
// The literal texts one of which every match of `pattern`, anchored or not, contains: its
// starts after any leading \b. "\\b(?:getty images|/ap$)\\b" gives {"getty images", "/ap"}.
std::optional<QStringList> literalInfixesOf(const QString &pattern);

// A regular expression of anchored patterns behind the literal starts they need: a line
// starting with none of them is answered without a match (and the pattern is never compiled
// for it); a pattern without known starts leaves the guard open.
class StartGuardedRegex
{
public:
    StartGuardedRegex() = default;
    StartGuardedRegex(const QStringList &patterns, QRegularExpression regex, Qt::CaseSensitivity cs);

    // False when the patterns cannot match `line` (trimmed, as they see it).
    bool mayMatch(QStringView line) const;
    const QRegularExpression &regex() const { return m_regex; }

private:
    static char16_t asciiFolded(char16_t c, Qt::CaseSensitivity cs)
    {
        return cs == Qt::CaseInsensitive && c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }

    QRegularExpression m_regex;
    std::optional<QStringList> m_starts;
    Qt::CaseSensitivity m_cs = Qt::CaseSensitive;
    std::bitset<128> m_asciiFirsts; // the starts' first characters, folded when case is ignored
};

} // namespace claimline
