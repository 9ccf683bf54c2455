#pragma once

#include "model/Corpus.h"

namespace claimline {

// The corpus-wide steps of the pipeline (dates restated across articles, events merged
// across documents, comparison groups), for a corpus assembled from separately extracted
// shards (`extract --jsonl` → `import --jsonl`): the reduce after the map.
void reduceCorpus(Corpus &corpus);

} // namespace claimline
