#include "IdSets.h"

#include <algorithm>
#include <iterator>

namespace claimline {

int IdSets::idOf(std::vector<int> ids)
{
    if (ids.empty())
        return kEmpty;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const auto [it, added] = m_ids.try_emplace(std::move(ids), int(m_sets.size()));
    if (added)
        m_sets.push_back(&it->first);
    return it->second;
}

bool IdSets::agree(int a, int b) const
{
    if (a == kEmpty || b == kEmpty || a == b)
        return true;
    const std::vector<int> &x = *m_sets[size_t(a)], &y = *m_sets[size_t(b)];
    bool shared = false;
    for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end() && !shared;) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            shared = true;
    }
    return shared;
}

int IdSets::intersection(int a, int b)
{
    if (a == kEmpty || a == b)
        return b;
    if (b == kEmpty)
        return a;
    const std::vector<int> &x = *m_sets[size_t(a)], &y = *m_sets[size_t(b)];
    std::vector<int> both;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
    return idOf(std::move(both));
}

} // namespace claimline
