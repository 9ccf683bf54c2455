#pragma once

#include "model/Article.h"
#include "model/TextSpan.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace claimline {

struct PublicationDateInput
{
    QStringView text;              // the whole document text
    QList<TextSpan> datelines;     // from ArticleLayout
    QList<TextSpan> paragraphs;    // content paragraphs of the article
    int contextYear = 0;           // best year for year-less dates (see contextYearOf), 0 = unknown
};

struct PublicationDateGuess
{
    QDate date;                    // invalid when nothing fixes it
    DateProvenance from = DateProvenance::Unknown;
    int weekday = 0;               // 1..7 when the text says "on Tuesday" of the news itself, else 0
};

// The most recent explicit year the document's text mentions (a scraped page shares it
// between its articles), 0 when none.
int contextYearOf(QStringView documentText);

// From a dateline when there is one; else from the content: the latest day-precise date the
// article reports as news, moved forward to a weekday it names ("announced Tuesday" after
// "on June 15" → the Tuesday after).
PublicationDateGuess guessPublicationDate(const PublicationDateInput &input);

// For articles whose own text does not fix a date but names a weekday: the nearest date of
// that weekday among the other articles' dates (articles collected together are usually
// from one news cycle). Marks them DateProvenance::Corpus.
void completeFromCorpus(QList<PublicationDateGuess> &guesses);

} // namespace claimline
