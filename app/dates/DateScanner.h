#pragma once

// The date scanner behind TemporalTagger, shared by its three source files:
// DateScanner.cpp (token tests, dispatch, ranges, resolution), DateScannerForms.cpp
// (calendar forms: weekdays, months, digits, seasons, "the …") and DateScannerRelative.cpp
// (counts and relative expressions: "three weeks ago", "last month", "early next year").
// Internal to app/dates.

#include "DateCalendar.h"
#include "DateTokens.h"
#include "TemporalMention.h"

#include <optional>
#include <span>

namespace claimline::dates {

using Granularity = TemporalMention::Granularity;
using Role = TemporalMention::Role;

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

DayInterval seasonPart(const DayInterval &season, Part part);
Granularity granularityOf(int unit);
QDate minusUnits(QDate d, int n, int unit);

// Reads one span. Every matcher looks at a bounded number of tokens from its start, so
// the scan is linear in the length of the span.
class Scanner
{
public:
    Scanner(QStringView text, QDate reference, std::span<const Token> tokens)
        : m_text(text), m_ref(reference), m_t(tokens), m_n(int(tokens.size()))
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
        static constexpr Token none = [] {
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
    std::optional<Spec> bareDayOfRange(int i, Word prep) const;
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
    std::span<const Token> m_t;
    int m_n;
    DayInterval m_anchor;  // the latest non-relative date read in this span
    int m_anchorYear = 0;  // its year, for "of that year"
};

} // namespace claimline::dates
