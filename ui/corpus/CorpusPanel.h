#pragma once

#include "state/Workspace.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace claimline::ui {

class CorpusTreeModel;

// The corpus panel: documents → articles → claims, with diagnostics under their files.
// Claims that the filter rejects are hidden; articles left without claims are greyed.
// Selecting a claim selects it in the workspace, and the workspace selection is shown.
class CorpusPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CorpusPanel(Workspace *workspace, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    CorpusTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    void showSelection(ItemRef item);
    void updateSummary();

    Workspace *m_workspace;
    CorpusTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLabel *m_summary;
    bool m_syncing = false;
};

} // namespace claimline::ui
