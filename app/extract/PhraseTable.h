#pragma once

#include "Phrases.h"
#include "text/WordLookup.h"

#include <QList>
#include <algorithm>
#include <utility>

namespace claimline {

// Lexicon phrases with a value each, kept longest first, asked "which phrase starts (or
// ends) at this token?" on every figure. Each phrase is indexed by its first and its last
// word, so only the phrases that could match are compared; the answer is the first match
// in list order, as a scan of the whole list would give.
template<typename V>
class PhraseTable
{
public:
    using Entry = std::pair<Phrase, V>;

    PhraseTable() = default;
    explicit PhraseTable(QList<Entry> entries) : m_entries(std::move(entries))
    {
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const Entry &a, const Entry &b) { return a.first.length() > b.first.length(); });
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const QStringList &words = m_entries.at(i).first.words;
            if (words.isEmpty())
                continue;
            index(m_byFirst, m_anyFirst, words.first(), int(i));
            index(m_byLast, m_anyLast, words.last(), int(i));
        }
    }

    const QList<Entry> &entries() const { return m_entries; }

    // The first phrase that starts at tokens[at].
    const Entry *startingAt(const WordTokens &tokens, qsizetype at) const
    {
        if (at < 0 || at >= tokens.size())
            return nullptr;
        return firstOf(m_byFirst, m_anyFirst, tokens.at(at), [&](const Phrase &p) {
            return p.matchesAt(tokens, at, tokens.size());
        });
    }

    // The first phrase whose last word is tokens[end - 1].
    const Entry *endingAt(const WordTokens &tokens, qsizetype end) const
    {
        if (end <= 0 || end > tokens.size())
            return nullptr;
        return firstOf(m_byLast, m_anyLast, tokens.at(end - 1), [&](const Phrase &p) { return p.endsAt(tokens, end, 0); });
    }

private:
    static bool isWildcard(const QString &word) { return word.size() == 1 && word.front() == u'*'; }

    static void index(WordLookup<QList<int>> &byWord, QList<int> &any, const QString &word, int entry)
    {
        if (isWildcard(word))
            any.append(entry);
        else
            byWord[word].append(entry);
    }

    template<typename Matches>
    const Entry *firstOf(const WordLookup<QList<int>> &byWord, const QList<int> &any, const WordToken &token,
                         Matches matches) const
    {
        // Phrases of one table are all folded or all exact (parsePhrases gives one flag).
        const bool folded = !m_entries.isEmpty() && m_entries.first().first.folded;
        static const QList<int> none;
        const QList<int> *listed = byWord.find(folded ? token.key : token.lower);
        const QList<int> &a = listed ? *listed : none;
        // Both lists ascend: walk them merged, so the first match is the first in list order.
        qsizetype i = 0, j = 0;
        while (i < a.size() || j < any.size()) {
            const int next = (j >= any.size() || (i < a.size() && a.at(i) < any.at(j))) ? a.at(i++) : any.at(j++);
            if (matches(m_entries.at(next).first))
                return &m_entries.at(next);
        }
        return nullptr;
    }

    QList<Entry> m_entries;
    WordLookup<QList<int>> m_byFirst, m_byLast;
    QList<int> m_anyFirst, m_anyLast;
};

} // namespace claimline
