#include "TemporalTagger.h"

namespace claimline {

// STUB (owned by the dates work).
TemporalTagger::TemporalTagger() = default;

QList<TemporalMention> TemporalTagger::tag(QStringView, TextSpan, QDate) const
{
    return {};
}

} // namespace claimline
