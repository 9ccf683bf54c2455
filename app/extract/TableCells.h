#pragma once

#include "model/TextSpan.h"

#include <QStringList>
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

// What stands around a table and speaks for all its rows:
//   Table 1: Civilian casualties reported, 1-14 April 2025     ← caption (or a heading, or
//   Region | Killed | Injured                                    the sentence before)
//   Sagaing | 39 | 71
//   *Source: Thai and Cambodian government statements, 28 July*  ← source line (or above)
struct TableFrame
{
    TextSpan caption;    // the nearest line above the table's rows; empty when none
    TextSpan source;     // a source line's words after its label; empty when none
    TextSpan sourceName; // those words up to the first comma or semicolon: who it names
};

// The frame of the table whose row holds `at`; a source line starts with one of
// `sourceLabels` (lower case, e.g. "source") and a colon, after any Markdown emphasis.
TableFrame tableFrameAt(QStringView text, qsizetype at, const QStringList &sourceLabels);

} // namespace claimline
