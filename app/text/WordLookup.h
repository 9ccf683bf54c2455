#pragma once

#include "WordHash.h"

#include <QStringView>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace claimline {

// A word → value map for lookups done on every token. qHash(QString) is SipHash on this
// Qt build and showed as a quarter of the extraction profile; WordHash is several times
// cheaper, and lookups take a view, so no QString is built to ask.
template<typename T>
class WordLookup
{
public:
    void insert(QStringView word, T value) { m_map.insert_or_assign(std::u16string(view(word)), std::move(value)); }
    T &operator[](QStringView word) { return m_map[std::u16string(view(word))]; }
    const T *find(QStringView word) const
    {
        const auto it = m_map.find(view(word));
        return it == m_map.end() ? nullptr : &it->second;
    }
    T value(QStringView word, T fallback = T()) const
    {
        const T *v = find(word);
        return v ? *v : fallback;
    }

private:
    static std::u16string_view view(QStringView s) { return {s.utf16(), size_t(s.size())}; }
    using Hash = WordHash;
    std::unordered_map<std::u16string, T, Hash, std::equal_to<>> m_map;
};

} // namespace claimline
