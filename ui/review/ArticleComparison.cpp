#include "ArticleComparison.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace claimline::ui {

namespace {

bool close(double a, double b) { return std::abs(a - b) <= 0.005 * std::max(std::abs(a), std::abs(b)); }

QList<ArticleComparison::Entry> relate(const Corpus &corpus, const QList<int> &mine, const QList<int> &theirs)
{
    QList<ArticleComparison::Entry> entries;
    for (int c : mine) {
        ArticleComparison::Entry e;
        e.claimIndex = c;
        const Claim &claim = corpus.claims.at(c);
        bool same = false;
        for (int o : theirs) {
            const Claim &other = corpus.claims.at(o);
            if (!ArticleComparison::measureTheSame(claim, other))
                continue;
            e.counterparts.append(o);
            same = same || ArticleComparison::sameFigure(claim, other);
        }
        e.relation = e.counterparts.isEmpty() ? ClaimRelation::Unique : same ? ClaimRelation::Same : ClaimRelation::Conflict;
        entries.append(e);
    }
    return entries;
}

} // namespace

ArticleComparison::ArticleComparison(const Corpus &corpus, int left, int right, const ClaimFilter &filter)
{
    const QList<int> l = claimsOf(corpus, left, filter);
    const QList<int> r = left == right ? QList<int>() : claimsOf(corpus, right, filter);
    m_left = relate(corpus, l, r);
    m_right = relate(corpus, r, l);
    for (int i = 0; i < m_left.size(); ++i)
        m_index.insert(m_left.at(i).claimIndex, {true, i});
    for (int i = 0; i < m_right.size(); ++i)
        m_index.insert(m_right.at(i).claimIndex, {false, i});
}

const ArticleComparison::Entry *ArticleComparison::find(int claimIndex) const
{
    const auto it = m_index.constFind(claimIndex);
    if (it == m_index.cend())
        return nullptr;
    return it->first ? &m_left.at(it->second) : &m_right.at(it->second);
}

bool ArticleComparison::isLeft(int claimIndex) const
{
    const auto it = m_index.constFind(claimIndex);
    return it != m_index.cend() && it->first;
}

QList<int> ArticleComparison::disagreements() const
{
    QList<int> stops;
    for (const Entry &e : m_left)
        if (e.relation == ClaimRelation::Conflict)
            stops.append(e.claimIndex);
    return stops;
}

bool ArticleComparison::sameFigure(const Claim &a, const Claim &b)
{
    return a.unit == b.unit && close(a.low, b.low) && close(a.high.value_or(a.low), b.high.value_or(b.low));
}

bool ArticleComparison::measureTheSame(const Claim &a, const Claim &b)
{
    if (a.groupIndex >= 0 || b.groupIndex >= 0)
        return a.groupIndex == b.groupIndex;
    const bool datesAgree = !a.asOf.isValid() || !b.asOf.isValid() || a.asOf.overlaps(b.asOf);
    return a.topic == b.topic && a.measure == b.measure && !a.topic.isEmpty() && datesAgree;
}

QList<int> ArticleComparison::claimsOf(const Corpus &corpus, int article, const ClaimFilter &filter)
{
    QList<int> out;
    for (int i = 0; i < corpus.claims.size(); ++i)
        if (corpus.claims.at(i).articleIndex == article && filter.accepts(corpus, corpus.claims.at(i)))
            out.append(i);
    std::sort(out.begin(), out.end(), [&corpus](int a, int b) {
        return corpus.claims.at(a).figureSpan.start < corpus.claims.at(b).figureSpan.start;
    });
    return out;
}

int ArticleComparison::bestCounterpart(const Corpus &corpus, int article, int preferred)
{
    if (article < 0 || article >= corpus.articles.size())
        return -1;
    QSet<int> groups;
    for (const Claim &c : corpus.claims)
        if (c.articleIndex == article && c.groupIndex >= 0)
            groups.insert(c.groupIndex);
    QHash<int, QSet<int>> shared;  // other article → groups it shares
    for (const Claim &c : corpus.claims)
        if (c.articleIndex != article && groups.contains(c.groupIndex))
            shared[c.articleIndex].insert(c.groupIndex);
    const QDate when = corpus.articles.at(article).published;
    auto distance = [&](int a) {
        const QDate d = corpus.articles.at(a).published;
        return when.isValid() && d.isValid() ? std::abs(when.daysTo(d)) : std::numeric_limits<qint64>::max();
    };
    int best = -1;
    for (int a = 0; a < corpus.articles.size(); ++a) {
        if (a == article)
            continue;
        if (best < 0) {
            best = a;
            continue;
        }
        const auto score = [&](int x) {
            return std::tuple(shared.value(x).size(), x == preferred, -distance(x), -x);
        };
        if (score(a) > score(best))
            best = a;
    }
    return best;
}

} // namespace claimline::ui
