#pragma once

#include "model/TextSpan.h"

#include <QList>
#include <QStringView>

namespace claimline::ui {

// Passages two texts share nearly word for word: syndicated copy, a wire story reprinted,
// a repeated photo caption. Core-only. Words are compared case-folded with typographic
// apostrophes and quotes unified; runs of `shingle` equal consecutive words seed a match,
// overlapping and nearly adjacent matches are merged, so one changed word does not split a
// paragraph in two.
class SharedPassages final
{
public:
    struct Match
    {
        TextSpan inA;
        TextSpan inB;
    };
    struct Result
    {
        QList<Match> matches;   // aligned pairs, in A order
        QList<TextSpan> inA;    // merged, sorted spans of A that appear in B
        QList<TextSpan> inB;    // merged, sorted spans of B that appear in A
    };

    // Passages shorter than `minWords` words (a stock phrase such as "amid the ongoing
    // Russian invasion of Ukraine") are not reported.
    static Result find(QStringView a, QStringView b, int shingle = 8, int minWords = 12);
};

} // namespace claimline::ui
