#include "HtmlText.h"

namespace claimline {

// STUB (owned by the text/ingest work).
HtmlText htmlToText(const QString &html, const QString &)
{
    return {html, {}, {}};
}

} // namespace claimline
