#pragma once

#include "IdSets.h"
#include "model/Corpus.h"
#include "text/WordLookup.h"

#include <map>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace claimline {

// What a claim's figure is about, as far as grouping must tell figures apart. Three sets:
// - parties: the capitalised words of its subject ("North Korean" troops vs "Russian");
// - kinds: the kinds of people its subject counts ("militants" vs "soldiers"; a subject that
//   names none, "people", counts any whole kind but not a part such as "children"; lexicon
//   grouping.json);
// - places: the countries its article's headline and lead name: the story it belongs to (a
//   Lebanon toll vs a Mozambique one; lexicon places.json). Not its sentence's: a sentence
//   names whoever speaks and the other side of a war as readily as where it happened.
// Two claims can be compared when each of the three pairs of sets agrees (IdSets::agree);
// a group's scope is what all its members' scopes say (IdSets::intersection), so that every
// member shares a party, a kind and a country with every other.
//
// Each distinct scope is numbered once: grouping asks whether two scopes agree for every
// claim and every draft group it could join, so an answer is remembered per pair.
class ClaimScopes
{
public:
    explicit ClaimScopes(const Corpus &corpus) : m_corpus(corpus) {}

    int scopeOf(const Claim &claim); // a dense id, the same for claims of the same scope
    bool agree(int a, int b);
    int narrowed(int group, int claim); // the scope of a group once the claim has joined it

private:
    struct Scope
    {
        int parties = IdSets::kEmpty;
        int kinds = IdSets::kEmpty;
        int places = IdSets::kEmpty;
        friend bool operator<(const Scope &x, const Scope &y)
        {
            return std::tie(x.parties, x.kinds, x.places) < std::tie(y.parties, y.kinds, y.places);
        }
    };
    struct SubjectScope
    {
        int parties = IdSets::kEmpty;
        int kinds = IdSets::kEmpty;
    };
    int idOf(const Scope &scope);
    SubjectScope subjectScope(const QString &subject);
    int placesOf(int articleIndex);

    const Corpus &m_corpus;
    IdSets m_parties, m_kinds, m_places;
    std::map<Scope, int> m_scopeIds;
    std::vector<Scope> m_scopes; // by id
    // Answers remembered: in a table of every pair while the scopes are few (the usual
    // case, and the check runs hundreds of times per claim), else hashed by pair.
    static constexpr size_t kMostScopesInTable = 2048;
    enum Answer : unsigned char { Unknown, Disagree, Agree };
    std::vector<Answer> m_table; // m_tableSize × m_tableSize
    size_t m_tableSize = 0;
    std::unordered_map<unsigned long long, bool> m_agreement;
    std::unordered_map<unsigned long long, int> m_narrowed; // (group, claim) → scope
    bool agreeUncached(int a, int b) const;
    // Corpora repeat a few subjects in many claims: each distinct subject is read once.
    WordLookup<SubjectScope> m_subjects;
    WordLookup<int> m_partyWords;
    std::vector<int> m_articlePlaces; // id by article index, once read
    struct
    {
        int article = -1;
        QString subject;
        int scope = 0;
    } m_last;
};

} // namespace claimline
