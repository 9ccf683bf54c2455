#include "Corpus.h"

namespace claimline {

QStringView Corpus::textOf(int documentIndex, const TextSpan &span) const
{
    if (documentIndex < 0 || documentIndex >= documents.size())
        return {};
    const QString &text = documents.at(documentIndex).text;
    if (span.start < 0 || span.end > text.size() || span.isEmpty())
        return {};
    return QStringView(text).mid(span.start, span.length());
}

const Article *Corpus::articleOf(const Claim &claim) const
{
    if (claim.articleIndex < 0 || claim.articleIndex >= articles.size())
        return nullptr;
    return &articles.at(claim.articleIndex);
}

QString Corpus::outletOf(const Claim &claim) const
{
    const Article *a = articleOf(claim);
    return a ? a->outlet : QString();
}

QString Corpus::checkConsistency() const
{
    auto spanOk = [this](int doc, const TextSpan &s) {
        return doc >= 0 && doc < documents.size() && s.start >= 0 && s.start <= s.end
               && s.end <= documents.at(doc).text.size();
    };
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &a = articles.at(i);
        if (!spanOk(a.documentIndex, a.span))
            return QStringLiteral("article %1 has a bad span").arg(a.id);
    }
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const Claim &c = claims.at(i);
        if (!spanOk(c.documentIndex, c.quoteSpan) || c.quoteSpan.isEmpty())
            return QStringLiteral("claim %1 has a bad quote span").arg(c.id);
        if (c.articleIndex < 0 || c.articleIndex >= articles.size()
            || articles.at(c.articleIndex).documentIndex != c.documentIndex)
            return QStringLiteral("claim %1 points to a wrong article").arg(c.id);
        if (c.high && *c.high < c.low)
            return QStringLiteral("claim %1 has high < low").arg(c.id);
        if (c.groupIndex >= groups.size())
            return QStringLiteral("claim %1 points past the groups").arg(c.id);
    }
    for (const Event &e : events) {
        if (e.mentions.isEmpty())
            return QStringLiteral("event %1 has no mention").arg(e.id);
        for (const EventMention &m : e.mentions)
            if (!spanOk(m.documentIndex, m.span))
                return QStringLiteral("event %1 has a bad mention span").arg(e.id);
    }
    for (qsizetype g = 0; g < groups.size(); ++g)
        for (int ci : groups.at(g).claimIndexes)
            if (ci < 0 || ci >= claims.size() || claims.at(ci).groupIndex != g)
                return QStringLiteral("group %1 and its claims disagree").arg(groups.at(g).id);
    return {};
}

} // namespace claimline
