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

// Three reports of one day. Kyiv Independent (article 0) and TASS (article 1) share a
// paragraph word for word, agree on the troops, disagree on casualties and drones; TASS alone
// gives shells; Reuters (article 2) has one more casualty figure.
// Claims: 0 K casualties 1,000 · 1 K drones 40 · 2 K troops 6,000 · 3 T casualties 1,200 ·
// 4 T troops 6,000 · 5 T drones 45 · 6 T shells 500 · 7 R casualties 1,100.
inline const QString &sharedParagraph()
{
    static const QString p = QStringLiteral(
        "The agreement was signed in Pyongyang after talks that lasted well into the night, according to "
        "state media reports seen by reporters.");
    return p;
}

inline Corpus reviewCorpus()
{
    CorpusBuilder b;
    const QString filler = QStringLiteral("\n\nResidents described a quiet morning. Shops opened late and buses ran "
                                          "on a reduced timetable while crews cleared debris from the main road.");
    const int k = b.addArticle(QStringLiteral("Kyiv Independent"), day(10), QStringLiteral("Losses and a deployment"),
        QStringLiteral("Ukraine's General Staff said 1,000 Russian soldiers were killed or wounded on June 9.\n\n")
            + sharedParagraph() + filler + filler
            + QStringLiteral("\n\nAir defence units shot down 40 drones overnight, the air force said.") + filler + filler
            + QStringLiteral("\n\nOfficials said 6,000 troops would be sent to Kursk.") + filler);
    const int t = b.addArticle(QStringLiteral("TASS"), day(10), QStringLiteral("Ministry rejects Kyiv figures"),
        QStringLiteral("The ministry said only 1,200 soldiers were killed or wounded on June 9.\n\n") + sharedParagraph()
            + QStringLiteral("\n\nThe ministry said 6,000 troops would be sent to Kursk.") + filler
            + QStringLiteral("\n\nAir defence units destroyed 45 drones overnight, the ministry said.") + filler
            + QStringLiteral("\n\nIt also said 500 shells were delivered."));
    const int r = b.addArticle(QStringLiteral("Reuters"), day(12), QStringLiteral("Claims unverified"),
        QStringLiteral("Reuters could not verify claims that 1,100 soldiers were killed or wounded on June 9."));
    const QString cas = QStringLiteral("casualties"), kw = QStringLiteral("killed_or_wounded");
    const QString drones = QStringLiteral("drones"), down = QStringLiteral("shot_down");
    const QString troops = QStringLiteral("troops"), sent = QStringLiteral("deployed");
    const QString staff = QStringLiteral("General Staff of Ukraine"), mod = QStringLiteral("Russian Ministry of Defence");
    const DayInterval d9 = DayInterval::day(day(9)), d10 = DayInterval::day(day(10));
    const int k0 = b.addClaim(k, QStringLiteral("Ukraine's General Staff said 1,000 Russian soldiers were killed or wounded on June 9."),
                              QStringLiteral("1,000"), cas, kw, 1000, std::nullopt, Qualifier::Exact, staff, d9);
    const int k1 = b.addClaim(k, QStringLiteral("Air defence units shot down 40 drones overnight, the air force said."),
                              QStringLiteral("40"), drones, down, 40, std::nullopt, Qualifier::Exact, staff, d10);
    const int k2 = b.addClaim(k, QStringLiteral("Officials said 6,000 troops would be sent to Kursk."), QStringLiteral("6,000"),
                              troops, sent, 6000, std::nullopt, Qualifier::Exact, staff, d10);
    const int t0 = b.addClaim(t, QStringLiteral("The ministry said only 1,200 soldiers were killed or wounded on June 9."),
                              QStringLiteral("1,200"), cas, kw, 1200, std::nullopt, Qualifier::Exact, mod, d9);
    const int t1 = b.addClaim(t, QStringLiteral("The ministry said 6,000 troops would be sent to Kursk."), QStringLiteral("6,000"),
                              troops, sent, 6000, std::nullopt, Qualifier::Exact, mod, d10);
    const int t2 = b.addClaim(t, QStringLiteral("Air defence units destroyed 45 drones overnight, the ministry said."),
                              QStringLiteral("45"), drones, down, 45, std::nullopt, Qualifier::Exact, mod, d10);
    b.addClaim(t, QStringLiteral("It also said 500 shells were delivered."), QStringLiteral("500"), QStringLiteral("munitions"),
               QStringLiteral("delivered"), 500, std::nullopt, Qualifier::Exact, mod, d10);
    const int r0 = b.addClaim(r, QStringLiteral("Reuters could not verify claims that 1,100 soldiers were killed or wounded on June 9."),
                              QStringLiteral("1,100"), cas, kw, 1100, std::nullopt, Qualifier::Exact, QStringLiteral("Reuters"), d9);
    b.group({k0, t0, r0}, true);
    b.group({k2, t1}, false);
    b.group({k1, t2}, true);
    return b.corpus;
}

} // namespace claimline::testing
