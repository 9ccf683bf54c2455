#pragma once

#include "model/TextSpan.h"

#include <QList>
#include <QStringView>

namespace claimline {

// Sentence boundaries inside one paragraph, aware of abbreviations ("U.S.", "Gen.",
// "Jan.", "Dr."), initials, decimals, ellipses and closing quotes. The abbreviation list
// is data (resources/lexicon/abbreviations.json). Spans are absolute: `paragraph` is the
// paragraph's span in `text`; returned spans are trimmed of surrounding whitespace.
QList<TextSpan> splitSentences(QStringView text, TextSpan paragraph);

} // namespace claimline
