#include "PatternGate.h"

#include <QStringList>

#include <algorithm>

namespace claimline {

namespace {

QRegularExpression alternation(const QStringList &branches)
{
    if (branches.isEmpty())
        return {};
    return QRegularExpression(branches.join(u'|'), QRegularExpression::UseUnicodePropertiesOption);
}

// The character a pattern starting with an escaped ASCII punctuation mark ("\\(") needs in
// its subject, whatever the case rule (punctuation has no case); null when it starts
// otherwise or the mark is optional ("\\(?").
QChar leadingPunctuation(const QString &pattern)
{
    if (pattern.size() < 2 || pattern.at(0) != u'\\')
        return {};
    const QChar c = pattern.at(1);
    if (c.unicode() <= 0x20 || c.unicode() >= 0x7F || c.isLetterOrNumber())
        return {};
    if (pattern.size() > 2 && QStringView(u"?*{").contains(pattern.at(2)))
        return {};
    return c;
}

} // namespace

bool PatternGate::combinesSafely(const QString &pattern)
{
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        const QChar c = pattern.at(i), next = pattern.at(i + 1);
        if (c == u'\\') {
            if ((next >= u'1' && next <= u'9') || next == u'g' || next == u'k' || next == u'Q')
                return false;
            ++i; // an escaped character, "\\(" included
            continue;
        }
        if (c != u'(')
            continue;
        if (next == u'*')
            return false;
        if (next != u'?' || i + 2 >= pattern.size())
            continue;
        // (?1) (?+1) (?-1) (?R) (?&name) (?P=name) (?P>name) (?|…): group numbering or calls.
        const QChar kind = pattern.at(i + 2);
        if (kind.isDigit() || kind == u'+' || kind == u'R' || kind == u'&' || kind == u'|'
            || (kind == u'-' && i + 3 < pattern.size() && pattern.at(i + 3).isDigit())
            || (kind == u'P' && i + 3 < pattern.size() && pattern.at(i + 3) != u'<'))
            return false;
    }
    return !pattern.endsWith(u'\\');
}

PatternGate::PatternGate(const QList<Pattern> &patterns)
{
    QStringList anchored, floating;
    bool everyFloatingNeedsOne = true;
    for (const Pattern &p : patterns) {
        if (!combinesSafely(p.source))
            return;
        if (!p.source.startsWith(u'^')) {
            const QChar need = leadingPunctuation(p.source);
            everyFloatingNeedsOne = everyFloatingNeedsOne && !need.isNull();
            if (!need.isNull() && !m_floatingNeeds.contains(need))
                m_floatingNeeds.append(need);
        }
        // Each branch in its own group, with its own case rule.
        const QString branch = (p.caseInsensitive ? QStringLiteral("(?i:") : QStringLiteral("(?-i:")) + p.source + u')';
        (p.source.startsWith(u'^') ? anchored : floating).append(branch);
    }
    if (!everyFloatingNeedsOne)
        m_floatingNeeds.clear();
    m_anchored = alternation(anchored);
    m_floating = alternation(floating);
    // An invalid pattern is checked at its own use; here it only keeps the gate open.
    m_open = (!anchored.isEmpty() && !m_anchored.isValid()) || (!floating.isEmpty() && !m_floating.isValid());
}

PatternGate::Answer PatternGate::answer(const QString &subject, QRegularExpression::MatchOptions options) const
{
    if (m_open)
        return {};
    const auto found = [&](const QRegularExpression &re) {
        return !re.pattern().isEmpty() && re.match(subject, 0, QRegularExpression::NormalMatch, options).hasMatch();
    };
    Answer a;
    a.anchored = found(m_anchored);
    // Once the anchored ones may match, the line goes on anyway: the others stay a "maybe".
    if (a.anchored)
        return a;
    a.floating = (m_floatingNeeds.isEmpty()
                  || std::any_of(m_floatingNeeds.cbegin(), m_floatingNeeds.cend(), [&](QChar c) { return subject.contains(c); }))
                 && found(m_floating);
    return a;
}

} // namespace claimline
