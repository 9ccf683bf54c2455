#include "ProjectJson.h"

#include <QJsonArray>

namespace claimline {

namespace {

QJsonObject spanToJson(const TextSpan &s)
{
    return {{QStringLiteral("start"), qint64(s.start)}, {QStringLiteral("end"), qint64(s.end)}};
}

TextSpan spanFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {qsizetype(o.value(QStringLiteral("start")).toInteger()), qsizetype(o.value(QStringLiteral("end")).toInteger())};
}

} // namespace

QJsonValue intervalToJson(const DayInterval &iv)
{
    if (!iv.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonArray{iv.first.toString(Qt::ISODate), iv.last.toString(Qt::ISODate)};
}

DayInterval intervalFromJson(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return {QDate::fromString(a.at(0).toString(), Qt::ISODate), QDate::fromString(a.at(1).toString(), Qt::ISODate)};
}

QJsonObject correctionsToJson(const ClaimCorrections &c)
{
    QJsonObject o;
    if (c.low)
        o.insert(QStringLiteral("low"), *c.low);
    if (c.high)
        o.insert(QStringLiteral("high"), *c.high);
    if (c.qualifier)
        o.insert(QStringLiteral("qualifier"), qualifierName(*c.qualifier));
    if (c.claimant)
        o.insert(QStringLiteral("claimant"), *c.claimant);
    if (c.asOf)
        o.insert(QStringLiteral("as_of"), intervalToJson(*c.asOf));
    if (c.topic)
        o.insert(QStringLiteral("topic"), *c.topic);
    if (c.measure)
        o.insert(QStringLiteral("measure"), *c.measure);
    return o;
}

ClaimCorrections correctionsFromJson(const QJsonObject &o)
{
    ClaimCorrections c;
    if (o.contains(QStringLiteral("low")))
        c.low = o.value(QStringLiteral("low")).toDouble();
    if (o.contains(QStringLiteral("high")))
        c.high = o.value(QStringLiteral("high")).toDouble();
    if (o.contains(QStringLiteral("qualifier")))
        c.qualifier = qualifierFromName(o.value(QStringLiteral("qualifier")).toString());
    if (o.contains(QStringLiteral("claimant")))
        c.claimant = o.value(QStringLiteral("claimant")).toString();
    if (o.contains(QStringLiteral("as_of")))
        c.asOf = intervalFromJson(o.value(QStringLiteral("as_of")));
    if (o.contains(QStringLiteral("topic")))
        c.topic = o.value(QStringLiteral("topic")).toString();
    if (o.contains(QStringLiteral("measure")))
        c.measure = o.value(QStringLiteral("measure")).toString();
    return c;
}

QJsonObject reviewToJson(const ReviewRecord &r)
{
    return {{QStringLiteral("state"), reviewStateName(r.state)},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
            {QStringLiteral("corrections"), correctionsToJson(r.corrections)}};
}

ReviewRecord reviewFromJson(const QJsonObject &o)
{
    ReviewRecord r;
    r.state = reviewStateFromName(o.value(QStringLiteral("state")).toString()).value_or(ReviewState::Unreviewed);
    r.note = o.value(QStringLiteral("note")).toString();
    for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
        r.tags.append(t.toString());
    r.corrections = correctionsFromJson(o.value(QStringLiteral("corrections")).toObject());
    return r;
}

QJsonObject addedClaimToJson(const AddedClaim &added)
{
    const Claim &c = added.claim;
    QJsonObject o{{QStringLiteral("key"), added.key},
                  {QStringLiteral("article"), added.articleId},
                  {QStringLiteral("id"), c.id},
                  {QStringLiteral("quote"), spanToJson(c.quoteSpan)},
                  {QStringLiteral("figure"), spanToJson(c.figureSpan)},
                  {QStringLiteral("topic"), c.topic},
                  {QStringLiteral("measure"), c.measure},
                  {QStringLiteral("low"), c.low},
                  {QStringLiteral("qualifier"), qualifierName(c.qualifier)},
                  {QStringLiteral("unit"), c.unit},
                  {QStringLiteral("claimant"), c.claimant},
                  {QStringLiteral("via"), QJsonArray::fromStringList(c.via)},
                  {QStringLiteral("attributed"), c.attributed},
                  {QStringLiteral("as_of"), intervalToJson(c.asOf)},
                  {QStringLiteral("subject"), c.subject}};
    if (c.high)
        o.insert(QStringLiteral("high"), *c.high);
    return o;
}

AddedClaim addedClaimFromJson(const QJsonObject &o)
{
    AddedClaim added;
    added.key = o.value(QStringLiteral("key")).toString();
    added.articleId = o.value(QStringLiteral("article")).toString();
    Claim &c = added.claim;
    c.id = o.value(QStringLiteral("id")).toString();
    c.quoteSpan = spanFromJson(o.value(QStringLiteral("quote")));
    c.figureSpan = spanFromJson(o.value(QStringLiteral("figure")));
    c.topic = o.value(QStringLiteral("topic")).toString();
    c.measure = o.value(QStringLiteral("measure")).toString();
    c.low = o.value(QStringLiteral("low")).toDouble();
    if (o.contains(QStringLiteral("high")))
        c.high = o.value(QStringLiteral("high")).toDouble();
    c.qualifier = qualifierFromName(o.value(QStringLiteral("qualifier")).toString()).value_or(Qualifier::Exact);
    c.unit = o.value(QStringLiteral("unit")).toString();
    c.claimant = o.value(QStringLiteral("claimant")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("via")).toArray())
        c.via.append(v.toString());
    c.attributed = o.value(QStringLiteral("attributed")).toBool();
    c.asOf = intervalFromJson(o.value(QStringLiteral("as_of")));
    c.subject = o.value(QStringLiteral("subject")).toString();
    return added;
}

