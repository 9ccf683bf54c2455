#include "TemporalTagger.h"

#include "DateScanner.h"

#include <algorithm>

namespace claimline {

TemporalTagger::TemporalTagger() = default;

QList<TemporalMention> TemporalTagger::tag(QStringView text, TextSpan span, QDate reference) const
{
    const qsizetype start = std::clamp<qsizetype>(span.start, 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(span.end, start, text.size());
    if (start >= end)
        return {};
    if (!reference.isValid())
        reference = QDate::currentDate();
    // One buffer per thread: spans are tagged by the thousand, each a few dozen tokens.
    thread_local std::vector<dates::Token> tokens;
    dates::tokenize(text, start, end, tokens);
    dates::Scanner scanner(text, reference, tokens);
    return scanner.run();
}

} // namespace claimline
