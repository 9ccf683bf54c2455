#pragma once

#include "WordTable.h"

#include <QStringView>

namespace claimline {

// A word → value map for lookups done on every token. Lookups take a view, so no QString
// is built to ask (qHash(QString) is SipHash on this Qt build: a quarter of the profile).
template<typename T>
class WordLookup
{
public:
    void insert(QStringView word, T value) { m_table.insertOrAssign(view(word), std::move(value)); }
    T &operator[](QStringView word) { return m_table[view(word)]; }
    const T *find(QStringView word) const { return m_table.find(view(word)); }
    T value(QStringView word, T fallback = T()) const
    {
        const T *v = find(word);
        return v ? *v : fallback;
    }

private:
    static std::u16string_view view(QStringView s) { return {s.utf16(), size_t(s.size())}; }
    WordTable<T> m_table;
};

} // namespace claimline
