#include "FuzzInput.h"
#include "text/TextDecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const claimline::DecodedText out = claimline::decodeBytes(fuzzBytes(data, size), QStringLiteral("fuzz.txt"));
    if (!out.looksBinary && size > 0 && out.text.isEmpty() && out.diagnostics.isEmpty())
        __builtin_trap(); // non-empty text input must not vanish silently
    return 0;
}
