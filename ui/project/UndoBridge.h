#pragma once

#include <QObject>

class QUndoStack;

namespace claimline {
class ProjectModel;
}

namespace claimline::ui {

// Mirrors ProjectModel's Core-only UndoHistory into a QUndoStack, so that Edit › Undo/Redo,
// QUndoView and clean-state tracking work as usual. The model stays the one place data
// changes: each change is made by a model request, which records it in the history; the
// bridge then pushes a command whose undo()/redo() call the model's undo()/redo().
class UndoBridge final : public QObject
{
    Q_OBJECT

public:
    explicit UndoBridge(ProjectModel *model, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    void setClean();                  // after a save: both the stack and the history

    // Called by the commands; not for views.
    void applyUndo();
    void applyRedo();

private:
    void sync();

    ProjectModel *m_model;
    QUndoStack *m_stack;
    bool m_applying = false;
};

} // namespace claimline::ui
