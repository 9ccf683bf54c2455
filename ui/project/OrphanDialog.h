#pragma once

#include <QDialog>

class QListWidget;

namespace claimline {
class ProjectModel;
}

namespace claimline::ui {

class Workspace;

// Project › Orphaned Reviews…: review records whose claim or event is gone after
// re-extraction. The analyst reattaches one to the selected item or drops it; nothing is
// dropped without being asked.
class OrphanDialog final : public QDialog
{
    Q_OBJECT

public:
    OrphanDialog(ProjectModel *model, Workspace *workspace, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void fill();
    void reattach();
    void drop();

    ProjectModel *m_model;
    Workspace *m_workspace;
    QListWidget *m_list;
};

} // namespace claimline::ui
