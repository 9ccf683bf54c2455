#include "ClaimGrouper.h"

#include "model/ValueAgreement.h"
#include "text/WordLookup.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
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
    return DayInterval(group.first.addDays(-kDateSlackDays), group.last.addDays(kDateSlackDays)).overlaps(claim);
}

// Whose figure it is, as far as a subject tells: its capitalised words ("North Korean").
QSet<QString> partiesOf(const QString &subject)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> out;
    for (const QString &w : subject.split(split, Qt::SkipEmptyParts))
        if (w.at(0).isUpper())
            out.insert(w.toLower());
    return out;
}

// Subjects are free text and outlets word the same figure differently ("sappers",
// "North Korean engineers", "specialized deminers"): the measure already says what is
// counted, so subjects only keep apart figures about different parties ("Russian troops"
// vs "North Korean troops"). Corpora repeat a few subjects in many claims, so each
// distinct subject is read once (its parties as sorted ids) and each pair compared once.
class SubjectTable
{
public:
    static constexpr int kNone = -1; // names no party: compatible with every other

    int idOf(const QString &subject)
    {
        if (subject.isEmpty())
            return kNone;
        if (const int *id = m_ids.find(subject))
            return *id;
        std::vector<int> words;
        for (const QString &w : partiesOf(subject)) {
            const int *word = m_wordIds.find(w);
            if (!word) {
                m_wordIds.insert(w, m_wordCount++);
                word = m_wordIds.find(w);
            }
            words.push_back(*word);
        }
        int id = kNone;
        if (!words.empty()) {
            std::sort(words.begin(), words.end());
            m_words.push_back(std::move(words));
            id = int(m_words.size()) - 1;
        }
        m_ids.insert(subject, id);
        return id;
    }

    bool compatible(int a, int b)
    {
        if (a == kNone || b == kNone)
            return true;
        if (a == b)
            return true;
        const quint64 key = (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
        if (const auto it = m_pairs.find(key); it != m_pairs.end())
            return it->second;
        const std::vector<int> &x = m_words[size_t(a)], &y = m_words[size_t(b)];
        bool shared = false;
        for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end() && !shared;) {
            if (*i < *j)
                ++i;
            else if (*j < *i)
                ++j;
            else
                shared = true;
        }
        m_pairs.emplace(key, shared);
        return shared;
    }

private:
    // FNV-hashed (qHash(QString) is SipHash here, and every claim asks once).
    WordLookup<int> m_ids;
    WordLookup<int> m_wordIds;
    int m_wordCount = 0;
    std::vector<std::vector<int>> m_words;
    std::unordered_map<quint64, bool> m_pairs;
};

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
    QList<int> subjects; // distinct subject ids of the members (empty subjects left out)
};

// Whether two claims' values disagree anywhere in a group (the model's one definition of
// agreement): only their ranges matter. Ranges that all overlap pairwise share a point
// (the largest low is at most the smallest high), so that is one pass; only ranges that
// are not proper intervals (low above high) need the comparison of every distinct pair.
bool anyDisagreement(const Corpus &corpus, const QList<int> &members)
{
    std::vector<std::pair<double, double>> ranges;
    ranges.reserve(size_t(members.size()));
    bool proper = true;
    double maxLow = -std::numeric_limits<double>::infinity(), minHigh = std::numeric_limits<double>::infinity();
    for (int m : members) {
        const ValueRange r = agreementRange(corpus.claims.at(m));
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

// Each claim's (topic, measure) as its rank among the distinct pairs in sort order.
// Topics and measures are interned first (FNV), so the pairs are told apart by two ids.
std::vector<int> measureRanks(const QList<Claim> &claims)
{
    WordLookup<int> topicIds, measureIds;
    QStringList topics, measures;
    const auto idOf = [](WordLookup<int> &ids, QStringList &names, const QString &name) {
        if (const int *id = ids.find(name))
            return *id;
        ids.insert(name, int(names.size()));
        names.append(name);
        return int(names.size()) - 1;
    };
    std::vector<quint64> pairOf(size_t(claims.size()));
    std::unordered_map<quint64, int> ranks; // pair → rank, once all pairs are known
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const Claim &c = claims.at(i);
        const quint64 pair = (quint64(quint32(idOf(topicIds, topics, c.topic))) << 32)
                             | quint32(idOf(measureIds, measures, c.measure));
        pairOf[size_t(i)] = pair;
        ranks.emplace(pair, 0);
    }
    std::vector<quint64> pairs;
    pairs.reserve(ranks.size());
    for (const auto &[pair, rank] : ranks)
        pairs.push_back(pair);
    std::sort(pairs.begin(), pairs.end(), [&](quint64 a, quint64 b) {
        return std::pair(topics.at(qsizetype(a >> 32)), measures.at(qsizetype(a & 0xffffffffu)))
               < std::pair(topics.at(qsizetype(b >> 32)), measures.at(qsizetype(b & 0xffffffffu)));
    });
    for (size_t r = 0; r < pairs.size(); ++r)
        ranks[pairs[r]] = int(r);
    std::vector<int> rankOf(size_t(claims.size()));
    for (size_t i = 0; i < rankOf.size(); ++i)
        rankOf[i] = ranks[pairOf[i]];
    return rankOf;
}

// The order claims are grouped in: by (topic, measure); within one, dated claims first
// (earliest first), so undated ones join the group of their measure. Sorted as keys
// (the index last, as a stable sort keeps equals) rather than by reading claims in every
// comparison.
QList<int> groupingOrder(const QList<Claim> &claims, const std::vector<int> &measureRank)
{
    struct SortKey
    {
        int rank;
        bool undated;
        qint64 first; // QDate orders by its Julian day, an invalid one first
        int index;
        bool operator<(const SortKey &o) const
        {
            return std::tie(rank, undated, first, index) < std::tie(o.rank, o.undated, o.first, o.index);
        }
    };
    std::vector<SortKey> keys;
    keys.reserve(size_t(claims.size()));
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const DayInterval &asOf = claims.at(i).asOf;
        keys.push_back({measureRank[size_t(i)], !asOf.isValid(), asOf.first.toJulianDay(), int(i)});
    }
    std::sort(keys.begin(), keys.end());
    QList<int> order;
    order.reserve(claims.size());
    for (const SortKey &k : keys)
        order.append(k.index);
    return order;
}

} // namespace

