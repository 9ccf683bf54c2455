#include "ArticleTextEdit.h"

#include <QMouseEvent>
#include <QTextBlock>

namespace claimline::ui {

ArticleTextEdit::ArticleTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(10);
}

void ArticleTextEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection())
        Q_EMIT positionClicked(cursorForPosition(event->position().toPoint()).position());
}

} // namespace claimline::ui
