#include "CellAgreement.h"

namespace claimline::ui {

namespace {
bool compatible(const QList<ValueBounds> &a, const QList<ValueBounds> &b)
{
    for (const ValueBounds &x : a)
        for (const ValueBounds &y : b)
            if (x.low <= y.high && y.low <= x.high)
                return true;
    return false;
}
} // namespace

QList<bool> differingCells(const QList<QList<ValueBounds>> &cells)
{
    const qsizetype n = cells.size();
    QList<bool> differs(n, false);
    if (n < 2)
        return differs;
    for (qsizetype i = 0; i < n; ++i) {
        qsizetype agreeing = 0;
        for (qsizetype j = 0; j < n; ++j)
            if (i != j && compatible(cells.at(i), cells.at(j)))
                ++agreeing;
        differs[i] = agreeing * 2 < n - 1;
    }
    return differs;
}

} // namespace claimline::ui
