#include "FileCollector.h"

namespace claimline {

// STUB (owned by the text/ingest work).
CollectedFiles collectInputFiles(const QStringList &paths)
{
    return {paths, {}};
}

} // namespace claimline
