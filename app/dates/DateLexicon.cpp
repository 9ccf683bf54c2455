#include "DateLexicon.h"

#include <algorithm>
#include <string_view>

namespace claimline::dates {

namespace {

struct Row
{
    const char16_t *text;
    LexEntry entry;
};

constexpr LexEntry e(Word w, int v = 0, bool plural = false, bool abbr = false)
{
    return {w, qint16(v), plural, abbr};
}

// One table so that the vocabulary is reviewable in one place.
constexpr Row kRows[] = {
    {u"january", e(Word::Month, 1)}, {u"february", e(Word::Month, 2)}, {u"march", e(Word::Month, 3)},
    {u"april", e(Word::Month, 4)}, {u"may", e(Word::Month, 5)}, {u"june", e(Word::Month, 6)},
    {u"july", e(Word::Month, 7)}, {u"august", e(Word::Month, 8)}, {u"september", e(Word::Month, 9)},
    {u"october", e(Word::Month, 10)}, {u"november", e(Word::Month, 11)}, {u"december", e(Word::Month, 12)},
    {u"jan", e(Word::Month, 1, false, true)}, {u"feb", e(Word::Month, 2, false, true)},
    {u"mar", e(Word::Month, 3, false, true)}, {u"apr", e(Word::Month, 4, false, true)},
    {u"jun", e(Word::Month, 6, false, true)}, {u"jul", e(Word::Month, 7, false, true)},
    {u"aug", e(Word::Month, 8, false, true)}, {u"sep", e(Word::Month, 9, false, true)},
    {u"sept", e(Word::Month, 9, false, true)}, {u"oct", e(Word::Month, 10, false, true)},
    {u"nov", e(Word::Month, 11, false, true)}, {u"dec", e(Word::Month, 12, false, true)},
    {u"monday", e(Word::Weekday, 1)}, {u"tuesday", e(Word::Weekday, 2)}, {u"wednesday", e(Word::Weekday, 3)},
    {u"thursday", e(Word::Weekday, 4)}, {u"friday", e(Word::Weekday, 5)}, {u"saturday", e(Word::Weekday, 6)},
    {u"sunday", e(Word::Weekday, 7)},
    {u"one", e(Word::Number, 1)}, {u"two", e(Word::Number, 2)}, {u"three", e(Word::Number, 3)},
    {u"four", e(Word::Number, 4)}, {u"five", e(Word::Number, 5)}, {u"six", e(Word::Number, 6)},
    {u"seven", e(Word::Number, 7)}, {u"eight", e(Word::Number, 8)}, {u"nine", e(Word::Number, 9)},
    {u"ten", e(Word::Number, 10)}, {u"eleven", e(Word::Number, 11)}, {u"twelve", e(Word::Number, 12)},
    {u"thirteen", e(Word::Number, 13)}, {u"fourteen", e(Word::Number, 14)}, {u"fifteen", e(Word::Number, 15)},
    {u"sixteen", e(Word::Number, 16)}, {u"seventeen", e(Word::Number, 17)}, {u"eighteen", e(Word::Number, 18)},
    {u"nineteen", e(Word::Number, 19)}, {u"twenty", e(Word::Number, 20)}, {u"thirty", e(Word::Number, 30)},
    {u"forty", e(Word::Number, 40)}, {u"fifty", e(Word::Number, 50)}, {u"sixty", e(Word::Number, 60)},
    {u"seventy", e(Word::Number, 70)}, {u"eighty", e(Word::Number, 80)}, {u"ninety", e(Word::Number, 90)},
    {u"day", e(Word::Unit, int(Unit::Day))}, {u"days", e(Word::Unit, int(Unit::Day), true)},
    {u"week", e(Word::Unit, int(Unit::Week))}, {u"weeks", e(Word::Unit, int(Unit::Week), true)},
    {u"month", e(Word::Unit, int(Unit::Month))}, {u"months", e(Word::Unit, int(Unit::Month), true)},
    {u"year", e(Word::Unit, int(Unit::Year))}, {u"years", e(Word::Unit, int(Unit::Year), true)},
    {u"decade", e(Word::Unit, int(Unit::Decade))}, {u"decades", e(Word::Unit, int(Unit::Decade), true)},
    {u"hour", e(Word::Unit, int(Unit::Hour))}, {u"hours", e(Word::Unit, int(Unit::Hour), true)},
    {u"minute", e(Word::Unit, int(Unit::Minute))}, {u"minutes", e(Word::Unit, int(Unit::Minute), true)},
    {u"fortnight", e(Word::Unit, int(Unit::Week))},
    {u"spring", e(Word::Season, int(Season::Spring))}, {u"summer", e(Word::Season, int(Season::Summer))},
    {u"fall", e(Word::Season, int(Season::Fall))}, {u"autumn", e(Word::Season, int(Season::Fall))},
    {u"winter", e(Word::Season, int(Season::Winter))},
    {u"first", e(Word::Ordinal, 1)}, {u"second", e(Word::Ordinal, 2)}, {u"third", e(Word::Ordinal, 3)},
    {u"fourth", e(Word::Ordinal, 4)}, {u"final", e(Word::Ordinal, 4)},
    {u"st", e(Word::Suffix)}, {u"nd", e(Word::Suffix)}, {u"rd", e(Word::Suffix)}, {u"th", e(Word::Suffix)},
    {u"about", e(Word::Approx)}, {u"around", e(Word::Approx)}, {u"nearly", e(Word::Approx)},
    {u"almost", e(Word::Approx)}, {u"roughly", e(Word::Approx)}, {u"some", e(Word::Approx)},
    {u"approximately", e(Word::Approx)}, {u"just", e(Word::Approx)}, {u"only", e(Word::Approx)},
    {u"today", e(Word::Today)}, {u"yesterday", e(Word::Yesterday)}, {u"tomorrow", e(Word::Tomorrow)},
    {u"tonight", e(Word::Tonight)}, {u"overnight", e(Word::Overnight)}, {u"night", e(Word::Night)}, {u"morning", e(Word::DayPart)},
    {u"afternoon", e(Word::DayPart)}, {u"evening", e(Word::DayPart)},
    {u"last", e(Word::Last)}, {u"this", e(Word::This)}, {u"next", e(Word::Next)}, {u"past", e(Word::Past)},
    {u"previous", e(Word::Previous)}, {u"prior", e(Word::Previous)}, {u"preceding", e(Word::Previous)},
    {u"following", e(Word::Following)}, {u"coming", e(Word::Coming)}, {u"upcoming", e(Word::Upcoming)},
    {u"recent", e(Word::Recent)}, {u"same", e(Word::Same)}, {u"that", e(Word::That)},
    {u"earlier", e(Word::Earlier)}, {u"later", e(Word::Later)}, {u"early", e(Word::Early)},
    {u"mid", e(Word::Mid)}, {u"late", e(Word::Late)}, {u"end", e(Word::End)},
    {u"beginning", e(Word::Beginning)}, {u"start", e(Word::Start)}, {u"middle", e(Word::Middle)},
    {u"half", e(Word::Half)}, {u"ago", e(Word::Ago)},
    {u"since", e(Word::Since)}, {u"until", e(Word::Until)}, {u"till", e(Word::Until)}, {u"by", e(Word::By)},
    {u"through", e(Word::Through)}, {u"before", e(Word::Before)}, {u"after", e(Word::After)},
    {u"from", e(Word::From)}, {u"to", e(Word::To)}, {u"between", e(Word::Between)}, {u"and", e(Word::And)},
    {u"in", e(Word::In)}, {u"on", e(Word::On)}, {u"of", e(Word::Of)}, {u"at", e(Word::At)},
    {u"during", e(Word::During)}, {u"throughout", e(Word::Throughout)}, {u"for", e(Word::For)},
    {u"over", e(Word::Over)}, {u"within", e(Word::Within)}, {u"least", e(Word::Least)},
    {u"more", e(Word::More)}, {u"less", e(Word::Less)}, {u"fewer", e(Word::Less)}, {u"than", e(Word::Than)},
    {u"up", e(Word::Up)}, {u"as", e(Word::As)},
    {u"the", e(Word::The)}, {u"a", e(Word::A)}, {u"an", e(Word::A)},
    {u"its", e(Word::Possessive)}, {u"their", e(Word::Possessive)}, {u"his", e(Word::Possessive)},
    {u"her", e(Word::Possessive)}, {u"our", e(Word::Possessive)},
    {u"weekend", e(Word::Weekend)}, {u"quarter", e(Word::Quarter)}, {u"few", e(Word::Few)},
    {u"several", e(Word::Several)}, {u"couple", e(Word::Couple)}, {u"dozen", e(Word::Dozen)},
    // Only unambiguous future markers: "expected", "planned" are as often past.
    {u"will", e(Word::Future)}, {u"shall", e(Word::Future)}, {u"ll", e(Word::Future)},
};

constexpr std::array<lexicon::Slot, lexicon::kMask + 1> buildSlots()
{
    std::array<lexicon::Slot, lexicon::kMask + 1> slots{};
    for (const Row &row : kRows) {
        const std::u16string_view text(row.text);
        quint32 h = kLexiconHashSeed;
        for (char16_t c : text)
            h = lexiconHashStep(h, c);
        quint32 slot = h & lexicon::kMask;
        while (slots[slot].text)
            slot = (slot + 1) & lexicon::kMask;
        slots[slot] = {row.text, quint8(text.size()), row.entry};
    }
    return slots;
}

} // namespace

// Built by the compiler: no start-up work and no guard on every lookup.
constexpr std::array<lexicon::Slot, lexicon::kMask + 1> lexicon::kSlots = buildSlots();

LexEntry lookupWord(QStringView word)
{
    quint32 h = kLexiconHashSeed;
    for (QChar c : word)
        h = lexiconHashStep(h, c.unicode() | 0x20);
    return lookupWord(word, h);
}

} // namespace claimline::dates
