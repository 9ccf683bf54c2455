#pragma once

#include <QStringList>
#include <QStringView>
#include <optional>

namespace claimline::numberwords {

// English number vocabulary (grammar, not topic vocabulary). Arguments are lowercase.
std::optional<int> cardinal(QStringView w);    // "one".."nineteen", "twenty".."ninety"; "twenty-five"
std::optional<double> multiplier(QStringView w); // "hundred", "thousand", "million", "mn", "bn"…
std::optional<int> ordinal(QStringView w);     // "first", "second", "twenty-first", "2nd", "3rd"
std::optional<double> fractionDenominator(QStringView w); // "third(s)" → 3, "quarter(s)" → 4, "half" → 2
std::optional<int> timesWord(QStringView w);   // "twice" → 2, "thrice" → 3
bool isMonth(QStringView w);                   // "june", "jun", "sept"
std::optional<double> scaledDigits(QStringView w); // a glued "12bn", "9mn", "5k" → 12e9, 9e6, 5e3
QStringList simpleWords(); // every unhyphenated cardinal, ordinal and fraction word above

} // namespace claimline::numberwords
