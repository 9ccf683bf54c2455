#include "CorpusBuilder.h"

#include "common/ClaimText.h"

#include <QMap>
#include <algorithm>

namespace claimline::ui {

int CorpusBuilder::addDocument(const QString &fileName)
{
    Document doc;
    doc.fileName = fileName;
    doc.path = QStringLiteral("/corpus/") + fileName;
    doc.id = QStringLiteral("doc-%1").arg(m_corpus.documents.size() + 1);
    doc.encoding = QStringLiteral("UTF-8");
    m_corpus.documents.append(doc);
    return int(m_corpus.documents.size() - 1);
}

int CorpusBuilder::addArticle(int document, const QString &title, const QString &outlet, QDate published)
{
    Document &doc = m_corpus.documents[document];
    if (!doc.text.isEmpty())
        doc.text += u'\n';
    Article article;
    article.documentIndex = document;
    article.id = doc.id + u'-' + QChar(u'a' + int(std::count_if(m_corpus.articles.cbegin(), m_corpus.articles.cend(),
                                                              [&](const Article &a) { return a.documentIndex == document; })));
    article.title = title;
    article.outlet = outlet;
    article.published = published;
    article.publishedFrom = published.isValid() ? DateProvenance::Dateline : DateProvenance::Unknown;
    article.span = {doc.text.size(), doc.text.size()};
    article.titleSpan = {doc.text.size(), doc.text.size() + title.size()};
    doc.text += title + u'\n';
    article.span.end = doc.text.size();
    m_corpus.articles.append(article);
    return int(m_corpus.articles.size() - 1);
}

void CorpusBuilder::addSentence(int article, const QString &sentence)
{
    Article &a = m_corpus.articles[article];
    QString &text = m_corpus.documents[a.documentIndex].text;
    Q_ASSERT(a.span.end == text.size()); // only the last article of a document grows
    text += sentence + u' ';
    a.span.end = text.size();
}

int CorpusBuilder::addClaim(int article, const ClaimSpec &spec)
{
    const Article &a = m_corpus.articles.at(article);
    const qsizetype start = m_corpus.documents.at(a.documentIndex).text.size();
    addSentence(article, spec.sentence);
    const qsizetype figureAt = spec.sentence.indexOf(spec.figure);
    Q_ASSERT(figureAt >= 0);
    Claim c;
    c.documentIndex = a.documentIndex;
    c.articleIndex = article;
    c.id = QStringLiteral("%1-%2").arg(m_corpus.documents.at(a.documentIndex).id).arg(start + figureAt);
    c.quoteSpan = {start, start + spec.sentence.size()};
    c.figureSpan = {start + figureAt, start + figureAt + spec.figure.size()};
    c.topic = spec.topic;
    c.measure = spec.measure;
    c.low = spec.low;
    c.high = spec.high;
    c.qualifier = spec.high ? Qualifier::Range : spec.qualifier;
    c.unit = QStringLiteral("count");
    c.attributed = !spec.claimant.isEmpty();
    c.claimant = spec.claimant.isEmpty() ? a.outlet : spec.claimant;
    c.via = spec.via;
    c.asOf = spec.asOf;
    c.subject = spec.subject;
    m_corpus.claims.append(c);
    return int(m_corpus.claims.size() - 1);
}

int CorpusBuilder::addEvent(const QString &kind, const QString &label, DayInterval date,
                            const QList<QPair<int, QString>> &articleSentences)
{
    Event e;
    e.id = QStringLiteral("ev-%1").arg(m_corpus.events.size() + 1);
    e.kind = kind;
    e.label = label;
    e.date = date;
    for (const auto &[article, sentence] : articleSentences) {
        const Article &a = m_corpus.articles.at(article);
        const qsizetype start = m_corpus.documents.at(a.documentIndex).text.size();
        addSentence(article, sentence);
        e.mentions.append({a.documentIndex, article, {start, start + sentence.size()}, date});
    }
    m_corpus.events.append(e);
    return int(m_corpus.events.size() - 1);
}

void CorpusBuilder::addDiagnostic(const QString &file, const QString &message, Diagnostic::Severity severity,
                                  int document)
{
    Diagnostic d{severity, file, -1, message};
    if (document >= 0)
        m_corpus.documents[document].diagnostics.append(d);
    m_corpus.diagnostics.append(d);
}

Corpus CorpusBuilder::finish()
{
    m_corpus.groups.clear();
    QMap<QPair<QString, QString>, int> groupOf;
    for (qsizetype i = 0; i < m_corpus.claims.size(); ++i) {
        Claim &c = m_corpus.claims[i];
        const auto key = qMakePair(c.topic, c.measure);
        if (!groupOf.contains(key)) {
            ClaimGroup g;
            g.id = QStringLiteral("grp-%1").arg(m_corpus.groups.size() + 1);
            g.topic = c.topic;
            g.measure = c.measure;
            g.label = topicLabel(c.topic, c.measure);
            g.minValue = c.low;
            g.maxValue = c.high.value_or(c.low);
            groupOf.insert(key, int(m_corpus.groups.size()));
            m_corpus.groups.append(g);
        }
        ClaimGroup &g = m_corpus.groups[groupOf.value(key)];
        c.groupIndex = groupOf.value(key);
        g.claimIndexes.append(int(i));
        g.dates = g.dates.isValid() ? (c.asOf.isValid() ? g.dates.united(c.asOf) : g.dates) : c.asOf;
        g.minValue = std::min(g.minValue, c.low);
        g.maxValue = std::max(g.maxValue, c.high.value_or(c.low));
    }
    for (ClaimGroup &g : m_corpus.groups) {
        double lowestHigh = 0, highestLow = 0;
        bool first = true;
        for (int ci : g.claimIndexes) {
            const ValueBounds b = valueBounds(m_corpus.claims.at(ci));
            lowestHigh = first ? b.high : std::min(lowestHigh, b.high);
            highestLow = first ? b.low : std::max(highestLow, b.low);
            first = false;
        }
        g.disagreeing = g.claimIndexes.size() > 1 && highestLow > lowestHigh;
    }
    return m_corpus;
}

} // namespace claimline::ui
