// adoptDatesOfSameStatements (declared in AsOfResolver.h): the corpus pass that dates a
// claim by another article's telling of the same statement.
#include "AsOfResolver.h"

#include "model/Corpus.h"
#include "StringIds.h"

#include <QString>
#include <algorithm>
#include <bit>
#include <cmath>
#include <tuple>
#include <vector>

namespace claimline {

namespace {

// A value as it reads when spelled to 12 significant digits: two values are the same
// statement's when their spellings are equal (QString::number(v, 'g', 12), as the key was
// once built). The spelling read back is a double that stands for it; whole numbers below
// 10^12 spell exactly, so most values skip the spelling.
quint64 spelledValue(double v)
{
    if (std::isnan(v))
        return 0x7ff8000000000000ull; // every NaN spells "nan"
    if (std::abs(v) < 1e12 && v == std::trunc(v))
        return std::bit_cast<quint64>(v); // keeps -0 apart from 0, as "-0" and "0" are
    bool ok = false;
    const double spelled = QString::number(v, 'g', 12).toDouble(&ok);
    return std::bit_cast<quint64>(ok && std::isfinite(spelled) ? spelled : v);
}

// Same claimant, topic, measure and values, as ids and numbers: a string built per claim
// and hashed with SipHash (QHash) was most of this pass, and reading every claim's strings
// again was most of what remained (see StringIds).
struct StatementKey
{
    int claimant, topic, measure;
    bool ranged;
    quint64 low, high;

    auto operator<=>(const StatementKey &) const = default;
};

StatementKey statementKey(const Claim &c, StringIds &names)
{
    return {names.idOf(c.claimant), names.idOf(c.topic), names.idOf(c.measure), c.high.has_value(),
            spelledValue(c.low), c.high ? spelledValue(*c.high) : 0};
}

// One claim of a statement, as the search reads it: the claims themselves are only read
// front to back (to make these) and for a date adopted. Sorted, the claims of a statement
// sit together, and the claims to date meet the claims dated in one walk over both lists
// (a hash table with a list per statement was mostly allocation and cache misses).
struct Telling
{
    StatementKey key;
    QDate last;   // of its as_of (dated claims)
    QDate published; // of its article (claims to date)
    int claim;
    int article;
};

bool byStatement(const Telling &a, const Telling &b)
{
    return std::tie(a.key, a.claim) < std::tie(b.key, b.claim); // the claims of one statement in corpus order
}

// The date a claim of `article`, published on `published` (when valid), adopts from the
// tellings of its statement (all dated by their own text, sorted by last day, then by
// index from the highest): the most recent telling in another article, not after its
// publication, the first in corpus order among equals.
DayInterval latestOf(const QList<Claim> &all, const Telling *begin, const Telling *end, int article, QDate published)
{
    if (published.isValid())
        end = std::partition_point(begin, end, [&](const Telling &o) { return o.last <= published; });
    for (const Telling *it = end; it != begin;) {
        --it;
        if (it->article != article)
            return all.at(it->claim).asOf;
    }
    return {};
}

// The same as a scan in corpus order: for tellings with an invalid date among them.
DayInterval scannedOf(const QList<Claim> &all, const Telling *begin, const Telling *end, int article, QDate published)
{
    DayInterval best;
    for (const Telling *t = begin; t != end; ++t) {
        const Claim &o = all.at(t->claim);
        if (o.articleIndex == article || (published.isValid() && o.asOf.last > published))
            continue;
        if (!best.isValid() || o.asOf.last > best.last) // the most recent telling
            best = o.asOf;
    }
    return best;
}

} // namespace

void adoptDatesOfSameStatements(Corpus &corpus)
{
    corpus.claims.detach(); // the ids are by address: no string may move meanwhile
    const QList<Claim> &claims = corpus.claims;
    StringIds names; // claimants, topics and measures alike: ids only meet their own field
    std::vector<Telling> dated, undated; // dated by their own text; dated by publication only
    for (int i = 0; i < claims.size(); ++i) {
        const Claim &c = claims.at(i);
        if (c.asOfFrom == AsOfSource::Text) {
            dated.push_back({statementKey(c, names), c.asOf.last, {}, i, c.articleIndex});
        } else if (c.asOfFrom == AsOfSource::Publication) {
            const Article *article = corpus.articleOf(c);
            undated.push_back({statementKey(c, names), {}, article ? article->published : QDate(), i, c.articleIndex});
        }
    }
    std::sort(dated.begin(), dated.end(), byStatement);
    std::sort(undated.begin(), undated.end(), byStatement);

    std::vector<std::pair<int, DayInterval>> adopted;
    auto d = dated.begin();
    for (auto u = undated.begin(); u != undated.end();) {
        const StatementKey &key = u->key;
        auto uEnd = u;
        while (uEnd != undated.end() && uEnd->key == key)
            ++uEnd;
        while (d != dated.end() && d->key < key)
            ++d;
        auto dEnd = d;
        bool allValid = true;
        for (; dEnd != dated.end() && dEnd->key == key; ++dEnd)
            allValid = allValid && claims.at(dEnd->claim).asOf.isValid();
        if (d != dEnd) {
            // Ordered so that the one adopted is found from the end: latest last day, then
            // the lowest index (the first of equals, as a scan in corpus order keeps it).
            if (allValid)
                std::sort(d, dEnd, [](const Telling &a, const Telling &b) {
                    return a.last != b.last ? a.last < b.last : a.claim > b.claim;
                });
            for (; u != uEnd; ++u) {
                const DayInterval best = allValid ? latestOf(claims, &*d, &*d + (dEnd - d), u->article, u->published)
                                                  : scannedOf(claims, &*d, &*d + (dEnd - d), u->article, u->published);
                if (best.isValid())
                    adopted.push_back({u->claim, best});
            }
        }
        u = uEnd;
        d = dEnd;
    }
    for (const auto &[claim, date] : adopted) {
        corpus.claims[claim].asOf = date;
        corpus.claims[claim].asOfFrom = AsOfSource::OtherReport;
    }
}

} // namespace claimline
