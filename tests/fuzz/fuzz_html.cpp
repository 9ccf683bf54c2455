#include "FuzzInput.h"
#include "text/HtmlText.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    claimline::htmlToText(fuzzText(data, size), QStringLiteral("fuzz.html"));
    return 0;
}
