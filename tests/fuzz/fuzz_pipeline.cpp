#include "FuzzInput.h"
#include "pipeline/Pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const claimline::Pipeline pipeline(claimline::PipelineOptions{64ll * 1024 * 1024, 1, {}});
    // The first byte picks the format, so HTML and text paths are both explored.
    const char *name = size > 0 && (data[0] & 1) ? "fuzz.html" : "fuzz.txt";
    const claimline::Corpus corpus = pipeline.runOnBuffers({{QString::fromLatin1(name), fuzzBytes(data, size)}});
    if (!corpus.checkConsistency().isEmpty())
        __builtin_trap();
    return 0;
}
