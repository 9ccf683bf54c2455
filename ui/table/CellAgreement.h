#pragma once

#include "common/ClaimText.h"

#include <QList>

namespace claimline::ui {

// Which cells of a comparison row stand apart: a cell differs when its values are
// compatible (their bounds overlap) with fewer than half of the other cells of its row.
// Two cells that disagree both differ; in "12, ≥ 40, > 40" only the 12 does.
// `cells` holds, per cell, the bounds of the claims in it; the result is one flag per cell.
QList<bool> differingCells(const QList<QList<ValueBounds>> &cells);

} // namespace claimline::ui
