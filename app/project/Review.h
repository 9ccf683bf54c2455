#pragma once

#include "model/DayInterval.h"
#include "model/Qualifier.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace claimline {

enum class ReviewState { Unreviewed, Confirmed, Disputed, Rejected };

QString reviewStateName(ReviewState s);                          // "confirmed"
std::optional<ReviewState> reviewStateFromName(const QString &name);

// A day ("2025-06-03") or "first..last", as the analyst types it; nullopt when unreadable.
std::optional<DayInterval> dayIntervalFromText(const QString &text);

// The analyst's overrides of extracted claim values; unset fields keep the extracted value.
struct ClaimCorrections
{
    std::optional<double> low;
    std::optional<double> high;          // a corrected range end
    std::optional<Qualifier> qualifier;
    std::optional<QString> claimant;
    std::optional<DayInterval> asOf;
    std::optional<QString> topic;
    std::optional<QString> measure;

    bool isEmpty() const { return *this == ClaimCorrections{}; }
    friend bool operator==(const ClaimCorrections &, const ClaimCorrections &) = default;
};

enum class CorrectionField { Low, High, Qualifier, Claimant, AsOf, Topic, Measure };

// What the analyst said about one claim or event. Keyed outside by a stable identity (see
// StableKey.h), so it survives re-extraction.
struct ReviewRecord
{
    ReviewState state = ReviewState::Unreviewed;
    QString note;
    QStringList tags;
    ClaimCorrections corrections;        // claims only

    bool isEmpty() const { return *this == ReviewRecord{}; }
    friend bool operator==(const ReviewRecord &, const ReviewRecord &) = default;
};

} // namespace claimline
