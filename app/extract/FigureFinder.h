#pragma once

#include "Figure.h"
#include "WordTokens.h"

#include <QList>
#include <QStringView>

namespace claimline {

// Finds figures in a span of text: digits with separators, number words ("one thousand"),
// scales ("9 million", "9 mn", "$12 million"), ranges ("3,800 to 4,000", "3,800-4,000",
// "between 10,000 and 12,000"), fractions and shares ("more than half", "two-thirds",
// "20%"), money, areas (square miles → km²), ordinals and "N times", with their
// qualifier (about/approximately/nearly/some → approx; at least; more than/over/exceeds;
// up to). Never a figure: model numbers ("B-52", "F-35", "KN-23"), "Resolution 2397",
// "Article 4", numbers inside `excluded` spans (dates found by the TemporalTagger),
// clock times. Thread-safe.
QList<Figure> findFigures(QStringView text, TextSpan span, const QList<TextSpan> &excluded);
// The same on tokens already made of the span (SentenceContext::words()).
QList<Figure> findFigures(QStringView text, const WordTokens &tokens, const QList<TextSpan> &excluded);

} // namespace claimline
