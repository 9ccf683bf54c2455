#include "UndoBridge.h"

#include "project/ProjectModel.h"

#include <QUndoStack>

namespace claimline::ui {

namespace {
// One entry of the model's history. The change was already applied by the model request,
// so the first redo() (QUndoStack::push calls it) does nothing.
class ModelCommand final : public QUndoCommand
{
public:
    ModelCommand(UndoBridge *bridge, const QString &text) : QUndoCommand(text), m_bridge(bridge) {}

    void undo() override { m_bridge->applyUndo(); }
    void redo() override
    {
        if (m_pushed)
            m_bridge->applyRedo();
        m_pushed = true;
    }

private:
    UndoBridge *m_bridge;
    bool m_pushed = false;
};
} // namespace

UndoBridge::UndoBridge(ProjectModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_stack(new QUndoStack(this))
{
    connect(model, &ProjectModel::historyChanged, this, &UndoBridge::sync);
    sync();
}

void UndoBridge::setClean()
{
    m_model->history().setClean();
    m_stack->setClean();
}

void UndoBridge::applyUndo()
{
    m_applying = true;
    m_model->undo();
    m_applying = false;
}

void UndoBridge::applyRedo()
{
    m_applying = true;
    m_model->redo();
    m_applying = false;
}

void UndoBridge::sync()
{
    if (m_applying)
        return;
    const UndoHistory &history = m_model->history();
    if (history.count() == 0) {
        m_stack->clear();
        return;
    }
    if (history.index() == history.count() && history.index() == m_stack->index() + 1) {
        m_stack->push(new ModelCommand(this, history.undoText()));
        return;
    }
    // Out of step (someone called the model's undo() directly): start the stack afresh
    // rather than let it undo the wrong change.
    m_stack->clear();
}

} // namespace claimline::ui
