#include "FuzzInput.h"
#include "dates/TemporalTagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const claimline::TemporalTagger tagger;
    const QString text = fuzzText(data, size);
    for (const claimline::TemporalMention &m : tagger.tag(text, {0, text.size()}, QDate(2025, 6, 17))) {
        if (m.span.start < 0 || m.span.end > text.size() || m.span.isEmpty())
            __builtin_trap();
        if (m.interval.first.isValid() != m.interval.last.isValid())
            __builtin_trap();
    }
    return 0;
}
