#pragma once

#include "DayInterval.h"
#include "Qualifier.h"
#include "TextSpan.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace claimline {

// Where a claim's as_of comes from, most direct first.
enum class AsOfSource {
    Text,        // a date expression in the claim's own sentence
    OtherReport, // the same statement dated by another article
    Publication, // the article's publication day (a statement reported as news)
    Unknown
};
QString asOfSourceName(AsOfSource s);           // "text", "other_report", "publication", "unknown"
AsOfSource asOfSourceFromName(QStringView name); // Unknown for any other name
// For claims read back without it (older JSON lines, projects, which do not store it): a
// date that is the article's publication day reads as one.
inline AsOfSource inferredAsOfSource(const DayInterval &asOf, const QDate &published)
{
    return asOf.isValid() && published.isValid() && asOf == DayInterval::day(published) ? AsOfSource::Publication
                                                                                           : AsOfSource::Text;
}

// One figure that a text states about the world, and who the text says it comes from.
// The quote is not copied: it is the text under `quoteSpan` in the claim's document.
struct Claim
{
    QString id;              // stable: document id + figure offset
    int documentIndex = -1;
    int articleIndex = -1;   // index into Corpus::articles
    TextSpan quoteSpan;      // the sentence or clause stating the figure
    TextSpan figureSpan;     // the figure itself, qualifier included ("about 3,800 to 4,000")

    QString topic;           // e.g. "casualties" (vocabulary: resources/lexicon/topics.json)
    QString measure;         // e.g. "killed_or_wounded"
    double low = 0;
    std::optional<double> high;  // set for ranges only
    Qualifier qualifier = Qualifier::Exact;
    QString unit;            // "count", "usd", "km2", "percent"

    QString claimant;        // canonical name of the original source; the outlet when unattributed
    QStringList via;         // intermediaries, outermost first: "TASS" in "TASS, citing the Council"
    bool attributed = false; // false: the claimant is the outlet by default
    DayInterval asOf;        // the days the figure holds for; invalid when unknown
    AsOfSource asOfFrom = AsOfSource::Unknown;
    QString subject;         // short free text: whose or what figure it is

    int groupIndex = -1;     // index into Corpus::groups

    bool isRange() const { return high.has_value(); }
};

} // namespace claimline
