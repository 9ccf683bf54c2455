#pragma once

#include "model/TextSpan.h"

#include <QStringView>
#include <optional>

namespace claimline {

// A figure that fills a cell of a plain-text pipe table:
//   | Country  | Soldiers killed | Civilians killed |
//   |----------|-----------------|------------------|
//   | Thailand | 15              | 14               |
// Prose around the row says nothing about the 15; the table's own words for it are its
// column's header ("Soldiers killed") and its row's label ("Thailand").
struct TableCell
{
    QStringView header;   // the column's header cell, trimmed
    QStringView rowLabel; // the row's first cell, trimmed
};

// The cell that `figure` fills, when it stands alone in a cell of a row (cells split by '|',
// outer pipes optional) below a header row with as many cells: the line above a
// "|---|---|" rule, or else the first line of the block of pipe lines. nullopt otherwise,
// and for a figure in the first column (that is the row's label).
std::optional<TableCell> tableCellAt(QStringView text, TextSpan figure);

} // namespace claimline
