#include "NumberWords.h"

#include <QString>

#include <array>
#include <utility>

namespace claimline::numberwords {

namespace {

constexpr std::array<std::u16string_view, 20> kUnits = {
    u"zero", u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten",
    u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen",
    u"nineteen"};
constexpr std::array<std::u16string_view, 10> kTens = {
    u"", u"", u"twenty", u"thirty", u"forty", u"fifty", u"sixty", u"seventy", u"eighty", u"ninety"};
constexpr std::array<std::u16string_view, 20> kOrdinals = {
    u"zeroth", u"first", u"second", u"third", u"fourth", u"fifth", u"sixth", u"seventh", u"eighth",
    u"ninth", u"tenth", u"eleventh", u"twelfth", u"thirteenth", u"fourteenth", u"fifteenth",
    u"sixteenth", u"seventeenth", u"eighteenth", u"nineteenth"};
constexpr std::array<std::u16string_view, 10> kTensOrdinals = {
    u"", u"", u"twentieth", u"thirtieth", u"fortieth", u"fiftieth", u"sixtieth", u"seventieth",
    u"eightieth", u"ninetieth"};

std::optional<int> indexIn(QStringView w, const auto &table)
{
    for (std::size_t i = 0; i < table.size(); ++i)
        if (!table[i].empty() && w == QStringView(table[i].data(), qsizetype(table[i].size())))
            return int(i);
    return std::nullopt;
}

// "twenty-five" style: tens word, hyphen, units word (or ordinal units for "twenty-first").
template<typename Units>
std::optional<int> compound(QStringView w, const Units &units)
{
    const qsizetype dash = w.indexOf(u'-');
    if (dash < 0)
        return std::nullopt;
    const auto tens = indexIn(w.left(dash), kTens);
    const auto unit = indexIn(w.mid(dash + 1), units);
    if (!tens || !unit || *unit == 0 || *unit > 9)
        return std::nullopt;
    return *tens * 10 + *unit;
}

} // namespace

std::optional<int> cardinal(QStringView w)
{
    if (const auto u = indexIn(w, kUnits))
        return u;
    if (const auto t = indexIn(w, kTens))
        return *t * 10;
    return compound(w, kUnits);
}

std::optional<double> multiplier(QStringView w)
{
    static const std::pair<std::u16string_view, double> table[] = {
        {u"hundred", 1e2}, {u"thousand", 1e3}, {u"million", 1e6}, {u"mn", 1e6}, {u"mln", 1e6},
        {u"billion", 1e9}, {u"bn", 1e9}, {u"trillion", 1e12}, {u"tn", 1e12}};
    for (const auto &[word, value] : table)
        if (w == QStringView(word.data(), qsizetype(word.size())))
            return value;
    return std::nullopt;
}

std::optional<int> ordinal(QStringView w)
{
    if (const auto o = indexIn(w, kOrdinals); o && *o > 0)
        return o;
    if (const auto t = indexIn(w, kTensOrdinals))
        return *t * 10;
    if (const auto c = compound(w, kOrdinals))
        return c;
    // "2nd", "3rd", "21st", "4th"
    if (w.size() >= 3 && w.at(0).isDigit()) {
        const QStringView suffix = w.right(2);
        if (suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th") {
            bool ok = false;
            const int n = w.chopped(2).toInt(&ok);
            if (ok && n > 0)
                return n;
        }
    }
    return std::nullopt;
}

std::optional<double> fractionDenominator(QStringView w)
{
    static const std::pair<std::u16string_view, double> table[] = {
        {u"half", 2},     {u"halves", 2},  {u"third", 3},  {u"thirds", 3},  {u"quarter", 4},
        {u"quarters", 4}, {u"fourth", 4},  {u"fourths", 4}, {u"fifth", 5},  {u"fifths", 5},
        {u"tenth", 10},   {u"tenths", 10}};
    for (const auto &[word, value] : table)
        if (w == QStringView(word.data(), qsizetype(word.size())))
            return value;
    return std::nullopt;
}

std::optional<int> timesWord(QStringView w)
{
    if (w == u"twice")
        return 2;
    if (w == u"thrice")
        return 3;
    return std::nullopt;
}

bool isMonth(QStringView w)
{
    static const std::u16string_view months[] = {
        u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august",
        u"september", u"october", u"november", u"december", u"jan", u"feb", u"mar", u"apr",
        u"jun", u"jul", u"aug", u"sep", u"sept", u"oct", u"nov", u"dec"};
    for (const auto m : months)
        if (w == QStringView(m.data(), qsizetype(m.size())))
            return true;
    return false;
}

std::optional<double> scaledDigits(QStringView w)
{
    qsizetype n = 0;
    while (n < w.size() && (w.at(n).isDigit() || w.at(n) == u'.' || w.at(n) == u','))
        ++n;
    if (n == 0 || n == w.size())
        return std::nullopt;
    const QStringView suffix = w.mid(n);
    double scale = 0;
    if (suffix == u"k")
        scale = 1e3;
    else if (suffix == u"m" || suffix == u"mn" || suffix == u"mln")
        scale = 1e6;
    else if (suffix == u"b" || suffix == u"bn")
        scale = 1e9;
    else
        return std::nullopt;
    bool ok = false;
    const double v = w.left(n).toString().remove(u',').toDouble(&ok);
    return ok ? std::optional<double>(v * scale) : std::nullopt;
}

QStringList simpleWords()
{
    QStringList out;
    auto add = [&out](const auto &table) {
        for (const auto w : table)
            if (!w.empty())
                out.append(QString::fromUtf16(w.data(), qsizetype(w.size())));
    };
    add(kUnits);
    add(kTens);
    add(kOrdinals);
    add(kTensOrdinals);
    out << QStringLiteral("thirds") << QStringLiteral("quarter") << QStringLiteral("quarters")
        << QStringLiteral("fifths") << QStringLiteral("fourths") << QStringLiteral("tenths");
    return out;
}

} // namespace claimline::numberwords
