#include "ClaimGrouper.h"

#include "model/ValueAgreement.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>
#include <numeric>

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
// vs "North Korean troops").
bool subjectsCompatible(const QString &a, const QString &b)
{
    const QSet<QString> pa = partiesOf(a), pb = partiesOf(b);
    return pa.isEmpty() || pb.isEmpty() || pa.intersects(pb);
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
};

} // namespace

void groupClaims(Corpus &corpus)
{
    corpus.groups.clear();
    QList<int> order(corpus.claims.size());
    std::iota(order.begin(), order.end(), 0);
    // Dated claims first (earliest first), so undated ones join the group of their measure.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Claim &x = corpus.claims.at(a), &y = corpus.claims.at(b);
        if (x.topic != y.topic)
            return x.topic < y.topic;
        if (x.measure != y.measure)
            return x.measure < y.measure;
        if (x.asOf.isValid() != y.asOf.isValid())
            return x.asOf.isValid();
        return x.asOf.first < y.asOf.first;
    });

    QList<Draft> drafts;
    for (int idx : std::as_const(order)) {
        const Claim &c = corpus.claims.at(idx);
        int target = -1;
        for (int g = 0; g < drafts.size() && target < 0; ++g) {
            const Draft &d = drafts.at(g);
            const Claim &first = corpus.claims.at(d.members.first());
            if (first.topic != c.topic || first.measure != c.measure)
                continue;
            const bool datesFit = datesNear(d.dates, c.asOf);
            const bool subjectsFit = std::all_of(d.members.begin(), d.members.end(), [&](int m) {
                return subjectsCompatible(corpus.claims.at(m).subject, c.subject);
            });
            if (datesFit && subjectsFit)
                target = g;
        }
        if (target < 0) {
            drafts.append({{idx}, c.asOf});
            continue;
        }
        drafts[target].members.append(idx);
        drafts[target].dates = drafts[target].dates.united(c.asOf);
    }

    // Deterministic order: by topic, measure, then the earliest claim in corpus order.
    for (Draft &d : drafts)
        std::sort(d.members.begin(), d.members.end());
    std::sort(drafts.begin(), drafts.end(), [&](const Draft &a, const Draft &b) {
        const Claim &x = corpus.claims.at(a.members.first()), &y = corpus.claims.at(b.members.first());
        if (x.topic != y.topic)
            return x.topic < y.topic;
        if (x.measure != y.measure)
            return x.measure < y.measure;
        return a.members.first() < b.members.first();
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
            for (int o : d.members)
                if (o < m && !valuesAgree(corpus.claims.at(o), c))
                    group.disagreeing = true;
        }
        corpus.groups.append(group);
    }
}

} // namespace claimline
