#include "SentenceSplitter.h"

namespace claimline {

// STUB (owned by the text/ingest work): the whole paragraph is one sentence.
QList<TextSpan> splitSentences(QStringView, TextSpan paragraph)
{
    return {paragraph};
}

} // namespace claimline
