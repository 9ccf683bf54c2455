#include "ClaimGrouper.h"

#include "ClaimScopes.h"

#include "model/ValueAgreement.h"
#include "StringIds.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace claimline {

namespace {

// A figure stated on one day still describes the days around it: reports of the same
// estimate come out days apart, each dated by its own publication.
constexpr int kDateSlackDays = 14;

bool datesNear(const DayInterval &group, const DayInterval &claim)
{
    if (!group.isValid() || !claim.isValid())
        return true;
    // In Julian days: QDate::addDays is out of line, and this runs for every open draft.
    return group.first.toJulianDay() - kDateSlackDays <= claim.last.toJulianDay()
           && claim.first.toJulianDay() <= group.last.toJulianDay() + kDateSlackDays;
}

QString groupLabel(const QString &topic, const QString &measure)
{
    QString m = measure;
    m.replace(u'_', u' ');
    QString t = topic;
    t.replace(u'_', u' ');
    return t + QStringLiteral(" — ") + m;
}

struct Draft
{
    QList<int> members;
    DayInterval dates;
    int scope = 0;                      // what its members' scopes all say (ClaimScopes id)
};

// A claim's values as groups read them.
struct ClaimValues
{
    double low, high; // high: the claim's high, or its low for a single figure
    ValueRange agreement;
};

// Whether two claims' values disagree anywhere in a group (the model's one definition of
// agreement): only their ranges matter. Ranges that all overlap pairwise share a point
// (the largest low is at most the smallest high), so that is one pass; only ranges that
// are not proper intervals (low above high) need the comparison of every distinct pair.
bool anyDisagreement(const std::vector<ClaimValues> &values, const QList<int> &members)
{
    std::vector<std::pair<double, double>> ranges;
    ranges.reserve(size_t(members.size()));
    bool proper = true;
    double maxLow = -std::numeric_limits<double>::infinity(), minHigh = std::numeric_limits<double>::infinity();
    for (int m : members) {
        const ValueRange r = values[size_t(m)].agreement;
        ranges.push_back({r.low, r.high});
        proper = proper && r.low <= r.high; // false for NaN too
        maxLow = std::max(maxLow, r.low);
        minHigh = std::min(minHigh, r.high);
    }
    if (proper)
        return members.size() > 1 && maxLow > minHigh;
    std::sort(ranges.begin(), ranges.end());
    ranges.erase(std::unique(ranges.begin(), ranges.end()), ranges.end());
    for (size_t i = 0; i < ranges.size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if (!(ranges[j].first <= ranges[i].second && ranges[i].first <= ranges[j].second))
                return true;
    return false;
}

// What grouping reads of a claim, one per claim, sorted into the order claims are grouped
// in: by (topic, measure) rank; within one, dated claims first (earliest first), so that
// undated ones join the group of their measure; the index last, as a stable sort keeps
// equals. Gathered in one pass front to back over the claims: the passes after it jump
// from claim to claim, and over a million claims reading the claims themselves there was a
// cache miss each time.
struct ClaimFacts
{
    int rank = 0; // (topic, measure) pair id until the ranks are known
    bool undated = false;
    DayInterval asOf;
    int index = 0;
    int scope = 0; // ClaimScopes id
    // Document and sentence start. Two figures of one sentence are two different figures
    // ("12 people, including 3 children"), never one figure stated twice.
    quint64 sentence = 0;

    bool operator<(const ClaimFacts &o) const
    {
        return std::tie(rank, undated, asOf.first, index) < std::tie(o.rank, o.undated, o.asOf.first, o.index);
    }
};

// Starts loading what the claim `ahead` of the current one will need: its subject's text
// lives in a buffer of its own, and hashing it was the costliest miss of the pass.
void prefetchSubject(const QList<Claim> &claims, qsizetype ahead)
{
#if defined(__GNUC__)
    if (ahead < claims.size())
        __builtin_prefetch(QStringView(claims.at(ahead).subject).utf16());
#else
    Q_UNUSED(claims);
    Q_UNUSED(ahead);
#endif
}

// Reads every claim once, in corpus order.
void readClaims(const QList<Claim> &claims, ClaimScopes &scopes, std::vector<ClaimFacts> &facts,
                std::vector<ClaimValues> &values)
{
    // (topic, measure) as a rank in their sort order: a few distinct pairs, many claims, so
    // strings are compared once per pair rather than in every comparison of the sort.
    StringIds topicIds, measureIds;
    QStringList topics, measures;
    const auto idOf = [](StringIds &ids, QStringList &names, const QString &name) {
        const int id = ids.idOf(name);
        if (id == names.size())
            names.append(name);
        return id;
    };
    std::unordered_map<quint64, int> pairIds;
    std::vector<quint64> pairs;
    facts.resize(size_t(claims.size()));
    values.resize(size_t(claims.size()));
    constexpr qsizetype kAhead = 16;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        prefetchSubject(claims, i + kAhead);
        const Claim &c = claims.at(i);
        const quint64 pair = (quint64(quint32(idOf(topicIds, topics, c.topic))) << 32)
                             | quint32(idOf(measureIds, measures, c.measure));
        const auto [it, added] = pairIds.try_emplace(pair, int(pairs.size()));
        if (added)
            pairs.push_back(pair);
        facts[size_t(i)] = {it->second, !c.asOf.isValid(), c.asOf, int(i), scopes.scopeOf(c),
                            (quint64(quint32(c.documentIndex)) << 32) | quint32(c.quoteSpan.start)};
        values[size_t(i)] = {c.low, c.high.value_or(c.low), agreementRange(c)};
    }
    std::vector<int> byRank(pairs.size());
    std::iota(byRank.begin(), byRank.end(), 0);
    const auto names = [&](int p) {
        return std::pair(topics.at(qsizetype(pairs[size_t(p)] >> 32)), measures.at(qsizetype(pairs[size_t(p)] & 0xffffffffu)));
    };
    std::sort(byRank.begin(), byRank.end(), [&](int a, int b) { return names(a) < names(b); });
    std::vector<int> rankOfPair(pairs.size());
    for (size_t r = 0; r < byRank.size(); ++r)
        rankOfPair[size_t(byRank[r])] = int(r);
    for (ClaimFacts &f : facts)
        f.rank = rankOfPair[size_t(f.rank)];
}

} // namespace

