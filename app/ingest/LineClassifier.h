#pragma once

#include "model/TextSpan.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace claimline {

// What one line of a scraped page looks like, before knowing which article it is in.
enum class LineKind {
    Boilerplate, // site apparatus: "Related:", "- Advertisement -", "Table of Contents", weather
    Appeal,      // donation / subscription appeal: ends an article's body
    EndSection,  // "Sources", "Leave a Comment", "About the author": the rest is apparatus
    Caption,     // image caption, alt text before one, photo credit
    Byline,      // "By X", "The X Digital Team", "© X": may name the outlet
    Dateline,    // a line that only states a date
    Keywords,    // a run of lower-case scraped keywords
    AllCaps,     // an all-caps related-story link
    Heading,     // a short line without final punctuation: headline, subhead, teaser
    Bullet,      // a list item
    Body,        // a sentence-like paragraph
    Other,       // anything else (short fragments, table rows)
};

struct Line
{
    TextSpan span;      // trimmed
    QString text;       // trimmed
    QString key;        // normalized for comparison (quotes folded, spaces simplified, case folded)
    LineKind kind = LineKind::Other;
    QString outletHint; // for Byline: the outlet it names, if any
    int words = 0;
};

// Splits into non-empty lines and classifies each with the boilerplate lexicon.
QList<Line> classifyLines(QStringView text);

QString comparisonKey(QStringView line);
bool isContentKind(LineKind kind);
bool isBodyKind(const Line &line);

} // namespace claimline