QJsonObject addedEventToJson(const AddedEvent &added)
{
    QJsonArray mentions;
    for (const EventMention &m : added.event.mentions)
        mentions.append(QJsonObject{{QStringLiteral("span"), spanToJson(m.span)},
                                    {QStringLiteral("date"), intervalToJson(m.date)}});
    return {{QStringLiteral("key"), added.key},
            {QStringLiteral("article"), added.articleId},
            {QStringLiteral("id"), added.event.id},
            {QStringLiteral("kind"), added.event.kind},
            {QStringLiteral("label"), added.event.label},
            {QStringLiteral("date"), intervalToJson(added.event.date)},
            {QStringLiteral("mentions"), mentions}};
}

AddedEvent addedEventFromJson(const QJsonObject &o)
{
    AddedEvent added;
    added.key = o.value(QStringLiteral("key")).toString();
    added.articleId = o.value(QStringLiteral("article")).toString();
    added.event.id = o.value(QStringLiteral("id")).toString();
    added.event.kind = o.value(QStringLiteral("kind")).toString();
    added.event.label = o.value(QStringLiteral("label")).toString();
    added.event.date = intervalFromJson(o.value(QStringLiteral("date")));
    for (const QJsonValue &v : o.value(QStringLiteral("mentions")).toArray()) {
        EventMention m;
        m.span = spanFromJson(v.toObject().value(QStringLiteral("span")));
        m.date = intervalFromJson(v.toObject().value(QStringLiteral("date")));
        added.event.mentions.append(m);
    }
    return added;
}

QJsonObject eventEditToJson(const EventEdit &edit)
{
    QJsonObject o{{QStringLiteral("edit"), edit.kind == EventEdit::Kind::Split ? QStringLiteral("split") : QStringLiteral("merge")},
                  {QStringLiteral("event"), edit.eventKey}};
    if (edit.kind == EventEdit::Kind::Merge)
        o.insert(QStringLiteral("other"), edit.otherKey);
    else
        o.insert(QStringLiteral("mentions"), QJsonArray::fromStringList(edit.mentionKeys));
    return o;
}

std::optional<EventEdit> eventEditFromJson(const QJsonObject &o)
{
    EventEdit edit;
    const QString kind = o.value(QStringLiteral("edit")).toString();
    if (kind != u"split" && kind != u"merge")
        return std::nullopt;
    edit.kind = kind == u"split" ? EventEdit::Kind::Split : EventEdit::Kind::Merge;
    edit.eventKey = o.value(QStringLiteral("event")).toString();
    edit.otherKey = o.value(QStringLiteral("other")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("mentions")).toArray())
        edit.mentionKeys.append(v.toString());
    return edit;
}

} // namespace claimline
