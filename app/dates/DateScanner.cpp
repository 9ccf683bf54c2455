#include "DateScanner.h"

#include <algorithm>

namespace claimline::dates {

// Parts of a season go by its months: "late spring" is May.
DayInterval seasonPart(const DayInterval &season, Part part)
{
    const QDate m = season.first;
    switch (part) {
    case Part::Early:
    case Part::Begin: return DayInterval::month(m.year(), m.month());
    case Part::Mid: return DayInterval::month(m.addMonths(1).year(), m.addMonths(1).month());
    case Part::Late:
    case Part::End: return DayInterval::month(m.addMonths(2).year(), m.addMonths(2).month());
    default: return spanPart(season, part);
    }
}

Granularity granularityOf(int unit)
{
    switch (Unit(unit)) {
    case Unit::Day:
    case Unit::Hour:
    case Unit::Minute: return Granularity::Day;
    case Unit::Week: return Granularity::Week;
    case Unit::Month: return Granularity::Month;
    case Unit::Year: return Granularity::Year;
    case Unit::Decade: return Granularity::Decade;
    }
    return Granularity::Unknown;
}

QDate minusUnits(QDate d, int n, int unit)
{
    switch (Unit(unit)) {
    case Unit::Day: return d.addDays(-n);
    case Unit::Week: return d.addDays(-7 * qint64(n));
    case Unit::Month: return d.addMonths(-n);
    case Unit::Year: return d.addYears(-n);
    case Unit::Decade: return d.addYears(-10 * n);
    case Unit::Hour:
    case Unit::Minute: return d;
    }
    return d;
}

namespace {

// The words an expression can begin with: parse() dispatches on these and reads no other
// word, so the scan passes over "in", "of", "and" … without trying the grammar on them.
constexpr bool opensExpression(Word w)
{
    switch (w) {
    case Word::Month:
    case Word::Weekday:
    case Word::Season:
    case Word::The:
    // parseCount
    case Word::Number:
    case Word::A:
    case Word::Approx:
    case Word::More:
    case Word::Less:
    case Word::Several:
    case Word::Few:
    case Word::Up:
    case Word::At:
    // parseWithPart
    case Word::Early:
    case Word::Mid:
    case Word::Late:
    case Word::End:
    // parseRelative
    case Word::Today:
    case Word::Tonight:
    case Word::Yesterday:
    case Word::Overnight:
    case Word::Tomorrow:
    case Word::Earlier:
    case Word::Later:
    case Word::Recent:
    case Word::Unit:
    case Word::Last:
    case Word::This:
    case Word::Next:
    case Word::Past:
    case Word::Coming: return true;
    default: return false;
    }
}

// "Q" of "Q1 2025", the one word outside the lexicon that opens an expression.
bool isQuarterLetter(QStringView text, const Token &t)
{
    return t.kind == Token::Word && t.end - t.start == 1 && text[t.start] == u'Q';
}

} // namespace

bool Scanner::wordIs(int i, QStringView lower) const
{
    if (!isWord(i))
        return false;
    const QStringView w = m_text.sliced(tok(i).start, tok(i).end - tok(i).start);
    return w.compare(lower, Qt::CaseInsensitive) == 0;
}

// "3,000", "2.5", "2,024": digits glued to other digits by a separator are one number.
bool Scanner::groupedNumber(int i) const
{
    const auto sep = [this](int k) { return isPunct(k, u',') || isPunct(k, u'.'); };
    if (touches(i) && sep(i - 1) && touches(i - 1) && isDigits(i - 2))
        return true;
    if (touches(i + 1) && sep(i + 1) && touches(i + 2) && isDigits(i + 2))
        return true;
    // Glued to letters or signs: "B-52", "F-35", "$2024", "2024%", "A320".
    const bool dateModifier = is(i - 2, Word::Mid) || is(i - 2, Word::Early) || is(i - 2, Word::Late);
    if (touches(i) && (isWord(i - 1) || isPunct(i - 1, u'$') || isPunct(i - 1, u'#') || isPunct(i - 1, u'\u20AC')
                       || isPunct(i - 1, u'\u00A3') || (isDash(i - 1) && touches(i - 1) && isWord(i - 2) && !dateModifier)))
        return true;
    if (touches(i + 1) && (isPunct(i + 1, u'%') || (isWord(i + 1) && tok(i + 1).lex.word != Word::Suffix
                                                    && !wordIs(i + 1, u"s"))))
        return true;
    return false;
}

bool Scanner::yearToken(int i) const
{
    return isDigits(i) && tok(i).digits == 4 && tok(i).value >= 1800 && tok(i).value <= 2100 && !groupedNumber(i);
}

bool Scanner::dayToken(int i) const
{
    return isDigits(i) && tok(i).digits <= 2 && tok(i).value >= 1 && tok(i).value <= 31 && !groupedNumber(i)
           && !(touches(i + 1) && isPunct(i + 1, u':'));
}

// A capitalised month name at i (with its abbreviation dot); 0 when none.
int Scanner::monthAt(int i, int &end, bool needsContext) const
{
    if (!is(i, Word::Month) || !tok(i).capitalised)
        return 0;
    end = i + 1;
    if (tok(i).lex.abbreviated && isPunct(i + 1, u'.') && touches(i + 1))
        end = i + 2;
    if (needsContext && tok(i).lex.abbreviated)
        return 0;
    // "May" and "March" are also a verb and a noun: alone they need a date context.
    if (needsContext && (tok(i).value == 5 || tok(i).value == 3))
        return 0;
    return tok(i).value;
}

Word Scanner::wordBefore(int i) const
{
    // "since at least", "as early as": look past the hedge.
    if (is(i - 1, Word::Least) && is(i - 2, Word::At))
        return is(i - 3, Word::None) ? Word::None : tok(i - 3).lex.word;
    if (is(i - 1, Word::As) && is(i - 2, Word::Early) && is(i - 3, Word::As))
        return Word::Since;
    if (i - 1 < 0 || !isWord(i - 1))
        return Word::None;
    return tok(i - 1).lex.word;
}

// "will", "scheduled", "next" … shortly before in the same sentence.
bool Scanner::futureCue(int i) const
{
    for (int k = i - 1; k >= 0 && k >= i - 8; --k) {
        const Token &t = tok(k);
        if (t.kind == Token::Punct && (t.ch == u'.' || t.ch == u';' || t.ch == u'!' || t.ch == u'?'))
            return false;
        const Word w = t.lex.word;
        if (w == Word::Future || w == Word::Upcoming || w == Word::Coming)
            return true;
    }
    return false;
}

// A small count: "13", "three", "twenty-five", "a", "a few", "several", "a couple of".
std::optional<int> Scanner::countAt(int i, int &end) const
{
    if (isDigits(i)) {
        if (tok(i).digits > 3 || groupedNumber(i) || tok(i).value == 0)
            return std::nullopt;
        end = i + 1;
        return tok(i).value;
    }
    if (is(i, Word::Number)) {
        int v = tok(i).value;
        end = i + 1;
        if (v >= 20 && isDash(i + 1) && touches(i + 1) && is(i + 2, Word::Number) && touches(i + 2)
            && tok(i + 2).value < 10) {
            v += tok(i + 2).value;
            end = i + 3;
        }
        return v;
    }
    if (is(i, Word::A)) {
        if (is(i + 1, Word::Few)) {
            end = i + 2;
            return 3;
        }
        if (is(i + 1, Word::Couple)) {
            end = is(i + 2, Word::Of) ? i + 3 : i + 2;
            return 2;
        }
        if (is(i + 1, Word::Dozen)) {
            end = i + 2;
            return 12;
        }
        end = i + 1;
        return 1;
    }
    if (is(i, Word::Several) || is(i, Word::Few)) {
        end = i + 1;
        return 3;
    }
    return std::nullopt;
}

// "last year", "this year", "of last year", "of that year" after a year-less date.
void Scanner::trailingYear(Spec &s) const
{
    int k = s.end;
    if (is(k, Word::Of))
        ++k;
    if (is(k + 1, Word::Unit) && tok(k + 1).value == int(Unit::Year) && !tok(k + 1).lex.plural) {
        if (is(k, Word::Last) || is(k, Word::This) || is(k, Word::Next)) {
            s.yref = YearRef::Explicit;
            s.year = m_ref.year() + (is(k, Word::Last) ? -1 : is(k, Word::Next) ? 1 : 0);
            s.relative = true;
            s.end = k + 2;
        } else if (is(k, Word::That)) {
            s.yref = YearRef::That;
            s.end = k + 2;
        }
    } else if (is(k, Word::The) && is(k + 1, Word::Same) && is(k + 2, Word::Unit)
               && tok(k + 2).value == int(Unit::Year)) {
        s.yref = YearRef::That;
        s.end = k + 3;
    }
}

std::optional<Spec> Scanner::parseWithPart(int i, Word prep) const
{
    Part part = Part::Whole;
    int k = i;
    if (is(i, Word::Early) || is(i, Word::Mid) || is(i, Word::Late)) {
        part = is(i, Word::Early) ? Part::Early : is(i, Word::Mid) ? Part::Mid : Part::Late;
        k = i + 1;
        if (isDash(k) && touches(k))
            ++k;
    } else if (is(i, Word::End) && is(i + 1, Word::Of)) {
        part = Part::End;
        k = i + 2;
    }
    if (part == Part::Whole) // "end" without "of" is no part; never loop back to the same token
        return is(i, Word::End) ? std::nullopt : parse(i, prep);
    const Word inner = is(i, Word::Early) ? Word::Early : is(i, Word::Mid) ? Word::Mid : is(i, Word::Late) ? Word::Late : Word::Of;
    std::optional<Spec> s = parse(k, inner);
    if (!s || s->kind == Spec::Duration || s->kind == Spec::Weekday || s->kind == Spec::Day || s->part != Part::Whole)
        return std::nullopt;
    if (s->kind == Spec::Fixed && s->anchored)
        return std::nullopt;
    s->part = part;
    return s;
}

std::optional<Spec> Scanner::parse(int i, Word prep) const
{
    if (i >= m_n)
        return std::nullopt;
    const Token &t = tok(i);
    if (t.kind == Token::Digits) {
        if (std::optional<Spec> s = parseDigitForms(i, prep))
            return s;
        return parseCount(i, prep);
    }
    if (t.kind != Token::Word)
        return std::nullopt;
    // Q1 2025
    if (t.lex.word == Word::None && isQuarterLetter(m_text, t) && isDigits(i + 1)
        && touches(i + 1) && tok(i + 1).digits == 1 && tok(i + 1).value >= 1 && tok(i + 1).value <= 4
        && !touches(i + 2)) {
        Spec s;
        s.kind = Spec::Quarter;
        s.quarter = tok(i + 1).value;
        s.granularity = Granularity::Quarter;
        s.end = i + 2;
        if (yearToken(s.end)) {
            s.yref = YearRef::Explicit;
            s.year = tok(s.end).value;
            ++s.end;
        }
        return s;
    }
    if (!opensExpression(t.lex.word))
        return std::nullopt;
    switch (t.lex.word) {
    case Word::Month: return parseMonthForms(i, prep);
    case Word::Weekday: return parseWeekday(i);
    case Word::Season: return parseSeason(i, prep);
    case Word::The: return parseThe(i, prep);
    case Word::Number:
    case Word::A:
    case Word::Approx:
    case Word::More:
    case Word::Less:
    case Word::Several:
    case Word::Few:
    case Word::Up: return parseCount(i, prep);
    case Word::At: return is(i + 1, Word::Least) ? parseCount(i, prep) : std::nullopt;
    case Word::Early:
    case Word::Mid:
    case Word::Late:
    case Word::End: return parseWithPart(i, prep);
    default: return parseRelative(i, prep); // the rest of opensExpression()
    }
}

// "January and February", "between January and March", "from June 4 to June 17", "2023-2024".
std::optional<Spec> Scanner::tryRange(const Spec &first, int firstStart, Word prep) const
{
    const int k = first.end;
    const bool joiner = is(k, Word::To) || is(k, Word::Through) || is(k, Word::Until) || isDash(k)
                        || (is(k, Word::And) && prep == Word::Between);
    const bool monthsAnd = is(k, Word::And)
                           && (first.kind == Spec::Month || first.kind == Spec::Year || first.kind == Spec::Season
                               || first.kind == Spec::Quarter);
    if (!joiner && !monthsAnd)
        return std::nullopt;
    if (first.kind == Spec::Duration || first.kind == Spec::Fixed || first.kind == Spec::Weekday)
        return std::nullopt;
    (void)firstStart;
    // "June 4 to 17", "June 4-17": the second day shares the month.
    if (first.kind == Spec::Day && dayToken(k + 1) && !is(k + 2, Word::Month) && !is(k + 2, Word::Suffix)) {
        Spec second = first;
        second.day = tok(k + 1).value;
        second.end = k + 2;
        int y = second.end;
        if (isPunct(y, u',') && yearToken(y + 1))
            ++y;
        if (yearToken(y) && first.yref == YearRef::None) {
            second.yref = YearRef::Explicit;
            second.year = tok(y).value;
            second.end = y + 1;
        }
        if (second.day <= first.day)
            return std::nullopt;
        return second;
    }
    std::optional<Spec> second = parseWithPart(k + 1, Word::And);
    if (!second || second->kind == Spec::Duration || second->kind == Spec::Weekday || second->kind == Spec::Fixed)
        return std::nullopt;
    // Both sides must be of the calendar kind; a day may close a month range and back.
    const bool compatible = (first.kind == second->kind)
                            || (first.kind == Spec::Month && second->kind == Spec::Day)
                            || (first.kind == Spec::Day && second->kind == Spec::Month)
                            || (first.kind == Spec::Year && second->kind == Spec::Month && second->yref != YearRef::None)
                            || (first.kind == Spec::Month && second->kind == Spec::Year);
    if (!compatible)
        return std::nullopt;
    if (isDash(k) && first.kind == Spec::Year && !(second->kind == Spec::Year))
        return std::nullopt;
    return second;
}

DayInterval Scanner::resolve(const Spec &s, bool future) const
{
    int year = s.year;
    if (s.yref == YearRef::That)
        year = m_anchorYear > 0 ? m_anchorYear : m_ref.year();
    switch (s.kind) {
    case Spec::Fixed: return spanPart(s.fixed, s.part);
    case Spec::Duration: return {};
    case Spec::Weekday: {
        const int back = (m_ref.dayOfWeek() - s.weekday + 7) % 7;
        const int ahead = (s.weekday - m_ref.dayOfWeek() + 7) % 7;
        if (s.direction == Direction::Next)
            return DayInterval::day(m_ref.addDays(ahead == 0 ? 7 : ahead));
        if (s.direction != Direction::Last && future)
            return DayInterval::day(m_ref.addDays(ahead));
        return DayInterval::day(m_ref.addDays(-back));
    }
    case Spec::Day:
        if (s.yref == YearRef::None)
            year = inferYear(s.month, s.day, m_ref, future);
        if (!QDate::isValid(year, s.month, s.day))
            return {};
        return DayInterval::day(QDate(year, s.month, s.day));
    case Spec::Month:
        if (s.yref == YearRef::None)
            year = inferYear(s.month, 0, m_ref, future);
        return monthPart(year, s.month, s.part);
    case Spec::Year: return yearPart(year, s.part);
    case Spec::Season:
        if (s.yref == YearRef::None)
            year = inferSeasonYear(s.season, m_ref, future, false);
        return seasonPart(seasonInterval(year, s.season), s.part);
    case Spec::Quarter:
        if (s.yref == YearRef::None) {
            // The latest such quarter begun by the reference.
            year = quarterInterval(m_ref.year(), s.quarter).first <= m_ref ? m_ref.year() : m_ref.year() - 1;
            if (future && quarterInterval(year, s.quarter).last < m_ref)
                ++year;
        }
        return spanPart(quarterInterval(year, s.quarter), s.part);
    case Spec::Decade: {
        const DayInterval d{QDate(year, 1, 1), QDate(year + 9, 12, 31)};
        if (s.part == Part::Early)
            return {d.first, QDate(year + 3, 12, 31)};
        if (s.part == Part::Mid)
            return {QDate(year + 3, 1, 1), QDate(year + 6, 12, 31)};
        if (s.part == Part::Late)
            return {QDate(year + 7, 1, 1), d.last};
        return spanPart(d, s.part);
    }
    }
    return {};
}

QList<TemporalMention> Scanner::run()
{
    QList<TemporalMention> out;
    int i = 0;
    while (i < m_n) {
        const Token &t = tok(i);
        if (t.kind == Token::Punct
            || (t.kind == Token::Word && !opensExpression(t.lex.word) && !isQuarterLetter(m_text, t))) {
            ++i;
            continue;
        }
        const Word prep = wordBefore(i);
        std::optional<Spec> first = parseWithPart(i, prep);
        if (!first) {
            ++i;
            continue;
        }
        // News reports the past; "since" never points ahead.
        const bool future = prep != Word::Since && futureCue(i);
        TemporalMention m;
        m.span = {tok(i + first->hedge).start, tok(first->end - 1).end};
        m.future = future || first->direction == Direction::Next;
        m.granularity = first->granularity;
        m.relative = first->relative || first->kind == Spec::Weekday;
        m.yearExplicit = first->yref == YearRef::Explicit && !first->relative;
        int end = first->end;
        if (first->kind == Spec::Duration) {
            m.role = Role::Duration;
        } else if (std::optional<Spec> second = tryRange(*first, i, prep)) {
            // Share the year the text gives one side only: "January and mid-December last year".
            Spec a = *first, b = *second;
            if (a.yref == YearRef::None && b.yref != YearRef::None) {
                a.yref = b.yref;
                a.year = b.year;
                if (resolve(a, future).first > resolve(b, future).first)
                    --a.year;
            } else if (b.yref == YearRef::None && a.yref != YearRef::None) {
                b.yref = a.yref;
                b.year = a.year;
                if (resolve(b, future).first < resolve(a, future).first)
                    ++b.year;
            }
            const DayInterval ia = resolve(a, future), ib = resolve(b, future);
            if (ia.isValid() && ib.isValid() && ia.first <= ib.last)
                m.interval = {ia.first, ib.last};
            m.span.end = tok(second->end - 1).end;
            m.yearExplicit = m.yearExplicit || (b.yref == YearRef::Explicit && !b.relative);
            m.relative = m.relative || b.relative;
            end = second->end;
        } else {
            m.interval = resolve(*first, future);
        }
        if (m.role != Role::Duration) {
            if (prep == Word::Since)
                m.role = Role::Since;
            else if (prep == Word::Until || prep == Word::By || prep == Word::Before
                     || (prep == Word::Through && end == first->end))
                m.role = Role::Until;
        }
        if (m.interval.isValid() && m.role != Role::Duration && !m.relative && !first->anchored)
            m_anchor = m.interval;
        if (m.interval.isValid() && m.yearExplicit)
            m_anchorYear = m.interval.last.year();
        out.append(m);
        i = end;
    }
    return out;
}

} // namespace claimline::dates
