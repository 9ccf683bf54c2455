#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimline {

// FNV-1a over UTF-16 units, for the word sets and maps asked on every token: words are
// a few characters long, where std::hash (murmur over bytes, out of line) costs more
// than the lookup around it.
struct WordHash
{
    using is_transparent = void;
    size_t operator()(std::u16string_view s) const noexcept
    {
        uint64_t h = 14695981039346656037ull;
        for (const char16_t c : s) {
            h ^= uint64_t(c);
            h *= 1099511628211ull;
        }
        return size_t(h);
    }
};

} // namespace claimline
