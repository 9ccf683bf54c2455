#include "JsonImport.h"

#include "ProjectJson.h"
#include "pipeline/DocumentReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace claimline {

namespace {

// Code point offset → UTF-16 offset for one text.
class Utf16Index
{
public:
    explicit Utf16Index(const QString &text)
    {
        m_offsets.reserve(text.size() + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_offsets.append(i);
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
        }
        m_offsets.append(text.size());
    }
    qsizetype at(qint64 codePoint) const
    {
        return m_offsets.value(qBound<qint64>(0, codePoint, m_offsets.size() - 1));
    }
    TextSpan span(const QJsonObject &o, const char *start = "start", const char *end = "end") const
    {
        return {at(o.value(QLatin1String(start)).toInteger()), at(o.value(QLatin1String(end)).toInteger())};
    }

private:
    QList<qsizetype> m_offsets;
};

SourceFormat formatFromName(const QString &name)
{
    if (name == u"html")
        return SourceFormat::Html;
    if (name == u"markdown")
        return SourceFormat::Markdown;
    return SourceFormat::PlainText;
}

DateProvenance provenanceFromName(const QString &name)
{
    for (DateProvenance p : {DateProvenance::Sidecar, DateProvenance::Dateline, DateProvenance::Content,
                             DateProvenance::Corpus})
        if (dateProvenanceName(p) == name)
            return p;
    return DateProvenance::Unknown;
}

// Blanks with every quote written at its code point offsets.
QString rebuildText(const QJsonObject &line, qint64 length)
{
    QList<char32_t> cps(qMax<qint64>(0, qMin<qint64>(length, 256ll * 1024 * 1024)), U' ');
    auto place = [&cps](const QJsonObject &o, const QString &quoteKey) {
        const QList<uint> text = o.value(quoteKey).toString().toUcs4();
        const qint64 start = o.value(QStringLiteral("start")).toInteger();
        for (qsizetype i = 0; i < text.size() && start + i < cps.size(); ++i)
            if (start + i >= 0)
                cps[start + i] = char32_t(text.at(i));
    };
    for (const QJsonValue &c : line.value(QStringLiteral("claims")).toArray())
        place(c.toObject(), QStringLiteral("quote"));
    // Events carry all their mentions, other documents' too: place only this one's.
    const QString file = line.value(QStringLiteral("document")).toObject().value(QStringLiteral("file")).toString();
    for (const QJsonValue &e : line.value(QStringLiteral("events")).toArray())
        for (const QJsonValue &m : e.toObject().value(QStringLiteral("mentions")).toArray())
            if (m.toObject().value(QStringLiteral("file")).toString() == file)
                place(m.toObject(), QStringLiteral("quote"));
    return QString::fromUcs4(cps.constData(), cps.size());
}

} // namespace

