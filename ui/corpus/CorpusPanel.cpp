#include "CorpusPanel.h"

#include "CorpusTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace claimline::ui {

namespace {
// Hides the claims that the workspace filter rejects; keeps every other node.
class VisibleClaimsProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return sourceModel()->index(row, 0, parent).data(CorpusTreeModel::VisibleRole).toBool();
    }
};
} // namespace

CorpusPanel::CorpusPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new CorpusTreeModel(workspace, this)),
      m_proxy(new VisibleClaimsProxy(this)),
      m_tree(new QTreeView(this)),
      m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);
    m_tree->setObjectName(QStringLiteral("corpusTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CorpusTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CorpusTreeModel::ClaimsColumn, QHeaderView::ResizeToContents);
    // Outlet and date are part of an article's name; their own columns can be shown from
    // the header's context menu (for sorting or wide panels).
    m_tree->header()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = CorpusTreeModel::OutletColumn; c <= CorpusTreeModel::DateColumn; ++c) {
        auto *toggle = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), m_tree->header());
        toggle->setCheckable(true);
        connect(toggle, &QAction::toggled, this, [this, c](bool on) { m_tree->setColumnHidden(c, !on); });
        m_tree->header()->addAction(toggle);
        m_tree->setColumnHidden(c, true);
    }
    m_tree->setIndentation(14);
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(4, 0, 4, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_syncing || !current.isValid())
            return;
        if (current.data(CorpusTreeModel::KindRole).toInt() == int(CorpusTreeModel::Kind::Claim))
            m_workspace->select(ItemRef::claim(current.data(CorpusTreeModel::RefRole).toInt()));
    });
    connect(workspace, &Workspace::selectionChanged, this, &CorpusPanel::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandToDepth(0);
        updateSummary();
    });
    connect(workspace, &Workspace::filterChanged, this, &CorpusPanel::updateSummary);
    m_tree->expandToDepth(0);
    updateSummary();
}

void CorpusPanel::showSelection(ItemRef item)
{
    if (item.kind != ItemRef::Kind::Claim)
        return; // events and "nothing" leave the tree where the analyst put it
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfClaim(item.index));
    if (!index.isValid())
        return;
    m_syncing = true;
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_syncing = false;
}

void CorpusPanel::updateSummary()
{
    const Corpus &corpus = m_workspace->corpus();
    int visible = 0;
    for (qsizetype c = 0; c < corpus.claims.size(); ++c)
        visible += m_workspace->isVisible(int(c)) ? 1 : 0;
    QString text = tr("%n document(s), %1 articles, ", nullptr, int(corpus.documents.size())).arg(corpus.articles.size());
    text += visible == corpus.claims.size() ? tr("%n claim(s)", nullptr, visible)
                                            : tr("%1 of %2 claims shown").arg(visible).arg(corpus.claims.size());
    if (!corpus.diagnostics.isEmpty())
        text += tr("; %n problem(s)", nullptr, int(corpus.diagnostics.size()));
    m_summary->setText(text);
}

} // namespace claimline::ui
