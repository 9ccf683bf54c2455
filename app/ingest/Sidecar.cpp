#include "Sidecar.h"

namespace claimline {

// STUB (owned by the text/ingest work).
Sidecar readSidecarFor(const QString &, Diagnostics &)
{
    return {};
}

} // namespace claimline
