#include "WordTokens.h"

#include "text/Lowercase.h"

#include <vector>

namespace claimline {

namespace {

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }
bool isJoiner(QChar c) { return c == u'-' || c == u'\u2011'; }

// Where a token ends when it starts with a letter or digit at `i`.
qsizetype wordEnd(QStringView text, qsizetype i, qsizetype end, WordToken::Type *type)
{
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
    *type = letters && digits ? WordToken::Type::Mixed : digits ? WordToken::Type::Number : WordToken::Type::Word;
    return j;
}

// Appends the token's lowercase form to `out`, typographic apostrophes and hyphens folded.
void appendLower(QString &out, QStringView token, bool foldTypography)
{
    const qsizetype from = out.size();
    appendLowercase(out, token);
    if (!foldTypography)
        return;
    for (qsizetype k = from; k < out.size(); ++k) {
        if (out.at(k) == u'\u2019')
            out[k] = u'\'';
        else if (out.at(k) == u'\u2011')
            out[k] = u'-';
    }
}

// wordKey() as a prefix of `lower` (its length), plus whether a 'y' follows the prefix.
// It runs on every token: plain character tests rather than endsWith() on literals.
qsizetype keyPrefix(QStringView w, bool *appendY)
{
    *appendY = false;
    qsizetype n = w.size();
    const auto at = [&](qsizetype fromEnd) { return fromEnd <= n ? w[n - fromEnd].unicode() : char16_t(0); };
    if (at(1) == u's' && at(2) == u'\'')
        n -= 2;
    else if (at(1) == u'\'')
        n -= 1;
    if (n <= 3)
        return n;
    const char16_t last = at(1), second = at(2), third = at(3);
    if (last == u's' && second == u'e' && third == u'i') { // "ies"
        *appendY = true;
        return n - 3;
    }
    // "sses", "shes", "ches", "xes"
    if (last == u's' && second == u'e'
        && ((third == u's' && at(4) == u's') || (third == u'h' && (at(4) == u's' || at(4) == u'c')) || third == u'x'))
        return n - 2;
    if (last == u's' && second != u's' && second != u'u' && second != u'i')
        return n - 1;
    return n;
}

} // namespace

WordTokens tokenizeWords(QStringView text, TextSpan span, bool withKeys)
{
    WordTokens out;
    const qsizetype end = std::min<qsizetype>(span.end, text.size());
    qsizetype i = std::max<qsizetype>(0, span.start);
    // Offsets into m_folded while it grows; views are taken once it is complete.
    struct Folded
    {
        qsizetype lower, lowerLength, key, keyLength;
    };
    std::vector<Folded> folded;
    const qsizetype length = std::max<qsizetype>(0, end - i);
    out.m_folded.reserve(2 * length + 16);
    folded.reserve(size_t(length / 4 + 8)); // about five characters a token
    out.m_tokens.reserve(length / 4 + 8);
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
            t.span.end = wordEnd(text, i, end, &t.type);
        } else {
            t.span.end = i + 1;
            t.type = WordToken::Type::Punct;
        }
        i = t.span.end;
        Folded f{out.m_folded.size(), 0, 0, 0};
        appendLower(out.m_folded, text.mid(t.span.start, t.span.length()), t.type != WordToken::Type::Number);
        f.lowerLength = out.m_folded.size() - f.lower;
        f.key = f.lower;
        if (withKeys) {
            bool appendY = false;
            f.keyLength = keyPrefix(QStringView(out.m_folded).mid(f.lower, f.lowerLength), &appendY);
            if (appendY) {
                f.key = out.m_folded.size();
                out.m_folded.append(QStringView(out.m_folded).mid(f.lower, f.keyLength).toString());
                out.m_folded.append(u'y');
                ++f.keyLength;
            }
        }
        folded.push_back(f);
        out.m_tokens.append(t);
        space = false;
    }
    const QStringView buffer(out.m_folded);
    for (qsizetype k = 0; k < out.m_tokens.size(); ++k) {
        const Folded &f = folded[size_t(k)];
        out.m_tokens[k].lower = buffer.mid(f.lower, f.lowerLength);
        out.m_tokens[k].key = buffer.mid(f.key, f.keyLength);
    }
    return out;
}

WordTokens sentenceTokens(QStringView text, TextSpan span)
{
    struct Last
    {
        TextSpan span;
        QString characters;
        WordTokens tokens;
    };
    thread_local Last last;
    const QStringView characters = text.mid(span.start, span.length());
    if (last.span == span && last.characters == characters)
        return last.tokens;
    last.span = span;
    last.characters = characters.toString();
    last.tokens = tokenizeWords(text, span, true);
    return last.tokens;
}

QString wordKey(QStringView lower)
{
    bool appendY = false;
    const qsizetype prefix = keyPrefix(lower, &appendY);
    QString key = lower.left(prefix).toString();
    if (appendY)
        key += u'y';
    return key;
}

} // namespace claimline
