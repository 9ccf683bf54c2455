#include "EffectiveCorpus.h"

#include "StableKey.h"

namespace claimline {

namespace {

int articleIndexOf(const Corpus &corpus, const QString &articleId)
{
    for (qsizetype a = 0; a < corpus.articles.size(); ++a)
        if (corpus.articles.at(a).id == articleId)
            return int(a);
    return -1;
}

// Added spans must still lie inside their article (the document may have changed).
bool placeSpan(const Article &article, TextSpan &span)
{
    if (span.isEmpty()) {
        span = article.span;
        return true;
    }
    return article.span.contains(span);
}

} // namespace

QString resolveClaimant(const QMap<QString, QString> &merges, const QString &name)
{
    QString current = name;
    for (int hops = 0; hops <= merges.size() && merges.contains(current); ++hops)
        current = merges.value(current);
    return current;
}

void applyCorrections(Claim &claim, const ClaimCorrections &c)
{
    if (c.low)
        claim.low = *c.low;
    if (c.high)
        claim.high = *c.high;
    if (c.qualifier)
        claim.qualifier = *c.qualifier;
    if (c.claimant) {
        claim.claimant = *c.claimant;
        claim.attributed = true;
    }
    if (c.asOf)
        claim.asOf = *c.asOf;
    if (c.topic)
        claim.topic = *c.topic;
    if (c.measure)
        claim.measure = *c.measure;
}

EffectiveCorpus buildEffectiveCorpus(const ProjectData &data)
{
    EffectiveCorpus out;
    Corpus &corpus = out.corpus;
    corpus = data.extracted;
    out.claimKeys = claimKeys(corpus);
    out.eventKeys = eventKeys(corpus);

    for (const AddedClaim &added : data.addedClaims) {
        const int a = articleIndexOf(corpus, added.articleId);
        Claim claim = added.claim;
        if (a < 0 || !placeSpan(corpus.articles.at(a), claim.quoteSpan)) {
            out.unplacedKeys.append(added.key);
            continue;
        }
        claim.articleIndex = a;
        claim.documentIndex = corpus.articles.at(a).documentIndex;
        if (!claim.quoteSpan.contains(claim.figureSpan))
            claim.figureSpan = {};
        claim.groupIndex = -1;
        if (claim.id.isEmpty())
            claim.id = added.key;
        corpus.claims.append(claim);
        out.claimKeys.append(added.key);
    }
    for (const AddedEvent &added : data.addedEvents) {
        const int a = articleIndexOf(corpus, added.articleId);
        Event event = added.event;
        bool placed = a >= 0 && !event.mentions.isEmpty();
        for (EventMention &m : event.mentions) {
            if (!placed)
                break;
            placed = placeSpan(corpus.articles.at(a), m.span);
            m.articleIndex = a;
            m.documentIndex = corpus.articles.at(a).documentIndex;
        }
        if (!placed) {
            out.unplacedKeys.append(added.key);
            continue;
        }
        if (event.id.isEmpty())
            event.id = added.key;
        corpus.events.append(event);
        out.eventKeys.append(added.key);
    }

    for (qsizetype i = 0; i < corpus.claims.size(); ++i) {
        Claim &claim = corpus.claims[i];
        const auto review = data.claimReviews.constFind(out.claimKeys.at(i));
        if (review != data.claimReviews.constEnd())
            applyCorrections(claim, review->corrections);
        if (claim.high && *claim.high < claim.low) // keep the corpus consistent whatever was stored
            claim.high = claim.low;
        claim.claimant = resolveClaimant(data.claimantMerges, claim.claimant);
    }
    return out;
}

} // namespace claimline
