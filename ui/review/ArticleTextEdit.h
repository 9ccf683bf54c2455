#pragma once

#include <QPlainTextEdit>

namespace claimline::ui {

// Read-only plain-text view of an article: text is never interpreted as markup, nothing is
// fetched, nothing is a link. Reports a plain click (not a drag selection) by text position.
class ArticleTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ArticleTextEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    void positionClicked(int position);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void insertFromMimeData(const QMimeData *) override {}
};

} // namespace claimline::ui
