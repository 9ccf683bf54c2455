#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace claimline {

// A do/undo pair recorded by a model request (Kdenlive's undohelper pattern). Each lambda
// returns false when it could not apply, which the history treats as a broken stack.
using UndoFun = std::function<bool()>;

// Linear undo history of lambda pairs; Core-only so that the UI can mirror it into a
// QUndoStack (push a command whose undo()/redo() call undo()/redo() here).
class UndoHistory final
{
public:
    // Records an already-applied change. Drops everything that could be redone.
    void push(const QString &text, UndoFun undo, UndoFun redo);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_entries.size(); }
    bool undo();
    bool redo();
    QString undoText() const { return canUndo() ? m_entries.at(m_index - 1).text : QString(); }
    QString redoText() const { return canRedo() ? m_entries.at(m_index).text : QString(); }
    qsizetype count() const { return m_entries.size(); }
    qsizetype index() const { return m_index; }
    void clear();

    // Lets the store tell whether the model has unsaved changes.
    void setClean() { m_cleanIndex = m_index; }
    bool isClean() const { return m_cleanIndex == m_index; }

private:
    struct Entry
    {
        QString text;
        UndoFun undo;
        UndoFun redo;
    };
    QList<Entry> m_entries;
    qsizetype m_index = 0;
    qsizetype m_cleanIndex = 0;
};

} // namespace claimline
