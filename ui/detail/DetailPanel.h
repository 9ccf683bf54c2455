#pragma once

#include "state/Workspace.h"

#include <QWidget>

class QTextBrowser;

namespace claimline::ui {

// Shows the selected claim (its sentence in context with the figure highlighted, the
// figure, qualifier, claimant and via-chain, outlet, dates, and the rest of its group) or
// the selected event (label, date, every mention). Links to other claims select them.
class DetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPanel(Workspace *workspace, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    void showItem(ItemRef item);

    Workspace *m_workspace;
    QTextBrowser *m_browser;
};

} // namespace claimline::ui
