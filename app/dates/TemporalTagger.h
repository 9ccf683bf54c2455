#pragma once

#include "TemporalMention.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace claimline {

// Finds every temporal expression in a span of text and resolves it against a reference
// date (the article's publication date): absolute dates ("June 19, 2024", "4 June",
// "August 2024"), weekdays ("Tuesday" = the latest such day on or before the reference),
// relative expressions ("last June", "earlier this year", "last fall", "late last year",
// "since late 2023", "in the last three months", "January and February", "early 2025"),
// seasons, and anchors to a date earlier in the same span ("13 days later", "the
// previous day"). Impossible dates ("February 30") are found but left unresolved.
// Stateless and thread-safe after construction.
class TemporalTagger
{
public:
    TemporalTagger();
    QList<TemporalMention> tag(QStringView text, TextSpan span, QDate reference) const;
};

} // namespace claimline
