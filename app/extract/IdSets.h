#pragma once

#include <map>
#include <vector>

namespace claimline {

// Sets of small ids, each stored once: two sets agree when they share an id, or when
// either is empty (it says nothing).
class IdSets
{
public:
    static constexpr int kEmpty = -1;

    int idOf(std::vector<int> ids); // sorted and deduplicated here; kEmpty when empty
    bool agree(int a, int b) const;
    int intersection(int a, int b); // what both say: the other when one is empty

private:
    std::map<std::vector<int>, int> m_ids;
    std::vector<const std::vector<int> *> m_sets; // id → its set (keys of m_ids)
};

} // namespace claimline
