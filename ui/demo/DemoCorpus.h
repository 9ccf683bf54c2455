#pragma once

#include "model/Corpus.h"

namespace claimline::ui {

// A small invented corpus with agreeing and disagreeing figures, events and a diagnostic:
// for the hidden `--demo` start (screenshots) and for tests that need "something realistic".
Corpus makeDemoCorpus();

} // namespace claimline::ui
