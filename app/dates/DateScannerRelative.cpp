#include "DateScanner.h"

#include <algorithm>

namespace claimline::dates {

std::optional<Spec> Scanner::parseCount(int i, Word prep) const
{
    int k = i;
    bool hedged = false;
    if (is(k, Word::Approx)) {
        ++k;
        hedged = true;
    } else if ((is(k, Word::More) || is(k, Word::Less)) && is(k + 1, Word::Than)) {
        k += 2;
        hedged = true;
    } else if (is(k, Word::At) && is(k + 1, Word::Least)) {
        k += 2;
        hedged = true;
    } else if (is(k, Word::Up) && is(k + 1, Word::To)) {
        k += 2;
        hedged = true;
    }
    int j = 0;
    const std::optional<int> n = countAt(k, j);
    if (!n)
        return std::nullopt;
    // "eight-month", "two-year": adjectives of duration.
    if (isDash(j) && touches(j) && is(j + 1, Word::Unit) && touches(j + 1)) {
        Spec s;
        s.kind = Spec::Duration;
        s.granularity = granularityOf(tok(j + 1).value);
        s.end = j + 2;
        if (isDash(s.end) && touches(s.end) && wordIs(s.end + 1, u"long"))
            s.end += 2;
        return s;
    }
    if (!is(j, Word::Unit))
        return std::nullopt;
    const int unit = tok(j).value;
    // "a week" is singular, "13 days" plural; "one days" is not English.
    const bool singular = !tok(j).lex.plural;
    if ((*n == 1) != singular && !(isDigits(k) && *n == 1))
        return std::nullopt;
    const int count = *n;
    const int after = j + 1;
    if (!hedged && is(after, Word::Ago)) {
        const QDate d = minusUnits(m_ref, count, unit);
        DayInterval iv;
        switch (Unit(unit)) {
        case Unit::Week: iv = {d.addDays(-3), d.addDays(3)}; break;
        case Unit::Month: iv = DayInterval::month(d.year(), d.month()); break;
        case Unit::Year:
        case Unit::Decade: iv = DayInterval::year(d.year()); break;
        default: iv = DayInterval::day(d); break;
        }
        Spec s = fixed(iv, granularityOf(unit), after + 1);
        s.hedge = k - i;
        return s;
    }
    if ((is(after, Word::Later) || is(after, Word::Earlier)) && unit <= int(Unit::Decade)) {
        const int sign = is(after, Word::Later) ? 1 : -1;
        const DayInterval a = anchor();
        DayInterval base = a;
        if (a.days() > 1 && Unit(unit) == Unit::Day)
            base = DayInterval::day(sign > 0 ? a.last : a.first);
        DayInterval moved = shifted(base, sign * count, unit);
        // "a year earlier" than a day names no day: the month it falls in.
        if (moved.days() == 1 && (Unit(unit) == Unit::Year || Unit(unit) == Unit::Decade))
            moved = DayInterval::month(moved.first.year(), moved.first.month());
        Spec s = fixed(moved, moved.days() == 1 ? Granularity::Day : granularityOf(unit), after + 1);
        s.anchored = true;
        s.hedge = k - i;
        return s;
    }
    // "three days after 7 May", "two weeks before June 20": that date, moved.
    if ((is(after, Word::After) || is(after, Word::Before)) && unit <= int(Unit::Decade)) {
        const Word side = is(after, Word::After) ? Word::After : Word::Before;
        if (std::optional<Spec> base = parseWithPart(after + 1, side);
            base && base->kind != Spec::Duration && !base->anchored) {
            const DayInterval iv = resolve(*base, false);
            if (iv.isValid()) {
                const int sign = side == Word::After ? 1 : -1;
                const DayInterval from = DayInterval::day(sign > 0 ? iv.last : iv.first);
                Spec s = fixed(shifted(from, sign * count, unit), Granularity::Day, base->end, base->relative);
                s.hedge = k - i;
                return s;
            }
        }
    }
    // "within three months", "for the second time in two weeks", "in six weeks of protests":
    // counts of what already happened, over a stretch that ends at the reference.
    const bool countedStretch = prep == Word::In
                                && ((i >= 2 && (wordIs(i - 2, u"time") || wordIs(i - 2, u"times"))) || is(after, Word::Of));
    if (!hedged && (prep == Word::Within || countedStretch) && unit <= int(Unit::Decade))
        return fixed({minusUnits(m_ref, count, unit), m_ref}, granularityOf(unit), after);
    Spec s;
    s.kind = Spec::Duration;
    s.granularity = granularityOf(unit);
    s.end = after;
    if (isDash(s.end) && touches(s.end) && wordIs(s.end + 1, u"long"))
        s.end += 2;
    return s;
}

// today, yesterday, last week, this month, next Monday, last June, last fall, past year,
// earlier this year, recent weeks, decades.
std::optional<Spec> Scanner::parseRelative(int i, Word prep) const
{
    if (i >= m_n || !isWord(i))
        return std::nullopt;
    const Word w = tok(i).lex.word;
    switch (w) {
    case Word::Today:
    case Word::Tonight: return fixed(DayInterval::day(m_ref), Granularity::Day, i + 1);
    case Word::Yesterday: return fixed(DayInterval::day(m_ref.addDays(-1)), Granularity::Day, i + 1);
    // A news report's "overnight" is the night that ends on its date.
    case Word::Overnight: return fixed({m_ref.addDays(-1), m_ref}, Granularity::Day, i + 1);
    case Word::Tomorrow: return fixed(DayInterval::day(m_ref.addDays(1)), Granularity::Day, i + 1);
    default: break;
    }
    if (w == Word::Earlier || w == Word::Later) {
        // earlier this year / later this month / earlier this week
        if (is(i + 1, Word::This) && is(i + 2, Word::Unit) && !tok(i + 2).lex.plural) {
            const int unit = tok(i + 2).value;
            DayInterval whole;
            if (unit == int(Unit::Year))
                whole = DayInterval::year(m_ref.year());
            else if (unit == int(Unit::Month))
                whole = DayInterval::month(m_ref.year(), m_ref.month());
            else if (unit == int(Unit::Week))
                whole = weekOf(m_ref);
            else
                return std::nullopt;
            const DayInterval iv = w == Word::Earlier ? DayInterval(whole.first, m_ref) : DayInterval(m_ref, whole.last);
            return fixed(iv, granularityOf(unit), i + 3);
        }
        return std::nullopt;
    }
    if (w == Word::Recent && is(i + 1, Word::Unit) && tok(i + 1).lex.plural) {
        const int unit = tok(i + 1).value;
        // "recent weeks" reads as the last few (three) weeks.
        const int back = unit == int(Unit::Day) ? 7 : unit == int(Unit::Week) ? 21 : unit == int(Unit::Month) ? 183 : 365 * 3;
        return fixed({m_ref.addDays(-back), m_ref}, granularityOf(unit), i + 2);
    }
    // "decades" alone, "for years": stretches of time, not dates.
    if (w == Word::Unit && tok(i).lex.plural
        && (tok(i).value == int(Unit::Decade) || (prep == Word::For && tok(i).value <= int(Unit::Decade)))) {
        Spec s;
        s.kind = Spec::Duration;
        s.granularity = granularityOf(tok(i).value);
        s.end = i + 1;
        return s;
    }
    // year's end
    if (w == Word::Unit && tok(i).value == int(Unit::Year) && !tok(i).lex.plural && isApostrophe(i + 1)
        && wordIs(i + 2, u"s") && is(i + 3, Word::End)) {
        return fixed(DayInterval::month(m_ref.year(), 12), Granularity::Month, i + 4);
    }
    if (w != Word::Last && w != Word::This && w != Word::Next && w != Word::Past && w != Word::Coming)
        return std::nullopt;
    const int k = i + 1;
    if (k >= m_n)
        return std::nullopt;
    // "this past week", "this coming Monday"
    if (w == Word::This && (is(k, Word::Past) || is(k, Word::Coming)))
        return parseRelative(k, prep);
    if (w == Word::Last && is(k, Word::Night))
        return fixed(DayInterval::day(m_ref.addDays(-1)), Granularity::Day, k + 1);
    if (w == Word::This && (is(k, Word::DayPart) || is(k, Word::Night)))
        return fixed(DayInterval::day(m_ref), Granularity::Day, k + 1);
    // the past/last three months, the past few weeks
    if (w == Word::Past || w == Word::Last) {
        int j = 0;
        const int c = is(k, Word::Few) ? (j = k + 1, 3) : countAt(k, j).value_or(0);
        if (c > 0 && !is(k, Word::A) && is(j, Word::Unit) && tok(j).lex.plural && tok(j).value <= int(Unit::Decade)) {
            const int unit = tok(j).value;
            return fixed({minusUnits(m_ref, c, unit), m_ref}, granularityOf(unit), j + 1);
        }
        // "in the past 24 hours": the days those hours touch, ending on the reference.
        if (c > 0 && c <= 96 && is(j, Word::Unit) && tok(j).lex.plural && tok(j).value == int(Unit::Hour))
            return fixed({m_ref.addDays(-((c + 23) / 24)), m_ref}, Granularity::Day, j + 1);
    }
    if (is(k, Word::Unit) && !tok(k).lex.plural) {
        const int unit = tok(k).value;
        if (w == Word::Past) // past week, past year: up to the reference
            return fixed({minusUnits(m_ref, 1, unit), m_ref}, granularityOf(unit), k + 1);
        const int shift = w == Word::Last ? -1 : w == Word::This ? 0 : 1;
        Spec s;
        s.end = k + 1;
        s.relative = true;
        switch (Unit(unit)) {
        case Unit::Day: return std::nullopt;
        case Unit::Week: return fixed(weekOf(m_ref.addDays(7 * shift)), Granularity::Week, k + 1);
        case Unit::Month: {
            const QDate d = m_ref.addMonths(shift);
            s.kind = Spec::Month;
            s.yref = YearRef::Explicit;
            s.year = d.year();
            s.month = d.month();
            s.granularity = Granularity::Month;
            return s;
        }
        case Unit::Year:
            s.kind = Spec::Year;
            s.yref = YearRef::Explicit;
            s.year = m_ref.year() + shift;
            s.granularity = Granularity::Year;
            return s;
        case Unit::Decade: {
            const int decade = (m_ref.year() / 10 + shift) * 10;
            return fixed({QDate(decade, 1, 1), QDate(decade + 9, 12, 31)}, Granularity::Decade, k + 1);
        }
        default: return std::nullopt;
        }
    }
    if (w == Word::Past)
        return std::nullopt;
    if (is(k, Word::Weekend)) {
        // The weekend of the reference's week (this), the one before it (last) or after (next).
        const QDate saturday = weekOf(m_ref).first.addDays(5);
        const QDate s = saturday.addDays(w == Word::Last ? -7 : w == Word::Next ? 7 : 0);
        return fixed({s, s.addDays(1)}, Granularity::Day, k + 1);
    }
    if (is(k, Word::Weekday) && tok(k).capitalised) {
        Spec s;
        s.kind = Spec::Weekday;
        s.weekday = tok(k).value;
        s.direction = w == Word::Last ? Direction::Last : w == Word::This ? Direction::This : Direction::Next;
        s.granularity = Granularity::Day;
        s.relative = true;
        s.end = k + 1;
        return s;
    }
    int j = 0;
    if (const int month = monthAt(k, j, false); month && !(tok(k).lex.abbreviated)) {
        // last June: the latest June before the current month; next June: the first after.
        Spec s;
        s.kind = Spec::Month;
        s.month = month;
        s.yref = YearRef::Explicit;
        const int y = m_ref.year();
        if (w == Word::Last)
            s.year = month < m_ref.month() ? y : y - 1;
        else if (w == Word::Next || w == Word::Coming)
            s.year = month > m_ref.month() ? y : y + 1;
        else
            s.year = y;
        s.granularity = Granularity::Month;
        s.relative = true;
        s.end = j;
        return s;
    }
    if (is(k, Word::Season)) {
        Spec s;
        s.kind = Spec::Season;
        s.season = tok(k).value;
        s.yref = YearRef::Explicit;
        if (w == Word::Last)
            s.year = inferSeasonYear(s.season, m_ref, false, true);
        else if (w == Word::Next || w == Word::Coming)
            s.year = inferSeasonYear(s.season, m_ref, true, false);
        else
            s.year = s.season == int(Season::Winter) && m_ref.month() <= 2 ? m_ref.year() - 1 : m_ref.year();
        s.granularity = Granularity::Season;
        s.relative = true;
        s.end = k + 1;
        return s;
    }
    return std::nullopt;
}

// A core expression with an optional part: "early 2025", "mid-December", "late last year".

} // namespace claimline::dates
