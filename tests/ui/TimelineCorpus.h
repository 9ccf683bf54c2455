#pragma once

#include "model/Corpus.h"

#include <QDate>
#include <QString>

namespace claimline::test {

// A plausible corpus built in code: outlets publish articles whose sentences carry claims
// (some undated, some dated by a month, a season or a year) and events. Deterministic.
struct SyntheticSpec
{
    int claims = 40;
    int events = 6;
    int undated = 0;          // extra claims without as_of
    int claimants = 6;
    QDate from = QDate(2024, 1, 1);
    int days = 540;           // dates fall in [from, from + days)
    double intervalShare = 0.25; // share of claims dated by a month, a season or a year
    quint32 seed = 7;
};

Corpus syntheticCorpus(const SyntheticSpec &spec);

// One claim per entry, all by `claimant` in one article: for tests that need exact dates.
struct PlannedClaim
{
    DayInterval asOf;
    QString claimant = QStringLiteral("UN OCHA");
    QString topic = QStringLiteral("casualties");
    double low = 100;
};
Corpus plannedCorpus(const QList<PlannedClaim> &claims, const QList<DayInterval> &events = {});

} // namespace claimline::test
