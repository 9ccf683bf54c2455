#pragma once

#include "model/ClaimFilter.h"
#include "model/Corpus.h"

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

    ItemRef selection() const { return m_selection; }
    void select(ItemRef item);

    const ClaimFilter &filter() const { return m_filter; }
    void setFilter(const ClaimFilter &filter);
    bool isVisible(int claimIndex) const;       // passes the filter
    bool isEventVisible(int eventIndex) const;

Q_SIGNALS:
    void corpusChanged();
    void selectionChanged(claimline::ui::ItemRef current);
    void filterChanged();

private:
    std::shared_ptr<const Corpus> m_corpus;
    ItemRef m_selection;
    ClaimFilter m_filter;
};

} // namespace claimline::ui
