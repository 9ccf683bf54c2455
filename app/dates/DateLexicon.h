#pragma once

#include <QStringView>

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

// `lowered` must already be lower-case.
LexEntry lookupWord(QStringView lowered);

// The hash lookupWord uses, exposed so that a tokenizer can fold it in while lowering.
inline quint32 lexiconHashStep(quint32 h, char16_t lowered) { return (h ^ lowered) * 16777619u; }
constexpr quint32 kLexiconHashSeed = 2166136261u;
LexEntry lookupWord(QStringView lowered, quint32 hash);

} // namespace claimline::dates
