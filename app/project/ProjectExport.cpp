#include "ProjectExport.h"

#include "ProjectJson.h"
#include "ProjectModel.h"
#include "pipeline/JsonExport.h"

#include <QJsonArray>

namespace claimline {

namespace {

QJsonObject reviewObject(const QString &key, const ReviewRecord &r, bool added)
{
    QJsonObject o = reviewToJson(r);
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("added"), added);
    return o;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

QJsonObject projectToJson(const ProjectModel &model)
{
    const Corpus &corpus = *model.corpus();
    QJsonObject out = corpusToJson(corpus);
    QJsonArray claims = out.value(QStringLiteral("claims")).toArray();
    for (int i = 0; i < claims.size(); ++i) {
        QJsonObject c = claims.at(i).toObject();
        c.insert(QStringLiteral("review"), reviewObject(model.claimKey(i), model.claimReview(i), model.isAddedClaim(i)));
        claims[i] = c;
    }
    out.insert(QStringLiteral("claims"), claims);
    QJsonArray events = out.value(QStringLiteral("events")).toArray();
    const auto extractedEvents = model.data().extracted.events.size();
    for (int i = 0; i < events.size(); ++i) {
        QJsonObject e = events.at(i).toObject();
        e.insert(QStringLiteral("review"), reviewObject(model.eventKey(i), model.eventReview(i), i >= extractedEvents));
        events[i] = e;
    }
    out.insert(QStringLiteral("events"), events);
    QJsonObject merges;
    for (auto it = model.data().claimantMerges.cbegin(); it != model.data().claimantMerges.cend(); ++it)
        merges.insert(it.key(), it.value());
    out.insert(QStringLiteral("claimant_merges"), merges);
    QJsonArray orphans;
    for (ItemKind kind : {ItemKind::Claim, ItemKind::Event})
        for (const QString &key : model.orphanedKeys(kind)) {
            QJsonObject o = reviewToJson(kind == ItemKind::Claim ? model.data().claimReviews.value(key)
                                                                 : model.data().eventReviews.value(key));
            o.insert(QStringLiteral("key"), key);
            o.insert(QStringLiteral("kind"), kind == ItemKind::Claim ? QStringLiteral("claim") : QStringLiteral("event"));
            orphans.append(o);
        }
    out.insert(QStringLiteral("orphaned_reviews"), orphans);
    return out;
}

QString projectToCsv(const ProjectModel &model)
{
    const Corpus &corpus = *model.corpus();
    const QStringList header{QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("article"), QStringLiteral("outlet"),
                             QStringLiteral("published"), QStringLiteral("quote"), QStringLiteral("figure"),
                             QStringLiteral("topic"), QStringLiteral("measure"), QStringLiteral("low"), QStringLiteral("high"),
                             QStringLiteral("qualifier"), QStringLiteral("unit"), QStringLiteral("claimant"),
                             QStringLiteral("via"), QStringLiteral("attributed"), QStringLiteral("as_of"),
                             QStringLiteral("subject"), QStringLiteral("group"), QStringLiteral("review_state"),
                             QStringLiteral("note"), QStringLiteral("tags"), QStringLiteral("corrected"),
                             QStringLiteral("added")};
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (int i = 0; i < corpus.claims.size(); ++i) {
        const Claim &c = corpus.claims.at(i);
        const Article *article = corpus.articleOf(c);
        const ReviewRecord review = model.claimReview(i);
        QStringList corrected = correctionsToJson(review.corrections).keys();
        const QStringList row{
            c.id,
            corpus.documents.at(c.documentIndex).fileName,
            article ? article->id : QString(),
            corpus.outletOf(c),
            article && article->published.isValid() ? article->published.toString(Qt::ISODate) : QString(),
            corpus.quote(c).toString().simplified(),
            corpus.textOf(c.documentIndex, c.figureSpan).toString(),
            c.topic,
            c.measure,
            numberText(c.low),
            c.high ? numberText(*c.high) : QString(),
            qualifierName(c.qualifier),
            c.unit,
            c.claimant,
            c.via.join(QStringLiteral("; ")),
            c.attributed ? QStringLiteral("true") : QStringLiteral("false"),
            c.asOf.isValid() ? c.asOf.toString() : QString(),
            c.subject,
            c.groupIndex >= 0 ? corpus.groups.at(c.groupIndex).id : QString(),
            reviewStateName(review.state),
            review.note,
            review.tags.join(QStringLiteral("; ")),
            corrected.join(QStringLiteral("; ")),
            model.isAddedClaim(i) ? QStringLiteral("true") : QStringLiteral("false"),
        };
        QStringList quoted;
        for (const QString &field : row)
            quoted.append(csvField(field));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace claimline
