#pragma once

#include "Figure.h"
#include "dates/TemporalMention.h"
#include "model/Article.h"

#include <QList>
#include <QStringView>

namespace claimline {

// Everything known about one sentence when claims, attributions and events are decided.
struct SentenceContext
{
    QStringView text;                 // the whole document text (spans are absolute)
    TextSpan span;                    // this sentence
    const Article *article = nullptr;
    int indexInArticle = 0;
    bool isHeadline = false;
    QList<TemporalMention> dates;     // resolved against the article's publication date
    QList<Figure> figures;

    QStringView sentence() const { return text.mid(span.start, span.length()); }
};

} // namespace claimline
