#include "DateScanner.h"

#include <algorithm>
#include <iterator>

namespace claimline::dates {

std::optional<Spec> Scanner::parseWeekday(int i) const
{
    if (!is(i, Word::Weekday) || !tok(i).capitalised)
        return std::nullopt;
    // "Tuesday, June 17, 2025": the date says it all.
    int k = i + 1;
    if (isPunct(k, u','))
        ++k;
    if (std::optional<Spec> date = parseMonthForms(k, Word::On); date && date->kind == Spec::Day)
        return date;
    if (std::optional<Spec> date = parseDigitForms(k, Word::On); date && date->kind == Spec::Day)
        return date;
    Spec s;
    s.kind = Spec::Weekday;
    s.weekday = tok(i).value;
    s.granularity = Granularity::Day;
    s.relative = true;
    s.end = i + 1;
    if (is(i + 1, Word::DayPart) || is(i + 1, Word::Night))
        s.end = i + 2;
    return s;
}

std::optional<Spec> Scanner::parseMonthForms(int i, Word prep) const
{
    int j = 0;
    const int month = monthAt(i, j, false);
    if (month == 0)
        return std::nullopt;
    Spec s;
    s.month = month;
    s.end = j;
    if (dayToken(j)) {
        s.kind = Spec::Day;
        s.day = tok(j).value;
        s.granularity = Granularity::Day;
        s.end = j + 1;
        if (is(s.end, Word::Suffix) && touches(s.end))
            ++s.end;
        int k = s.end;
        if (isPunct(k, u','))
            ++k;
        if (yearToken(k)) {
            s.yref = YearRef::Explicit;
            s.year = tok(k).value;
            s.end = k + 1;
        } else {
            trailingYear(s);
        }
        return s;
    }
    int k = j;
    if (is(k, Word::Of) && yearToken(k + 1))
        ++k;
    if (yearToken(k) || (isPunct(k, u',') && yearToken(k + 1) && !isPunct(k + 2, u','))) {
        if (isPunct(k, u','))
            ++k;
        s.kind = Spec::Month;
        s.yref = YearRef::Explicit;
        s.year = tok(k).value;
        s.granularity = Granularity::Month;
        s.end = k + 1;
        return s;
    }
    // A month alone: abbreviations and the ambiguous names need a date context.
    int unused = 0;
    const bool context = prep == Word::In || prep == Word::Since || prep == Word::Until || prep == Word::By
                         || prep == Word::Through || prep == Word::During || prep == Word::From || prep == Word::Between
                         || prep == Word::Early || prep == Word::Mid || prep == Word::Late || prep == Word::Of
                         || prep == Word::Last || prep == Word::Next || prep == Word::This || prep == Word::And
                         || prep == Word::To || prep == Word::Before || prep == Word::After || prep == Word::Throughout;
    if (monthAt(i, unused, !context) == 0)
        return std::nullopt;
    s.kind = Spec::Month;
    s.granularity = Granularity::Month;
    trailingYear(s);
    return s;
}

std::optional<Spec> Scanner::parseDigitForms(int i, Word prep) const
{
    if (!isDigits(i))
        return std::nullopt;
    const Token &t = tok(i);
    // ISO 2025-06-17 (or 2025/06/17).
    if (t.digits == 4 && (isDash(i + 1) || isPunct(i + 1, u'/')) && touches(i + 1) && isDigits(i + 2) && touches(i + 2)
        && tok(i + 2).digits <= 2 && tok(i + 3).kind == Token::Punct && tok(i + 3).ch == tok(i + 1).ch
        && touches(i + 3) && isDigits(i + 4) && touches(i + 4) && tok(i + 4).digits <= 2 && !touches(i + 5)) {
        Spec s;
        s.kind = Spec::Day;
        s.yref = YearRef::Explicit;
        s.year = t.value;
        s.month = tok(i + 2).value;
        s.day = tok(i + 4).value;
        s.granularity = Granularity::Day;
        s.end = i + 5;
        if (s.month < 1 || s.month > 12)
            return std::nullopt;
        return s;
    }
    // 06/17/2025 (US order unless the first part cannot be a month), 17.06.2025.
    if (t.digits <= 2 && (isPunct(i + 1, u'/') || isPunct(i + 1, u'.')) && touches(i + 1) && isDigits(i + 2)
        && touches(i + 2) && tok(i + 2).digits <= 2 && isPunct(i + 3, tok(i + 1).ch) && touches(i + 3)
        && isDigits(i + 4) && touches(i + 4) && tok(i + 4).digits == 4 && !(touches(i + 5) && isDigits(i + 6))
        && !(touches(i) && (isPunct(i - 1, u'/') || isPunct(i - 1, u'.')))) {
        int a = t.value, b = tok(i + 2).value;
        const bool dayFirst = tok(i + 1).ch == u'.' || a > 12;
        Spec s;
        s.kind = Spec::Day;
        s.yref = YearRef::Explicit;
        s.year = tok(i + 4).value;
        s.month = dayFirst ? b : a;
        s.day = dayFirst ? a : b;
        s.granularity = Granularity::Day;
        s.end = i + 5;
        if (s.month < 1 || s.month > 12 || s.year < 1800 || s.year > 2100)
            return std::nullopt;
        return s;
    }
    // Decades: "1990s".
    if (t.digits == 4 && t.value % 10 == 0 && t.value >= 1800 && t.value <= 2100 && touches(i + 1)
        && wordIs(i + 1, u"s")) {
        Spec s;
        s.kind = Spec::Decade;
        s.year = t.value;
        s.granularity = Granularity::Decade;
        s.end = i + 2;
        return s;
    }
    // 19 June 2024, 17th of June.
    if (dayToken(i)) {
        int k = i + 1;
        if (is(k, Word::Suffix) && touches(k))
            ++k;
        if (is(k, Word::Of) && k > i + 1)
            ++k;
        int j = 0;
        if (const int month = monthAt(k, j, false)) {
            Spec s;
            s.kind = Spec::Day;
            s.day = t.value;
            s.month = month;
            s.granularity = Granularity::Day;
            s.end = j;
            if (isPunct(j, u',') && yearToken(j + 1))
                ++j;
            if (yearToken(j)) {
                s.yref = YearRef::Explicit;
                s.year = tok(j).value;
                s.end = j + 1;
            } else {
                trailingYear(s);
            }
            return s;
        }
        return bareDayOfRange(i, prep);
    }
    if (!yearToken(i))
        return std::nullopt;
    // A bare year counts only where it reads as one.
    const bool possessive = isApostrophe(i + 1) && touches(i + 1) && wordIs(i + 2, u"s");
    const bool strongPrep = prep == Word::In || prep == Word::Since || prep == Word::Until || prep == Word::Through
                            || prep == Word::Before || prep == Word::After || prep == Word::During
                            || prep == Word::Throughout || prep == Word::Between || prep == Word::Early
                            || prep == Word::Mid || prep == Word::Late || prep == Word::Season || prep == Word::Month;
    const bool weakPrep = prep == Word::Of || prep == Word::By || prep == Word::For || prep == Word::From
                          || prep == Word::To || prep == Word::And || prep == Word::At || prep == Word::On;
    const bool countsSomething = isWord(i + 1) && !tok(i + 1).capitalised && tok(i + 1).lex.word == Word::None;
    const bool determiner = prep == Word::The || prep == Word::Possessive || prep == Word::This || prep == Word::That
                            || prep == Word::A || (wordIs(i - 1, u"s") && isApostrophe(i - 2));
    const bool range = (isDash(i + 1) || is(i + 1, Word::To)) && yearToken(i + 2);
    // "Hedgehog 2023 involved 14,000 troops", "Euro 2024": a year that ends a name dates what it names.
    // Labels that number what they name ("Resolution 2043", "Flight 1907") are not names with a year.
    static constexpr QStringView kNumberLabels[] = {u"resolution", u"article", u"flight", u"route", u"highway",
                                                    u"section", u"chapter", u"room", u"unit", u"brigade"};
    const bool numberLabel = std::any_of(std::begin(kNumberLabels), std::end(kNumberLabels),
                                         [&](QStringView w) { return wordIs(i - 1, w); });
    const bool endsName = isWord(i - 1) && tok(i - 1).capitalised && tok(i - 1).lex.word == Word::None && !touches(i)
                          && !numberLabel;
    const bool accepted = strongPrep || possessive || (weakPrep && !countsSomething)
                          || (determiner && isWord(i + 1)) || range || endsName;
    if (!accepted)
        return std::nullopt;
    Spec s;
    s.kind = Spec::Year;
    s.yref = YearRef::Explicit;
    s.year = t.value;
    s.granularity = Granularity::Year;
    s.end = i + 1;
    return s;
}

// "from 2 to 20 June", "between 3 and 5 May", "7-10 May": a day whose month (and year) the
// other end of the range gives. Returns the first end; tryRange reads the second.
std::optional<Spec> Scanner::bareDayOfRange(int i, Word prep) const
{
    const int k = i + 1;
    const bool joiner = is(k, Word::To) || is(k, Word::Through) || is(k, Word::Until) || isDash(k)
                        || (is(k, Word::And) && prep == Word::Between);
    if (!joiner || !dayToken(k + 1))
        return std::nullopt;
    std::optional<Spec> second = parseDigitForms(k + 1, prep);
    if (!second || second->kind != Spec::Day || second->day <= tok(i).value)
        return std::nullopt;
    Spec first = *second;
    first.day = tok(i).value;
    first.end = k;
    return first;
}

// "fall 2024", "the summer of 2024", "in the winter", "this spring".
std::optional<Spec> Scanner::parseSeason(int i, Word prep) const
{
    if (!is(i, Word::Season))
        return std::nullopt;
    Spec s;
    s.kind = Spec::Season;
    s.season = tok(i).value;
    s.granularity = Granularity::Season;
    s.end = i + 1;
    int k = i + 1;
    if (is(k, Word::Of)) {
        if (yearToken(k + 1)) {
            s.yref = YearRef::Explicit;
            s.year = tok(k + 1).value;
            s.end = k + 2;
            return s;
        }
        s.end = k;
        trailingYear(s); // "the fall of last year"
        if (s.end == k)
            return std::nullopt; // "the fall of Kabul"
        return s;
    }
    if (yearToken(k)) {
        s.yref = YearRef::Explicit;
        s.year = tok(k).value;
        s.end = k + 1;
        return s;
    }
    trailingYear(s);
    const bool context = prep == Word::In || prep == Word::During || prep == Word::Since || prep == Word::Until
                         || prep == Word::By || prep == Word::Through || prep == Word::Throughout || prep == Word::Over
                         || prep == Word::Last || prep == Word::This || prep == Word::Next || prep == Word::Early
                         || prep == Word::Mid || prep == Word::Late || prep == Word::Past || prep == Word::Before
                         || prep == Word::After;
    if (s.yref == YearRef::None && !context)
        return std::nullopt;
    return s;
}

// Phrases that begin with "the".
std::optional<Spec> Scanner::parseThe(int i, Word prep) const
{
    if (!is(i, Word::The))
        return std::nullopt;
    const int k = i + 1;
    // the first quarter (of 2025 / of last year)
    if (is(k, Word::Ordinal) && (is(k + 1, Word::Quarter) || (isDash(k + 1) && is(k + 2, Word::Quarter)))) {
        Spec s;
        s.kind = Spec::Quarter;
        s.quarter = tok(k).value;
        s.granularity = Granularity::Quarter;
        s.end = is(k + 1, Word::Quarter) ? k + 2 : k + 3;
        if (is(s.end, Word::Of) && yearToken(s.end + 1)) {
            s.yref = YearRef::Explicit;
            s.year = tok(s.end + 1).value;
            s.end += 2;
        } else {
            trailingYear(s);
        }
        return s;
    }
    // the first/second half of X
    if (is(k, Word::Ordinal) && tok(k).value <= 2 && is(k + 1, Word::Half) && is(k + 2, Word::Of)) {
        if (std::optional<Spec> inner = parse(k + 3, Word::Of)) {
            if (inner->part == Part::Whole && inner->kind != Spec::Duration && inner->kind != Spec::Weekday) {
                inner->part = tok(k).value == 1 ? Part::FirstHalf : Part::SecondHalf;
                return inner;
            }
        }
        return std::nullopt;
    }
    // the end/beginning/start/middle of X
    if ((is(k, Word::End) || is(k, Word::Beginning) || is(k, Word::Start) || is(k, Word::Middle)) && is(k + 1, Word::Of)) {
        const Part part = is(k, Word::End) ? Part::End : is(k, Word::Middle) ? Part::Mid : Part::Begin;
        int j = k + 2;
        // "the end of the year / month": the current one.
        if (is(j, Word::The) && is(j + 1, Word::Unit) && !tok(j + 1).lex.plural
            && (tok(j + 1).value == int(Unit::Year) || tok(j + 1).value == int(Unit::Month))) {
            Spec s;
            s.kind = tok(j + 1).value == int(Unit::Year) ? Spec::Year : Spec::Month;
            s.yref = YearRef::Explicit;
            s.year = m_ref.year();
            s.month = m_ref.month();
            s.granularity = s.kind == Spec::Year ? Granularity::Year : Granularity::Month;
            s.relative = true;
            s.part = part;
            s.end = j + 2;
            return s;
        }
        if (std::optional<Spec> inner = parse(j, Word::Of)) {
            if (inner->part == Part::Whole && inner->kind != Spec::Duration && inner->kind != Spec::Weekday
                && inner->kind != Spec::Day) {
                inner->part = part;
                return inner;
            }
        }
        return std::nullopt;
    }
    // the fall of 2024
    if (is(k, Word::Season)) {
        if (std::optional<Spec> s = parseSeason(k, prep == Word::None ? Word::The : prep)) {
            // "the summer" alone needs a preposition: "in the summer".
            if (s->yref != YearRef::None || prep == Word::In || prep == Word::During || prep == Word::Since
                || prep == Word::Until || prep == Word::By || prep == Word::Over || prep == Word::Through)
                return s;
        }
        return std::nullopt;
    }
    // the 1990s
    if (isDigits(k)) {
        if (std::optional<Spec> s = parseDigitForms(k, Word::The); s && s->kind == Spec::Decade)
            return s;
        return std::nullopt;
    }
    // the previous day / the next week / the following month / the same day / the day before
    if ((is(k, Word::Previous) || is(k, Word::Next) || is(k, Word::Following) || is(k, Word::Same))
        && is(k + 1, Word::Unit) && !tok(k + 1).lex.plural && tok(k + 1).value <= int(Unit::Year)) {
        const int unit = tok(k + 1).value;
        const int shift = is(k, Word::Previous) ? -1 : is(k, Word::Same) ? 0 : 1;
        const DayInterval a = anchor();
        const QDate d = a.first;
        DayInterval iv;
        switch (Unit(unit)) {
        case Unit::Day: iv = shifted(DayInterval::day(shift < 0 ? a.first : a.last), shift, unit); break;
        case Unit::Week: iv = weekOf(d.addDays(7 * shift)); break;
        case Unit::Month: iv = DayInterval::month(d.addMonths(shift).year(), d.addMonths(shift).month()); break;
        default: iv = DayInterval::year(d.year() + shift); break;
        }
        Spec s = fixed(iv, granularityOf(unit), k + 2);
        s.anchored = true;
        return s;
    }
    if (is(k, Word::Unit) && tok(k).value == int(Unit::Day) && !tok(k).lex.plural
        && (is(k + 1, Word::Before) || is(k + 1, Word::After))) {
        const DayInterval a = anchor();
        const int shift = is(k + 1, Word::Before) ? -1 : 1;
        Spec s = fixed(DayInterval::day((shift < 0 ? a.first : a.last).addDays(shift)), Granularity::Day, k + 2);
        s.anchored = true;
        return s;
    }
    // "over the weekend", "at the weekend": the latest one begun by the reference, or the next
    // one when the text looks ahead.
    if (is(k, Word::Weekend)
        && (prep == Word::Over || prep == Word::At || prep == Word::On || prep == Word::During
            || prep == Word::Since || prep == Word::Through)) {
        QDate saturday = weekOf(m_ref).first.addDays(5);
        if (saturday > m_ref && !futureCue(i))
            saturday = saturday.addDays(-7);
        return fixed({saturday, saturday.addDays(1)}, Granularity::Day, k + 1);
    }
    // the past three months / the last year / the past few weeks
    if (is(k, Word::Past) || is(k, Word::Last)) {
        // "the last year" is a stretch of time up to the reference, not the calendar year.
        if (is(k, Word::Last) && is(k + 1, Word::Unit) && !tok(k + 1).lex.plural
            && tok(k + 1).value <= int(Unit::Decade)) {
            const int unit = tok(k + 1).value;
            return fixed({minusUnits(m_ref, 1, unit), m_ref}, granularityOf(unit), k + 2);
        }
        if (std::optional<Spec> s = parseRelative(k, Word::The); s && s->kind == Spec::Fixed)
            return s;
    }
    return std::nullopt;
}

// N units ago / later / earlier, and durations.

} // namespace claimline::dates
