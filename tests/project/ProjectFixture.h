#pragma once

// Test helpers for the project layer: a tiny deterministic extractor standing in for the
// pipeline (whose extractors may still be stubs), and a sample project built with it.

#include "pipeline/Pipeline.h"
#include "pipeline/JsonExport.h"
#include "project/ProjectData.h"
#include "project/ProjectJson.h"
#include "project/ProjectModel.h"

#include <QJsonArray>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace claimline::testing {

// One article per document; every number is a casualty claim quoted by its sentence;
// every sentence with "summit" is a meeting event (same-label events across documents merge).
inline Corpus fakeExtract(const QList<Pipeline::Buffer> &buffers)
{
    Corpus c;
    static const QRegularExpression number(QStringLiteral("\\d[\\d,]*"));
    static const QRegularExpression sentence(QStringLiteral("[^.]+\\.?"));
    int summit = -1;
    for (const Pipeline::Buffer &b : buffers) {
        Document d;
        d.path = b.path;
        d.fileName = b.path.section(u'/', -1);
        d.sha256 = QCryptographicHash::hash(b.bytes, QCryptographicHash::Sha256).toHex();
        d.id = QStringLiteral("doc-") + QString::fromLatin1(d.sha256.left(12));
        d.encoding = QStringLiteral("UTF-8");
        d.text = QString::fromUtf8(b.bytes);
        const int di = int(c.documents.size());
        c.documents.append(d);
        Article a;
        a.id = d.id + QStringLiteral("-a");
        a.documentIndex = di;
        a.span = {0, d.text.size()};
        a.title = d.fileName;
        a.outlet = QStringLiteral("Outlet %1").arg(di);
        a.published = QDate(2025, 6, 1 + di);
        a.publishedFrom = DateProvenance::Content;
        const int ai = int(c.articles.size());
        c.articles.append(a);
        for (auto s = sentence.globalMatch(d.text); s.hasNext();) {
            const auto sm = s.next();
            const TextSpan quote{sm.capturedStart(), sm.capturedEnd()};
            if (sm.captured().contains(QStringLiteral("summit"))) {
                const EventMention m{di, ai, quote, DayInterval::day(QDate(2025, 6, 4))};
                if (summit < 0) {
                    summit = int(c.events.size());
                    c.events.append({QStringLiteral("ev-%1").arg(c.events.size() + 1), QStringLiteral("meeting"),
                                     QStringLiteral("summit"), m.date, {}});
                }
                c.events[summit].mentions.append(m);
            }
            for (auto n = number.globalMatch(sm.captured()); n.hasNext();) {
                const auto nm = n.next();
                Claim cl;
                cl.documentIndex = di;
                cl.articleIndex = ai;
                cl.quoteSpan = quote;
                cl.figureSpan = {quote.start + nm.capturedStart(), quote.start + nm.capturedEnd()};
                cl.id = d.id + u'-' + QString::number(cl.figureSpan.start);
                cl.topic = QStringLiteral("casualties");
                cl.measure = QStringLiteral("killed");
                cl.low = QString(nm.captured()).remove(u',').toDouble();
                cl.unit = QStringLiteral("count");
                cl.claimant = sm.captured().contains(QStringLiteral("ministry")) ? QStringLiteral("Ministry")
                                                                                  : a.outlet;
                cl.attributed = cl.claimant != a.outlet;
                cl.asOf = DayInterval::day(a.published);
                c.claims.append(cl);
            }
        }
    }
    if (!c.claims.isEmpty()) { // one group of everything, to exercise the table
        ClaimGroup g{QStringLiteral("g-1"), QStringLiteral("casualties"), QStringLiteral("killed"),
                     QStringLiteral("casualties — killed"), {}, {}, 0, 0, false};
        g.minValue = g.maxValue = c.claims.first().low;
        for (int i = 0; i < c.claims.size(); ++i) {
            c.claims[i].groupIndex = 0;
            g.claimIndexes.append(i);
            g.dates = g.dates.isValid() ? g.dates.united(c.claims.at(i).asOf) : c.claims.at(i).asOf;
            g.minValue = qMin(g.minValue, c.claims.at(i).low);
            g.maxValue = qMax(g.maxValue, c.claims.at(i).low);
        }
        g.disagreeing = g.minValue != g.maxValue;
        c.groups.append(g);
    }
    return c;
}

inline QList<Pipeline::Buffer> sampleBuffers()
{
    return {{QStringLiteral("/news/one.txt"),
             QByteArrayLiteral("Officials said 3,800 people were killed. Later the ministry said 4,000 were killed. "
                               "The summit met on 4 June. Ünïcode 😀 text said 12 were hurt.")},
            {QStringLiteral("/news/two.txt"),
             QByteArrayLiteral("Reuters reported 3,800 killed. A second report repeated 3,800. The summit ended.")}};
}

inline ProjectData sampleData()
{
    ProjectData data;
    const QList<Pipeline::Buffer> buffers = sampleBuffers();
    data.extracted = fakeExtract(buffers);
    for (const Pipeline::Buffer &b : buffers)
        data.contents.append(b.bytes);
    return data;
}

// Everything a project holds, as one comparable JSON text.
inline QByteArray dump(const ProjectData &data)
{
    QJsonObject o = corpusToJson(data.extracted);
    QJsonArray texts, contents;
    for (const Document &d : data.extracted.documents)
        texts.append(d.text);
    for (const QByteArray &b : data.contents)
        contents.append(QString::fromLatin1(b.toBase64()));
    o.insert(QStringLiteral("texts"), texts);
    o.insert(QStringLiteral("contents"), contents);
    QJsonObject reviews;
    for (auto it = data.claimReviews.cbegin(); it != data.claimReviews.cend(); ++it)
        reviews.insert(QStringLiteral("claim ") + it.key(), reviewToJson(*it));
    for (auto it = data.eventReviews.cbegin(); it != data.eventReviews.cend(); ++it)
        reviews.insert(QStringLiteral("event ") + it.key(), reviewToJson(*it));
    o.insert(QStringLiteral("reviews"), reviews);
    QJsonArray added;
    for (const AddedClaim &a : data.addedClaims)
        added.append(addedClaimToJson(a));
    for (const AddedEvent &a : data.addedEvents)
        added.append(addedEventToJson(a));
    o.insert(QStringLiteral("added"), added);
    QJsonObject merges;
    for (auto it = data.claimantMerges.cbegin(); it != data.claimantMerges.cend(); ++it)
        merges.insert(it.key(), it.value());
    o.insert(QStringLiteral("merges"), merges);
    QJsonArray edits;
    for (const EventEdit &e : data.eventEdits)
        edits.append(eventEditToJson(e));
    o.insert(QStringLiteral("event_edits"), edits);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace claimline::testing
