#pragma once

#include "project/Review.h"
#include "state/Workspace.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace claimline {
class ProjectModel;
}

namespace claimline::ui {

// The analyst's controls for the selected claim or event, under the detail panel: review
// state (Alt+1…4), note (committed when the field loses focus, one undo step), tags (a
// comma list) and, for claims, corrections of the extracted values; for events, merge
// and split (EventEditActions). Every change is a
// ProjectModel request; the editor only shows what the model holds.
class EventEditActions;

class ReviewEditor final : public QWidget
{
    Q_OBJECT

public:
    ReviewEditor(Workspace *workspace, ProjectModel *model, QWidget *parent = nullptr);

    void setReviewState(ReviewState state);   // on the selected item
    void commitNote();
    void commitTags();
    void commitField(CorrectionField field);
    void mergeClaimant();                     // asks for the claimant to merge into

    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *fieldEdit(CorrectionField field) const { return m_fields.value(int(field)); }
    QLabel *errorLabel() const { return m_error; }
    EventEditActions *eventActions() const { return m_eventActions; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    ReviewRecord currentRecord() const;
    QString correctionText(CorrectionField field) const;
    QString extractedText(CorrectionField field) const;
    void report(bool ok);

    Workspace *m_workspace;
    ProjectModel *m_model;
    QButtonGroup *m_states;
    QPlainTextEdit *m_note;
    QLineEdit *m_tags;
    QGroupBox *m_corrections;
    QHash<int, QLineEdit *> m_fields;
    QPushButton *m_merge;
    EventEditActions *m_eventActions;
    QLabel *m_error;
    bool m_refreshing = false;
};

} // namespace claimline::ui
