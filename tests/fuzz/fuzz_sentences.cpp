#include "FuzzInput.h"
#include "text/SentenceSplitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzzText(data, size);
    qsizetype last = 0;
    for (const claimline::TextSpan &s : claimline::splitSentences(text, {0, text.size()})) {
        // Sentences are ordered, non-overlapping and inside the paragraph.
        if (s.start < last || s.end > text.size() || s.start > s.end)
            __builtin_trap();
        last = s.end;
    }
    return 0;
}