void groupClaims(Corpus &corpus)
{
    corpus.groups.clear();
    // (topic, measure) as a rank in their sort order: a few distinct pairs, many claims,
    // so strings are compared once per pair rather than in every comparison of the sort.
    const std::vector<int> measureRank = measureRanks(corpus.claims);
    const auto rankOf = [&](int claim) { return measureRank[size_t(claim)]; };
    const QList<int> order = groupingOrder(corpus.claims, measureRank);

    // Claims of one topic and measure are contiguous in `order`, and so are their drafts:
    // each claim joins the first draft of its run (in creation order) that fits.
    SubjectTable subjects;
    QList<Draft> drafts;
    for (qsizetype runStart = 0; runStart < order.size();) {
        qsizetype runEnd = runStart + 1;
        while (runEnd < order.size() && rankOf(order.at(runEnd)) == rankOf(order.at(runStart)))
            ++runEnd;
        const qsizetype firstDraft = drafts.size();
        // Drafts a dated claim can still reach. Dated claims come earliest first, so a draft
        // that ends more than the slack before one claim ends too early for all later ones.
        std::vector<int> open;
        for (qsizetype r = runStart; r < runEnd; ++r) {
            const int idx = order.at(r);
            const Claim &c = corpus.claims.at(idx);
            const int subject = subjects.idOf(c.subject);
            const auto subjectsFit = [&](const Draft &d) {
                return std::all_of(d.subjects.begin(), d.subjects.end(),
                                   [&](int s) { return subjects.compatible(s, subject); });
            };
            int target = -1;
            if (c.asOf.isValid()) {
                size_t kept = 0;
                for (size_t k = 0; k < open.size(); ++k) {
                    const int g = open[k];
                    const Draft &d = drafts.at(g);
                    if (d.dates.isValid() && c.asOf.first > d.dates.last.addDays(kDateSlackDays))
                        continue; // expired for good
                    open[kept++] = g;
                    if (target < 0 && datesNear(d.dates, c.asOf) && subjectsFit(d))
                        target = g;
                }
                open.resize(kept);
            } else { // undated: every draft of the run fits by date
                for (qsizetype g = firstDraft; g < drafts.size() && target < 0; ++g)
                    if (subjectsFit(drafts.at(g)))
                        target = int(g);
            }
            if (target < 0) {
                target = int(drafts.size());
                drafts.append({{}, c.asOf, {}});
                if (c.asOf.isValid())
                    open.push_back(target);
            } else {
                drafts[target].dates = drafts[target].dates.united(c.asOf);
            }
            Draft &d = drafts[target];
            d.members.append(idx);
            if (subject != SubjectTable::kNone && !d.subjects.contains(subject))
                d.subjects.append(subject);
        }
        runStart = runEnd;
    }

    // Deterministic order: by topic, measure, then the earliest claim in corpus order.
    for (Draft &d : drafts)
        std::sort(d.members.begin(), d.members.end());
    std::sort(drafts.begin(), drafts.end(), [&](const Draft &a, const Draft &b) {
        const int x = a.members.first(), y = b.members.first();
        if (rankOf(x) != rankOf(y))
            return rankOf(x) < rankOf(y);
        return x < y;
    });

    for (Claim &c : corpus.claims)
        c.groupIndex = -1;
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
            Claim &c = corpus.claims[m];
            c.groupIndex = int(g);
            group.minValue = std::min(group.minValue, c.low);
            group.maxValue = std::max(group.maxValue, c.high.value_or(c.low));
        }
        group.disagreeing = anyDisagreement(corpus, d.members);
        corpus.groups.append(group);
    }
}

} // namespace claimline