std::optional<JsonLinesImport> importJsonLines(const QString &file, Diagnostics &diagnostics)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        diagnostics.append({Diagnostic::Severity::Error, file, -1, QStringLiteral("cannot read: %1").arg(in.errorString())});
        return std::nullopt;
    }
    JsonLinesImport out;
    Corpus &corpus = out.corpus;
    QHash<QString, int> eventById;
    QHash<QString, int> articleById;
    QList<QPair<int, QJsonObject>> pendingMentions; // resolved once every line is read
    QHash<QString, int> documentByFile;
    QSet<QString> seenMentions;
    int lineNumber = 0;
    while (!in.atEnd()) {
        const qint64 offset = in.pos();
        const QByteArray raw = in.readLine().trimmed();
        ++lineNumber;
        if (raw.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject line = QJsonDocument::fromJson(raw, &parseError).object();
        if (parseError.error != QJsonParseError::NoError
            || line.value(QStringLiteral("schema")).toString() != u"claimline-extract/1"
            || !line.value(QStringLiteral("document")).isObject()) {
            diagnostics.append({Diagnostic::Severity::Error, file, offset,
                                QStringLiteral("line %1 is not a claimline-extract/1 document; skipped").arg(lineNumber)});
            continue;
        }
        const QJsonObject d = line.value(QStringLiteral("document")).toObject();
        Document doc;
        doc.id = d.value(QStringLiteral("id")).toString();
        doc.fileName = d.value(QStringLiteral("file")).toString();
        doc.path = d.value(QStringLiteral("path")).toString();
        doc.format = formatFromName(d.value(QStringLiteral("format")).toString());
        doc.encoding = d.value(QStringLiteral("encoding")).toString();
        doc.sha256 = d.value(QStringLiteral("sha256")).toString().toLatin1();
        QByteArray content;
        QFile original(doc.path);
        if (original.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = original.readAll();
            Diagnostics ignored;
            if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == doc.sha256)
                if (const auto read = readDocumentFromBytes(doc.path, bytes, ignored)) {
                    doc.text = read->document.text;
                    content = bytes;
                }
        }
        if (content.isNull()) {
            doc.text = rebuildText(line, d.value(QStringLiteral("length")).toInteger());
            doc.diagnostics.append({Diagnostic::Severity::Warning, doc.path, -1,
                                    QStringLiteral("original file missing or changed; text rebuilt from the quotes only")});
            diagnostics += doc.diagnostics;
        }
        const int di = int(corpus.documents.size());
        const Utf16Index index(doc.text);
        corpus.documents.append(doc);
        out.contents.append(content);
        documentByFile.insert(doc.fileName, di);

        for (const QJsonValue &v : line.value(QStringLiteral("articles")).toArray()) {
            const QJsonObject a = v.toObject();
            Article art;
            art.id = a.value(QStringLiteral("id")).toString();
            art.documentIndex = di;
            art.span = index.span(a);
            art.title = a.value(QStringLiteral("title")).toString();
            const QString titleQuote = a.value(QStringLiteral("title_quote")).toString();
            if (!titleQuote.isEmpty()) { // the JSON gives the headline's text, not its place
                const qsizetype at = QStringView(doc.text).mid(art.span.start, art.span.length()).indexOf(titleQuote);
                if (at >= 0)
                    art.titleSpan = {art.span.start + at, art.span.start + at + titleQuote.size()};
            }
            art.outlet = a.value(QStringLiteral("outlet")).toString();
            art.url = a.value(QStringLiteral("url")).toString();
            art.published = QDate::fromString(a.value(QStringLiteral("published")).toString(), Qt::ISODate);
            art.publishedFrom = provenanceFromName(a.value(QStringLiteral("published_from")).toString());
            articleById.insert(art.id, int(corpus.articles.size()));
            corpus.articles.append(art);
        }
        for (const QJsonValue &v : line.value(QStringLiteral("claims")).toArray()) {
            const QJsonObject c = v.toObject();
            const int ai = articleById.value(c.value(QStringLiteral("article")).toString(), -1);
            if (ai < 0 || corpus.articles.at(ai).documentIndex != di) {
                diagnostics.append({Diagnostic::Severity::Warning, file, offset,
                                    QStringLiteral("line %1: claim %2 names an unknown article; skipped")
                                        .arg(lineNumber)
                                        .arg(c.value(QStringLiteral("id")).toString())});
                continue;
            }
            Claim cl;
            cl.id = c.value(QStringLiteral("id")).toString();
            cl.documentIndex = di;
            cl.articleIndex = ai;
            cl.quoteSpan = index.span(c);
            cl.figureSpan = index.span(c, "figure_start", "figure_end");
            cl.topic = c.value(QStringLiteral("topic")).toString();
            cl.measure = c.value(QStringLiteral("measure")).toString();
            cl.low = c.value(QStringLiteral("low")).toDouble();
            if (c.value(QStringLiteral("high")).isDouble())
                cl.high = c.value(QStringLiteral("high")).toDouble();
            cl.qualifier = qualifierFromName(c.value(QStringLiteral("qualifier")).toString()).value_or(Qualifier::Exact);
            cl.unit = c.value(QStringLiteral("unit")).toString();
            cl.claimant = c.value(QStringLiteral("claimant")).toString();
            for (const QJsonValue &via : c.value(QStringLiteral("via")).toArray())
                cl.via.append(via.toString());
            cl.attributed = c.value(QStringLiteral("attributed")).toBool();
            cl.asOf = intervalFromJson(c.value(QStringLiteral("as_of")));
            // Where the date came from: a shard dated by publication may take another's date
            // when the shards are joined.
            cl.asOfFrom = c.contains(QStringLiteral("as_of_from"))
                              ? asOfSourceFromName(c.value(QStringLiteral("as_of_from")).toString())
                              : inferredAsOfSource(cl.asOf, corpus.articles.at(ai).published);
            cl.subject = c.value(QStringLiteral("subject")).toString();
            if (cl.quoteSpan.isEmpty() || !corpus.articles.at(ai).span.contains(cl.quoteSpan)
                || (cl.high && *cl.high < cl.low)) {
                diagnostics.append({Diagnostic::Severity::Warning, file, offset,
                                    QStringLiteral("line %1: claim %2 has a bad span or range; skipped").arg(lineNumber).arg(cl.id)});
                continue;
            }
            corpus.claims.append(cl);
        }
        for (const QJsonValue &v : line.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString id = e.value(QStringLiteral("id")).toString();
            if (!eventById.contains(id)) {
                eventById.insert(id, int(corpus.events.size()));
                corpus.events.append({id, e.value(QStringLiteral("kind")).toString(), e.value(QStringLiteral("label")).toString(),
                                      intervalFromJson(e.value(QStringLiteral("date"))), {}});
            }
            for (const QJsonValue &m : e.value(QStringLiteral("mentions")).toArray())
                pendingMentions.append({eventById.value(id), m.toObject()});
        }
    }
    // Mentions point to documents by file name; those of other lines resolve now.
    for (const auto &[event, m] : std::as_const(pendingMentions)) {
        const int di = documentByFile.value(m.value(QStringLiteral("file")).toString(), -1);
        const int ai = articleById.value(m.value(QStringLiteral("article")).toString(), -1);
        if (di < 0 || ai < 0)
            continue; // its document was not in this file: the line for it will bring it
        const Utf16Index index(corpus.documents.at(di).text);
        const TextSpan span = index.span(m);
        const QString key = QStringLiteral("%1|%2|%3").arg(event).arg(di).arg(span.start);
        if (seenMentions.contains(key))
            continue;
        seenMentions.insert(key);
        corpus.events[event].mentions.append({di, ai, span, intervalFromJson(m.value(QStringLiteral("date")))});
    }
    corpus.events.removeIf([](const Event &e) { return e.mentions.isEmpty(); });
    corpus.diagnostics = diagnostics;
    return out;
}

