#pragma once

#include "model/Corpus.h"

#include <QJsonObject>

namespace claimline {

// The `claimline-extract/1` JSON shape (field names and vocabulary of SCHEMA.md, plus id,
// start and end). Offsets are Unicode code points into the document text. Deterministic.
QJsonObject corpusToJson(const Corpus &corpus);

// One document with its articles, claims and events (for --jsonl streaming).
QJsonObject documentToJson(const Corpus &corpus, int documentIndex);

} // namespace claimline
