#include "StableKey.h"

#include <QHash>
#include <numeric>

namespace claimline {

namespace {

QString sha(const Corpus &corpus, int documentIndex)
{
    if (documentIndex < 0 || documentIndex >= corpus.documents.size())
        return QStringLiteral("?");
    return QString::fromLatin1(corpus.documents.at(documentIndex).sha256);
}

// Appends "#n" so that equal bases (repeats) stay distinct, numbered in the given order.
QStringList withOrdinals(const QStringList &bases, const QList<qsizetype> &order)
{
    QStringList keys(bases.size());
    QHash<QString, int> seen;
    for (qsizetype i : order)
        keys[i] = bases.at(i) + u'#' + QString::number(seen[bases.at(i)]++);
    return keys;
}

} // namespace

QStringList claimKeys(const Corpus &corpus)
{
    QStringList bases;
    for (const Claim &c : corpus.claims)
        bases.append(sha(corpus, c.documentIndex) + u'|' + corpus.textOf(c.documentIndex, c.figureSpan).toString().simplified()
                     + u'|' + c.topic + u'/' + c.measure);
    QList<qsizetype> order(corpus.claims.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return corpus.claims.at(a).figureSpan.start < corpus.claims.at(b).figureSpan.start;
    });
    return withOrdinals(bases, order);
}

QStringList eventKeys(const Corpus &corpus)
{
    QStringList bases;
    for (const Event &e : corpus.events) {
        const EventMention *m = e.mentions.isEmpty() ? nullptr : &e.mentions.first();
        bases.append(QStringLiteral("event|") + e.kind + u'|'
                     + (m ? sha(corpus, m->documentIndex) + u'|' + corpus.quote(*m).toString().simplified() : QString()));
    }
    QList<qsizetype> order(corpus.events.size());
    std::iota(order.begin(), order.end(), 0);
    return withOrdinals(bases, order);
}

QStringList mentionKeys(const Corpus &corpus, const Event &event)
{
    QStringList bases;
    for (const EventMention &m : event.mentions)
        bases.append(sha(corpus, m.documentIndex) + u'|' + corpus.quote(m).toString().simplified());
    QList<qsizetype> order(event.mentions.size());
    std::iota(order.begin(), order.end(), 0);
    return withOrdinals(bases, order);
}

} // namespace claimline
