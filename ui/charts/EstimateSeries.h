#pragma once

#include "model/ClaimFilter.h"
#include "model/Corpus.h"
#include "model/DayInterval.h"
#include "model/Qualifier.h"
#include "project/Review.h"

#include <QList>
#include <QString>
#include <functional>

namespace claimline::ui {

// One estimate on the chart: what a claimant said a figure was, for which days.
// Identical statements (same claimant, days, values and qualifier, typically one agency
// figure relayed by several outlets) are merged into one point that lists every claim.
struct EstimatePoint
{
    DayInterval dates;         // the claim's as_of, or its article's publication day (see datedByPublication)
    double low = 0;
    double high = 0;           // == low unless the figure is a range
    Qualifier qualifier = Qualifier::Exact;
    QString unit;
    int claimIndex = -1;       // the first claim stating it (into Corpus::claims)
    QList<int> claimIndexes;   // every claim stating it, claimIndex first
    bool datedByPublication = false;
    ReviewState review = ReviewState::Unreviewed; // of its claims together (combinedReviewState)

    bool isRange() const { return high > low; }
    double value() const { return isRange() ? (low + high) / 2 : low; } // where the marker sits
    QString label() const;     // "≥3,800", "~120", "3,800–4,000"
};

// Every point of one claimant, in date order.
struct ClaimantEstimates
{
    QString claimant;
    QList<EstimatePoint> points;
};

struct TopicMeasure
{
    QString topic;
    QString measure;
    int claims = 0;
};

// Core-only: turns the corpus, the workspace filter and a topic/measure into chart series.
class EstimateSeries final
{
public:
    struct Result
    {
        QList<ClaimantEstimates> claimants;  // sorted by claimant name
        int matching = 0;                    // claims of the topic/measure passing the filter
        int undated = 0;                     // of those, claims with no date at all (not drawn)
        int pointCount() const;
        DayInterval dateRange() const;       // union of every point's days
    };

    // `reviewOf` gives the analyst's state of a claim (none: every claim is unreviewed).
    // Only statements in the same review state merge, so a disputed relay stays visible.
    using ReviewLookup = std::function<ReviewState(int claimIndex)>;
    static Result build(const Corpus &corpus, const ClaimFilter &filter, const QString &topic,
                        const QString &measure, const ReviewLookup &reviewOf = {});

    // Topic/measure pairs present in the corpus, sorted by topic then measure.
    static QList<TopicMeasure> available(const Corpus &corpus);
};

// "12,345" without a locale dependency; fractions kept to two decimals.
QString formatFigure(double value);

} // namespace claimline::ui
