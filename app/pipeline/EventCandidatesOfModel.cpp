#include "EventCandidatesOfModel.h"

#include "dates/TemporalTagger.h"
#include "model/Corpus.h"

#include <algorithm>

namespace claimline {

QList<EventCandidate> eventCandidatesOf(const Corpus &corpus)
{
    const TemporalTagger tagger;
    QList<EventCandidate> out;
    for (const Event &event : corpus.events) {
        for (const EventMention &m : event.mentions) {
            if (m.documentIndex < 0 || m.documentIndex >= corpus.documents.size())
                continue;
            // The mention's sentence read again as the extractor read it: its candidate for
            // this date has the kind, label and keys the mention was merged with.
            SentenceContext ctx;
            ctx.text = corpus.documents.at(m.documentIndex).text;
            ctx.span = {std::clamp<qsizetype>(m.span.start, 0, ctx.text.size()),
                        std::clamp<qsizetype>(m.span.end, 0, ctx.text.size())};
            const bool inArticle = m.articleIndex >= 0 && m.articleIndex < corpus.articles.size();
            ctx.article = inArticle ? &corpus.articles.at(m.articleIndex) : nullptr;
            const QDate reference = inArticle ? ctx.article->published : QDate();
            ctx.dates = tagger.tag(ctx.text, ctx.span, reference.isValid() ? reference : m.date.first);
            const QList<EventCandidate> again = findEventCandidates(ctx);
            const auto same = std::find_if(again.cbegin(), again.cend(), [&](const EventCandidate &c) {
                return c.kind == event.kind && c.mention.date == m.date;
            });
            if (same != again.cend()) {
                out.append({m, same->kind, same->label, same->keys});
                continue;
            }
            // The lexicon changed since: the event's own kind and label, the sentence's names.
            QList<TextSpan> dates;
            for (const TemporalMention &d : std::as_const(ctx.dates))
                dates.append({d.span.start - ctx.span.start, d.span.end - ctx.span.start});
            out.append({m, event.kind, event.label, eventKeysOf(ctx.sentence(), dates)});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const EventCandidate &a, const EventCandidate &b) {
        return std::tie(a.mention.documentIndex, a.mention.articleIndex, a.mention.span.start)
               < std::tie(b.mention.documentIndex, b.mention.articleIndex, b.mention.span.start);
    });
    return out;
}

} // namespace claimline
