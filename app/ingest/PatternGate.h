#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace claimline {

// One cheap question before several regular expressions are tried one by one on a line:
// can any of them match at all? Most lines of a page match none, and each
// QRegularExpression::match call costs more in set-up than in matching. One alternation of
// the anchored patterns (tried at the line's start only) and one of the others answer for
// all of them: "no" is exact, "maybe" sends the line on to the patterns themselves.
// The patterns share Unicode properties (\w, \b…); case sensitivity may differ per pattern.
class PatternGate
{
public:
    struct Pattern
    {
        QString source;
        bool caseInsensitive = true;
    };

    PatternGate() = default;
    explicit PatternGate(const QList<Pattern> &patterns);

    // Which kind of pattern may match: false only when no pattern of that kind (anchored
    // at the line's start with '^', or not) matches. Every pattern of a kind the gate rules
    // out can be skipped, whatever list it comes from.
    struct Answer
    {
        bool anchored = true, floating = true;
        bool any() const { return anchored || floating; }
    };
    Answer answer(const QString &subject, QRegularExpression::MatchOptions options) const;

    // False only when none of the patterns matches `subject` (with these options).
    bool mayMatch(const QString &subject, QRegularExpression::MatchOptions options) const
    {
        return answer(subject, options).any();
    }

    // Whether `pattern` keeps its meaning as one branch of an alternation: no references to
    // groups by number or name (they would count the other branches' groups), no verbs such
    // as (*COMMIT) that stop the other branches, no unterminated \Q.
    static bool combinesSafely(const QString &pattern);

private:
    bool m_open = true; // a pattern that cannot be combined: always "maybe"
    QRegularExpression m_anchored, m_floating;
    // A character each unanchored pattern needs (its leading "\(", say): a subject without
    // any of them skips m_floating. Empty when some pattern needs none.
    QString m_floatingNeeds;
};

} // namespace claimline
