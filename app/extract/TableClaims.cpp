#include "TableClaims.h"

#include "ClaimantLexicon.h"
#include "Lexicon.h"
#include "TableCells.h"
#include "dates/TemporalTagger.h"

#include <QJsonArray>

namespace claimline {

namespace {

struct TableLexicon
{
    QStringList sourceLabels; // lower case
    QStringList sourceHeads;  // lower case
    struct Series
    {
        QString publisher;
        QStringList titles;
    };
    QList<Series> series;

    static const TableLexicon &instance()
    {
        static const TableLexicon lexicon;
        return lexicon;
    }

private:
    TableLexicon()
    {
        const QJsonObject lex = loadLexicon(QStringLiteral("tables"));
        const auto strings = [](const QJsonValue &list) {
            QStringList out;
            for (const QJsonValue &v : list.toArray())
                out.append(v.toString().toLower());
            return out;
        };
        sourceLabels = strings(lex.value(u"sourceLabels"));
        // Longest first: "data source" before "data".
        std::sort(sourceLabels.begin(), sourceLabels.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        sourceHeads = strings(lex.value(u"sourceHeads"));
        for (const QJsonValue &v : lex.value(u"reportSeries").toArray()) {
            Series s{v.toObject().value(u"publisher").toString(), {}};
            for (const QJsonValue &t : v.toObject().value(u"titles").toArray())
                s.titles.append(t.toString());
            series.append(s);
        }
    }
};

QStringView viewOf(QStringView text, TextSpan span) { return text.mid(span.start, span.length()); }

// "India (Indian government)" → "Indian government"; "" when the label's brackets name no
// source ("Sagaing (north-west)") or it has none.
QStringView sourceInLabel(QStringView label)
{
    const qsizetype open = label.lastIndexOf(u'(');
    if (open < 0 || !label.endsWith(u')'))
        return {};
    const QStringView inside = label.mid(open + 1, label.size() - open - 2).trimmed();
    const qsizetype space = inside.lastIndexOf(u' ');
    const QString lastWord = inside.mid(space + 1).toString().toLower();
    return TableLexicon::instance().sourceHeads.contains(lastWord) ? inside : QStringView();
}

// The days the dates of `span` cover together ("1 April - 30 June 2025"); invalid when none.
DayInterval datesIn(const TemporalTagger &tagger, QStringView text, TextSpan span, QDate published)
{
    DayInterval all;
    if (span.isEmpty())
        return all;
    for (const TemporalMention &m : tagger.tag(text, span, published))
        if (m.role != TemporalMention::Role::Duration && m.interval.isValid())
            all = all.isValid() ? all.united(m.interval) : m.interval;
    return all;
}

} // namespace

QString reportSeriesPublisher(QStringView title)
{
    for (const TableLexicon::Series &s : TableLexicon::instance().series)
        for (const QString &name : s.titles)
            if (title.contains(name, Qt::CaseInsensitive))
                return s.publisher;
    return {};
}

TableClaims::TableClaims(const TemporalTagger &tagger) : m_tagger(tagger) {}

bool TableClaims::frame(Claim &claim, const Attribution &who, const SentenceContext &row, TextSpan figure)
{
    const std::optional<TableCell> cell = tableCellAt(row.text, figure);
    if (!cell)
        return false;
    const TableFrame table = tableFrameAt(row.text, figure.start, TableLexicon::instance().sourceLabels);
    const QDate published = row.article ? row.article->published : QDate();
    m_last = {-1, row.span.start, false, claim.asOfFrom == AsOfSource::Text};

    if (!m_last.framedDates) {
        if (const DayInterval caption = datesIn(m_tagger, row.text, table.caption, published); caption.isValid()) {
            claim.asOf = caption;
            claim.asOfFrom = AsOfSource::Text;
            m_last.framedDates = true;
        } else if (const DayInterval source = datesIn(m_tagger, row.text, table.source, published); source.isValid()) {
            claim.asOf = source; // weaker than a statement the row repeats (finish())
            claim.asOfFrom = AsOfSource::Text;
        }
    }

    // A speaker found outside the row (the sentence before, a pronoun) did not say the row.
    const bool cueInRow = who.found() && who.cue.start >= row.span.start && who.cue.end <= row.span.end;
    const QStringView labelSource = sourceInLabel(cell->rowLabel);
    QString source;
    if (!labelSource.isEmpty())
        source = ClaimantLexicon::instance().canonicalName(labelSource);
    else if (!table.sourceName.isEmpty())
        source = ClaimantLexicon::instance().canonicalName(viewOf(row.text, table.sourceName));
    m_last.ownSource = cueInRow || !labelSource.isEmpty();
    if (cueInRow)
        return true;
    claim.via.clear();
    claim.attributed = !source.isEmpty();
    if (source.isEmpty() && row.article) {
        source = row.article->outlet;
        if (source.isEmpty())
            source = reportSeriesPublisher(row.article->title);
    }
    if (!source.isEmpty())
        claim.claimant = source;
    return true;
}

void TableClaims::kept(qsizetype index)
{
    m_last.index = index;
    m_kept.append(m_last);
    m_keptIndexes.insert(index);
}

void TableClaims::restates(qsizetype index)
{
    if (!m_keptIndexes.contains(index)) // a statement in the text, not another row
        m_rowStatement.insert(m_last.row, index);
}

void TableClaims::finish(QList<Claim> &claims) const
{
    for (const Framed &framed : m_kept) {
        const auto statement = m_rowStatement.constFind(framed.row);
        if (statement == m_rowStatement.cend())
            continue;
        const Claim &said = claims.at(*statement);
        Claim &claim = claims[framed.index];
        if (!framed.ownSource && said.attributed) {
            claim.claimant = said.claimant;
            claim.via = said.via;
            claim.attributed = true;
        }
        if (!framed.framedDates && said.asOfFrom == AsOfSource::Text) {
            claim.asOf = said.asOf;
            claim.asOfFrom = AsOfSource::Text;
        }
    }
}

} // namespace claimline
