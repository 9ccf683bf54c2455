#pragma once

#include <QWidget>

class QPushButton;

namespace claimline {
class ProjectModel;
}

namespace claimline::ui {

class Workspace;

// Under the review editor when an extracted event is selected: merge it into another
// event, or split some of its mentions off into a new one. Both are ProjectModel requests
// (undoable, and replayed by stable key after re-extraction).
class EventEditActions final : public QWidget
{
    Q_OBJECT

public:
    EventEditActions(Workspace *workspace, ProjectModel *model, QWidget *parent = nullptr);

    // The selected event into event `target` / its mentions `mentions` into a new event;
    // the result is selected. False with errorString() when the model refuses.
    bool mergeInto(int target);
    bool splitOff(const QList<int> &mentions);
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void refused(const QString &why);

private:
    void refresh();
    void askMergeTarget();
    void askSplitMentions();
    bool report(bool ok);

    Workspace *m_workspace;
    ProjectModel *m_model;
    QPushButton *m_merge;
    QPushButton *m_split;
    QString m_error;
};

} // namespace claimline::ui
