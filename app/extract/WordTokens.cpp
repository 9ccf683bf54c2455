#include "WordTokens.h"

namespace claimline {

namespace {

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }
bool isJoiner(QChar c) { return c == u'-' || c == u'\u2011'; }

} // namespace

QList<WordToken> tokenizeWords(QStringView text, TextSpan span, bool withKeys)
{
    QList<WordToken> out;
    const qsizetype end = std::min<qsizetype>(span.end, text.size());
    qsizetype i = std::max<qsizetype>(0, span.start);
    bool space = true;
    while (i < end) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        WordToken t;
        t.spaceBefore = space;
        t.span.start = i;
        if (c.isLetterOrNumber()) {
            bool letters = false, digits = false;
            int lowerRun = 0;
            qsizetype j = i;
            while (j < end) {
                const QChar d = text.at(j);
                if (d.isLetterOrNumber()) {
                    // "woundedSouth": a glued table cell, two words.
                    if (d.isUpper() && lowerRun >= 3 && !digits)
                        break;
                    lowerRun = d.isLower() ? lowerRun + 1 : 0;
                    (d.isDigit() ? digits : letters) = true;
                    ++j;
                    continue;
                }
                const bool hasNext = j + 1 < end;
                const QChar prev = text.at(j - 1);
                const QChar next = hasNext ? text.at(j + 1) : QChar();
                if ((d == u',' || d == u'.') && prev.isDigit() && next.isDigit() && !letters) {
                    ++j;
                    continue;
                }
                if ((isApostrophe(d) || isJoiner(d)) && prev.isLetter() && next.isLetter() && !digits) {
                    ++j;
                    continue;
                }
                break;
            }
            t.span.end = j;
            t.type = letters && digits ? WordToken::Type::Mixed
                     : digits         ? WordToken::Type::Number
                                      : WordToken::Type::Word;
            i = j;
        } else {
            t.span.end = i + 1;
            t.type = WordToken::Type::Punct;
            ++i;
        }
        t.lower = text.mid(t.span.start, t.span.length()).toString().toLower();
        if (t.type != WordToken::Type::Number) {
            t.lower.replace(u'\u2019', u'\'');
            t.lower.replace(u'\u2011', u'-');
        }
        if (withKeys)
            t.key = wordKey(t.lower);
        out.append(std::move(t));
        space = false;
    }
    return out;
}

QString wordKey(QStringView lower)
{
    QString w = lower.toString();
    if (w.endsWith(u"'s"))
        w.chop(2);
    else if (w.endsWith(u'\''))
        w.chop(1);
    if (w.size() <= 3)
        return w;
    if (w.endsWith(u"ies"))
        return w.chopped(3) + u'y';
    if (w.endsWith(u"sses") || w.endsWith(u"shes") || w.endsWith(u"ches") || w.endsWith(u"xes"))
        return w.chopped(2);
    if (w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is"))
        return w.chopped(1);
    return w;
}

} // namespace claimline
