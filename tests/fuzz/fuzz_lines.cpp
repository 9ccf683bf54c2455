#include "FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return claimline::fuzz::fuzzOne(claimline::fuzz::checkLines, data, size);
}
