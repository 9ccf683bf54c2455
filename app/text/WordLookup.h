#pragma once

#include "WordTable.h"

#include <QStringView>

namespace claimline {

// A word → value map for lookups done on every token. Lookups take a view, so no QString
// is built to ask (qHash(QString) is SipHash on this Qt build: a quarter of the profile).
// With Hash = FnvWordHash, a caller that hashed the word while lower-casing it passes that
// hash (findHashed, valueHashed: named apart, as an integer hash would pass for a fallback).
template<typename T, typename Hash = ChunkedWordHash>
class WordLookup
{
public:
    void insert(QStringView word, T value) { m_table.insertOrAssign(view(word), std::move(value)); }
    T &operator[](QStringView word) { return m_table[view(word)]; }
    const T *find(QStringView word) const { return m_table.find(view(word)); }
    const T *findHashed(QStringView word, uint64_t hash) const { return m_table.find(view(word), hash); }
    T value(QStringView word, T fallback = T()) const
    {
        const T *v = find(word);
        return v ? *v : fallback;
    }
    T valueHashed(QStringView word, uint64_t hash, T fallback = T()) const
    {
        const T *v = findHashed(word, hash);
        return v ? *v : fallback;
    }
    qsizetype size() const { return qsizetype(m_table.size()); }
    void clear() { m_table.clear(); }

private:
    static std::u16string_view view(QStringView s) { return {s.utf16(), size_t(s.size())}; }
    WordTable<T, Hash> m_table;
};

} // namespace claimline
