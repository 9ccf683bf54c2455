#pragma once

#include "model/TextSpan.h"
#include "text/WordRuns.h"

#include <QList>
#include <QStringView>

namespace claimline {

// The stretches of `text` between sentence and line breaks, as the pattern
// (?<=[.!?:]|[.!?:][”"])\s+|\n+ cuts it: white space after a sentence's end (a closing
// quote may stand between), or a run of line breaks. Empty stretches are left out.
// Attribution reads the text between two sentences with figures this way; a hand-written
// scan, as it runs on most of every article.
inline QList<TextSpan> gapClauses(QStringView text)
{
    const auto endsSentence = [](QChar c) { return c == u'.' || c == u'!' || c == u'?' || c == u':'; };
    const auto afterSentenceEnd = [&](qsizetype p) {
        return (p >= 1 && endsSentence(text[p - 1]))
               || (p >= 2 && endsSentence(text[p - 2]) && (text[p - 1] == u'”' || text[p - 1] == u'"'));
    };
    QList<TextSpan> out;
    qsizetype from = 0;
    for (qsizetype p = 0; p < text.size();) {
        qsizetype end = p;
        if (wordruns::isRegexSpace(text[p]) && afterSentenceEnd(p)) {
            while (end < text.size() && wordruns::isRegexSpace(text[end]))
                ++end;
        } else {
            while (end < text.size() && text[end] == u'\n')
                ++end;
        }
        if (end == p) {
            ++p;
            continue;
        }
        if (p > from)
            out.append({from, p});
        from = p = end;
    }
    if (text.size() > from)
        out.append({from, text.size()});
    return out;
}

} // namespace claimline
