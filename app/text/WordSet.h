#pragma once

#include "WordTable.h"

#include <QSet>
#include <QString>
#include <QStringView>

namespace claimline {

// A set of words asked about on every token: like WordLookup, a lookup takes a view, so
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
    void insert(QStringView word) { m_table[view(word)]; }
    void remove(QStringView word) { m_table.erase(view(word)); }
    bool contains(QStringView word) const { return m_table.find(view(word)) != nullptr; }
    bool isEmpty() const { return m_table.isEmpty(); }

private:
    struct Present {};
    static std::u16string_view view(QStringView s) { return {s.utf16(), size_t(s.size())}; }
    WordTable<Present> m_table;
};

} // namespace claimline
