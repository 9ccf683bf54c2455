#pragma once

#include "model/TextSpan.h"

#include <QString>

namespace claimline::ui {

// Text the analyst selected in an article of the review pane: what a hand-added claim or
// event quotes. `span` is in document coordinates.
struct ArticleTextSelection
{
    int article = -1;
    TextSpan span;
    QString text;

    bool isValid() const { return article >= 0 && !span.isEmpty(); }
};

} // namespace claimline::ui
