#include "ProjectTables.h"

#include "ProjectJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace claimline {

namespace {

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

QJsonObject objectOf(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

std::optional<SourceFormat> formatFromName(const QString &name)
{
    for (SourceFormat f : {SourceFormat::PlainText, SourceFormat::Markdown, SourceFormat::Html})
        if (sourceFormatName(f) == name)
            return f;
    return std::nullopt;
}

DateProvenance provenanceFromName(const QString &name)
{
    for (DateProvenance p : {DateProvenance::Sidecar, DateProvenance::Dateline, DateProvenance::Content,
                             DateProvenance::Corpus, DateProvenance::Unknown})
        if (dateProvenanceName(p) == name)
            return p;
    return DateProvenance::Unknown;
}

QJsonArray diagnosticsToJson(const Diagnostics &ds)
{
    QJsonArray a;
    for (const Diagnostic &d : ds)
        a.append(QJsonObject{{QStringLiteral("severity"), int(d.severity)},
                             {QStringLiteral("file"), d.file},
                             {QStringLiteral("offset"), d.byteOffset},
                             {QStringLiteral("message"), d.message}});
    return a;
}

Diagnostics diagnosticsFromJson(const QJsonArray &a)
{
    Diagnostics ds;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        ds.append({Diagnostic::Severity(o.value(QStringLiteral("severity")).toInt()), o.value(QStringLiteral("file")).toString(),
                   o.value(QStringLiteral("offset")).toInteger(), o.value(QStringLiteral("message")).toString()});
    }
    return ds;
}

// Binds values in order and executes; keeps the first error.
class Writer
{
public:
    Writer(QSqlDatabase &db, QString *error) : m_query(db), m_error(error) {}
    bool prepare(const QString &sql) { return m_query.prepare(sql) || fail(); }
    bool run(const QVariantList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        return m_query.exec() || fail();
    }

private:
    bool fail()
    {
        if (m_error)
            *m_error = m_query.lastError().text();
        return false;
    }
    QSqlQuery m_query;
    QString *m_error;
};

QString placeholders(int n)
{
    QStringList q;
    for (int i = 0; i < n; ++i)
        q.append(QStringLiteral("?"));
    return q.join(u',');
}

} // namespace

