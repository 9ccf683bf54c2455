#pragma once

#include "ProjectData.h"

#include <QJsonObject>
#include <optional>

namespace claimline {

// Reads `claimline extract --jsonl` output (one claimline-extract/1 document object per
// line) back into a corpus. Offsets in the JSON are code points; they become UTF-16 spans.
// The document text is not in the JSON: when the file at `path` still exists with the same
// sha256 it is read again (and kept as the project's content, so it can be re-extracted);
// otherwise the text is rebuilt from the quotes at their offsets (blanks elsewhere) and a
// warning says so. Events split over several lines (same id) are joined again.
struct JsonLinesImport
{
    Corpus corpus;
    QList<QByteArray> contents;   // parallel to corpus.documents; null when not found
};

// Lines that cannot be read are reported in `diagnostics` (file and line number) and
// skipped. Returns nullopt only when `file` cannot be opened.
std::optional<JsonLinesImport> importJsonLines(const QString &file, Diagnostics &diagnostics);

// Appends a corpus to a project (indexes shifted); documents whose sha256 and path are
// already there are skipped with an Info diagnostic.
void appendToProject(ProjectData &data, const JsonLinesImport &imported, Diagnostics &diagnostics);

} // namespace claimline
