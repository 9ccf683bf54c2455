#include "ClaimScopes.h"

#include "Lexicon.h"
#include "PlaceNames.h"
#include "TextScans.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace claimline {

namespace {

constexpr int kUnread = -2;
// An article's lead, for the places its story is about: headline, byline, dateline and the
// first paragraph or two.
constexpr qsizetype kLeadLength = 600;

unsigned long long pairKey(int a, int b)
{
    return (static_cast<unsigned long long>(unsigned(a)) << 32) | unsigned(b);
}

// The kinds of people subjects count (grouping.json): phrase of one to three lowercase
// words → kind id.
class SubjectKinds
{
public:
    static const SubjectKinds &instance()
    {
        static const SubjectKinds kinds;
        return kinds;
    }

    // The kinds named in a subject, longest phrase first at each word. A subject that names
    // none ("people") counts any kind but only part of none: it stands for every whole kind.
    void collect(QStringView subject, std::vector<int> &kinds) const
    {
        const size_t before = kinds.size();
        collectNamed(subject, kinds);
        if (kinds.size() == before)
            kinds.insert(kinds.end(), m_wholeKinds.begin(), m_wholeKinds.end());
    }

private:
    static constexpr size_t kMostWords = 3;

    void collectNamed(QStringView subject, std::vector<int> &kinds) const
    {
        std::vector<QString> words;
        textscans::forEachLetterRun(subject, [&words](QStringView w) { words.push_back(w.toString().toLower()); });
        for (size_t i = 0; i < words.size();) {
            size_t taken = 0;
            int longest = -1;
            QString phrase;
            for (size_t n = 1; n <= kMostWords && i + n <= words.size(); ++n) {
                phrase += (n > 1 ? QStringLiteral(" ") : QString()) + words[i + n - 1];
                if (const int *kind = m_phrases.find(phrase)) {
                    longest = *kind;
                    taken = n;
                }
            }
            if (longest >= 0)
                kinds.push_back(longest);
            i += std::max<size_t>(taken, 1);
        }
    }

    SubjectKinds()
    {
        const QJsonObject lexicon = loadLexicon(QStringLiteral("grouping"));
        const QJsonObject kinds = lexicon.value(QStringLiteral("subject_kinds")).toObject();
        const QJsonArray parts = lexicon.value(QStringLiteral("part_kinds")).toArray();
        QStringList names = kinds.keys();
        names.sort();
        for (int id = 0; id < names.size(); ++id) {
            for (const QJsonValue &v : kinds.value(names.at(id)).toArray()) {
                // Written as the subject reader splits it: letter runs joined by one space.
                QStringList words;
                textscans::forEachLetterRun(v.toString(), [&words](QStringView w) { words.append(w.toString().toLower()); });
                if (!words.isEmpty() && size_t(words.size()) <= kMostWords)
                    m_phrases.insert(words.join(u' '), id);
            }
            if (!parts.contains(QJsonValue(names.at(id))))
                m_wholeKinds.push_back(id);
        }
    }

    WordLookup<int> m_phrases;
    std::vector<int> m_wholeKinds;
};

} // namespace

int ClaimScopes::scopeOf(const Claim &claim)
{
    // An article's claims come in a row, and many share a subject.
    if (claim.articleIndex == m_last.article && claim.subject == m_last.subject)
        return m_last.scope;
    const SubjectScope subject = subjectScope(claim.subject);
    const int scope = idOf({subject.parties, subject.kinds, placesOf(claim.articleIndex)});
    m_last = {claim.articleIndex, claim.subject, scope};
    return scope;
}

int ClaimScopes::idOf(const Scope &scope)
{
    const auto [it, added] = m_scopeIds.try_emplace(scope, int(m_scopes.size()));
    if (added)
        m_scopes.push_back(scope);
    return it->second;
}

int ClaimScopes::narrowed(int group, int claim)
{
    if (group == claim)
        return group;
    const auto [known, added] = m_narrowed.try_emplace(pairKey(group, claim), 0);
    if (added) {
        const Scope x = m_scopes[size_t(group)], y = m_scopes[size_t(claim)];
        known->second = idOf({m_parties.intersection(x.parties, y.parties), m_kinds.intersection(x.kinds, y.kinds),
                              m_places.intersection(x.places, y.places)});
    }
    return known->second;
}

bool ClaimScopes::agree(int a, int b)
{
    if (a == b)
        return true;
    if (m_tableSize == 0 && m_scopes.size() <= kMostScopesInTable) {
        m_tableSize = m_scopes.size();
        m_table.assign(m_tableSize * m_tableSize, Unknown);
    }
    if (size_t(a) < m_tableSize && size_t(b) < m_tableSize) {
        Answer &answer = m_table[size_t(a) * m_tableSize + size_t(b)];
        if (answer == Unknown)
            answer = agreeUncached(a, b) ? Agree : Disagree;
        return answer == Agree;
    }
    const auto [known, added] = m_agreement.try_emplace(pairKey(std::min(a, b), std::max(a, b)), false);
    if (added)
        known->second = agreeUncached(a, b);
    return known->second;
}

bool ClaimScopes::agreeUncached(int a, int b) const
{
    const Scope &x = m_scopes[size_t(a)], &y = m_scopes[size_t(b)];
    return m_parties.agree(x.parties, y.parties) && m_kinds.agree(x.kinds, y.kinds) && m_places.agree(x.places, y.places);
}

ClaimScopes::SubjectScope ClaimScopes::subjectScope(const QString &subject)
{
    if (subject.isEmpty())
        return {};
    if (const SubjectScope *known = m_subjects.find(subject))
        return *known;
    std::vector<int> parties;
    textscans::forEachLetterRun(subject, [&](QStringView w) {
        if (!w.front().isUpper())
            return;
        const QString word = w.toString().toLower();
        const int *id = m_partyWords.find(word);
        if (!id) {
            m_partyWords.insert(word, m_partyWords.size());
            id = m_partyWords.find(word);
        }
        parties.push_back(*id);
    });
    std::vector<int> kinds;
    SubjectKinds::instance().collect(subject, kinds);
    const SubjectScope scope{m_parties.idOf(std::move(parties)), m_kinds.idOf(std::move(kinds))};
    m_subjects.insert(subject, scope);
    return scope;
}

int ClaimScopes::placesOf(int articleIndex)
{
    if (articleIndex < 0 || articleIndex >= m_corpus.articles.size())
        return IdSets::kEmpty;
    if (m_articlePlaces.empty())
        m_articlePlaces.assign(size_t(m_corpus.articles.size()), kUnread);
    int &id = m_articlePlaces[size_t(articleIndex)];
    if (id == kUnread) {
        const Article &article = m_corpus.articles.at(articleIndex);
        TextSpan lead = article.span;
        lead.end = std::min(lead.end, lead.start + kLeadLength);
        std::vector<int> places;
        PlaceNames::instance().collect(m_corpus.textOf(article.documentIndex, lead), places);
        id = m_places.idOf(std::move(places));
    }
    return id;
}

} // namespace claimline
