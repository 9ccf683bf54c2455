#include "EventEditActions.h"

#include "project/ProjectModel.h"
#include "state/Workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace claimline::ui {

namespace {

QString eventText(const Corpus &corpus, int e)
{
    const Event &event = corpus.events.at(e);
    return EventEditActions::tr("%1 · %2 · %n mention(s)", nullptr, int(event.mentions.size()))
        .arg(event.label.isEmpty() ? event.kind : event.label, event.date.toString());
}

} // namespace

EventEditActions::EventEditActions(Workspace *workspace, ProjectModel *model, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(model),
      m_merge(new QPushButton(tr("Merge Into Event…"), this)),
      m_split(new QPushButton(tr("Split Mentions Off…"), this))
{
    m_merge->setToolTip(tr("The selected event and another one are the same happening"));
    m_split->setToolTip(tr("Some mentions of the selected event report a different happening"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_merge);
    layout->addWidget(m_split);
    connect(m_merge, &QPushButton::clicked, this, &EventEditActions::askMergeTarget);
    connect(m_split, &QPushButton::clicked, this, &EventEditActions::askSplitMentions);
    connect(workspace, &Workspace::selectionChanged, this, &EventEditActions::refresh);
    connect(workspace, &Workspace::corpusChanged, this, &EventEditActions::refresh);
    refresh();
}

void EventEditActions::refresh()
{
    const ItemRef sel = m_workspace->selection();
    const bool extracted = sel.kind == ItemRef::Kind::Event && !m_model->eventKey(sel.index).isEmpty()
                           && !m_model->eventKey(sel.index).startsWith(u"added:");
    setVisible(extracted);
    if (extracted)
        m_split->setEnabled(m_model->corpus()->events.at(sel.index).mentions.size() > 1);
}

bool EventEditActions::report(bool ok)
{
    m_error = ok ? QString() : m_model->errorString();
    if (!ok)
        Q_EMIT refused(m_error);
    return ok;
}

bool EventEditActions::mergeInto(int target)
{
    const ItemRef sel = m_workspace->selection();
    if (sel.kind != ItemRef::Kind::Event)
        return false;
    const QString keep = m_model->eventKey(target);
    if (!report(m_model->requestMergeEvents(target, sel.index)))
        return false;
    m_workspace->select(ItemRef::event(m_model->eventIndexOf(keep)));
    return true;
}

bool EventEditActions::splitOff(const QList<int> &mentions)
{
    const ItemRef sel = m_workspace->selection();
    if (sel.kind != ItemRef::Kind::Event)
        return false;
    if (!report(m_model->requestSplitEvent(sel.index, mentions)))
        return false;
    m_workspace->select(ItemRef::event(sel.index + 1)); // the new event follows the one split
    return true;
}

void EventEditActions::askMergeTarget()
{
    const ItemRef sel = m_workspace->selection();
    const Corpus &corpus = *m_model->corpus();
    QStringList names;
    QList<int> indexes;
    for (int e = 0; e < corpus.events.size(); ++e)
        if (e != sel.index && !m_model->eventKey(e).startsWith(u"added:")) {
            names.append(eventText(corpus, e));
            indexes.append(e);
        }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Events"),
                                                 tr("“%1” is the same happening as:").arg(eventText(corpus, sel.index)),
                                                 names, 0, false, &ok);
    if (ok && names.contains(chosen))
        mergeInto(indexes.at(names.indexOf(chosen)));
}

void EventEditActions::askSplitMentions()
{
    const ItemRef sel = m_workspace->selection();
    const Corpus &corpus = *m_model->corpus();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Split Event"));
    auto *list = new QListWidget(&dialog);
    const Event &event = corpus.events.at(sel.index);
    for (const EventMention &m : event.mentions) {
        const QString outlet = m.articleIndex >= 0 ? corpus.articles.at(m.articleIndex).outlet : QString();
        auto *item = new QListWidgetItem(outlet + QStringLiteral(": ") + corpus.quote(m).toString().simplified().left(120), list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Tick the mentions that report a different happening:"), &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<int> ticked;
    for (int r = 0; r < list->count(); ++r)
        if (list->item(r)->checkState() == Qt::Checked)
            ticked.append(r);
    splitOff(ticked);
}

} // namespace claimline::ui
