#include "ComparisonView.h"

#include "ComparisonModel.h"
#include "ComparisonProxy.h"
#include "CsvExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace claimline::ui {

namespace {
// The row of the selected claim is highlighted; this frames the claim's own cell in it.
class CurrentCellDelegate final : public QStyledItemDelegate
{
public:
    explicit CurrentCellDelegate(QTableView *view) : QStyledItemDelegate(view), m_view(view) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index != m_view->currentIndex() || !ComparisonModel::isSourceColumn(index.column())
            || !m_view->selectionModel()->isSelected(index))
            return;
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::HighlightedText), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }

private:
    QTableView *m_view;
};
} // namespace

ComparisonView::ComparisonView(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new ComparisonModel(workspace, this)),
      m_proxy(new ComparisonProxy(this)),
      m_table(new QTableView(this)),
      m_sourceKind(new QComboBox(this)),
      m_disagreeingOnly(new QCheckBox(tr("&Disagreeing only"), this)),
      m_summary(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this))
{
    m_proxy->setSourceModel(m_model);

    m_sourceKind->addItem(tr("Outlets"), int(ComparisonModel::SourceKind::Outlets));
    m_sourceKind->addItem(tr("Claimants"), int(ComparisonModel::SourceKind::Claimants));
    m_sourceKind->setToolTip(tr("Compare what each outlet reported, or what each original source claimed"));
    auto *columnsLabel = new QLabel(tr("&Columns:"), this);
    columnsLabel->setBuddy(m_sourceKind);
    m_disagreeingOnly->setToolTip(tr("Show only the measures on which the sources disagree"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(columnsLabel);
    bar->addWidget(m_sourceKind);
    bar->addSpacing(12);
    bar->addWidget(m_disagreeingOnly);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new CurrentCellDelegate(m_table));
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ComparisonModel::LabelColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows); // the row lights up, the cell has focus
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setMargin(24);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_sourceKind, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSourceKind(ComparisonModel::SourceKind(m_sourceKind->currentData().toInt()));
    });
    connect(m_disagreeingOnly, &QCheckBox::toggled, this, &ComparisonView::setDisagreeingOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int claim = claimAt(index);
        if (claim >= 0)
            Q_EMIT reviewRequested(claim);
    });
    connect(workspace, &Workspace::selectionChanged, this, &ComparisonView::showSelection);
    // A reset (corpus, filter, columns) or a re-filter drops the selection: show it again.
    const auto refresh = [this] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), c == 0 ? 260 : 170));
        updateSummary();
        showSelection(m_workspace->selection());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { updateSummary(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { updateSummary(); });
    refresh();
}

void ComparisonView::setDisagreeingOnly(bool on)
{
    m_disagreeingOnly->setChecked(on);
    m_proxy->setDisagreeingOnly(on);
    updateSummary();
    showSelection(m_workspace->selection());
}

QString ComparisonView::exportCsv(const QString &path) const
{
    return exportCsvFile(*m_proxy, path);
}

int ComparisonView::claimAt(const QModelIndex &proxyIndex) const
{
    const auto claims = proxyIndex.data(ComparisonModel::ClaimIndexesRole).value<QList<int>>();
    return claims.isEmpty() ? -1 : claims.first();
}

void ComparisonView::onCurrentChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    // A label, date or spread cell stands for the whole row: the selection stays as it is.
    const int claim = claimAt(current);
    if (claim >= 0)
        m_workspace->select(ItemRef::claim(claim));
}

void ComparisonView::showSelection(ItemRef item)
{
    QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex cell = item.kind == ItemRef::Kind::Claim ? m_proxy->mapFromSource(m_model->indexOfClaim(item.index))
                                                               : QModelIndex();
    m_syncing = true;
    if (!cell.isValid()) {
        selection->clearSelection();
    } else {
        const QModelIndex current = selection->currentIndex();
        const bool keepCurrent = current.row() == cell.row()
                                 && (!ComparisonModel::isSourceColumn(current.column())
                                     || current.data(ComparisonModel::ClaimIndexesRole).value<QList<int>>().contains(item.index));
        if (!keepCurrent)
            selection->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            selection->select(cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Scroll rows only: jumping sideways would hide the measure column.
        const int leftmost = m_table->columnAt(0);
        m_table->scrollTo(leftmost >= 0 ? m_proxy->index(cell.row(), leftmost) : cell);
    }
    m_syncing = false;
}

void ComparisonView::updateSummary()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_summary->setText(shown == all ? tr("%n measure(s)", nullptr, all) : tr("%1 of %2 measures").arg(shown).arg(all));
    // An empty table says why instead of showing bare headers.
    if (shown == 0) {
        if (m_workspace->corpus().claims.isEmpty())
            m_empty->setText(tr("No figures found in this corpus yet.\nOpen news articles with File → Open (Ctrl+O) or drop them here."));
        else if (all == 0)
            m_empty->setText(tr("No claim passes the filter.\nWiden it, or reset it with Ctrl+Shift+R."));
        else
            m_empty->setText(tr("The sources agree on every measure shown.\nUntick “Disagreeing only” to see them."));
    }
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_table);
}

} // namespace claimline::ui
