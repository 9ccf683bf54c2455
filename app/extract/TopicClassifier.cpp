#include "TopicClassifier.h"

namespace claimline {

// STUB (owned by the figures work).
TopicClassifier::TopicClassifier() = default;

std::optional<TopicMatch> TopicClassifier::classify(const SentenceContext &, int) const
{
    return std::nullopt;
}

} // namespace claimline
