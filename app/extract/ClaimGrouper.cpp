#include "ClaimGrouper.h"

#include "model/ValueAgreement.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>
#include <numeric>
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
        if (const auto it = m_ids.constFind(subject); it != m_ids.cend())
            return *it;
        std::vector<int> words;
        for (const QString &w : partiesOf(subject)) {
            auto it = m_wordIds.find(w);
            if (it == m_wordIds.end())
                it = m_wordIds.insert(w, int(m_wordIds.size()));
            words.push_back(*it);
        }
        if (words.empty())
            return *m_ids.insert(subject, kNone);
        std::sort(words.begin(), words.end());
        m_words.push_back(std::move(words));
        return *m_ids.insert(subject, int(m_words.size()) - 1);
    }

    bool compatible(int a, int b)
    {
        if (a == kNone || b == kNone)
            return true;
        if (a == b)
            return true;
        const quint64 key = (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
        if (const auto it = m_pairs.constFind(key); it != m_pairs.cend())
            return *it;
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
        m_pairs.insert(key, shared);
        return shared;
    }

private:
    QHash<QString, int> m_ids;
    QHash<QString, int> m_wordIds;
    std::vector<std::vector<int>> m_words;
    QHash<quint64, bool> m_pairs;
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
// agreement): only their ranges matter, so each distinct range is compared once.
bool anyDisagreement(const Corpus &corpus, const QList<int> &members)
{
    std::vector<std::pair<double, double>> ranges;
    ranges.reserve(size_t(members.size()));
    for (int m : members) {
        const ValueRange r = agreementRange(corpus.claims.at(m));
        ranges.push_back({r.low, r.high});
    }
    std::sort(ranges.begin(), ranges.end());
    ranges.erase(std::unique(ranges.begin(), ranges.end()), ranges.end());
    for (size_t i = 0; i < ranges.size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if (!(ranges[j].first <= ranges[i].second && ranges[i].first <= ranges[j].second))
                return true;
    return false;
}

} // namespace

void groupClaims(Corpus &corpus)
{
    corpus.groups.clear();
    // (topic, measure) as a rank in their sort order: a few distinct pairs, many claims,
    // so strings are compared once per pair rather than in every comparison of the sort.
    std::vector<int> measureRank(size_t(corpus.claims.size()));
    {
        QHash<std::pair<QString, QString>, int> ids;
        for (const Claim &c : std::as_const(corpus.claims))
            ids.insert({c.topic, c.measure}, 0);
        QList<std::pair<QString, QString>> pairs = ids.keys();
        std::sort(pairs.begin(), pairs.end());
        for (qsizetype r = 0; r < pairs.size(); ++r)
            ids[pairs.at(r)] = int(r);
        for (qsizetype i = 0; i < corpus.claims.size(); ++i)
            measureRank[size_t(i)] = ids.value({corpus.claims.at(i).topic, corpus.claims.at(i).measure});
    }
    const auto rankOf = [&](int claim) { return measureRank[size_t(claim)]; };

    QList<int> order(corpus.claims.size());
    std::iota(order.begin(), order.end(), 0);
    // Dated claims first (earliest first), so undated ones join the group of their measure.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Claim &x = corpus.claims.at(a), &y = corpus.claims.at(b);
        if (rankOf(a) != rankOf(b))
            return rankOf(a) < rankOf(b);
        if (x.asOf.isValid() != y.asOf.isValid())
            return x.asOf.isValid();
        return x.asOf.first < y.asOf.first;
    });

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
