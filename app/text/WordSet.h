#pragma once

#include <QSet>
#include <QString>
#include "WordHash.h"

#include <QStringView>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace claimline {

// A set of words asked about on every token: like WordLookup, WordHash on a view, so
// a token that is only a view into a buffer needs no QString to ask.
class WordSet
{
public:
    WordSet() = default;
    WordSet(const QSet<QString> &words)
    {
        for (const QString &w : words)
            insert(w);
    }
    void insert(QStringView word) { m_set.emplace(view(word)); }
    void remove(QStringView word) { m_set.erase(std::u16string(view(word))); }
    bool contains(QStringView word) const { return m_set.find(view(word)) != m_set.end(); }
    bool isEmpty() const { return m_set.empty(); }

private:
    static std::u16string_view view(QStringView s) { return {s.utf16(), size_t(s.size())}; }
    using Hash = WordHash;
    std::unordered_set<std::u16string, Hash, std::equal_to<>> m_set;
};

} // namespace claimline
