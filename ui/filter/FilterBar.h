#pragma once

#include "model/ClaimFilter.h"
#include "state/Workspace.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace claimline::ui {

class Workspace;

// The filter bar: date range, topic/measure, claimant, outlet, review state (and "hide
// rejected", on by default) and free-text search. Every change becomes a ClaimFilter and a
// ReviewFilter handed to the Workspace (typing is debounced).
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(Workspace *workspace, QWidget *parent = nullptr);

    ClaimFilter currentFilter() const;
    ReviewFilter currentReviewFilter() const;
    void focusSearch();
    void clear();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *measureBox() const { return m_measure; }
    QComboBox *claimantBox() const { return m_claimant; }
    QComboBox *outletBox() const { return m_outlet; }
    QCheckBox *datesBox() const { return m_useDates; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *reviewBox() const { return m_review; }
    QCheckBox *hideRejectedBox() const { return m_hideRejected; }

private:
    void populate();
    void apply();

    Workspace *m_workspace;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_measure;
    QComboBox *m_claimant;
    QComboBox *m_outlet;
    QComboBox *m_review;
    QCheckBox *m_hideRejected;
    QLineEdit *m_search;
    QTimer *m_typing;
    bool m_populating = false;
};

} // namespace claimline::ui
