#include "JsonExport.h"

#include "text/CodePointIndex.h"

#include <QJsonArray>
#include <QJsonValue>
#include <cmath>
#include <memory>
#include <vector>

namespace claimline {

namespace {

// QDate::toString(Qt::ISODate), written out for the years it formats (0–9999): every
// claim and mention carries two dates, and Qt's formatting showed in the export's profile.
QString isoDate(QDate d)
{
    const int y = d.year(), m = d.month(), day = d.day();
    if (y < 0 || y > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),   u'-',
                               char16_t(u'0' + m / 10),   char16_t(u'0' + m % 10), u'-',
                               char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QJsonValue dateValue(QDate d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue intervalValue(const DayInterval &iv)
{
    if (!iv.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonArray{isoDate(iv.first), isoDate(iv.last)};
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue number(double v)
{
    // Whole numbers print without a fraction; others keep two decimals of precision.
    if (v == double(qint64(v)))
        return QJsonValue(qint64(v));
    return QJsonValue(std::round(v * 100.0) / 100.0);
}

class Exporter
{
public:
    explicit Exporter(const Corpus &corpus) : m_corpus(corpus), m_indexes(size_t(corpus.documents.size())) {}

    QJsonObject span(int documentIndex, const TextSpan &s)
    {
        const CodePointIndex &index = indexOf(documentIndex);
        return {{QStringLiteral("start"), index.toCodePoint(s.start)},
                {QStringLiteral("end"), index.toCodePoint(s.end)}};
    }

    QJsonObject document(int d) const
    {
        const Document &doc = m_corpus.documents.at(d);
        QJsonArray diagnostics;
        for (const Diagnostic &diag : doc.diagnostics)
            diagnostics.append(diag.toString());
        return {{QStringLiteral("id"), doc.id},
                {QStringLiteral("file"), doc.fileName},
                {QStringLiteral("path"), doc.path},
                {QStringLiteral("format"), sourceFormatName(doc.format)},
                {QStringLiteral("encoding"), doc.encoding},
                {QStringLiteral("sha256"), QString::fromLatin1(doc.sha256)},
                {QStringLiteral("length"), indexOf(d).toCodePoint(doc.text.size())},
                {QStringLiteral("diagnostics"), diagnostics}};
    }

    QJsonObject article(int a)
    {
        const Article &art = m_corpus.articles.at(a);
        QJsonObject o = span(art.documentIndex, art.span);
        o.insert(QStringLiteral("id"), art.id);
        o.insert(QStringLiteral("file"), m_corpus.documents.at(art.documentIndex).fileName);
        o.insert(QStringLiteral("title"), stringOrNull(art.title));
        o.insert(QStringLiteral("title_quote"),
                 art.titleSpan.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(m_corpus.textOf(art.documentIndex, art.titleSpan).toString()));
        o.insert(QStringLiteral("outlet"), stringOrNull(art.outlet));
        o.insert(QStringLiteral("published"), dateValue(art.published));
        o.insert(QStringLiteral("published_from"), dateProvenanceName(art.publishedFrom));
        if (!art.url.isEmpty())
            o.insert(QStringLiteral("url"), art.url);
        return o;
    }

    QJsonObject claim(int c)
    {
        const Claim &cl = m_corpus.claims.at(c);
        QJsonObject o = span(cl.documentIndex, cl.quoteSpan);
        const QJsonObject fig = span(cl.documentIndex, cl.figureSpan);
        o.insert(QStringLiteral("id"), cl.id);
        o.insert(QStringLiteral("file"), m_corpus.documents.at(cl.documentIndex).fileName);
        o.insert(QStringLiteral("article"), m_corpus.articles.at(cl.articleIndex).id);
        o.insert(QStringLiteral("quote"), m_corpus.quote(cl).toString());
        o.insert(QStringLiteral("figure"), m_corpus.textOf(cl.documentIndex, cl.figureSpan).toString());
        o.insert(QStringLiteral("figure_start"), fig.value(QStringLiteral("start")));
        o.insert(QStringLiteral("figure_end"), fig.value(QStringLiteral("end")));
        o.insert(QStringLiteral("topic"), cl.topic);
        o.insert(QStringLiteral("measure"), cl.measure);
        o.insert(QStringLiteral("low"), number(cl.low));
        o.insert(QStringLiteral("high"), cl.high ? number(*cl.high) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("qualifier"), qualifierName(cl.qualifier));
        o.insert(QStringLiteral("unit"), cl.unit);
        o.insert(QStringLiteral("claimant"), cl.claimant);
        o.insert(QStringLiteral("via"), QJsonArray::fromStringList(cl.via));
        o.insert(QStringLiteral("attributed"), cl.attributed);
        o.insert(QStringLiteral("outlet"), stringOrNull(m_corpus.outletOf(cl)));
        o.insert(QStringLiteral("as_of"), intervalValue(cl.asOf));
        o.insert(QStringLiteral("subject"), cl.subject);
        o.insert(QStringLiteral("group"),
                 cl.groupIndex >= 0 ? QJsonValue(m_corpus.groups.at(cl.groupIndex).id) : QJsonValue(QJsonValue::Null));
        return o;
    }

    QJsonObject event(int e)
    {
        const Event &ev = m_corpus.events.at(e);
        QJsonArray mentions;
        for (const EventMention &m : ev.mentions) {
            QJsonObject mo = span(m.documentIndex, m.span);
            mo.insert(QStringLiteral("file"), m_corpus.documents.at(m.documentIndex).fileName);
            mo.insert(QStringLiteral("article"), m_corpus.articles.at(m.articleIndex).id);
            mo.insert(QStringLiteral("quote"), m_corpus.quote(m).toString());
            mo.insert(QStringLiteral("date"), intervalValue(m.date));
            mentions.append(mo);
        }
        return {{QStringLiteral("id"), ev.id},
                {QStringLiteral("kind"), ev.kind},
                {QStringLiteral("label"), ev.label},
                {QStringLiteral("date"), intervalValue(ev.date)},
                {QStringLiteral("mentions"), mentions}};
    }

    QJsonObject group(int g) const
    {
        const ClaimGroup &gr = m_corpus.groups.at(g);
        QJsonArray members;
        for (int c : gr.claimIndexes)
            members.append(m_corpus.claims.at(c).id);
        return {{QStringLiteral("id"), gr.id},
                {QStringLiteral("topic"), gr.topic},
                {QStringLiteral("measure"), gr.measure},
                {QStringLiteral("label"), gr.label},
                {QStringLiteral("dates"), intervalValue(gr.dates)},
                {QStringLiteral("claims"), members},
                {QStringLiteral("min"), number(gr.minValue)},
                {QStringLiteral("max"), number(gr.maxValue)},
                {QStringLiteral("disagreeing"), gr.disagreeing}};
    }

private:
    const CodePointIndex &indexOf(int documentIndex) const
    {
        auto &slot = m_indexes[size_t(documentIndex)];
        if (!slot)
            slot = std::make_unique<CodePointIndex>(m_corpus.documents.at(documentIndex).text);
        return *slot;
    }

    const Corpus &m_corpus;
    mutable std::vector<std::unique_ptr<CodePointIndex>> m_indexes;
};

} // namespace

QJsonObject corpusToJson(const Corpus &corpus)
{
    Exporter ex(corpus);
    QJsonArray documents, articles, claims, events, groups, diagnostics;
    for (int i = 0; i < corpus.documents.size(); ++i)
        documents.append(ex.document(i));
    for (int i = 0; i < corpus.articles.size(); ++i)
        articles.append(ex.article(i));
    for (int i = 0; i < corpus.claims.size(); ++i)
        claims.append(ex.claim(i));
    for (int i = 0; i < corpus.events.size(); ++i)
        events.append(ex.event(i));
    for (int i = 0; i < corpus.groups.size(); ++i)
        groups.append(ex.group(i));
    for (const Diagnostic &d : corpus.diagnostics)
        diagnostics.append(d.toString());
    return {{QStringLiteral("schema"), QStringLiteral("claimline-extract/1")},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("articles"), articles},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("events"), events},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("diagnostics"), diagnostics}};
}

QJsonObject documentToJson(const Corpus &corpus, int documentIndex)
{
    Exporter ex(corpus);
    QJsonArray articles, claims, events;
    for (int i = 0; i < corpus.articles.size(); ++i)
        if (corpus.articles.at(i).documentIndex == documentIndex)
            articles.append(ex.article(i));
    for (int i = 0; i < corpus.claims.size(); ++i)
        if (corpus.claims.at(i).documentIndex == documentIndex) {
            // Where the date came from, for the reduce step: a shard dated by publication
            // may take another shard's date. (Whole-corpus JSON and projects do not carry it.)
            QJsonObject claim = ex.claim(i);
            claim.insert(QStringLiteral("as_of_from"), asOfSourceName(corpus.claims.at(i).asOfFrom));
            claims.append(claim);
        }
    for (int i = 0; i < corpus.events.size(); ++i)
        for (const EventMention &m : corpus.events.at(i).mentions)
            if (m.documentIndex == documentIndex) {
                events.append(ex.event(i));
                break;
            }
    return {{QStringLiteral("schema"), QStringLiteral("claimline-extract/1")},
            {QStringLiteral("document"), ex.document(documentIndex)},
            {QStringLiteral("articles"), articles},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("events"), events}};
}

} // namespace claimline
