#pragma once

#include <QSortFilterProxyModel>

namespace claimline::ui {

// Sorts the comparison table on raw values (ComparisonModel::SortRole) and can keep only
// the rows whose sources disagree.
class ComparisonProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ComparisonProxy(QObject *parent = nullptr);

    bool disagreeingOnly() const { return m_disagreeingOnly; }
    void setDisagreeingOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_disagreeingOnly = false;
};

} // namespace claimline::ui
