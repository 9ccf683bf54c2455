#include "UndoHistory.h"

namespace claimline {

void UndoHistory::push(const QString &text, UndoFun undo, UndoFun redo)
{
    m_entries.resize(m_index);
    if (m_cleanIndex > m_index)
        m_cleanIndex = -1; // the clean state can no longer be reached
    m_entries.append({text, std::move(undo), std::move(redo)});
    ++m_index;
}

bool UndoHistory::undo()
{
    if (!canUndo() || !m_entries.at(m_index - 1).undo())
        return false;
    --m_index;
    return true;
}

bool UndoHistory::redo()
{
    if (!canRedo() || !m_entries.at(m_index).redo())
        return false;
    ++m_index;
    return true;
}

void UndoHistory::clear()
{
    m_entries.clear();
    m_index = 0;
    m_cleanIndex = 0;
}

} // namespace claimline
