#pragma once

#include "Article.h"
#include "Claim.h"
#include "ClaimGroup.h"
#include "Diagnostic.h"
#include "Document.h"
#include "Event.h"

#include <QList>
#include <QStringView>

namespace claimline {

// The parsed model: documents → articles → claims and events, plus comparison groups.
// A plain value: the pipeline builds it, views read it. Cross references are indexes.
struct Corpus
{
    QList<Document> documents;
    QList<Article> articles;
    QList<Claim> claims;
    QList<Event> events;
    QList<ClaimGroup> groups;
    Diagnostics diagnostics;   // problems met while reading, in input order

    QStringView textOf(int documentIndex, const TextSpan &span) const;
    QStringView quote(const Claim &claim) const { return textOf(claim.documentIndex, claim.quoteSpan); }
    QStringView quote(const EventMention &m) const { return textOf(m.documentIndex, m.span); }
    const Article *articleOf(const Claim &claim) const;
    QString outletOf(const Claim &claim) const;

    // Checks every cross reference and span; returns an empty string when consistent,
    // else a description of the first problem. Tests assert it after every change.
    QString checkConsistency() const;
};

} // namespace claimline