bool writeProjectTables(QSqlDatabase &db, const ProjectData &data, QString *error)
{
    Writer w(db, error);
    QSqlQuery clear(db);
    for (const char *table : {"mentions", "events", "claims", "claim_groups", "articles", "documents", "reviews",
                              "added_items", "claimant_merges", "event_edits"}) {
        if (!clear.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table))) {
            if (error)
                *error = clear.lastError().text();
            return false;
        }
    }
    const Corpus &c = data.extracted;
    if (!w.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"))
        || !w.run({QStringLiteral("corpus_diagnostics"), compact(diagnosticsToJson(c.diagnostics))}))
        return false;

    if (!w.prepare(QStringLiteral("INSERT INTO documents VALUES (%1)").arg(placeholders(10))))
        return false;
    for (qsizetype i = 0; i < c.documents.size(); ++i) {
        const Document &d = c.documents.at(i);
        const QByteArray content = data.contents.value(i);
        if (!w.run({i, d.id, d.fileName, d.path, sourceFormatName(d.format), d.encoding, QString::fromLatin1(d.sha256),
                    content.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(content), d.text,
                    compact(diagnosticsToJson(d.diagnostics))}))
            return false;
    }
    if (!w.prepare(QStringLiteral("INSERT INTO articles VALUES (%1)").arg(placeholders(12))))
        return false;
    for (qsizetype i = 0; i < c.articles.size(); ++i) {
        const Article &a = c.articles.at(i);
        if (!w.run({i, a.id, a.documentIndex, a.span.start, a.span.end, a.titleSpan.start, a.titleSpan.end, a.title,
                    a.outlet, a.url, dateOrNull(a.published), dateProvenanceName(a.publishedFrom)}))
            return false;
    }
    if (!w.prepare(QStringLiteral("INSERT INTO claim_groups VALUES (%1)").arg(placeholders(10))))
        return false;
    for (qsizetype i = 0; i < c.groups.size(); ++i) {
        const ClaimGroup &g = c.groups.at(i);
        if (!w.run({i, g.id, g.topic, g.measure, g.label, dateOrNull(g.dates.first), dateOrNull(g.dates.last), g.minValue,
                    g.maxValue, g.disagreeing}))
            return false;
    }
    if (!w.prepare(QStringLiteral("INSERT INTO claims VALUES (%1)").arg(placeholders(21))))
        return false;
    for (qsizetype i = 0; i < c.claims.size(); ++i) {
        const Claim &cl = c.claims.at(i);
        if (!w.run({i, cl.id, cl.documentIndex, cl.articleIndex, cl.quoteSpan.start, cl.quoteSpan.end, cl.figureSpan.start,
                    cl.figureSpan.end, cl.topic, cl.measure, cl.low,
                    cl.high ? QVariant(*cl.high) : QVariant(QMetaType::fromType<double>()), qualifierName(cl.qualifier),
                    cl.unit, cl.claimant, compact(QJsonArray::fromStringList(cl.via)), cl.attributed,
                    dateOrNull(cl.asOf.first), dateOrNull(cl.asOf.last), cl.subject,
                    cl.groupIndex >= 0 ? QVariant(cl.groupIndex) : QVariant(QMetaType::fromType<int>())}))
            return false;
    }
    if (!w.prepare(QStringLiteral("INSERT INTO events VALUES (%1)").arg(placeholders(6))))
        return false;
    for (qsizetype i = 0; i < c.events.size(); ++i) {
        const Event &e = c.events.at(i);
        if (!w.run({i, e.id, e.kind, e.label, dateOrNull(e.date.first), dateOrNull(e.date.last)}))
            return false;
    }
    if (!w.prepare(QStringLiteral("INSERT INTO mentions VALUES (%1)").arg(placeholders(8))))
        return false;
    for (qsizetype i = 0; i < c.events.size(); ++i) {
        const Event &e = c.events.at(i);
        for (qsizetype m = 0; m < e.mentions.size(); ++m) {
            const EventMention &em = e.mentions.at(m);
            if (!w.run({i, m, em.documentIndex, em.articleIndex, em.span.start, em.span.end, dateOrNull(em.date.first),
                        dateOrNull(em.date.last)}))
                return false;
        }
    }
    if (!w.prepare(QStringLiteral("INSERT INTO reviews (kind, key, state, note, tags, corrections) VALUES (?,?,?,?,?,?)")))
        return false;
    for (const auto &[kind, map] : {std::pair{QStringLiteral("claim"), &data.claimReviews},
                                    std::pair{QStringLiteral("event"), &data.eventReviews}}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            if (!w.run({kind, it.key(), reviewStateName(it->state), it->note, compact(QJsonArray::fromStringList(it->tags)),
                        compact(correctionsToJson(it->corrections))}))
                return false;
    }
    if (!w.prepare(QStringLiteral("INSERT INTO added_items (ord, kind, key, payload) VALUES (?,?,?,?)")))
        return false;
    int ord = 0;
    for (const AddedClaim &a : data.addedClaims)
        if (!w.run({ord++, QStringLiteral("claim"), a.key, compact(addedClaimToJson(a))}))
            return false;
    for (const AddedEvent &a : data.addedEvents)
        if (!w.run({ord++, QStringLiteral("event"), a.key, compact(addedEventToJson(a))}))
            return false;
    if (!w.prepare(QStringLiteral("INSERT INTO claimant_merges (merged, into_name) VALUES (?,?)")))
        return false;
    for (auto it = data.claimantMerges.cbegin(); it != data.claimantMerges.cend(); ++it)
        if (!w.run({it.key(), it.value()}))
            return false;
    if (!w.prepare(QStringLiteral("INSERT INTO event_edits (ord, payload) VALUES (?,?)")))
        return false;
    for (qsizetype i = 0; i < data.eventEdits.size(); ++i)
        if (!w.run({int(i), compact(eventEditToJson(data.eventEdits.at(i)))}))
            return false;
    return true;
}

