// adoptDatesOfSameStatements (declared in AsOfResolver.h): the corpus pass that dates a
// claim by another article's telling of the same statement.
#include "AsOfResolver.h"

#include "model/Corpus.h"
#include "StringIds.h"

#include <QString>
#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_map>
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

    bool operator==(const StatementKey &) const = default;
};

struct StatementKeyHash
{
    size_t operator()(const StatementKey &k) const noexcept
    {
        size_t h = 14695981039346656037ull;
        for (const quint64 part : {quint64(k.claimant), quint64(k.topic), quint64(k.measure), quint64(k.ranged), k.low, k.high}) {
            h = (h ^ part) * 0x9E3779B97F4A7C15ull;
            h ^= h >> 29;
        }
        return h;
    }
};

StatementKey statementKey(const Claim &c, StringIds &names)
{
    return {names.idOf(c.claimant), names.idOf(c.topic), names.idOf(c.measure), c.high.has_value(),
            spelledValue(c.low), c.high ? spelledValue(*c.high) : 0};
}

// The claims dated by their own text that tell one statement, ordered so that the one a
// claim adopts is found from the end: latest last day first, then lowest index (the first
// of equals, as a scan in corpus order keeps it).
struct Tellings
{
    std::vector<int> claims;
    bool allValid = true; // every date valid; else the scan in corpus order decides

    void sort(const QList<Claim> &all)
    {
        if (!allValid)
            return;
        std::sort(claims.begin(), claims.end(), [&](int a, int b) {
            const QDate x = all.at(a).asOf.last, y = all.at(b).asOf.last;
            return x != y ? x < y : a > b;
        });
    }

    // The date of the most recent telling in another article, not after `published` (when valid).
    DayInterval latestFor(const QList<Claim> &all, int articleIndex, QDate published) const
    {
        if (!allValid)
            return scanned(all, articleIndex, published);
        auto end = claims.end();
        if (published.isValid())
            end = std::partition_point(claims.begin(), end, [&](int o) { return all.at(o).asOf.last <= published; });
        for (auto it = end; it != claims.begin();) {
            const Claim &o = all.at(*--it);
            if (o.articleIndex != articleIndex)
                return o.asOf;
        }
        return {};
    }

    // The same as a scan in corpus order, for lists with an invalid date in them.
    DayInterval scanned(const QList<Claim> &all, int articleIndex, QDate published) const
    {
        DayInterval best;
        for (const int other : claims) {
            const Claim &o = all.at(other);
            if (o.articleIndex == articleIndex || (published.isValid() && o.asOf.last > published))
                continue;
            if (!best.isValid() || o.asOf.last > best.last) // the most recent telling
                best = o.asOf;
        }
        return best;
    }
};

} // namespace

void adoptDatesOfSameStatements(Corpus &corpus)
{
    corpus.claims.detach(); // the ids are by address: no string may move meanwhile
    const QList<Claim> &claims = corpus.claims;
    StringIds names; // claimants, topics and measures alike: ids only meet their own field
    std::unordered_map<StatementKey, Tellings, StatementKeyHash> dated;
    for (int i = 0; i < claims.size(); ++i) {
        const Claim &c = claims.at(i);
        if (c.asOfFrom != AsOfSource::Text)
            continue;
        Tellings &t = dated[statementKey(c, names)];
        t.claims.push_back(i);
        t.allValid = t.allValid && c.asOf.isValid();
    }
    for (auto &[key, tellings] : dated)
        tellings.sort(claims);

    for (Claim &claim : corpus.claims) {
        if (claim.asOfFrom != AsOfSource::Publication)
            continue;
        const auto same = dated.find(statementKey(claim, names));
        if (same == dated.end())
            continue;
        const Article *article = corpus.articleOf(claim);
        const QDate published = article ? article->published : QDate();
        const DayInterval best = same->second.latestFor(claims, claim.articleIndex, published);
        if (best.isValid()) {
            claim.asOf = best;
            claim.asOfFrom = AsOfSource::OtherReport;
        }
    }
}

} // namespace claimline