void groupClaims(Corpus &corpus)
{
    corpus.groups.clear();
    ClaimScopes scopes(corpus);
    std::vector<ClaimFacts> facts;
    std::vector<ClaimValues> values;
    readClaims(corpus.claims, scopes, facts, values);
    std::vector<int> rankOf(facts.size());
    for (const ClaimFacts &f : facts)
        rankOf[size_t(f.index)] = f.rank;
    std::sort(facts.begin(), facts.end());

    // Claims of one topic and measure are contiguous in `facts`, and so are their drafts:
    // each claim joins the first draft of its run (in creation order) that fits.
    QList<Draft> drafts;
    for (size_t runStart = 0; runStart < facts.size();) {
        size_t runEnd = runStart + 1;
        while (runEnd < facts.size() && facts[runEnd].rank == facts[runStart].rank)
            ++runEnd;
        const qsizetype firstDraft = drafts.size();
        // Drafts a dated claim can still reach. Dated claims come earliest first, so a draft
        // that ends more than the slack before one claim ends too early for all later ones.
        std::vector<int> open;
        std::unordered_map<quint64, std::vector<int>> draftsOfSentence; // that hold a figure of it
        for (size_t r = runStart; r < runEnd; ++r) {
            const ClaimFacts &c = facts[r];
            const auto sentenceDrafts = draftsOfSentence.find(c.sentence);
            const auto fits = [&](int g) {
                return scopes.agree(drafts.at(g).scope, c.scope)
                       && (sentenceDrafts == draftsOfSentence.end()
                           || std::find(sentenceDrafts->second.begin(), sentenceDrafts->second.end(), g)
                                  == sentenceDrafts->second.end());
            };
            int target = -1;
            if (!c.undated) {
                size_t kept = 0;
                for (size_t k = 0; k < open.size(); ++k) {
                    const int g = open[k];
                    const Draft &d = drafts.at(g);
                    if (d.dates.isValid() && c.asOf.first.toJulianDay() > d.dates.last.toJulianDay() + kDateSlackDays)
                        continue; // expired for good
                    open[kept++] = g;
                    if (target < 0 && datesNear(d.dates, c.asOf) && fits(g))
                        target = g;
                }
                open.resize(kept);
            } else { // undated: every draft of the run fits by date
                for (qsizetype g = firstDraft; g < drafts.size() && target < 0; ++g)
                    if (fits(int(g)))
                        target = int(g);
            }
            if (target < 0) {
                target = int(drafts.size());
                drafts.append({{}, c.asOf, c.scope});
                if (!c.undated)
                    open.push_back(target);
            } else {
                drafts[target].dates = drafts[target].dates.united(c.asOf);
            }
            Draft &d = drafts[target];
            d.members.append(c.index);
            d.scope = scopes.narrowed(d.scope, c.scope);
            draftsOfSentence[c.sentence].push_back(target);
        }
        runStart = runEnd;
    }

    // Deterministic order: by topic, measure, then the earliest claim in corpus order.
    for (Draft &d : drafts)
        std::sort(d.members.begin(), d.members.end());
    std::sort(drafts.begin(), drafts.end(), [&](const Draft &a, const Draft &b) {
        const int x = a.members.first(), y = b.members.first();
        if (rankOf[size_t(x)] != rankOf[size_t(y)])
            return rankOf[size_t(x)] < rankOf[size_t(y)];
        return x < y;
    });

    std::vector<int> groupOf(facts.size(), -1);
    corpus.groups.reserve(drafts.size());
    for (qsizetype g = 0; g < drafts.size(); ++g) {
        const Draft &d = drafts.at(g);
        ClaimGroup group;
        group.id = QStringLiteral("grp-%1").arg(g + 1);
        const Claim &first = corpus.claims.at(d.members.first());
        group.topic = first.topic;
        group.measure = first.measure;
        group.label = groupLabel(first.topic, first.measure);
        group.dates = d.dates;
        group.claimIndexes = d.members;
        group.minValue = std::numeric_limits<double>::max();
        group.maxValue = std::numeric_limits<double>::lowest();
        for (int m : d.members) {
            groupOf[size_t(m)] = int(g);
            group.minValue = std::min(group.minValue, values[size_t(m)].low);
            group.maxValue = std::max(group.maxValue, values[size_t(m)].high);
        }
        group.disagreeing = anyDisagreement(values, d.members);
        corpus.groups.append(group);
    }
    for (qsizetype i = 0; i < corpus.claims.size(); ++i) // front to back, once
        corpus.claims[i].groupIndex = groupOf[size_t(i)];
}

} // namespace claimline