void appendToProject(ProjectData &data, const JsonLinesImport &imported, Diagnostics &diagnostics)
{
    Corpus &into = data.extracted;
    const Corpus &from = imported.corpus;
    while (data.contents.size() < into.documents.size())
        data.contents.append(QByteArray());
    QHash<int, int> documentMap, articleMap;
    // Shards are appended one after another: a set keeps the duplicate test linear.
    QSet<std::pair<QByteArray, QString>> have;
    for (const Document &doc : std::as_const(into.documents))
        have.insert({doc.sha256, doc.path});
    for (qsizetype d = 0; d < from.documents.size(); ++d) {
        const Document &doc = from.documents.at(d);
        if (!have.contains({doc.sha256, doc.path})) {
            have.insert({doc.sha256, doc.path});
        } else {
            diagnostics.append({Diagnostic::Severity::Info, doc.path, -1, QStringLiteral("already in the project; skipped")});
            continue;
        }
        documentMap.insert(int(d), int(into.documents.size()));
        into.documents.append(doc);
        data.contents.append(imported.contents.value(d));
    }
    for (qsizetype a = 0; a < from.articles.size(); ++a) {
        Article art = from.articles.at(a);
        if (!documentMap.contains(art.documentIndex))
            continue;
        art.documentIndex = documentMap.value(art.documentIndex);
        articleMap.insert(int(a), int(into.articles.size()));
        into.articles.append(art);
    }
    for (Claim c : from.claims) {
        if (!articleMap.contains(c.articleIndex))
            continue;
        c.documentIndex = documentMap.value(c.documentIndex);
        c.articleIndex = articleMap.value(c.articleIndex);
        c.groupIndex = -1;
        into.claims.append(c);
    }
    for (Event e : from.events) {
        QList<EventMention> kept;
        for (EventMention m : std::as_const(e.mentions)) {
            if (!articleMap.contains(m.articleIndex))
                continue;
            m.documentIndex = documentMap.value(m.documentIndex);
            m.articleIndex = articleMap.value(m.articleIndex);
            kept.append(m);
        }
        if (kept.isEmpty())
            continue;
        e.mentions = kept;
        into.events.append(e);
    }
    into.diagnostics += from.diagnostics;
}

} // namespace claimline
