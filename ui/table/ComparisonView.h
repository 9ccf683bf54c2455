#pragma once

#include "state/Workspace.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QModelIndex;
class QTableView;

namespace claimline::ui {

class ComparisonModel;
class ComparisonProxy;

// The source-comparison tab: a sortable table of claim groups × sources, with a switch
// between outlets and claimants and a "disagreeing only" toggle. Selecting a cell selects
// its claim in the workspace; a workspace selection highlights the claim's row and cell.
class ComparisonView final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ComparisonModel *model() const { return m_model; }
    ComparisonProxy *proxy() const { return m_proxy; }
    void setDisagreeingOnly(bool on);

    // Writes the table as shown (sorted, filtered) to a CSV file; empty string on success.
    QString exportCsv(const QString &path) const;

Q_SIGNALS:
    void reviewRequested(int claimIndex);

private:
    void onCurrentChanged(const QModelIndex &current);
    void showSelection(ItemRef item);
    void updateSummary();
    int claimAt(const QModelIndex &proxyIndex) const;

    Workspace *m_workspace;
    ComparisonModel *m_model;
    ComparisonProxy *m_proxy;
    QTableView *m_table;
    QComboBox *m_sourceKind;
    QCheckBox *m_disagreeingOnly;
    QLabel *m_summary;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    bool m_syncing = false;
};

} // namespace claimline::ui
