#pragma once

#include "text/WordLookup.h"

#include <QString>
#include <unordered_map>

namespace claimline {

// Small dense ids for the strings of a corpus pass (topics, measures, claimants): most are
// copies of a few lexicon strings that share one buffer, so a string is asked by the
// address and length of its characters first, which reads nothing but the QString itself,
// and by its text only for a buffer not seen before (FNV, WordLookup). Over a million
// claims, reading each claim's strings was a cache miss each, most of those passes.
// The strings must not change or be freed while the ids are in use (a freed buffer's
// address could come back with other text).
class StringIds
{
public:
    int idOf(const QString &s)
    {
        const Address address{QStringView(s).utf16(), s.size()};
        if (const auto it = m_byAddress.find(address); it != m_byAddress.end())
            return it->second;
        int id = m_size;
        if (const int *known = m_byText.find(s))
            id = *known;
        else
            m_byText.insert(s, m_size++);
        m_byAddress.emplace(address, id);
        return id;
    }
    int size() const { return m_size; }

private:
    struct Address
    {
        const char16_t *data;
        qsizetype size;
        bool operator==(const Address &) const = default;
    };
    struct AddressHash
    {
        size_t operator()(const Address &a) const noexcept
        {
            return (size_t(reinterpret_cast<quintptr>(a.data)) ^ size_t(a.size)) * 0x9E3779B97F4A7C15ull;
        }
    };

    std::unordered_map<Address, int, AddressHash> m_byAddress;
    WordLookup<int> m_byText;
    int m_size = 0;
};

} // namespace claimline
