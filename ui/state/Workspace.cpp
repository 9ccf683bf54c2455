#include "Workspace.h"

namespace claimline::ui {

Workspace::Workspace(QObject *parent) : QObject(parent), m_corpus(std::make_shared<const Corpus>()) {}

void Workspace::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_corpus = corpus ? std::move(corpus) : std::make_shared<const Corpus>();
    m_selection = {};
    Q_EMIT corpusChanged();
    Q_EMIT selectionChanged(m_selection);
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

bool Workspace::isVisible(int claimIndex) const
{
    return m_filter.accepts(*m_corpus, m_corpus->claims.at(claimIndex));
}

bool Workspace::isEventVisible(int eventIndex) const
{
    return m_filter.accepts(*m_corpus, m_corpus->events.at(eventIndex));
}

} // namespace claimline::ui
