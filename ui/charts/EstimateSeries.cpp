#include "EstimateSeries.h"

#include <QMap>
#include <algorithm>
#include <cmath>

namespace claimline::ui {

QString formatFigure(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    QString digits = whole ? QString::number(static_cast<qint64>(std::llround(std::abs(value))))
                           : QString::number(std::abs(value), 'f', 2);
    const qsizetype dot = digits.indexOf(u'.');
    qsizetype intEnd = dot < 0 ? digits.size() : dot;
    for (qsizetype i = intEnd - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return value < 0 ? QStringLiteral("-") + digits : digits;
}

QString EstimatePoint::label() const
{
    if (isRange())
        return formatFigure(low) + QStringLiteral("–") + formatFigure(high);
    const QString symbol = qualifier == Qualifier::Range ? QString() : qualifierSymbol(qualifier);
    return symbol + formatFigure(low);
}

int EstimateSeries::Result::pointCount() const
{
    int n = 0;
    for (const ClaimantEstimates &c : claimants)
        n += int(c.points.size());
    return n;
}

DayInterval EstimateSeries::Result::dateRange() const
{
    DayInterval all;
    for (const ClaimantEstimates &c : claimants)
        for (const EstimatePoint &p : c.points)
            all = all.isValid() ? all.united(p.dates) : p.dates;
    return all;
}

EstimateSeries::Result EstimateSeries::build(const Corpus &corpus, const ClaimFilter &filter, const QString &topic,
                                             const QString &measure, const ReviewLookup &reviewOf)
{
    Result result;
    QMap<QString, QList<EstimatePoint>> byClaimant;
    for (int i = 0; i < corpus.claims.size(); ++i) {
        const Claim &claim = corpus.claims.at(i);
        if (claim.topic != topic || claim.measure != measure || !filter.accepts(corpus, claim))
            continue;
        ++result.matching;
        EstimatePoint point;
        point.dates = claim.asOf;
        if (!point.dates.isValid()) {
            const Article *article = corpus.articleOf(claim);
            if (!article || !article->published.isValid()) {
                ++result.undated;
                continue;
            }
            point.dates = DayInterval::day(article->published);
            point.datedByPublication = true;
        }
        point.low = claim.low;
        point.high = claim.high.value_or(claim.low);
        point.qualifier = claim.qualifier;
        point.unit = claim.unit;
        point.claimIndex = i;
        point.claimIndexes = {i};
        point.review = reviewOf ? reviewOf(i) : ReviewState::Unreviewed;

        QList<EstimatePoint> &points = byClaimant[claim.claimant];
        const auto same = std::find_if(points.begin(), points.end(), [&](const EstimatePoint &p) {
            return p.dates == point.dates && p.low == point.low && p.high == point.high
                   && p.qualifier == point.qualifier && p.unit == point.unit && p.review == point.review;
        });
        if (same != points.end())
            same->claimIndexes.append(i);
        else
            points.append(point);
    }
    for (auto it = byClaimant.begin(); it != byClaimant.end(); ++it) {
        QList<EstimatePoint> points = it.value();
        std::stable_sort(points.begin(), points.end(), [](const EstimatePoint &a, const EstimatePoint &b) {
            if (a.dates.midpoint() != b.dates.midpoint())
                return a.dates.midpoint() < b.dates.midpoint();
            return a.value() < b.value();
        });
        result.claimants.append({it.key(), points});
    }
    return result;
}

QList<TopicMeasure> EstimateSeries::available(const Corpus &corpus)
{
    QMap<std::pair<QString, QString>, int> counts;
    for (const Claim &claim : corpus.claims)
        if (!claim.topic.isEmpty() && !claim.measure.isEmpty())
            ++counts[{claim.topic, claim.measure}];
    QList<TopicMeasure> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key().first, it.key().second, it.value()});
    return list;
}

} // namespace claimline::ui
