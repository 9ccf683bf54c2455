#pragma once

#include "model/DayInterval.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace claimline::ui {

class Workspace;

// The source-comparison table: one row per claim group that has claims passing the
// workspace filter, one column per source (outlet or claimant) after three fixed columns.
// Raw values live under the custom roles (sort on SortRole); display roles add text,
// tooltips with the quotes, and a mark on cells whose values stand apart from their row.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class SourceKind { Outlets, Claimants };
    enum Column { LabelColumn, DatesColumn, SpreadColumn, FirstSourceColumn };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value to sort by: QString, QDate or double
        ClaimIndexesRole,            // QList<int>: the claims in a cell (empty outside source cells)
        GroupIndexRole,              // int: index into Corpus::groups
        DisagreeingRole,             // bool: the group's values do not all agree
        DiffersRole,                 // bool: this cell stands apart from the rest of its row
        ReviewStateRole,             // int (ReviewState): the cell's combined review state
    };

    explicit ComparisonModel(Workspace *workspace, QObject *parent = nullptr);

    SourceKind sourceKind() const { return m_kind; }
    void setSourceKind(SourceKind kind);
    QStringList sources() const { return m_sources; }

    // The cell showing a claim, or invalid when the claim is filtered out.
    QModelIndex indexOfClaim(int claimIndex) const;
    static bool isSourceColumn(int column) { return column >= FirstSourceColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int group = -1;
        QList<QList<int>> cells;   // per source: claim indexes
        QList<bool> differs;       // per source
        double minValue = 0;
        double maxValue = 0;
    };

    void rebuild();
    QString sourceOf(int claimIndex) const;
    QVariant cellData(const Row &row, int source, int role) const;
    QString cellText(const Row &row, const QList<int> &claims) const;
    QString cellToolTip(const QList<int> &claims) const;

    Workspace *m_workspace;
    SourceKind m_kind = SourceKind::Outlets;
    QStringList m_sources;
    QList<Row> m_rows;
    QHash<int, QPair<int, int>> m_cellOfClaim;  // claim → (row, column)
};

} // namespace claimline::ui
