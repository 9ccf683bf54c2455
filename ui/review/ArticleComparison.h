#pragma once

#include "model/ClaimFilter.h"
#include "model/Corpus.h"

#include <QHash>
#include <QList>

namespace claimline::ui {

// How a claim of one article relates to the other article on screen.
enum class ClaimRelation {
    Same,        // the other article states the same figure for the same measure
    Conflict,    // it states a different figure for the same measure
    Unique,      // it says nothing about this measure
};

// Core-only: the claims of two articles side by side, each with its relation to the other
// article and its counterparts there. Counterparts are the other article's claims in the same
// comparison group; claims without a group fall back to the same topic and measure with
// overlapping (or unknown) dates. Two figures are the same when their low and high values
// agree within half a percent (the hedge, "about" or "at least", is not compared).
class ArticleComparison final
{
public:
    struct Entry
    {
        int claimIndex = -1;
        ClaimRelation relation = ClaimRelation::Unique;
        QList<int> counterparts;  // claim indexes in the other article, in text order
    };

    ArticleComparison() = default;
    ArticleComparison(const Corpus &corpus, int left, int right, const ClaimFilter &filter = {});

    const QList<Entry> &left() const { return m_left; }    // in text order
    const QList<Entry> &right() const { return m_right; }
    const Entry *find(int claimIndex) const;               // in either side
    bool isLeft(int claimIndex) const;

    // The conflicting left claims in text order: the stops of "next disagreement".
    QList<int> disagreements() const;

    static bool sameFigure(const Claim &a, const Claim &b);
    static bool measureTheSame(const Claim &a, const Claim &b);
    // Claims of an article passing the filter, in text order.
    static QList<int> claimsOf(const Corpus &corpus, int article, const ClaimFilter &filter = {});
    // The article that shares the most comparison groups with `article` (ties: nearest date,
    // then corpus order); -1 when the corpus has no other article.
    static int bestCounterpart(const Corpus &corpus, int article, int preferred = -1);

private:
    QList<Entry> m_left, m_right;
    QHash<int, std::pair<bool, int>> m_index;  // claim → (left?, position)
};

} // namespace claimline::ui
