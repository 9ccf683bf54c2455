#pragma once

#include "TextSpan.h"

#include <QDate>
#include <QString>

namespace claimline {

// Where an article's publication date came from, strongest first.
enum class DateProvenance { Sidecar, Dateline, Content, Corpus, Unknown };

// One article inside a document (a scraped page can hold several).
struct Article
{
    QString id;              // "<document id>-a", "-b", … in text order
    int documentIndex = -1;
    TextSpan span;           // the whole article in the document text
    TextSpan titleSpan;      // the headline as it stands in the text (may be empty)
    QString title;
    QString outlet;          // empty when the text does not name it
    QString url;             // from a sidecar only
    QDate published;         // invalid when unknown
    DateProvenance publishedFrom = DateProvenance::Unknown;
};

QString dateProvenanceName(DateProvenance p);

} // namespace claimline
