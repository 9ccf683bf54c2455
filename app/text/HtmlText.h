#pragma once

#include "model/Diagnostic.h"

#include <QString>

namespace claimline {

struct HtmlText
{
    QString text;            // readable text: block elements become paragraphs ("\n\n")
    QString title;           // <title> or first <h1>, when present
    Diagnostics diagnostics;
};

// HTML → readable text with libxml2's HTML parser (no network, no scripts, recover mode).
// script/style/nav/footer/aside/form/iframe/noscript content is dropped; links are text.
HtmlText htmlToText(const QString &html, const QString &fileName);

} // namespace claimline
