#include "TimelineCorpus.h"

#include <QRandomGenerator>
#include <array>

namespace claimline::test {

namespace {

constexpr std::array kClaimants{"UN OCHA", "Ministry of Health", "Red Cross", "Army spokesman", "Regional governor",
                                "Human Rights Watch", "World Food Programme", "Local officials", "Defence ministry",
                                "Independent monitors"};
constexpr std::array kOutlets{"Reuters", "Associated Press", "BBC News", "Al Jazeera", "TASS", "Kyiv Independent"};
constexpr std::array kTopics{"casualties", "displacement", "aid", "damage", "economy"};
constexpr std::array kMeasures{"killed_or_wounded", "displaced", "aid_trucks", "buildings_destroyed", "gdp_change"};
constexpr std::array kEvents{"Ceasefire talks in Doha", "Aid convoy reaches border", "Dam breach reported",
                             "Foreign minister visits", "UN report released", "Prisoner exchange"};

QString latin(const char *s)
{
    return QString::fromUtf8(s);
}

// Appends one article of `sentences` to the corpus and returns the sentences' spans.
QList<TextSpan> addArticle(Corpus &corpus, const QString &outlet, const QStringList &sentences)
{
    Document doc;
    doc.id = QStringLiteral("doc-%1").arg(corpus.documents.size(), 12, 10, QLatin1Char('0'));
    doc.fileName = doc.id + QStringLiteral(".txt");
    doc.path = doc.fileName;
    QList<TextSpan> spans;
    for (const QString &s : sentences) {
        spans.append({doc.text.size(), doc.text.size() + s.size()});
        doc.text += s + QLatin1Char(' ');
    }
    Article article;
    article.id = doc.id + QStringLiteral("-a");
    article.documentIndex = int(corpus.documents.size());
    article.span = {0, doc.text.size()};
    article.outlet = outlet;
    article.title = QStringLiteral("Report %1").arg(corpus.articles.size());
    corpus.documents.append(doc);
    corpus.articles.append(article);
    return spans;
}

DayInterval randomInterval(QRandomGenerator &rng, const SyntheticSpec &spec, QDate day)
{
    if (rng.generateDouble() >= spec.intervalShare)
        return DayInterval::day(day);
    switch (rng.bounded(4)) {
    case 0:
        return DayInterval::month(day.year(), day.month());
    case 1: { // a season: "fall 2024"
        const int start = ((day.month() - 1) / 3) * 3 + 1;
        const QDate first(day.year(), start, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case 2: // "early 2025"
        return {QDate(day.year(), 1, 1), QDate(day.year(), 4, 30)};
    default: // "last week"
        return {day, day.addDays(6)};
    }
}

} // namespace

Corpus syntheticCorpus(const SyntheticSpec &spec)
{
    Corpus corpus;
    QRandomGenerator rng(spec.seed);
    const int total = spec.claims + spec.undated;
    const int perArticle = 50;
    for (int done = 0; done < total; done += perArticle) {
        const int n = std::min(perArticle, total - done);
        const QString outlet = latin(kOutlets[rng.bounded(int(kOutlets.size()))]);
        QStringList sentences;
        QList<Claim> claims;
        for (int k = 0; k < n; ++k) {
            Claim c;
            const int t = rng.bounded(int(kTopics.size()));
            c.topic = latin(kTopics[t]);
            c.measure = latin(kMeasures[t]);
            c.claimant = latin(kClaimants[rng.bounded(std::min<int>(spec.claimants, int(kClaimants.size())))]);
            c.attributed = true;
            c.unit = t == 4 ? QStringLiteral("percent") : QStringLiteral("count");
            c.low = t == 4 ? rng.bounded(1, 12) : 10 * rng.bounded(1, 900);
            switch (rng.bounded(5)) {
            case 0:
                c.qualifier = Qualifier::Approx;
                break;
            case 1:
                c.qualifier = Qualifier::AtLeast;
                break;
            case 2:
                c.qualifier = Qualifier::Range;
                c.high = c.low * 1.2;
                break;
            default:
                break;
            }
            const QDate day = spec.from.addDays(rng.bounded(std::max(1, spec.days)));
            if (done + k < spec.claims)
                c.asOf = randomInterval(rng, spec, day);
            c.subject = c.measure;
            sentences << QStringLiteral("%1 said %2 figures reached %3 by then.").arg(c.claimant, c.topic).arg(c.low);
            claims << c;
        }
        const QList<TextSpan> spans = addArticle(corpus, outlet, sentences);
        for (int k = 0; k < n; ++k) {
            Claim c = claims.at(k);
            c.id = QStringLiteral("claim-%1").arg(corpus.claims.size());
            c.documentIndex = int(corpus.documents.size() - 1);
            c.articleIndex = int(corpus.articles.size() - 1);
            c.quoteSpan = c.figureSpan = spans.at(k);
            corpus.claims.append(c);
        }
    }
    for (int i = 0; i < spec.events; ++i) {
        const QString label = latin(kEvents[size_t(i) % kEvents.size()]);
        const QList<TextSpan> spans = addArticle(corpus, latin(kOutlets[size_t(i) % kOutlets.size()]),
                                                 {label + QStringLiteral(", officials said.")});
        Event e;
        e.id = QStringLiteral("event-%1").arg(i);
        e.kind = QStringLiteral("meeting");
        e.label = label;
        e.date = DayInterval::day(spec.from.addDays(rng.bounded(std::max(1, spec.days))));
        e.mentions.append({int(corpus.documents.size() - 1), int(corpus.articles.size() - 1), spans.first(), e.date});
        corpus.events.append(e);
    }
    return corpus;
}

Corpus plannedCorpus(const QList<PlannedClaim> &planned, const QList<DayInterval> &events)
{
    Corpus corpus;
    QStringList sentences;
    for (const PlannedClaim &p : planned)
        sentences << QStringLiteral("%1 reported %2 %3.").arg(p.claimant).arg(p.low).arg(p.topic);
    for (int i = 0; i < events.size(); ++i)
        sentences << QStringLiteral("Event %1 happened.").arg(i);
    const QList<TextSpan> spans = addArticle(corpus, QStringLiteral("Reuters"), sentences);
    for (int i = 0; i < planned.size(); ++i) {
        const PlannedClaim &p = planned.at(i);
        Claim c;
        c.id = QStringLiteral("claim-%1").arg(i);
        c.documentIndex = 0;
        c.articleIndex = 0;
        c.quoteSpan = c.figureSpan = spans.at(i);
        c.topic = p.topic;
        c.measure = QStringLiteral("killed_or_wounded");
        c.low = p.low;
        c.unit = QStringLiteral("count");
        c.claimant = p.claimant;
        c.asOf = p.asOf;
        corpus.claims.append(c);
    }
    for (int i = 0; i < events.size(); ++i) {
        Event e;
        e.id = QStringLiteral("event-%1").arg(i);
        e.kind = QStringLiteral("meeting");
        e.label = QStringLiteral("Event %1").arg(i);
        e.date = events.at(i);
        e.mentions.append({0, 0, spans.at(planned.size() + i), e.date});
        corpus.events.append(e);
    }
    return corpus;
}

} // namespace claimline::test
