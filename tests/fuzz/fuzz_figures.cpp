#include "FuzzInput.h"
#include "extract/FigureFinder.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzzText(data, size);
    for (const claimline::Figure &f : claimline::findFigures(text, {0, text.size()}, {})) {
        if (f.span.start < 0 || f.span.end > text.size() || f.span.isEmpty())
            __builtin_trap();
        if (f.high && *f.high < f.low)
            __builtin_trap();
    }
    return 0;
}
