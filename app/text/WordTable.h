#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimline {

// Four UTF-16 units at a time, multiplied and folded: words are short, and a per-unit
// multiply chain was the larger part of a lookup.
struct ChunkedWordHash
{
    static uint64_t of(std::u16string_view s)
    {
        uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
        const char16_t *p = s.data();
        size_t n = s.size();
        for (; n >= 4; n -= 4, p += 4) {
            uint64_t v;
            std::memcpy(&v, p, sizeof v);
            h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 31;
        }
        uint64_t tail = 0;
        switch (n) {
        case 3: tail |= uint64_t(p[2]) << 32; [[fallthrough]];
        case 2: tail |= uint64_t(p[1]) << 16; [[fallthrough]];
        case 1: tail |= uint64_t(p[0]); break;
        default: break;
        }
        h = (h ^ tail) * 0x94D049BB133111EBull;
        return h ^ (h >> 29);
    }
};

// FNV-1a, fed one unit at a time: a tokenizer can hash a word in the loop that lower-cases
// it (lowercaseHashed(), text/Lowercase.h) and ask the table with that hash.
struct FnvWordHash
{
    static constexpr uint64_t kSeed = 14695981039346656037ull;
    static constexpr uint64_t step(uint64_t hash, char16_t unit) { return (hash ^ unit) * 1099511628211ull; }
    static uint64_t of(std::u16string_view word)
    {
        uint64_t h = kSeed;
        for (const char16_t c : word)
            h = step(h, c);
        return h;
    }
};

// The hash table behind WordSet and WordLookup, asked on nearly every token of every
// sentence. std::unordered_map cost a node hop and an integer division per lookup and
// showed as 7% of the extraction profile; here the keys live in one character arena,
// slots are a power-of-two array probed linearly, and a stored hash is compared before
// any character. Tables are filled once from lexicons and then only read.
// `Hash::of(word)` gives a word's hash; a caller that hashed the word already (while
// lower-casing it) passes that hash to find().
template<typename T, typename Hash = ChunkedWordHash>
class WordTable
{
public:
    const T *find(std::u16string_view word) const { return find(word, Hash::of(word)); }
    const T *find(std::u16string_view word, uint64_t h) const
    {
        if (m_slots.empty())
            return nullptr;
        for (size_t slot = slotOf(h);; slot = (slot + 1) & m_mask) {
            const uint32_t e = m_slots[slot];
            if (e == 0)
                return nullptr;
            const Entry &entry = m_entries[e - 1];
            if (entry.hash == uint32_t(h) && equals(entry, word))
                return &m_values[e - 1].value;
        }
    }
    T *find(std::u16string_view word) { return const_cast<T *>(std::as_const(*this).find(word)); }

    // The value of `word`, default-constructed when the word is new.
    T &operator[](std::u16string_view word)
    {
        if (T *v = find(word))
            return *v;
        return add(word, T());
    }
    void insertOrAssign(std::u16string_view word, T value)
    {
        if (T *v = find(word))
            *v = std::move(value);
        else
            add(word, std::move(value));
    }
    // Setup only: the table is rebuilt.
    void erase(std::u16string_view word)
    {
        WordTable kept;
        for (size_t k = 0; k < m_entries.size(); ++k)
            if (key(m_entries[k]) != word)
                kept.add(key(m_entries[k]), std::move(m_values[k].value));
        *this = std::move(kept);
    }
    bool isEmpty() const { return m_entries.empty(); }
    std::ptrdiff_t size() const { return std::ptrdiff_t(m_entries.size()); }
    void clear() { *this = WordTable(); }

private:
    struct Entry
    {
        uint32_t hash;   // low half of the full hash
        uint32_t offset; // into m_chars
        uint32_t length;
    };

    // Hashes whose low bits vary little (FNV over short words) still spread over the slots.
    size_t slotOf(uint64_t h) const { return size_t(h ^ (h >> 29)) & m_mask; }

    std::u16string_view key(const Entry &e) const { return {m_chars.data() + e.offset, e.length}; }
    bool equals(const Entry &e, std::u16string_view word) const
    {
        return e.length == word.size()
               && std::memcmp(m_chars.data() + e.offset, word.data(), word.size() * sizeof(char16_t)) == 0;
    }

    T &add(std::u16string_view word, T value)
    {
        const uint64_t h = Hash::of(word);
        m_entries.push_back({uint32_t(h), uint32_t(m_chars.size()), uint32_t(word.size())});
        m_chars.append(word);
        m_values.push_back({std::move(value)});
        if (2 * m_entries.size() > m_slots.size())
            rehash(std::max<size_t>(16, 4 * m_entries.size()));
        else
            place(m_entries.size() - 1, h);
        return m_values.back().value;
    }
    void place(size_t entry, uint64_t h)
    {
        size_t slot = slotOf(h);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = uint32_t(entry + 1);
    }
    void rehash(size_t slots) // a power of two
    {
        size_t size = 16;
        while (size < slots)
            size *= 2;
        m_slots.assign(size, 0);
        m_mask = size - 1;
        for (size_t k = 0; k < m_entries.size(); ++k)
            place(k, Hash::of(key(m_entries[k])));
    }

    std::vector<Entry> m_entries;
    struct Value // not std::vector<bool>'s packed bits: find() hands out pointers
    {
        T value;
    };
    std::vector<Value> m_values;
    std::u16string m_chars;
    std::vector<uint32_t> m_slots; // entry index + 1; 0 is empty
    size_t m_mask = 0;
};

} // namespace claimline
