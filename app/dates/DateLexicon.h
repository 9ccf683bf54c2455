#pragma once

#include <QStringView>

#include <algorithm>
#include <array>

namespace claimline::dates {

// Words the temporal grammar knows. Looked up case-insensitively; callers check
// capitalisation where it matters (month and weekday names must be capitalised).
enum class Word : quint8 {
    None,
    Month,      // value 1..12; `abbreviated` set for "Jan", "Sept"…
    Weekday,    // value 1..7 (Monday = 1)
    Number,     // "one".."ninety", "a"/"an" are separate
    Unit,       // value: Unit
    Season,     // value: Season
    Ordinal,    // "first".."fourth", value 1..4
    Suffix,     // "st", "nd", "rd", "th"
    Approx,     // "about", "around", "nearly", "almost", "roughly", "some", "approximately", "just"
    Today, Yesterday, Tomorrow, Tonight, Overnight, Night, DayPart, // DayPart: morning, afternoon, evening
    Last, This, Next, Past, Previous, Following, Coming, Upcoming, Recent, Same, That,
    Earlier, Later, Early, Mid, Late, End, Beginning, Start, Middle, Half, Ago,
    Since, Until, By, Through, Before, After, From, To, Between, And, In, On, Of, At, During,
    Throughout, For, Over, Within, Least, More, Less, Than, Up, As,
    The, A, Possessive, // "its", "their", "his", "her", "our"
    Weekend, Quarter, Few, Several, Couple, Dozen,
    Future, // will, shall, scheduled, planned, plans, upcoming-ish cues
};

enum class Unit : quint8 { Day = 1, Week, Month, Year, Decade, Hour, Minute };
enum class Season : quint8 { Spring = 1, Summer, Fall, Winter };

struct LexEntry
{
    Word word = Word::None;
    qint16 value = 0;
    bool plural = false;
    bool abbreviated = false;
};

// Case-insensitive for ASCII letters, the only ones the lexicon has.
LexEntry lookupWord(QStringView word);

// The hash lookupWord uses, over the word in lower case, exposed so that a tokenizer can
// fold it in while scanning.
constexpr quint32 lexiconHashStep(quint32 h, char16_t lowered) { return (h ^ lowered) * 16777619u; }
constexpr quint32 kLexiconHashSeed = 2166136261u;

// The lexicon's hash table, built by the compiler in DateLexicon.cpp. Open addressing over a
// power of two: the tokenizer asks for every word of the text, so the lookup is inline.
namespace lexicon {
struct Slot
{
    const char16_t *text = nullptr; // lower-case ASCII letters
    quint8 length = 0;
    LexEntry entry;
};
constexpr quint32 kMask = 1023; // load under 0.25
extern const std::array<Slot, kMask + 1> kSlots;
} // namespace lexicon

inline LexEntry lookupWord(QStringView word, quint32 hash)
{
    for (quint32 slot = hash & lexicon::kMask;; slot = (slot + 1) & lexicon::kMask) {
        const lexicon::Slot &s = lexicon::kSlots[slot];
        if (!s.text)
            return {};
        // `| 0x20` lowers an ASCII letter and turns nothing else into one.
        if (s.length == word.size()
            && std::equal(word.begin(), word.end(), s.text,
                          [](QChar a, char16_t b) { return (a.unicode() | 0x20) == b; }))
            return s.entry;
    }
}

} // namespace claimline::dates
