#include "Workspace.h"

namespace claimline::ui {

Workspace::Workspace(QObject *parent) : QObject(parent), m_corpus(std::make_shared<const Corpus>()) {}

void Workspace::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_corpus = corpus ? std::move(corpus) : std::make_shared<const Corpus>();
    m_selection = {};
    m_claimStates.clear();
    m_eventStates.clear();
    Q_EMIT corpusChanged();
    Q_EMIT selectionChanged(m_selection);
}

void Workspace::replaceCorpus(std::shared_ptr<const Corpus> corpus, QList<ReviewState> claimStates,
                              QList<ReviewState> eventStates)
{
    m_corpus = corpus ? std::move(corpus) : std::make_shared<const Corpus>();
    m_claimStates = std::move(claimStates);
    m_eventStates = std::move(eventStates);
    const qsizetype count = m_selection.kind == ItemRef::Kind::Claim ? m_corpus->claims.size()
                            : m_selection.kind == ItemRef::Kind::Event ? m_corpus->events.size()
                                                                         : 0;
    if (m_selection.index >= count)
        m_selection = {};
    Q_EMIT corpusChanged();
    Q_EMIT reviewChanged();
    Q_EMIT selectionChanged(m_selection);
}

void Workspace::setReviewStates(QList<ReviewState> claimStates, QList<ReviewState> eventStates)
{
    if (claimStates == m_claimStates && eventStates == m_eventStates)
        return;
    m_claimStates = std::move(claimStates);
    m_eventStates = std::move(eventStates);
    Q_EMIT reviewChanged();
    if (m_reviewFilter != ReviewFilter{.hideRejected = false, .states = 0})
        Q_EMIT filterChanged();
}

void Workspace::setReviewFilter(const ReviewFilter &filter)
{
    if (filter == m_reviewFilter)
        return;
    m_reviewFilter = filter;
    Q_EMIT filterChanged();
}

void Workspace::select(ItemRef item)
{
    if (item == m_selection)
        return;
    m_selection = item;
    Q_EMIT selectionChanged(m_selection);
}

void Workspace::setFilter(const ClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
}

ClaimFilter Workspace::viewFilter() const
{
    ClaimFilter f = m_filter;
    for (qsizetype i = 0; i < m_claimStates.size() && i < m_corpus->claims.size(); ++i)
        if (!m_reviewFilter.accepts(m_claimStates.at(i)))
            f.hiddenIds.insert(m_corpus->claims.at(i).id);
    for (qsizetype i = 0; i < m_eventStates.size() && i < m_corpus->events.size(); ++i)
        if (!m_reviewFilter.accepts(m_eventStates.at(i)))
            f.hiddenIds.insert(m_corpus->events.at(i).id);
    return f;
}

bool Workspace::isVisible(int claimIndex) const
{
    return m_reviewFilter.accepts(claimState(claimIndex)) && m_filter.accepts(*m_corpus, m_corpus->claims.at(claimIndex));
}

bool Workspace::isEventVisible(int eventIndex) const
{
    return m_reviewFilter.accepts(eventState(eventIndex)) && m_filter.accepts(*m_corpus, m_corpus->events.at(eventIndex));
}

} // namespace claimline::ui
