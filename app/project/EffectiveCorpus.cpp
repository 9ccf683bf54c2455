#include "EffectiveCorpus.h"

#include "StableKey.h"

#include <QCryptographicHash>

namespace claimline {

namespace {

// The article an added item belongs to: by id, or, when re-extraction split the document
// into articles differently, the article of the same document (ids start with the
// document's sha-based id) that holds the span.
int articleIndexOf(const Corpus &corpus, const QString &articleId, const TextSpan &span)
{
    for (qsizetype a = 0; a < corpus.articles.size(); ++a)
        if (corpus.articles.at(a).id == articleId)
            return int(a);
    int found = -1;
    for (qsizetype a = 0; a < corpus.articles.size(); ++a) {
        const Article &article = corpus.articles.at(a);
        const QString docId = corpus.documents.value(article.documentIndex).id;
        if (docId.isEmpty() || !articleId.startsWith(docId + u'-'))
            continue;
        if (span.isEmpty() || article.span.contains(span)) {
            if (found >= 0)
                return -1; // ambiguous: leave it unplaced rather than guess
            found = int(a);
        }
    }
    return found;
}

int indexOfKey(const Corpus &corpus, const QString &key)
{
    return key.isEmpty() ? -1 : int(eventKeys(corpus).indexOf(key));
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

bool applyEventEdit(Corpus &corpus, const EventEdit &edit)
{
    const int e = indexOfKey(corpus, edit.eventKey);
    if (e < 0)
        return false;
    if (edit.kind == EventEdit::Kind::Merge) {
        const int from = indexOfKey(corpus, edit.otherKey);
        if (from < 0 || from == e)
            return false;
        Event &into = corpus.events[e];
        into.mentions += corpus.events.at(from).mentions;
        into.date = into.date.isValid() ? into.date.united(corpus.events.at(from).date) : corpus.events.at(from).date;
        corpus.events.removeAt(from);
        return true;
    }
    const Event &event = corpus.events.at(e);
    const QStringList keys = mentionKeys(corpus, event);
    Event kept = event, split = event;
    kept.mentions.clear();
    split.mentions.clear();
    for (qsizetype m = 0; m < event.mentions.size(); ++m)
        (edit.mentionKeys.contains(keys.at(m)) ? split : kept).mentions.append(event.mentions.at(m));
    if (kept.mentions.isEmpty() || split.mentions.isEmpty() || split.mentions.size() != edit.mentionKeys.size())
        return false;
    // Named after what it holds, so the same split gets the same id after re-extraction.
    split.id = event.id + QStringLiteral("-split-")
               + QString::fromLatin1(QCryptographicHash::hash(edit.mentionKeys.join(u'\n').toUtf8(), QCryptographicHash::Sha1)
                                         .toHex()
                                         .left(8));
    split.date = split.mentions.first().date;
    corpus.events[e] = kept;
    corpus.events.insert(e + 1, split);
    return true;
}

EffectiveCorpus buildEffectiveCorpus(const ProjectData &data)
{
    EffectiveCorpus out;
    Corpus &corpus = out.corpus;
    corpus = data.extracted;
    for (qsizetype i = 0; i < data.eventEdits.size(); ++i)
        if (!applyEventEdit(corpus, data.eventEdits.at(i)))
            out.unappliedEdits.append(int(i));
    out.claimKeys = claimKeys(corpus);
    out.eventKeys = eventKeys(corpus);

    for (const AddedClaim &added : data.addedClaims) {
        const int a = articleIndexOf(corpus, added.articleId, added.claim.quoteSpan);
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
        Event event = added.event;
        const int a = articleIndexOf(corpus, added.articleId, event.mentions.value(0).span);
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