std::optional<ProjectData> readProjectTables(QSqlDatabase &db, QString *error)
{
    ProjectData data;
    Corpus &c = data.extracted;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto select = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    };
    auto bad = [&](const QString &what) {
        if (error)
            *error = what;
        return std::nullopt;
    };

    if (!select(QStringLiteral("SELECT value FROM meta WHERE key = 'corpus_diagnostics'")))
        return std::nullopt;
    if (q.next())
        c.diagnostics = diagnosticsFromJson(arrayOf(q.value(0)));

    if (!select(QStringLiteral("SELECT idx, id, name, path, format, encoding, sha256, content, text, diagnostics"
                               " FROM documents ORDER BY idx")))
        return std::nullopt;
    while (q.next()) {
        if (q.value(0).toInt() != c.documents.size())
            return bad(QStringLiteral("document rows are not numbered 0…n-1"));
        Document d;
        d.id = q.value(1).toString();
        d.fileName = q.value(2).toString();
        d.path = q.value(3).toString();
        d.format = formatFromName(q.value(4).toString()).value_or(SourceFormat::PlainText);
        d.encoding = q.value(5).toString();
        d.sha256 = q.value(6).toString().toLatin1();
        data.contents.append(q.value(7).isNull() ? QByteArray() : q.value(7).toByteArray());
        d.text = q.value(8).toString();
        d.diagnostics = diagnosticsFromJson(arrayOf(q.value(9)));
        c.documents.append(d);
    }
    if (!select(QStringLiteral("SELECT idx, id, document, start, end, title_start, title_end, title, outlet, url,"
                               " published, published_from FROM articles ORDER BY idx")))
        return std::nullopt;
    while (q.next()) {
        if (q.value(0).toInt() != c.articles.size())
            return bad(QStringLiteral("article rows are not numbered 0…n-1"));
        Article a;
        a.id = q.value(1).toString();
        a.documentIndex = q.value(2).toInt();
        a.span = {q.value(3).toLongLong(), q.value(4).toLongLong()};
        a.titleSpan = {q.value(5).toLongLong(), q.value(6).toLongLong()};
        a.title = q.value(7).toString();
        a.outlet = q.value(8).toString();
        a.url = q.value(9).toString();
        a.published = dateOf(q.value(10));
        a.publishedFrom = provenanceFromName(q.value(11).toString());
        c.articles.append(a);
    }
    if (!select(QStringLiteral("SELECT idx, id, topic, measure, label, dates_first, dates_last, min, max, disagreeing"
                               " FROM claim_groups ORDER BY idx")))
        return std::nullopt;
    while (q.next()) {
        if (q.value(0).toInt() != c.groups.size())
            return bad(QStringLiteral("group rows are not numbered 0…n-1"));
        ClaimGroup g;
        g.id = q.value(1).toString();
        g.topic = q.value(2).toString();
        g.measure = q.value(3).toString();
        g.label = q.value(4).toString();
        g.dates = {dateOf(q.value(5)), dateOf(q.value(6))};
        g.minValue = q.value(7).toDouble();
        g.maxValue = q.value(8).toDouble();
        g.disagreeing = q.value(9).toBool();
        c.groups.append(g);
    }
    if (!select(QStringLiteral("SELECT idx, id, document, article, quote_start, quote_end, figure_start, figure_end,"
                               " topic, measure, low, high, qualifier, unit, claimant, via, attributed, as_of_first,"
                               " as_of_last, subject, group_idx FROM claims ORDER BY idx")))
        return std::nullopt;
    while (q.next()) {
        if (q.value(0).toInt() != c.claims.size())
            return bad(QStringLiteral("claim rows are not numbered 0…n-1"));
        Claim cl;
        cl.id = q.value(1).toString();
        cl.documentIndex = q.value(2).toInt();
        cl.articleIndex = q.value(3).toInt();
        cl.quoteSpan = {q.value(4).toLongLong(), q.value(5).toLongLong()};
        cl.figureSpan = {q.value(6).toLongLong(), q.value(7).toLongLong()};
        cl.topic = q.value(8).toString();
        cl.measure = q.value(9).toString();
        cl.low = q.value(10).toDouble();
        if (!q.value(11).isNull())
            cl.high = q.value(11).toDouble();
        cl.qualifier = qualifierFromName(q.value(12).toString()).value_or(Qualifier::Exact);
        cl.unit = q.value(13).toString();
        cl.claimant = q.value(14).toString();
        for (const QJsonValue &v : arrayOf(q.value(15)))
            cl.via.append(v.toString());
        cl.attributed = q.value(16).toBool();
        cl.asOf = {dateOf(q.value(17)), dateOf(q.value(18))};
        cl.subject = q.value(19).toString();
        cl.groupIndex = q.value(20).isNull() ? -1 : q.value(20).toInt();
        if (cl.articleIndex >= 0 && cl.articleIndex < c.articles.size()) // not stored: inferred
            cl.asOfFrom = inferredAsOfSource(cl.asOf, c.articles.at(cl.articleIndex).published);
        c.claims.append(cl);
    }
    for (qsizetype i = 0; i < c.claims.size(); ++i) // membership is derived, not stored twice
        if (c.claims.at(i).groupIndex >= 0 && c.claims.at(i).groupIndex < c.groups.size())
            c.groups[c.claims.at(i).groupIndex].claimIndexes.append(int(i));
    if (!select(QStringLiteral("SELECT idx, id, kind, label, date_first, date_last FROM events ORDER BY idx")))
        return std::nullopt;
    while (q.next()) {
        if (q.value(0).toInt() != c.events.size())
            return bad(QStringLiteral("event rows are not numbered 0…n-1"));
        Event e;
        e.id = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.label = q.value(3).toString();
        e.date = {dateOf(q.value(4)), dateOf(q.value(5))};
        c.events.append(e);
    }
    if (!select(QStringLiteral("SELECT event, document, article, start, end, date_first, date_last FROM mentions"
                               " ORDER BY event, ord")))
        return std::nullopt;
    while (q.next()) {
        const int e = q.value(0).toInt();
        if (e < 0 || e >= c.events.size())
            return bad(QStringLiteral("a mention points to a missing event"));
        c.events[e].mentions.append({q.value(1).toInt(), q.value(2).toInt(), {q.value(3).toLongLong(), q.value(4).toLongLong()},
                                     {dateOf(q.value(5)), dateOf(q.value(6))}});
    }
    if (!select(QStringLiteral("SELECT kind, key, state, note, tags, corrections FROM reviews")))
        return std::nullopt;
    while (q.next()) {
        ReviewRecord r;
        r.state = reviewStateFromName(q.value(2).toString()).value_or(ReviewState::Unreviewed);
        r.note = q.value(3).toString();
        for (const QJsonValue &v : arrayOf(q.value(4)))
            r.tags.append(v.toString());
        r.corrections = correctionsFromJson(objectOf(q.value(5)));
        (q.value(0).toString() == u"event" ? data.eventReviews : data.claimReviews).insert(q.value(1).toString(), r);
    }
    if (!select(QStringLiteral("SELECT kind, payload FROM added_items ORDER BY ord")))
        return std::nullopt;
    while (q.next()) {
        const QJsonObject payload = objectOf(q.value(1));
        if (q.value(0).toString() == u"event")
            data.addedEvents.append(addedEventFromJson(payload));
        else
            data.addedClaims.append(addedClaimFromJson(payload));
    }
    if (!select(QStringLiteral("SELECT merged, into_name FROM claimant_merges")))
        return std::nullopt;
    while (q.next())
        data.claimantMerges.insert(q.value(0).toString(), q.value(1).toString());
    // A read-only format-2 file is read as it is: it has no event edits.
    const bool hasEdits = db.tables().contains(QStringLiteral("event_edits"));
    if (hasEdits && !select(QStringLiteral("SELECT payload FROM event_edits ORDER BY ord")))
        return std::nullopt;
    while (hasEdits && q.next()) {
        const std::optional<EventEdit> edit = eventEditFromJson(objectOf(q.value(0)));
        if (!edit)
            return bad(QStringLiteral("an event edit of an unknown kind"));
        data.eventEdits.append(*edit);
    }

    if (QString problem = c.checkConsistency(); !problem.isEmpty())
        return bad(QStringLiteral("inconsistent project: ") + problem);
    return data;
}

} // namespace claimline
