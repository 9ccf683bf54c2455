#pragma once

#include "ArticleLayout.h"

#include <QList>
#include <QStringView>

namespace claimline {

// Splits a document's text into articles (a scraped page may hold several, each starting
// at a headline, often repeated), and lays each out: headline, outlet, dateline,
// content paragraphs, boilerplate. Patterns and outlet names are data
// (resources/lexicon/boilerplate.json, outlets.json). Always returns at least one article
// for a non-empty text.
QList<ArticleLayout> splitArticles(QStringView text);

} // namespace claimline
