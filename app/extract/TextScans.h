#pragma once

#include "text/WordRuns.h"

#include <QString>
#include <QStringView>

namespace claimline {

// Hand-written scans that stand for the regular expressions attribution, the claimant
// lexicon and grouping used to run: each says the pattern it replaces, and tst_attribution
// compares it with that pattern on tricky inputs. A pattern's first use compiles it (a JIT compile of a
// few million instructions per pattern and thread), and its match objects allocate.
// Without Unicode properties, PCRE2's \d, \w and \s are ASCII only, and so are these.
namespace textscans {

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// \w without Unicode properties: [A-Za-z0-9_]
inline bool isAsciiWord(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || isAsciiDigit(c) || u == u'_';
}

// The first match of \d[\d,.]*\d|\d: a number with its inner separators ("1,100", "3.5").
// Empty (and null) when there is no digit.
inline QStringView firstNumber(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isAsciiDigit(s[i]))
            continue;
        qsizetype lastDigit = i;
        for (qsizetype k = i + 1; k < s.size() && (isAsciiDigit(s[k]) || s[k] == u',' || s[k] == u'.'); ++k)
            if (isAsciiDigit(s[k]))
                lastDigit = k;
        return s.mid(i, lastDigit + 1 - i);
    }
    return {};
}

// Whether text.split(QRegularExpression("\\W+")) contains `word`, for a non-empty word: a
// maximal run of [A-Za-z0-9_] equals it.
inline bool hasWordRun(QStringView text, QStringView word)
{
    for (qsizetype i = 0; i < text.size();) {
        if (!isAsciiWord(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isAsciiWord(text[end]))
            ++end;
        if (text.mid(i, end - i) == word)
            return true;
        i = end;
    }
    return false;
}

// text.remove(QRegularExpression("\\]\\([^)\\s]*\\)|[\\[\\]*_`]")): Markdown link targets
// and inline marks taken out.
inline QString withoutMarkdown(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u']' && i + 1 < text.size() && text[i + 1] == u'(') {
            qsizetype k = i + 2;
            while (k < text.size() && text[k] != u')' && !wordruns::isRegexSpace(text[k]))
                ++k;
            if (k < text.size() && text[k] == u')') {
                i = k;
                continue;
            }
        }
        if (c == u'[' || c == u']' || c == u'*' || c == u'_' || c == u'`')
            continue;
        out.append(c);
    }
    return out;
}

// s.replace(QRegularExpression("'s?\\b"), QString()): possessive endings and apostrophes
// before a word taken out ("russia's" → "russia", "o'brien" → "obrien").
inline void removePossessives(QString &s)
{
    qsizetype to = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\'') {
            const bool next = i + 1 < s.size();
            if (next && s[i + 1] == u's' && (i + 2 >= s.size() || !isAsciiWord(s[i + 2]))) {
                ++i;
                continue;
            }
            if (next && isAsciiWord(s[i + 1]))
                continue;
        }
        s[to++] = s[i];
    }
    s.truncate(to);
}

// s.replace(QRegularExpression("\\bWORD\\b"), replacement) for a word of [A-Za-z0-9_].
inline void replaceWholeWord(QString &s, QStringView word, QStringView replacement)
{
    qsizetype at = 0;
    while ((at = s.indexOf(word, at)) >= 0) {
        const qsizetype end = at + word.size();
        if ((at > 0 && isAsciiWord(s[at - 1])) || (end < s.size() && isAsciiWord(s[end]))) {
            ++at;
            continue;
        }
        s.replace(at, word.size(), replacement.data(), replacement.size());
        at += replacement.size();
    }
}

// Calls found(word) for each piece of text.split(QRegularExpression("[^\\p{L}\\p{N}]+"),
// Qt::SkipEmptyParts): the runs of letters and digits, read by code point.
template<typename Found>
void forEachLetterRun(QStringView text, Found found)
{
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype end = wordruns::alnumRunEnd(text, i);
        if (end == i) {
            ++i;
            continue;
        }
        found(text.mid(i, end - i));
        i = end;
    }
}

} // namespace textscans
} // namespace claimline
