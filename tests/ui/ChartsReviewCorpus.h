#pragma once
// A small synthetic corpus for the chart and review tests, built in code with consistent
// indexes: every span is found in its document text, every group lists its claims.

#include "model/Corpus.h"

#include <QTest>
#include <optional>

namespace claimline::testing {

class CorpusBuilder
{
public:
    // One document holding one article: the title line, a blank line, then the body.
    int addArticle(const QString &outlet, QDate published, const QString &title, const QString &body)
    {
        Document doc;
        doc.id = QStringLiteral("doc-%1").arg(corpus.documents.size());
        doc.path = doc.fileName = doc.id + QStringLiteral(".txt");
        doc.text = title + QStringLiteral("\n\n") + body;
        corpus.documents.append(doc);
        Article a;
        a.id = doc.id + QStringLiteral("-a");
        a.documentIndex = int(corpus.documents.size() - 1);
        a.span = {0, doc.text.size()};
        a.titleSpan = {0, title.size()};
        a.title = title;
        a.outlet = outlet;
        a.published = published;
        a.publishedFrom = published.isValid() ? DateProvenance::Sidecar : DateProvenance::Unknown;
        corpus.articles.append(a);
        return int(corpus.articles.size() - 1);
    }

    // The quote and the figure are located in the article text (the figure inside the quote).
    int addClaim(int article, const QString &quote, const QString &figure, const QString &topic,
                 const QString &measure, double low, std::optional<double> high, Qualifier qualifier,
                 const QString &claimant, DayInterval asOf)
    {
        const Article &a = corpus.articles.at(article);
        const QString &text = corpus.documents.at(a.documentIndex).text;
        const qsizetype q = text.indexOf(quote);
        const qsizetype f = text.indexOf(figure, q);
        if (q < 0 || f < 0 || f + figure.size() > q + quote.size())
            qFatal("test corpus: quote or figure not found");
        Claim c;
        c.id = QStringLiteral("%1-%2").arg(corpus.documents.at(a.documentIndex).id).arg(f);
        c.documentIndex = a.documentIndex;
        c.articleIndex = article;
        c.quoteSpan = {q, q + quote.size()};
        c.figureSpan = {f, f + figure.size()};
        c.topic = topic;
        c.measure = measure;
        c.low = low;
        c.high = high;
        c.qualifier = qualifier;
        c.unit = QStringLiteral("count");
        c.claimant = claimant;
        c.attributed = claimant != a.outlet;
        c.asOf = asOf;
        corpus.claims.append(c);
        return int(corpus.claims.size() - 1);
    }

    int group(const QList<int> &claims, bool disagreeing)
    {
        ClaimGroup g;
        g.id = QStringLiteral("g%1").arg(corpus.groups.size());
        const Claim &first = corpus.claims.at(claims.first());
        g.topic = first.topic;
        g.measure = first.measure;
        g.label = first.topic + QStringLiteral(" — ") + first.measure;
        g.claimIndexes = claims;
        g.disagreeing = disagreeing;
        const int index = int(corpus.groups.size());
        for (int c : claims) {
            corpus.claims[c].groupIndex = index;
            g.dates = g.dates.isValid() ? g.dates.united(corpus.claims[c].asOf) : corpus.claims[c].asOf;
        }
        corpus.groups.append(g);
        return index;
    }

    Corpus corpus;
};

inline QDate day(int d) { return QDate(2025, 6, d); }

} // namespace claimline::testing
