#include "ComparisonProxy.h"

#include "ComparisonModel.h"

namespace claimline::ui {

ComparisonProxy::ComparisonProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ComparisonModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ComparisonProxy::setDisagreeingOnly(bool on)
{
    if (on == m_disagreeingOnly)
        return;
    m_disagreeingOnly = on;
    invalidateRowsFilter();
}

bool ComparisonProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_disagreeingOnly)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(ComparisonModel::DisagreeingRole).toBool();
}

} // namespace claimline::ui
