#pragma once

#include "model/TextSpan.h"

#include <QList>
#include <QString>

namespace claimline {

// What the layout pass finds of one article in a document's text.
struct ArticleLayout
{
    TextSpan span;               // the whole article
    TextSpan titleSpan;          // headline (empty when none is found)
    QString outlet;              // when the text names it (byline, "The X Digital Team", copyright)
    QList<TextSpan> datelines;   // lines that state the publication date ("Tuesday, June 17, 2025")
    QList<TextSpan> paragraphs;  // content paragraphs, boilerplate and repeats removed, in order
    QList<TextSpan> boilerplate; // dropped: donation appeals, "Related:", ads, captions repeated…
};

} // namespace claimline
