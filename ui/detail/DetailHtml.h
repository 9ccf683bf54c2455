#pragma once

#include "model/Corpus.h"

#include <QString>

namespace claimline::ui {

// The detail panel's content as HTML (every text from the corpus escaped). Other claims
// link to "claim:<index>" so that the panel can select them.
QString claimDetailHtml(const Corpus &corpus, int claimIndex);
QString eventDetailHtml(const Corpus &corpus, int eventIndex);

// The sentence with up to `context` characters of the article around it (cut at sentence
// ends where possible): before, quote before figure, figure, quote after figure, after.
struct QuoteInContext
{
    QString before, quoteBefore, figure, quoteAfter, after;
};
QuoteInContext quoteInContext(const Corpus &corpus, const Claim &claim, int context = 280);

} // namespace claimline::ui
