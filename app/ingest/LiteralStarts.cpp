#include "LiteralStarts.h"

#include <algorithm>

namespace claimline {

namespace {

constexpr qsizetype kMostStarts = 32; // beyond that, the guard costs more than it saves

// Reads literal atoms from p[at] on; `at` ends on the first character not read.
class StartReader
{
public:
    explicit StartReader(const QString &pattern) : p(pattern) {}

    // The texts a sequence (up to '|', ')' or the end) starts with; `whole` tells whether it
    // was read to its end, so that what follows it may be appended.
    QStringList sequence(qsizetype &at, bool &whole) const
    {
        QStringList starts{QString()};
        whole = false;
        while (at < p.size() && p[at] != u'|' && p[at] != u')') {
            QStringList atom;
            bool atomWhole = true;
            qsizetype next = at;
            if (!readAtom(next, atom, atomWhole))
                return starts; // a character class, quantifier or assertion: stop before it
            const QChar q = next < p.size() ? p[next] : QChar();
            if (q == u'*' || q == u'{')
                return starts; // repeated any number of times, or a counted number
            const bool optional = q == u'?';
            QStringList joined = optional ? starts : QStringList();
            for (const QString &s : std::as_const(starts))
                for (const QString &a : std::as_const(atom))
                    joined.append(s + a);
            if (joined.size() > kMostStarts)
                return starts;
            starts = joined;
            if (!atomWhole || q == u'+')
                return starts;
            at = optional ? next + 1 : next;
        }
        whole = true;
        return starts;
    }

private:
    // One literal, escaped punctuation, simple class or group at p[at]; false when it is none.
    bool readAtom(qsizetype &at, QStringList &atom, bool &whole) const
    {
        const QChar c = p[at];
        if (c == u'\\') {
            if (at + 1 >= p.size() || p[at + 1].unicode() >= 128 || p[at + 1].isLetterOrNumber())
                return false; // \s, \d, \b… or a reference
            atom = {QString(p[at + 1])};
            at += 2;
            return true;
        }
        if (c == u'[')
            return readClass(at, atom);
        if (c == u'(')
            return readGroup(at, atom, whole);
        if (QStringView(u".^$?*+{}]").contains(c) || c.isSurrogate())
            return false; // (a quantifier after a surrogate pair would apply to both halves)
        atom = {QString(c)};
        ++at;
        return true;
    }

    // [Bb]: plain characters only, no ranges, negation or escapes.
    bool readClass(qsizetype &at, QStringList &atom) const
    {
        qsizetype i = at + 1;
        QStringList chars;
        for (; i < p.size() && p[i] != u']'; ++i) {
            if (QStringView(u"\\-^[").contains(p[i]))
                return false;
            chars.append(QString(p[i]));
        }
        if (i >= p.size() || chars.isEmpty())
            return false;
        atom = chars;
        at = i + 1;
        return true;
    }

    // (…|…) or (?:…|…): the union of its branches' starts.
    bool readGroup(qsizetype &at, QStringList &atom, bool &whole) const
    {
        qsizetype i = at + 1;
        if (i < p.size() && p[i] == u'?') {
            if (i + 1 >= p.size() || p[i + 1] != u':')
                return false; // lookaround, options, named groups
            i += 2;
        }
        atom.clear();
        whole = true;
        for (;;) {
            bool branchWhole = false;
            atom += sequence(i, branchWhole);
            if (!branchWhole) { // the rest of the branch is not read: what follows the group neither
                whole = false;
                i = branchEnd(i);
            }
            if (i < 0 || i >= p.size())
                return false; // unclosed
            if (p[i] == u')')
                break;
            ++i; // '|'
        }
        at = i + 1;
        return true;
    }

    // The '|' or ')' ending the branch that goes on at `from`, or -1.
    qsizetype branchEnd(qsizetype from) const
    {
        int depth = 0;
        bool inClass = false;
        for (qsizetype i = from; i < p.size(); ++i) {
            const QChar c = p[i];
            if (c == u'\\')
                ++i;
            else if (inClass)
                inClass = c != u']';
            else if (c == u'[')
                inClass = true;
            else if (c == u'(')
                ++depth;
            else if ((c == u')' || c == u'|') && depth == 0)
                return i;
            else if (c == u')')
                --depth;
        }
        return -1;
    }

    const QString &p;
};

// A '|' outside any group or class: the pattern is an alternation, anchored or not by branch.
bool hasTopLevelAlternation(const QString &p)
{
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p[i];
        if (c == u'\\') {
            ++i;
        } else if (inClass) {
            inClass = c != u']';
        } else if (c == u'[') {
            inClass = true;
            if (i + 1 < p.size() && p[i + 1] == u']')
                ++i; // "[]…]": the ']' is a member
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u'|' && depth == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace {

std::optional<QStringList> literalsFrom(const QString &pattern, qsizetype at)
{
    bool whole = false;
    QStringList starts = StartReader(pattern).sequence(at, whole);
    if (starts.contains(QString()))
        return std::nullopt;
    // A start that goes on from another says nothing more: "photos" after "photo".
    starts.removeDuplicates();
    QStringList shortest;
    for (const QString &s : std::as_const(starts))
        if (std::none_of(starts.cbegin(), starts.cend(), [&](const QString &t) { return t != s && s.startsWith(t); }))
            shortest.append(s);
    return shortest;
}

} // namespace

std::optional<QStringList> literalStartsOf(const QString &pattern)
{
    if (!pattern.startsWith(u'^') || hasTopLevelAlternation(pattern))
        return std::nullopt;
    return literalsFrom(pattern, 1);
}

std::optional<QStringList> literalInfixesOf(const QString &pattern)
{
    if (hasTopLevelAlternation(pattern))
        return std::nullopt;
    qsizetype at = pattern.startsWith(u'^') ? 1 : 0;
    while (at + 1 < pattern.size() && pattern[at] == u'\\' && (pattern[at + 1] == u'b' || pattern[at + 1] == u'B'))
        at += 2; // word boundaries only narrow where the match may be
    return literalsFrom(pattern, at);
}

StartGuardedRegex::StartGuardedRegex(const QStringList &patterns, QRegularExpression regex, Qt::CaseSensitivity cs)
    : m_regex(std::move(regex)), m_cs(cs)
{
    QStringList starts;
    for (const QString &p : patterns) {
        const std::optional<QStringList> s = literalStartsOf(p);
        if (!s)
            return;
        starts += *s;
    }
    // Ignoring case, Qt's folding and PCRE2's caseless sets agree on ASCII; other letters
    // are left to the regex.
    const auto foreignLetter = [](QChar c) { return c.unicode() >= 128 && c.isLetter(); };
    if (cs == Qt::CaseInsensitive)
        for (const QString &start : std::as_const(starts))
            if (std::any_of(start.cbegin(), start.cend(), foreignLetter))
                return;
    if (starts.isEmpty())
        return;
    for (const QString &start : std::as_const(starts))
        if (start.front().unicode() < 128)
            m_asciiFirsts.set(asciiFolded(start.front().unicode(), cs));
    m_starts = starts;
}

bool StartGuardedRegex::mayMatch(QStringView line) const
{
    if (!m_starts)
        return true;
    // An ASCII first character only ever equals an ASCII one, in any case.
    if (line.isEmpty() || (line.front().unicode() < 128 && !m_asciiFirsts.test(asciiFolded(line.front().unicode(), m_cs))))
        return false;
    return std::any_of(m_starts->cbegin(), m_starts->cend(), [&](const QString &s) { return line.startsWith(s, m_cs); });
}

} // namespace claimline
