#pragma once

#include "model/ClaimFilter.h"
#include "model/Corpus.h"
#include "project/Review.h"

#include <QObject>
#include <memory>

namespace claimline::ui {

// What is selected: one claim or event (or nothing). Shared by every view.
struct ItemRef
{
    enum class Kind { None, Claim, Event };
    Kind kind = Kind::None;
    int index = -1;          // into Corpus::claims or Corpus::events

    static ItemRef claim(int i) { return {Kind::Claim, i}; }
    static ItemRef event(int i) { return {Kind::Event, i}; }
    bool isValid() const { return kind != Kind::None && index >= 0; }
    friend bool operator==(const ItemRef &, const ItemRef &) = default;
};

// Which review states are shown (applies to claims and events). Filtered here, in the
// workspace, because the states come from the project, not from the extracted corpus.
struct ReviewFilter
{
    bool hideRejected = true;      // default: rejected items are hidden everywhere
    unsigned states = 0;           // bit (1 << int(ReviewState)) per state shown; 0 = all

    static unsigned bit(ReviewState s) { return 1u << unsigned(s); }
    bool accepts(ReviewState s) const
    {
        return !(hideRejected && s == ReviewState::Rejected) && (states == 0 || (states & bit(s)) != 0);
    }
    friend bool operator==(const ReviewFilter &, const ReviewFilter &) = default;
};

// The state every view shares: the corpus on screen, the selection and the filter. Views
// receive it in their constructor (no singletons), read the corpus and listen to the
// signals; selecting or filtering anywhere goes through here, so all views follow.
class Workspace final : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);

    const Corpus &corpus() const { return *m_corpus; }
    std::shared_ptr<const Corpus> sharedCorpus() const { return m_corpus; }
    void setCorpus(std::shared_ptr<const Corpus> corpus);
    // A new version of the same project's corpus (a correction, a merge, an undo): like
    // setCorpus, with review states parallel to claims and events, and the selection kept
    // when it still exists.
    void replaceCorpus(std::shared_ptr<const Corpus> corpus, QList<ReviewState> claimStates,
                       QList<ReviewState> eventStates);

    // The analyst's review state of each item (Unreviewed when no project says otherwise).
    ReviewState claimState(int claimIndex) const { return m_claimStates.value(claimIndex, ReviewState::Unreviewed); }
    ReviewState eventState(int eventIndex) const { return m_eventStates.value(eventIndex, ReviewState::Unreviewed); }
    void setReviewStates(QList<ReviewState> claimStates, QList<ReviewState> eventStates);
    const ReviewFilter &reviewFilter() const { return m_reviewFilter; }
    void setReviewFilter(const ReviewFilter &filter);

    ItemRef selection() const { return m_selection; }
    void select(ItemRef item);

    const ClaimFilter &filter() const { return m_filter; }
    void setFilter(const ClaimFilter &filter);
    // filter() plus the ids the review filter hides: for views that take a ClaimFilter.
    ClaimFilter viewFilter() const;
    bool isVisible(int claimIndex) const;       // passes the filter
    bool isEventVisible(int eventIndex) const;

Q_SIGNALS:
    void corpusChanged();
    void selectionChanged(claimline::ui::ItemRef current);
    void filterChanged();          // also when review states change what passes
    void reviewChanged();          // review states changed (views repaint their marks)

private:
    std::shared_ptr<const Corpus> m_corpus;
    ItemRef m_selection;
    ClaimFilter m_filter;
    ReviewFilter m_reviewFilter;
    QList<ReviewState> m_claimStates;
    QList<ReviewState> m_eventStates;
};

} // namespace claimline::ui
