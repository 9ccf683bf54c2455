#include "TemporalTagger.h"

#include "DateCalendar.h"
#include "DateTokens.h"

#include <algorithm>
#include <optional>

namespace claimline {

using namespace dates;

namespace {

using Granularity = TemporalMention::Granularity;
using Role = TemporalMention::Role;

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

enum class YearRef : quint8 { None, Explicit, That };
enum class Direction : quint8 { None, Last, This, Next };

// A date expression read from tokens, before it is resolved against the reference.
struct Spec
{
    enum Kind : quint8 { Day, Month, Year, Season, Quarter, Decade, Weekday, Fixed, Duration };
    Kind kind = Fixed;
    YearRef yref = YearRef::None;
    int year = 0, month = 0, day = 0, season = 0, quarter = 0, weekday = 0;
    Direction direction = Direction::None;
    Part part = Part::Whole;
    DayInterval fixed; // Kind::Fixed
    Granularity granularity = Granularity::Unknown;
    bool relative = false;
    bool anchored = false; // "13 days later": resolved from an earlier date in the span
    int hedge = 0;         // leading tokens ("just", "about") kept out of the span of a date
    int end = 0;           // token index after the expression
};

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

// Reads one span. Every matcher looks at a bounded number of tokens from its start, so
// the scan is linear in the length of the span.
class Scanner
{
public:
    Scanner(QStringView text, QDate reference, std::vector<Token> tokens)
        : m_text(text), m_ref(reference), m_t(std::move(tokens)), m_n(int(m_t.size()))
    {
    }

    QList<TemporalMention> run();

private:
    // Token tests (all bounds-checked).
    bool is(int i, Word w) const { return i >= 0 && i < m_n && m_t[size_t(i)].lex.word == w; }
    bool isPunct(int i, char16_t c) const
    {
        return i >= 0 && i < m_n && m_t[size_t(i)].kind == Token::Punct && m_t[size_t(i)].ch == c;
    }
    bool isDash(int i) const { return isPunct(i, u'-') || isPunct(i, u'\u2013') || isPunct(i, u'\u2014'); }
    bool isApostrophe(int i) const { return isPunct(i, u'\'') || isPunct(i, u'\u2019'); }
    bool isDigits(int i) const { return i >= 0 && i < m_n && m_t[size_t(i)].kind == Token::Digits; }
    bool isWord(int i) const { return i >= 0 && i < m_n && m_t[size_t(i)].kind == Token::Word; }
    bool touches(int i) const // token i starts where token i-1 ends
    {
        return i > 0 && i < m_n && m_t[size_t(i)].start == m_t[size_t(i - 1)].end;
    }
    // Past either end: a token that passes no test (no digits, no word, character 0), so
    // patterns may look ahead without checking the count first.
    const Token &tok(int i) const
    {
        static const Token none = [] {
            Token t;
            t.start = t.end = -1;
            return t;
        }();
        return i >= 0 && i < m_n ? m_t[size_t(i)] : none;
    }
    bool wordIs(int i, QStringView lower) const;

    bool groupedNumber(int i) const;
    bool yearToken(int i) const;
    bool dayToken(int i) const;
    int monthAt(int i, int &end, bool needsContext) const;
    Word wordBefore(int i) const;
    bool futureCue(int i) const;
    std::optional<int> countAt(int i, int &end) const;

    std::optional<Spec> parse(int i, Word prep) const;
    std::optional<Spec> parseWithPart(int i, Word prep) const;
    std::optional<Spec> parseMonthForms(int i, Word prep) const;
    std::optional<Spec> parseDigitForms(int i, Word prep) const;
    std::optional<Spec> parseThe(int i, Word prep) const;
    std::optional<Spec> parseRelative(int i, Word prep) const;
    std::optional<Spec> parseCount(int i, Word prep) const;
    std::optional<Spec> parseSeason(int i, Word prep) const;
    std::optional<Spec> parseWeekday(int i) const;
    void trailingYear(Spec &s) const;
    std::optional<Spec> tryRange(const Spec &first, int firstStart, Word prep) const;

    DayInterval resolve(const Spec &s, bool future) const;
    Spec fixed(DayInterval iv, Granularity g, int end, bool relative = true) const
    {
        Spec s;
        s.kind = Spec::Fixed;
        s.fixed = iv;
        s.granularity = g;
        s.end = end;
        s.relative = relative;
        return s;
    }
    DayInterval anchor() const { return m_anchor.isValid() ? m_anchor : DayInterval::day(m_ref); }

    QStringView m_text;
    QDate m_ref;
    std::vector<Token> m_t;
    int m_n;
    DayInterval m_anchor;  // the latest non-relative date read in this span
    int m_anchorYear = 0;  // its year, for "of that year"
};

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
        return std::nullopt;
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
    const bool accepted = strongPrep || possessive || (weakPrep && !countsSomething)
                          || (determiner && isWord(i + 1)) || range;
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
        Spec s = fixed(shifted(base, sign * count, unit), base.days() == 1 ? Granularity::Day : granularityOf(unit),
                       after + 1);
        s.anchored = true;
        s.hedge = k - i;
        return s;
    }
    // "within three months", "for the second time in two weeks": counts of what already
    // happened, over a stretch that ends at the reference.
    const bool countedStretch = prep == Word::In && i >= 2 && (wordIs(i - 2, u"time") || wordIs(i - 2, u"times"));
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
    if (t.lex.word == Word::None && t.end - t.start == 1 && (m_text[t.start] == u'Q') && isDigits(i + 1)
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
    switch (t.lex.word) {
    case Word::None: return std::nullopt;
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
    default: return parseRelative(i, prep);
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
        if (t.kind == Token::Punct || (t.kind == Token::Word && t.lex.word == Word::None && !(t.end - t.start == 1 && m_text[t.start] == u'Q'))) {
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
        if (m.interval.isValid() && m.role != Role::Duration && !m.relative && !first->anchored) {
            m_anchor = m.interval;
            if (m.yearExplicit)
                m_anchorYear = m.interval.first.year();
        }
        if (m.interval.isValid() && m.yearExplicit)
            m_anchorYear = m.interval.last.year();
        out.append(m);
        i = end;
    }
    return out;
}

} // namespace

TemporalTagger::TemporalTagger() = default;

QList<TemporalMention> TemporalTagger::tag(QStringView text, TextSpan span, QDate reference) const
{
    const qsizetype start = std::clamp<qsizetype>(span.start, 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(span.end, start, text.size());
    if (start >= end)
        return {};
    if (!reference.isValid())
        reference = QDate::currentDate();
    Scanner scanner(text, reference, tokenize(text, start, end));
    return scanner.run();
}

} // namespace claimline
