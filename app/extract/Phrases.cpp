#include "Phrases.h"

#include <QJsonArray>
#include <algorithm>

namespace claimline {

Phrase Phrase::parse(const QString &text, bool folded)
{
    Phrase p;
    p.folded = folded;
    const QString lower = text.toLower();
    for (const WordToken &t : tokenizeWords(lower, {0, lower.size()}))
        p.words.append(folded ? wordKey(t.lower) : t.lower.toString());
    return p;
}

namespace {

bool tokenMatches(const Phrase &p, const WordToken &t, const QString &word)
{
    if (word.size() == 1 && word.front() == u'*')
        return t.type != WordToken::Type::Punct;
    return (p.folded ? t.key : t.lower) == word;
}

} // namespace

bool Phrase::matchesAt(const WordTokens &tokens, qsizetype at, qsizetype limit) const
{
    if (words.isEmpty() || at < 0 || at + words.size() > std::min(limit, tokens.size()))
        return false;
    for (qsizetype k = 0; k < words.size(); ++k)
        if (!tokenMatches(*this, tokens.at(at + k), words.at(k)))
            return false;
    return true;
}

bool Phrase::endsAt(const WordTokens &tokens, qsizetype end, qsizetype floor) const
{
    return matchesAt(tokens, end - words.size(), end) && end - words.size() >= floor;
}

QList<Phrase> parsePhrases(const QJsonValue &array, bool folded)
{
    QList<Phrase> out;
    for (const QJsonValue &v : array.toArray())
        if (const Phrase p = Phrase::parse(v.toString(), folded); !p.words.isEmpty())
            out.append(p);
    std::stable_sort(out.begin(), out.end(), [](const Phrase &a, const Phrase &b) { return a.length() > b.length(); });
    return out;
}

} // namespace claimline
