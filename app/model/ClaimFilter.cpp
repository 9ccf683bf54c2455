#include "ClaimFilter.h"

namespace claimline {

bool ClaimFilter::isEmpty() const
{
    return !dates.isValid() && topics.isEmpty() && measures.isEmpty() && claimants.isEmpty() && outlets.isEmpty()
           && text.isEmpty() && hiddenIds.isEmpty();
}

bool ClaimFilter::accepts(const Corpus &corpus, const Claim &claim) const
{
    if (!hiddenIds.isEmpty() && hiddenIds.contains(claim.id))
        return false;
    if (dates.isValid() && !claim.asOf.overlaps(dates))
        return false;
    if (!topics.isEmpty() && !topics.contains(claim.topic))
        return false;
    if (!measures.isEmpty() && !measures.contains(claim.measure))
        return false;
    if (!claimants.isEmpty() && !claimants.contains(claim.claimant))
        return false;
    const QString outlet = corpus.outletOf(claim);
    if (!outlets.isEmpty() && !outlets.contains(outlet))
        return false;
    if (!text.isEmpty()) {
        const auto has = [this](QStringView s) { return s.contains(text, Qt::CaseInsensitive); };
        if (!has(corpus.quote(claim)) && !has(claim.subject) && !has(claim.claimant) && !has(outlet))
            return false;
    }
    return true;
}

bool ClaimFilter::accepts(const Corpus &corpus, const Event &event) const
{
    if (!hiddenIds.isEmpty() && hiddenIds.contains(event.id))
        return false;
    if (dates.isValid() && !event.date.overlaps(dates))
        return false;
    // Topic, measure and claimant describe figures: an event passes them unless the analyst
    // narrowed to outlets or text, which events have too.
    if (!outlets.isEmpty()) {
        bool any = false;
        for (const EventMention &m : event.mentions)
            any = any || (m.articleIndex >= 0 && outlets.contains(corpus.articles.at(m.articleIndex).outlet));
        if (!any)
            return false;
    }
    if (!text.isEmpty()) {
        bool any = event.label.contains(text, Qt::CaseInsensitive);
        for (const EventMention &m : event.mentions)
            any = any || corpus.quote(m).contains(text, Qt::CaseInsensitive);
        if (!any)
            return false;
    }
    return true;
}

} // namespace claimline
