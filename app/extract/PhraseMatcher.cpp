#include "PhraseMatcher.h"

#include <algorithm>

namespace claimline {

int PhraseMatcher::idOf(const QString &word)
{
    if (word == u"*")
        return kAny;
    if (const int *id = m_ids.find(word))
        return *id;
    m_ids.insert(word, m_wordCount);
    m_startingWith.emplace_back();
    return m_wordCount++;
}

int PhraseMatcher::addList(const QList<Phrase> &phrases)
{
    const int list = m_lists++;
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        const Phrase &p = phrases.at(i);
        if (p.words.isEmpty())
            continue;
        std::vector<int> words;
        for (const QString &w : p.words)
            words.push_back(idOf(w));
        m_anyExact = m_anyExact || !p.folded;
        compiled(std::move(words), p.folded).uses.push_back({list, int(i)});
    }
    return list;
}

PhraseMatcher::Compiled &PhraseMatcher::compiled(std::vector<int> words, bool folded)
{
    std::vector<int> &sameStart = words.front() == kAny ? m_startingWithAny : m_startingWith[size_t(words.front())];
    for (const int index : sameStart)
        if (m_phrases[size_t(index)].folded == folded && m_phrases[size_t(index)].words == words)
            return m_phrases[size_t(index)];
    sameStart.push_back(int(m_phrases.size()));
    m_phrases.push_back({std::move(words), folded, {}});
    return m_phrases.back();
}

bool PhraseMatcher::matchesAt(const Compiled &p, const WordTokens &tokens, const std::vector<int> &keyIds,
                              const std::vector<int> &lowerIds, qsizetype at) const
{
    if (at + qsizetype(p.words.size()) > tokens.size())
        return false;
    const std::vector<int> &ids = p.folded ? keyIds : lowerIds;
    // A first word that is no wildcard is the one the phrase was found by.
    for (size_t k = p.words.front() == kAny ? 0 : 1; k < p.words.size(); ++k) {
        const int w = p.words[k];
        if (w == kAny ? tokens.at(at + qsizetype(k)).type == WordToken::Type::Punct : ids[size_t(at) + k] != w)
            return false;
    }
    return true;
}

PhraseHits PhraseMatcher::hitsIn(const WordTokens &tokens) const
{
    const size_t n = size_t(tokens.size());
    // Word ids of the tokens, in buffers this thread reuses from sentence to sentence.
    thread_local std::vector<int> keyIds, lowerIds;
    keyIds.resize(n);
    for (size_t k = 0; k < n; ++k)
        keyIds[k] = m_ids.value(tokens.at(qsizetype(k)).key, kUnknown);
    if (m_anyExact) {
        lowerIds.resize(n);
        for (size_t k = 0; k < n; ++k) {
            // Most words are their own key ("killed"): one lookup serves both.
            const WordToken &t = tokens.at(qsizetype(k));
            const bool same = t.key.size() == t.lower.size() && t.key.utf16() == t.lower.utf16();
            lowerIds[k] = same ? keyIds[k] : m_ids.value(t.lower, kUnknown);
        }
    }
    PhraseHits out;
    out.m_offsets.reserve(n + 1);
    out.m_extents.resize(size_t(m_lists));
    const auto consider = [&](int index, size_t k) {
        const Compiled &p = m_phrases[size_t(index)];
        // A phrase of one word (most of them) matches where its word was found.
        const bool found = p.words.size() == 1 && p.words.front() != kAny;
        if (!found && !matchesAt(p, tokens, keyIds, lowerIds, qsizetype(k)))
            return;
        for (const Use &use : p.uses) {
            out.m_hits.push_back({use.list, int(p.words.size()), use.order});
            PhraseHits::Extent &e = out.m_extents[size_t(use.list)];
            if (e.first > e.last)
                e.first = qint32(k);
            e.last = qint32(k);
        }
    };
    for (size_t k = 0; k < n; ++k) {
        out.m_offsets.push_back(qsizetype(out.m_hits.size()));
        // A phrase starts with a word by key or, when it compares exactly, by lower.
        if (keyIds[k] >= 0)
            for (int index : m_startingWith[size_t(keyIds[k])])
                if (m_phrases[size_t(index)].folded)
                    consider(index, k);
        if (m_anyExact && lowerIds[k] >= 0)
            for (int index : m_startingWith[size_t(lowerIds[k])])
                if (!m_phrases[size_t(index)].folded)
                    consider(index, k);
        for (int index : m_startingWithAny)
            consider(index, k);
    }
    out.m_offsets.push_back(qsizetype(out.m_hits.size()));
    return out;
}

PhraseHits::Extent PhraseHits::extentOf(int list, qsizetype from, qsizetype to) const
{
    if (list < 0 || size_t(list) >= m_extents.size())
        return {};
    const Extent &e = m_extents[size_t(list)];
    return {qint32(std::max({qsizetype(e.first), from, qsizetype(0)})),
            qint32(std::min({qsizetype(e.last), to, qsizetype(m_offsets.size()) - 2}))};
}

int PhraseHits::firstAt(int list, qsizetype k, qsizetype limit) const
{
    const Extent e = extentOf(list, k, k);
    if (e.first > e.last)
        return 0;
    const Hit *best = nullptr;
    for (const Hit *h = begin(k); h != end(k); ++h)
        if (h->list == list && k + h->length <= limit && (!best || h->order < best->order))
            best = h;
    return best ? best->length : 0;
}

bool PhraseHits::anyIn(int list, qsizetype first, qsizetype last) const
{
    const Extent e = extentOf(list, first, last);
    for (qsizetype k = e.first; k <= e.last; ++k)
        for (const Hit *h = begin(k); h != end(k); ++h)
            if (h->list == list && k + h->length - 1 <= last)
                return true;
    return false;
}

bool PhraseHits::endsAt(int list, qsizetype last, qsizetype floor) const
{
    const Extent e = extentOf(list, floor, last);
    for (qsizetype k = e.first; k <= e.last; ++k)
        for (const Hit *h = begin(k); h != end(k); ++h)
            if (h->list == list && k + h->length - 1 == last)
                return true;
    return false;
}

} // namespace claimline
