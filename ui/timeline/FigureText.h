#pragma once

#include "model/Corpus.h"

#include <QString>

namespace claimline::ui {

// How the timeline words its items. Short labels go on markers, the rest in tooltips.

// The figure with its hedge: "≥6,000", "3,800–4,000", "~600", "12%", "$4.5 bn".
QString figureLabel(const Claim &claim);
// A date interval as people say it: "4 Jun 2024", "Jun 2024", "2024", "1 Sep – 30 Nov 2024".
QString dayIntervalLabel(const DayInterval &days);
// Multi-line plain text for a hover tooltip.
QString claimTooltip(const Corpus &corpus, const Claim &claim);
QString eventTooltip(const Corpus &corpus, const Event &event);

} // namespace claimline::ui
