#pragma once

#include "DayInterval.h"
#include "TextSpan.h"

#include <QList>
#include <QString>

namespace claimline {

// One place in a text that reports a dated happening.
struct EventMention
{
    int documentIndex = -1;
    int articleIndex = -1;
    TextSpan span;           // the sentence that reports it
    DayInterval date;        // as this mention dates it
};

// A dated happening (a visit, a signing, a report's release), merged across sources.
struct Event
{
    QString id;
    QString kind;            // event class from the lexicon: "meeting", "signing", "deployment"…
    QString label;           // short human label
    DayInterval date;        // the most precise date the mentions agree on
    QList<EventMention> mentions;
};

} // namespace claimline
