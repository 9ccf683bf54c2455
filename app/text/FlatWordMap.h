#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace claimline {

// FNV-1a over UTF-16 units, fed one unit at a time, so that a tokenizer can hash a word
// in the loop that lowercases it.
struct FlatWordHash
{
    static constexpr uint64_t kSeed = 14695981039346656037ull;
    static constexpr uint64_t step(uint64_t hash, char16_t unit) { return (hash ^ unit) * 1099511628211ull; }
    static uint64_t of(QStringView word)
    {
        uint64_t h = kSeed;
        for (const QChar c : word)
            h = step(h, c.unicode());
        return h;
    }
};

// Writes what QString::toLower() makes of `word` into `buffer` from `at` on (growing it
// when needed) and returns its hash; one pass for ASCII words, nearly all of them. Returns
// the length written in `*length`.
inline uint64_t lowercaseHashed(std::vector<char16_t> &buffer, size_t at, QStringView word, size_t *length)
{
    if (buffer.size() < at + size_t(word.size()))
        buffer.resize(std::max(buffer.size() * 2, at + size_t(word.size())));
    char16_t *out = buffer.data() + at;
    uint64_t hash = FlatWordHash::kSeed;
    for (const QChar c : word) {
        char16_t u = c.unicode();
        if (u >= 0x80) {
            const QString lower = word.toString().toLower();
            if (buffer.size() < at + size_t(lower.size()))
                buffer.resize(std::max(buffer.size() * 2, at + size_t(lower.size())));
            std::copy(lower.utf16(), lower.utf16() + lower.size(), buffer.data() + at);
            *length = size_t(lower.size());
            return FlatWordHash::of(lower);
        }
        if (u >= u'A' && u <= u'Z')
            u += 32;
        *out++ = u;
        hash = FlatWordHash::step(hash, u);
    }
    *length = size_t(word.size());
    return hash;
}

// A word → value map for the lexicons asked about on every token, where the caller may
// already have the word's hash: a tokenizer that lowercases a word can hash it in the same
// loop (lowercaseHashed()), and the lookup is then one probe of an open-addressed table
// whose keys sit in one buffer, without the division and node chasing of
// std::unordered_map, and without an allocation per key when words are added (interning).
// Values are small: flags, indexes, implicitly shared strings.
template<typename T>
class FlatWordMap
{
public:
    T &operator[](QStringView word)
    {
        const uint64_t hash = FlatWordHash::of(word);
        if (const T *found = find(word, hash))
            return m_values[size_t(found - m_values.data())];
        if ((m_values.size() + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 64 : m_slots.size() * 2);
        const auto keyAt = uint32_t(m_keys.size());
        m_keys.insert(m_keys.end(), word.utf16(), word.utf16() + word.size());
        m_values.push_back(T());
        place({hash, keyAt, uint32_t(word.size()), uint32_t(m_values.size() - 1)});
        return m_values.back();
    }

    const T *find(QStringView word, uint64_t hash) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = indexOf(hash) & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (s.value == kEmpty)
                return nullptr;
            if (s.hash == hash && s.length == size_t(word.size())
                && std::equal(word.utf16(), word.utf16() + word.size(), m_keys.data() + s.keyAt)) // short: no call
                return &m_values[s.value];
        }
    }
    const T *find(QStringView word) const { return find(word, FlatWordHash::of(word)); }
    qsizetype size() const { return qsizetype(m_values.size()); }
    void clear()
    {
        m_slots.clear();
        m_keys.clear();
        m_values.clear();
    }
    T value(QStringView word, uint64_t hash, T fallback = T()) const
    {
        const T *v = find(word, hash);
        return v ? *v : fallback;
    }

private:
    static constexpr uint32_t kEmpty = 0xffffffffu;
    struct Slot
    {
        uint64_t hash = 0;
        uint32_t keyAt = 0;
        uint32_t length = 0;
        uint32_t value = kEmpty;
    };
    static size_t indexOf(uint64_t hash) { return size_t(hash ^ (hash >> 29)); }

    void place(const Slot &slot)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = indexOf(slot.hash) & mask;
        while (m_slots[i].value != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
    void rehash(size_t size)
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(size, Slot());
        for (const Slot &s : old)
            if (s.value != kEmpty)
                place(s);
    }

    std::vector<Slot> m_slots;
    std::vector<char16_t> m_keys;
    std::vector<T> m_values;
};

} // namespace claimline
