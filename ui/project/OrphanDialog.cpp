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
// What a row holds besides reviews (ItemKind values 0 and 1).
constexpr int kUnplacedItem = 2;
constexpr int kEventEdit = 3;

QString editText(const EventEdit &edit)
{
    // Event keys read "event|kind|sha|sentence#n": the sentence is what the analyst knows.
    const auto sentence = [](const QString &key) { return key.section(u'|', 3).section(u'#', 0, 0).left(70); };
    return edit.kind == EventEdit::Kind::Split
               ? OrphanDialog::tr("Event split · %n mention(s) out of “%1”", nullptr, int(edit.mentionKeys.size()))
                     .arg(sentence(edit.eventKey))
               : OrphanDialog::tr("Event merge · “%1” into “%2”").arg(sentence(edit.otherKey), sentence(edit.eventKey));
}
} // namespace

OrphanDialog::OrphanDialog(ProjectModel *model, Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_model(model), m_workspace(workspace), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Orphaned Reviews"));
    auto *intro = new QLabel(tr("These reviews belong to claims or events that re-extraction no longer finds; "
                                "event splits/merges and hand-added items below them no longer find their events or "
                                "articles. Select an item in the main window and reattach a review to it, or drop it. "
                                "Nothing is dropped unless you ask; Edit › Undo brings it back."), this);
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
    const ProjectData &data = m_model->data();
    for (const QString &key : m_model->unplacedAddedKeys()) {
        QString text;
        for (const AddedClaim &a : data.addedClaims)
            if (a.key == key)
                text = tr("Added claim · %1 by %2 · its article is gone").arg(a.claim.low).arg(a.claim.claimant);
        for (const AddedEvent &a : data.addedEvents)
            if (a.key == key)
                text = tr("Added event · %1 · its article is gone").arg(a.event.label);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, key);
        item->setData(kKindRole, kUnplacedItem);
        item->setToolTip(key);
    }
    for (int index : m_model->unappliedEventEdits()) {
        auto *item = new QListWidgetItem(editText(data.eventEdits.at(index)) + tr(" · its events are gone"), m_list);
        item->setData(Qt::UserRole, index);
        item->setData(kKindRole, kEventEdit);
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("(no orphaned reviews)"), m_list);
}

void OrphanDialog::reattach()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).isNull())
        return;
    if (item->data(kKindRole).toInt() > int(ItemKind::Event)) {
        QMessageBox::information(this, windowTitle(), tr("Only reviews can be reattached. Add the item again by hand "
                                                         "(Project › Add Claim/Add Event) or drop this one."));
        return;
    }
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
    const int kind = item->data(kKindRole).toInt();
    const bool ok = kind == kEventEdit      ? m_model->requestDropEventEdit(item->data(Qt::UserRole).toInt())
                    : kind == kUnplacedItem ? m_model->requestDropUnplacedItem(item->data(Qt::UserRole).toString())
                                            : m_model->requestDropOrphan(ItemKind(kind), item->data(Qt::UserRole).toString());
    if (!ok)
        QMessageBox::warning(this, windowTitle(), m_model->errorString());
}

} // namespace claimline::ui
