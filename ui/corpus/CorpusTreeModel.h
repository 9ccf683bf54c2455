#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace claimline::ui {

class Workspace;

// The corpus as a tree: documents → articles → claims, with each document's diagnostics
// under it and problems of files that gave no document under a last "Input problems" node.
// Raw values under custom roles; a filter change re-marks which claims pass (VisibleRole)
// with dataChanged, so that a proxy can hide them and expansion state survives.
class CorpusTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Document, Article, Claim, Diagnostic, Problems };
    enum Column { NameColumn, OutletColumn, DateColumn, ClaimsColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        RefRole,                     // index into Corpus::documents/articles/claims/diagnostics
        VisibleRole,                 // bool: claims passing the filter (other nodes: true)
        VisibleClaimsRole,           // int: claims passing the filter below an article or document
        SortRole,
    };

    explicit CorpusTreeModel(Workspace *workspace, QObject *parent = nullptr);

    QModelIndex indexOfClaim(int claimIndex) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind = Kind::Document;
        int ref = -1;
        int parent = -1;          // node index, -1 for top level
        int row = 0;
        QList<int> children;      // node indexes
        int visibleClaims = 0;
        int totalClaims = 0;
    };

    void rebuild();
    void refilter();
    void countVisible();
    int addNode(Kind kind, int ref, int parent);
    void emitChanged(int parentNode);
    QVariant nodeData(const Node &node, int column, int role) const;

    Workspace *m_workspace;
    QList<Node> m_nodes;
    QList<int> m_top;
    QList<int> m_nodeOfClaim;
};

} // namespace claimline::ui
