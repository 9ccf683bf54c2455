#include "OrphanDialog.h"

#include "ReviewStyle.h"
#include "project/ProjectModel.h"
#include "state/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace claimline::ui {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
}

OrphanDialog::OrphanDialog(ProjectModel *model, Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_model(model), m_workspace(workspace), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Orphaned Reviews"));
    auto *intro = new QLabel(tr("These reviews belong to claims or events that re-extraction no longer finds. "
                                "Select an item in the main window and reattach a review to it, or drop it."), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reattach = buttons->addButton(tr("&Reattach to Selected Item"), QDialogButtonBox::ActionRole);
    QPushButton *drop = buttons->addButton(tr("&Drop"), QDialogButtonBox::DestructiveRole);
    connect(reattach, &QPushButton::clicked, this, &OrphanDialog::reattach);
    connect(drop, &QPushButton::clicked, this, &OrphanDialog::drop);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(model, &ProjectModel::corpusChanged, this, &OrphanDialog::fill);
    connect(model, &ProjectModel::reviewChanged, this, &OrphanDialog::fill);
    fill();
    resize(560, 360);
}

void OrphanDialog::fill()
{
    m_list->clear();
    for (ItemKind kind : {ItemKind::Claim, ItemKind::Event}) {
        const auto &reviews = kind == ItemKind::Claim ? m_model->data().claimReviews : m_model->data().eventReviews;
        for (const QString &key : m_model->orphanedKeys(kind)) {
            const ReviewRecord r = reviews.value(key);
            QString text = (kind == ItemKind::Claim ? tr("Claim") : tr("Event")) + QStringLiteral(" · ")
                           + reviewStateLabel(r.state);
            if (!r.note.isEmpty())
                text += QStringLiteral(" · “") + r.note.left(80) + QStringLiteral("”");
            if (!r.tags.isEmpty())
                text += QStringLiteral(" · ") + r.tags.join(QStringLiteral(", "));
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, key);
            item->setData(kKindRole, int(kind));
            item->setToolTip(key);
        }
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("(no orphaned reviews)"), m_list);
}

void OrphanDialog::reattach()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).isNull())
        return;
    const auto kind = ItemKind(item->data(kKindRole).toInt());
    const ItemRef target = m_workspace->selection();
    const bool matches = (kind == ItemKind::Claim && target.kind == ItemRef::Kind::Claim)
                         || (kind == ItemKind::Event && target.kind == ItemRef::Kind::Event);
    if (!matches) {
        QMessageBox::information(this, windowTitle(), tr("Select a %1 in the main window first.")
                                                          .arg(kind == ItemKind::Claim ? tr("claim") : tr("event")));
        return;
    }
    if (!m_model->requestReattachOrphan(kind, item->data(Qt::UserRole).toString(), target.index))
        QMessageBox::warning(this, windowTitle(), m_model->errorString());
}

void OrphanDialog::drop()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).isNull())
        return;
    if (!m_model->requestDropOrphan(ItemKind(item->data(kKindRole).toInt()), item->data(Qt::UserRole).toString()))
        QMessageBox::warning(this, windowTitle(), m_model->errorString());
}

} // namespace claimline::ui
