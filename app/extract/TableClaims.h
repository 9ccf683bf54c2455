#pragma once

#include "Attribution.h"
#include "SentenceContext.h"
#include "model/Claim.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace claimline {

class TemporalTagger;

// Claims read from the cells of a table (TableCells.h). A row is a label and figures: it
// rarely says when or by whom they were counted; the table's frame does. One instance per
// article, fed in text order:
// - dates: the row's own, else the caption's ("Table 1: …, 1-14 April 2025"), else those of a
//   statement in the text that the row repeats (the row "| Thailand | 15 | 14 | 38 |" after
//   "Thai officials said 15 soldiers and 14 civilians were killed from 24 to 28 July"), else
//   the source line's;
// - source: a source named in the row label's brackets ("India (Indian government)"), else the
//   speaker of a statement the row repeats, else the source line's name, else the document's
//   publisher (its outlet, or the publisher of a report series its title names).
// Rules and words are data: resources/lexicon/tables.json.
class TableClaims
{
public:
    explicit TableClaims(const TemporalTagger &tagger);

    // When `figure` fills a table cell: frames `claim` (already read from its row, `who` being
    // what the attribution resolver found) and returns true; else leaves it and returns false.
    bool frame(Claim &claim, const Attribution &who, const SentenceContext &row, TextSpan figure);
    // The framed `claim` was kept as claims[index], or restates the earlier claims[index].
    void kept(qsizetype index);
    void restates(qsizetype index);
    // Gives the kept table claims what the statements their rows repeat say of source and date.
    void finish(QList<Claim> &claims) const;

private:
    struct Framed
    {
        qsizetype index;
        qsizetype row;      // the row's start
        bool ownSource;     // named in the row itself
        bool framedDates;   // the row's or the caption's
    };
    const TemporalTagger &m_tagger;
    Framed m_last{};        // of the last frame() that returned true
    QList<Framed> m_kept;
    QSet<qsizetype> m_keptIndexes;
    QHash<qsizetype, qsizetype> m_rowStatement; // row start → index of a statement it repeats
};

// The publisher of a report series that `title` names ("Haiti: Flash Update No. 12" → "OCHA");
// "" when it names none.
QString reportSeriesPublisher(QStringView title);

} // namespace claimline
