#include "FigureFinder.h"

#include "Lexicon.h"
#include "NumberWords.h"
#include "PhraseTable.h"
#include "Phrases.h"

#include <QJsonArray>
#include <QJsonObject>
#include "text/WordSet.h"

#include <QSet>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace claimline {

namespace {

using Tokens = WordTokens;
using T = WordToken::Type;

// The figure grammar's words, read once from the "figures" part of topics.json.
struct Grammar
{
    PhraseTable<Qualifier> before, after; // longest first
    WordSet designators, readingsBefore, readingsAfter, oneNotAfter, oneNotBefore;
    PhraseTable<QString> currencyBefore, currencyAfter;
    PhraseTable<double> areaUnits;
    PhraseTable<bool> percentUnits, timesUnits;
    WordSet starters; // words and signs that can begin a figure
};

QSet<QString> stringSet(const QJsonValue &v)
{
    QSet<QString> out;
    for (const QJsonValue &s : v.toArray())
        out.insert(s.toString().toLower());
    return out;
}

PhraseTable<bool> tableOf(const QList<Phrase> &phrases)
{
    QList<std::pair<Phrase, bool>> entries;
    for (const Phrase &p : phrases)
        entries.append({p, true});
    return PhraseTable<bool>(entries);
}

Grammar loadGrammar()
{
    const QJsonObject fig = loadLexicon(QStringLiteral("topics")).value(u"figures").toObject();
    Grammar g;
    auto qualifiers = [](const QJsonObject &o) {
        QList<std::pair<Phrase, Qualifier>> entries;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (const auto q = qualifierFromName(it.key()))
                for (const Phrase &p : parsePhrases(it.value(), false))
                    entries.append({p, *q});
        return PhraseTable<Qualifier>(entries);
    };
    g.before = qualifiers(fig.value(u"qualifiers_before").toObject());
    g.after = qualifiers(fig.value(u"qualifiers_after").toObject());
    g.designators = stringSet(fig.value(u"designators"));
    g.readingsBefore = stringSet(fig.value(u"readings_before"));
    g.readingsAfter = stringSet(fig.value(u"readings_after"));
    g.oneNotAfter = stringSet(fig.value(u"one_not_after"));
    g.oneNotBefore = stringSet(fig.value(u"one_not_before"));
    auto currencies = [](const QJsonObject &o) {
        QList<std::pair<Phrase, QString>> entries;
        for (auto it = o.begin(); it != o.end(); ++it)
            entries.append({Phrase::parse(it.key(), false), it.value().toString()});
        return PhraseTable<QString>(entries);
    };
    g.currencyBefore = currencies(fig.value(u"currency_before").toObject());
    g.currencyAfter = currencies(fig.value(u"currency_after").toObject());
    const QJsonObject areas = fig.value(u"area_units_km2").toObject();
    QList<std::pair<Phrase, double>> areaEntries;
    for (auto it = areas.begin(); it != areas.end(); ++it)
        areaEntries.append({Phrase::parse(it.key(), false), it.value().toDouble()});
    g.areaUnits = PhraseTable<double>(areaEntries);
    g.percentUnits = tableOf(parsePhrases(fig.value(u"percent_units"), false));
    g.timesUnits = tableOf(parsePhrases(fig.value(u"times_units"), false));
    for (const auto &[phrase, code] : g.currencyBefore.entries())
        g.starters.insert(phrase.words.first());
    for (const QString &w : {u"a"_qs, u"an"_qs, u"half"_qs, u"twice"_qs, u"thrice"_qs})
        g.starters.insert(w);
    for (const QString &w : numberwords::simpleWords())
        g.starters.insert(w);
    return g;
}

const Grammar &grammar()
{
    static const Grammar g = loadGrammar();
    return g;
}

// One number as written: tokens [first, last], its value and form.
struct Value
{
    enum class Form { Digits, Words, Ordinal, Fraction, Times };
    double value = 0;
    qsizetype first = 0, last = 0;
    Form form = Form::Digits;
    bool plain = false;  // digits without separators or decimals ("2024")
    bool scaled = false; // "9 million", "12bn"
    double scale = 1;    // the scale word's factor
};

// QStringView::indexOf(QChar) without its library call: it runs on nearly every token.
qsizetype unitIndex(QStringView s, char16_t unit, qsizetype from = 0)
{
    for (qsizetype k = std::max<qsizetype>(from, 0); k < s.size(); ++k)
        if (s[k] == unit)
            return k;
    return -1;
}

bool isDigitsValue(const Value &v) { return v.form == Value::Form::Digits || v.form == Value::Form::Words; }

// "6,000", "84.1", "1500": nullopt when the grouping is not a number a writer would use
// (glued table cells like "20253,800", leading zeros, five or more digits without commas).
std::optional<double> parseDigits(QStringView s, bool *plain)
{
    const qsizetype dot = unitIndex(s, u'.');
    const QStringView whole = dot < 0 ? s : s.left(dot);
    // Comma groups: the first of one to three digits, every later one of exactly three.
    const qsizetype firstComma = unitIndex(whole, u',');
    if (firstComma >= 0) {
        if (firstComma == 0 || firstComma > 3)
            return std::nullopt;
        qsizetype groupStart = firstComma + 1;
        for (qsizetype k = groupStart; k <= whole.size(); ++k) {
            if (k < whole.size() && whole[k] != u',')
                continue;
            if (k - groupStart != 3)
                return std::nullopt;
            groupStart = k + 1;
        }
    } else if (whole.size() >= 5 || (whole.size() > 1 && whole.startsWith(u'0'))) {
        return std::nullopt;
    }
    if (dot >= 0 && unitIndex(s, u'.', dot + 1) >= 0)
        return std::nullopt;
    *plain = firstComma < 0 && dot < 0;
    // Short ASCII numbers (nearly all) without a temporary string: from_chars rounds
    // correctly, as QString::toDouble does, and 20 digits cannot overflow.
    char ascii[20];
    size_t length = 0;
    for (const QChar c : s) {
        if (c == u',')
            continue;
        if (c.unicode() >= 0x80 || length == sizeof ascii) {
            length = 0;
            break;
        }
        ascii[length++] = char(c.unicode());
    }
    if (length > 0) {
        double v = 0;
        const auto [end, error] = std::from_chars(ascii, ascii + length, v);
        return error == std::errc() && end == ascii + length ? std::optional<double>(v) : std::nullopt;
    }
    bool ok = false;
    const double v = s.toString().remove(u',').toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

class Scanner
{
public:
    Scanner(QStringView text, const Tokens &tokens, const QList<TextSpan> &excluded)
        : m_text(text), m_t(tokens), m_excluded(excluded), m_g(grammar())
    {
        std::sort(m_excluded.begin(), m_excluded.end(),
                  [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    }

    QList<Figure> run()
    {
        QList<Figure> out;
        qsizetype i = 0;
        while (i < m_t.size()) {
            qsizetype next = i + 1;
            if (!mayStartFigure(m_t.at(i))) {
                ++i;
                continue;
            }
            if (std::optional<Figure> f = figureAt(i, &next, true))
                out.append(*f);
            i = std::max(next, i + 1);
        }
        return out;
    }

private:
    QStringView m_text;
    const Tokens &m_t;
    QList<TextSpan> m_excluded; // sorted by start
    const Grammar &m_g;

    qsizetype n() const { return m_t.size(); }

    // Cheap filter: most words of a text cannot begin a figure.
    bool mayStartFigure(const WordToken &t) const
    {
        if (t.type != T::Word)
            return t.type != T::Punct || m_g.starters.contains(t.lower);
        return m_g.starters.contains(t.lower) || unitIndex(t.lower, u'-') >= 0;
    }
    bool is(qsizetype i, QStringView w) const { return i >= 0 && i < n() && m_t.at(i).lower == w; }
    bool glued(qsizetype i) const { return i >= 0 && i < n() && !m_t.at(i).spaceBefore; }
    QString original(qsizetype i) const
    {
        const TextSpan s = m_t.at(i).span;
        return m_text.mid(s.start, s.length()).toString();
    }

    bool excludedSpan(qsizetype first, qsizetype last) const
    {
        // m_excluded is sorted by start: binary search, then look at the few spans that
        // start just before (a date ending inside the number) and those starting inside.
        const TextSpan s{m_t.at(first).span.start, m_t.at(last).span.end};
        const auto at = std::partition_point(m_excluded.cbegin(), m_excluded.cend(),
                                             [&](const TextSpan &e) { return e.start < s.start; });
        for (auto it = at; it != m_excluded.cbegin() && at - it < 8;)
            if ((--it)->overlaps(s))
                return true;
        for (auto it = at; it != m_excluded.cend() && it->start < s.end; ++it)
            if (it->overlaps(s))
                return true;
        return false;
    }

    bool isOrdinalWord(qsizetype i) const
    {
        return i >= 0 && i < n() && m_t.at(i).type == T::Word && numberwords::ordinal(m_t.at(i).lower);
    }

    // Cardinal words: "one thousand", "five", "two hundred and fifty", "a dozen", "twelve".
    std::optional<Value> wordsAt(qsizetype i) const
    {
        double total = 0, current = 0;
        bool any = false;
        enum class Prev { None, Unit, Tens, Joint } prev = Prev::None;
        qsizetype j = i;
        if (is(i, u"a") || is(i, u"an")) {
            if (i + 1 >= n() || !(numberwords::multiplier(m_t.at(i + 1).lower) || is(i + 1, u"dozen")))
                return std::nullopt;
            current = 1;
            any = true;
            prev = Prev::Unit;
            j = i + 1;
        }
        qsizetype last = i;
        for (; j < n(); ++j) {
            const QStringView w = m_t.at(j).lower;
            if (m_t.at(j).type != T::Word)
                break;
            if (const auto c = numberwords::cardinal(w)) {
                // "twenty five" continues a number, "two three" does not.
                if (!(prev == Prev::None || prev == Prev::Joint || (prev == Prev::Tens && *c < 10)))
                    break;
                current += *c;
                prev = (*c >= 20 && *c % 10 == 0) ? Prev::Tens : Prev::Unit;
            } else if (const auto m = numberwords::multiplier(w); m && any && w.size() > 2) {
                if (*m == 100)
                    current *= 100;
                else {
                    total += current * *m;
                    current = 0;
                }
                prev = Prev::Joint;
            } else if (w == u"dozen" && any) {
                current *= 12;
                prev = Prev::Joint;
            } else if (w == u"and" && any && prev == Prev::Joint && j + 1 < n()
                       && numberwords::cardinal(m_t.at(j + 1).lower)) {
                continue;
            } else {
                break;
            }
            any = true;
            last = j;
        }
        if (!any || last < i)
            return std::nullopt;
        Value v;
        v.value = total + current;
        v.first = i;
        v.last = last;
        v.form = Value::Form::Words;
        v.scaled = v.value >= 1000;
        return v;
    }

    // A fraction as a share: "half", "two-thirds", "a third of", "three quarters".
    std::optional<Value> fractionAt(qsizetype i) const
    {
        const QStringView w = m_t.at(i).lower;
        Value v;
        v.first = v.last = i;
        v.form = Value::Form::Fraction;
        if (w == u"half") {
            if (isOrdinalWord(i - 1) || is(i - 1, u"latter") || is(i - 1, u"the") || (is(i - 1, u"a") && is(i - 2, u"and")))
                return std::nullopt;
            v.value = 50;
            return v;
        }
        if (const qsizetype dash = unitIndex(w, u'-'); dash > 0) { // "two-thirds", "one-third"
            const auto num = numberwords::cardinal(QStringView(w).left(dash));
            const auto den = numberwords::fractionDenominator(QStringView(w).mid(dash + 1));
            if (num && den && *num < *den) {
                v.value = std::round(10000.0 * *num / *den) / 100;
                return v;
            }
            return std::nullopt;
        }
        const auto num = numberwords::cardinal(w);
        const bool article = w == u"a" || w == u"one";
        if ((num || article) && i + 1 < n()) {
            const QStringView next = m_t.at(i + 1).lower;
            const auto den = numberwords::fractionDenominator(next);
            const int numerator = num ? *num : 1;
            // "a third" is a share only before "of" ("a third meeting" is an ordinal).
            const bool singular = !next.endsWith(u's');
            if (den && numerator < *den && *den > 2 && (numerator > 1) != singular
                && (w != u"a" || is(i + 2, u"of"))) {
                v.value = std::round(10000.0 * numerator / *den) / 100;
                v.last = i + 1;
                return v;
            }
        }
        return std::nullopt;
    }

    std::optional<Value> valueAt(qsizetype i) const
    {
        if (i < 0 || i >= n())
            return std::nullopt;
        const WordToken &t = m_t.at(i);
        Value v;
        v.first = v.last = i;
        if (t.type == T::Number) {
            const auto d = parseDigits(t.lower, &v.plain);
            if (!d)
                return std::nullopt;
            v.value = *d;
            if (i + 1 < n() && m_t.at(i + 1).type == T::Word)
                if (const auto m = numberwords::multiplier(m_t.at(i + 1).lower)) {
                    v.value *= *m;
                    v.scale = *m;
                    v.last = i + 1;
                    v.scaled = true;
                    v.plain = false;
                }
            return v;
        }
        if (t.type == T::Mixed) {
            if (const auto s = numberwords::scaledDigits(t.lower)) {
                v.value = *s;
                v.scaled = true;
                return v;
            }
            if (const auto o = numberwords::ordinal(t.lower)) {
                v.value = *o;
                v.form = Value::Form::Ordinal;
                return v;
            }
            return std::nullopt;
        }
        if (t.type != T::Word)
            return std::nullopt;
        if (t.lower == u"half" && is(i + 1, u"a") && i + 2 < n()) { // "half a million", "half a dozen"
            const QStringView w = m_t.at(i + 2).lower;
            const double m = w == u"dozen" ? 12 : numberwords::multiplier(w).value_or(0);
            if (m > 0) {
                v.value = m / 2;
                v.last = i + 2;
                v.form = Value::Form::Words;
                return v;
            }
        }
        if (const auto f = fractionAt(i))
            return f;
        if (const auto w = wordsAt(i)) {
            if (w->first == w->last && m_t.at(i).lower == u"one"
                && ((i > 0 && m_g.oneNotAfter.contains(m_t.at(i - 1).lower))
                    || (i + 1 < n() && m_g.oneNotBefore.contains(m_t.at(i + 1).lower))))
                return std::nullopt;
            return w;
        }
        if (const auto o = numberwords::ordinal(t.lower)) {
            v.value = *o;
            v.form = Value::Form::Ordinal;
            return v;
        }
        if (const auto x = numberwords::timesWord(t.lower)) {
            v.value = *x;
            v.form = Value::Form::Times;
            return v;
        }
        return std::nullopt;
    }

    // Numbers that are names, readings or dates rather than figures.
    bool isNotAFigure(const Value &v, bool currency) const
    {
        const qsizetype i = v.first, j = v.last;
        if (excludedSpan(i, j))
            return true;
        if (v.form != Value::Form::Digits)
            return false;
        const WordToken &t = m_t.at(i);
        // "B-52", "KN-23", "COVID-19", "Su-34": a word glued to the number by a hyphen.
        if (glued(i) && i >= 2 && is(i - 1, u"-") && glued(i - 1) && m_t.at(i - 2).type != T::Punct
            && m_t.at(i - 2).type != T::Number)
            return true;
        if (glued(i) && i >= 1 && m_t.at(i - 1).type != T::Punct)
            return true;
        // "Resolution 2397", "Article 4", "No. 5"
        qsizetype p = i - 1;
        if (is(p, u".") || is(p, u"#"))
            --p;
        if (p >= 0 && m_t.at(p).type == T::Word && m_g.designators.contains(m_t.at(p).lower)
            && original(p).at(0).isUpper())
            return true;
        // "magnitude 6.4", "category 4": a reading on a scale, whatever the case.
        if (p >= 0 && m_t.at(p).type == T::Word && m_g.readingsBefore.contains(m_t.at(p).lower))
            return true;
        // Dates the tagger did not catch: "June 17", "17 June", "in 2024".
        if (t.type == T::Number && v.plain) {
            if (v.value <= 31 && ((i > 0 && numberwords::isMonth(m_t.at(i - 1).lower))
                                  || (j + 1 < n() && numberwords::isMonth(m_t.at(j + 1).lower))))
                return true;
            if (t.lower.size() == 4 && v.value >= 1900 && v.value <= 2100 && !currency
                && !(j + 1 < n() && (is(j + 1, u"%") || is(j + 1, u"percent"))))
                return true;
        }
        // Clock times "10:30", phone numbers "555-123-4567", readings "84.1 F".
        if (j + 2 < n() && glued(j + 1) && glued(j + 2) && m_t.at(j + 2).type == T::Number
            && (is(j + 1, u":") || (is(j + 1, u"-") && j + 4 < n() && is(j + 3, u"-") && glued(j + 3))))
            return true;
        if (i >= 2 && glued(i) && is(i - 1, u":") && m_t.at(i - 2).type == T::Number)
            return true;
        qsizetype u = j + 1;
        if (u + 1 < n() && is(u, u"-") && glued(u) && glued(u + 1)) // "a 7.7-magnitude quake"
            ++u;
        if (u < n() && m_g.readingsAfter.contains(m_t.at(u).lower)) {
            const QString unit = original(u);
            if (unit.size() > 1 || unit.at(0).isUpper() || unit == u"°")
                return true;
        }
        return false;
    }

    // A hedge ending right before token `end`: "more than", "about", "at least".
    std::optional<std::pair<Qualifier, qsizetype>> qualifierBefore(qsizetype end) const
    {
        if (const auto *e = m_g.before.endingAt(m_t, end))
            return std::pair{e->second, end - e->first.length()};
        return std::nullopt;
    }

    std::optional<std::pair<QString, qsizetype>> currencyBefore(qsizetype end) const
    {
        if (const auto *e = m_g.currencyBefore.endingAt(m_t, end))
            return std::pair{e->second, end - e->first.length()};
        return std::nullopt;
    }

    template<typename V>
    const std::pair<Phrase, V> *phraseAt(const PhraseTable<V> &table, qsizetype at) const
    {
        return table.startingAt(m_t, at);
    }

    // A rejected number drags its glued continuation along: the rest of a phone number
    // ("555-123-4567"), a clock time, a range in a scraped table ("20253,800-4,000").
    void skipGluedChain(qsizetype *next) const
    {
        while ((is(*next, u"-") || is(*next, u":") || is(*next, u"–")) && glued(*next) && glued(*next + 1)
               && *next + 1 < n() && m_t.at(*next + 1).type != T::Word)
            *next += 2;
    }

    std::optional<Figure> figureAt(qsizetype i, qsizetype *next, bool allowParenthetical)
    {
        // A currency sign may come first: "$12 million", "US$5".
        std::optional<QString> currency;
        qsizetype valueStart = i;
        if (const auto *c = phraseAt(m_g.currencyBefore, i)) {
            const qsizetype after = i + c->first.length();
            if (after < n() && (m_t.at(after).type == T::Number || m_t.at(after).type == T::Mixed)) {
                currency = c->second;
                valueStart = after;
            }
        }
        std::optional<Value> v1 = valueAt(valueStart);
        if (!v1) {
            if (valueStart < n() && m_t.at(valueStart).type != T::Word) {
                *next = valueStart + 1;
                skipGluedChain(next);
            }
            return std::nullopt;
        }
        *next = v1->last + 1;
        if (isNotAFigure(*v1, currency.has_value())) {
            skipGluedChain(next);
            return std::nullopt;
        }

        Figure f;
        f.low = v1->value;
        qsizetype start = i;
        qsizetype last = v1->last;
        switch (v1->form) {
        case Value::Form::Ordinal: f.kind = Figure::Kind::Ordinal; break;
        case Value::Form::Fraction: f.kind = Figure::Kind::Percent; f.fromFraction = true; break;
        case Value::Form::Times: f.kind = Figure::Kind::Times; break;
        default: break;
        }

        // Hedges and "between" before the figure.
        bool between = false, from = false;
        if (!currency)
            if (const auto c = currencyBefore(i)) {
                currency = c->first;
                start = c->second;
            }
        if (const auto q = qualifierBefore(start)) {
            f.qualifier = q->first;
            start = q->second;
        } else if (is(start - 1, u"~") || is(start - 1, u">") || is(start - 1, u"<")) {
            f.qualifier = is(start - 1, u"~") ? Qualifier::Approx : is(start - 1, u">") ? Qualifier::MoreThan : Qualifier::UpTo;
            --start;
        }
        between = is(start - 1, u"between");
        from = is(start - 1, u"from");

        qsizetype valueLast = v1->last;
        // Ranges: "3,800 to 4,000", "3,800-4,000", "between 10,000 and 12,000";
        // "from 2,000 to 5,000" stays two figures (a before and an after).
        if (isDigitsValue(*v1)) {
            qsizetype k = last + 1;
            const bool dash = is(k, u"-") || is(k, u"–") || is(k, u"—");
            const bool connector = between ? is(k, u"and") : (dash || (is(k, u"to") && !from));
            if (connector) {
                qsizetype s = k + 1;
                if (const auto *c = phraseAt(m_g.currencyBefore, s); c && currency && c->second == *currency)
                    s += c->first.length();
                const std::optional<Value> v2 = valueAt(s);
                if (v2 && isDigitsValue(*v2) && !isNotAFigure(*v2, currency.has_value())) {
                    double low = v1->value;
                    if (!v1->scaled && v2->scale > 1 && low * v2->scale < v2->value * 1.0001 && low < v2->value / v2->scale)
                        low *= v2->scale; // "3 to 4 million": the scale word belongs to both
                    if (low < v2->value) {
                        f.low = low;
                        f.high = v2->value;
                        f.qualifier = Qualifier::Range;
                        last = v2->last;
                        valueLast = v2->last;
                        if (between)
                            --start;
                    }
                }
            }
        }

        // Units after the number(s).
        qsizetype u = last + 1;
        if (f.kind == Figure::Kind::Count) {
            if (const auto *p = phraseAt(m_g.percentUnits, u); p && !currency) {
                f.kind = Figure::Kind::Percent;
                f.unitText = spanText(u, u + p->first.length() - 1);
                last = u + p->first.length() - 1;
            } else if (const auto *a = phraseAt(m_g.areaUnits, u); a && !currency) {
                f.kind = Figure::Kind::Area;
                f.unitText = spanText(u, u + a->first.length() - 1);
                f.low *= a->second;
                if (f.high)
                    *f.high *= a->second;
                last = u + a->first.length() - 1;
            } else if (const auto *t = phraseAt(m_g.timesUnits, u); t && !currency && !f.high) {
                f.kind = Figure::Kind::Times;
                f.unitText = spanText(u, u + t->first.length() - 1);
                last = u + t->first.length() - 1;
            } else if (const auto *c = phraseAt(m_g.currencyAfter, u); c && !currency) {
                currency = c->second;
                f.unitText = spanText(u, u + c->first.length() - 1);
                last = u + c->first.length() - 1;
            } else if (is(u, u"-") && glued(u) && glued(u + 1) && u + 1 < n() && m_t.at(u + 1).type == T::Word) {
                // "11,000-strong", "13-day": a compound adjective, part of the figure.
                f.unitText = m_t.at(u + 1).lower.toString();
                last = u + 1;
            }
        }
        if (currency) {
            f.kind = Figure::Kind::Money;
            f.currency = *currency;
        }
        if (f.qualifier == Qualifier::Exact || f.qualifier == Qualifier::Approx)
            if (const auto *q = m_g.after.startingAt(m_t, last + 1)) {
                f.qualifier = q->second;
                last += q->first.length();
            }

        f.valueSpan = {m_t.at(valueStart).span.start, m_t.at(valueLast).span.end};
        f.span = {m_t.at(start).span.start, m_t.at(last).span.end};
        *next = last + 1;

        // "1,300 square kilometers (500 square miles)": one figure with its conversion.
        if (allowParenthetical && (f.kind == Figure::Kind::Area || f.kind == Figure::Kind::Money) && is(last + 1, u"(")) {
            qsizetype inner = last + 1;
            if (std::optional<Figure> g = figureAt(last + 2, &inner, false);
                g && g->kind == f.kind && is(inner, u")")) {
                if (f.kind == Figure::Kind::Money && f.currency != u"USD" && g->currency == u"USD") {
                    f.low = g->low;
                    f.high = g->high;
                    f.currency = g->currency;
                }
                f.span.end = m_t.at(inner).span.end;
                *next = inner + 1;
            }
        }
        return f;
    }

    QString spanText(qsizetype a, qsizetype b) const
    {
        return m_text.mid(m_t.at(a).span.start, m_t.at(b).span.end - m_t.at(a).span.start).toString();
    }
};

} // namespace

QList<Figure> findFigures(QStringView text, TextSpan span, const QList<TextSpan> &excluded)
{
    return findFigures(text, tokenizeWords(text, span), excluded);
}

QList<Figure> findFigures(QStringView text, const WordTokens &tokens, const QList<TextSpan> &excluded)
{
    return Scanner(text, tokens, excluded).run();
}

} // namespace claimline
