#pragma once

#include "model/Diagnostic.h"

#include <QStringList>

namespace claimline {

struct CollectedFiles
{
    QStringList files;       // readable candidate files, sorted, each once
    Diagnostics diagnostics; // unreadable paths, symlink loops, skipped types
};

// Expands files and folders (recursively, following symlinks once, loops detected) into
// the .txt/.text/.md/.markdown/.html/.htm files to read. Sidecars (*.meta.json) are not inputs.
CollectedFiles collectInputFiles(const QStringList &paths);

} // namespace claimline
