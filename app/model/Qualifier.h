#pragma once

#include <QString>
#include <optional>

namespace claimline {

// How a figure is hedged in the text ("about", "at least", "more than", "up to", a range).
enum class Qualifier { Exact, Approx, AtLeast, MoreThan, UpTo, Range };

QString qualifierName(Qualifier q);                         // "at_least" (SCHEMA.md vocabulary)
std::optional<Qualifier> qualifierFromName(const QString &name);
QString qualifierSymbol(Qualifier q);                       // "≥", "~", ">", "≤", "–" or empty

} // namespace claimline
