#pragma once

#include <QDialog>

class QListWidget;

namespace claimline {
class ProjectModel;
}

namespace claimline::ui {

class Workspace;

// Project › Orphaned Reviews…: review records whose claim or event is gone after
// re-extraction, event splits/merges that no longer apply and added items whose article is
// gone. The analyst reattaches a review to the selected item or drops any of them; nothing
// is dropped without being asked.
class OrphanDialog final : public QDialog
{
    Q_OBJECT

public:
    OrphanDialog(ProjectModel *model, Workspace *workspace, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void reattach();   // the current row to the workspace's selected item
    void drop();       // the current row

private:
    void fill();

    ProjectModel *m_model;
    Workspace *m_workspace;
    QListWidget *m_list;
};

} // namespace claimline::ui
