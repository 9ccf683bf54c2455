#pragma once

#include "Phrases.h"
#include "text/WordLookup.h"

#include <vector>

namespace claimline {

class PhraseHits;

// Many lists of phrases, matched against a sentence in one pass. Asking every phrase of
// every list at every token of a clause window was a fifth of the extraction profile;
// here a token is looked up once, and only the phrases that begin with its word are
// compared, as integer word ids.
class PhraseMatcher
{
public:
    // Registers a list; returns its id. Within a list, earlier phrases come first.
    int addList(const QList<Phrase> &phrases);
    // Every phrase of every list that matches at each token (with the whole sentence as limit).
    PhraseHits hitsIn(const WordTokens &tokens) const;

private:
    friend class PhraseHits;
    static constexpr int kAny = -2;     // "*": any token that is not punctuation
    static constexpr int kUnknown = -1; // a token word that no phrase uses

    struct Use
    {
        int list = 0;
        int order = 0; // position in the list
    };
    // A distinct phrase, with every list that holds it: one cue word is in the lists of many
    // rules ("killed"), and is compared once per token.
    struct Compiled
    {
        std::vector<int> words; // word ids
        bool folded = false;
        std::vector<Use> uses;
    };
    int idOf(const QString &word);
    Compiled &compiled(std::vector<int> words, bool folded);
    bool matchesAt(const Compiled &p, const WordTokens &tokens, const std::vector<int> &keyIds,
                   const std::vector<int> &lowerIds, qsizetype at) const;

    WordLookup<int> m_ids;
    int m_wordCount = 0;
    bool m_anyExact = false;                    // some phrase compares lower, not key
    std::vector<Compiled> m_phrases;
    std::vector<std::vector<int>> m_startingWith; // word id → phrases starting with it
    std::vector<int> m_startingWithAny;          // phrases starting with "*"
    int m_lists = 0;
};

// What a PhraseMatcher found in one sentence: per token, the phrases starting there.
class PhraseHits
{
public:
    struct Hit
    {
        int list = 0;
        int length = 0;
        int order = 0;
    };
    // Hits starting at token k.
    const Hit *begin(qsizetype k) const { return m_hits.data() + m_offsets[size_t(k)]; }
    const Hit *end(qsizetype k) const { return m_hits.data() + m_offsets[size_t(k) + 1]; }

    // Phrase::matchesAt(tokens, k, limit) for some phrase of `list`: its length, or 0.
    // The first such phrase of the list wins.
    int firstAt(int list, qsizetype k, qsizetype limit) const;
    // A phrase of `list` inside tokens [first, last].
    bool anyIn(int list, qsizetype first, qsizetype last) const;
    // Phrase::endsAt(tokens, last + 1, floor) for some phrase of `list`.
    bool endsAt(int list, qsizetype last, qsizetype floor) const;

private:
    friend class PhraseMatcher;
    // The tokens where hits of `list` start lie in [first, last] (first > last: none).
    // The classifier asks about many lists per figure, and most have no hit in the sentence.
    struct Extent
    {
        qint32 first = 1, last = 0; // compact: the vector is cleared for every sentence
    };
    Extent extentOf(int list, qsizetype from, qsizetype to) const;

    std::vector<Hit> m_hits;
    std::vector<qsizetype> m_offsets; // tokens + 1
    std::vector<Extent> m_extents;    // by list
};

} // namespace claimline
