#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Scores a `claimline-extract/1` JSON object against the hand-made gold annotations,
// exactly as ../shared/gold/SCHEMA.md describes. Test-only: the application never reads
// the gold file.
struct GoldScores
{
    int goldKeys = 0, predictedKeys = 0, matchedKeys = 0;
    int attributionMatched = 0;                 // of matched keys
    int datedGoldKeys = 0, datingMatched = 0;   // of matched keys that gold dates
    int goldEvents = 0, eventsFound = 0;
    int spansChecked = 0, spansExact = 0;
    int goldArticles = 0, titlesFound = 0, outletsRight = 0, datesRight = 0;
    QStringList missedClaims, spuriousClaims, misattributed, misdated, missedEvents, badSpans;

    double precision() const { return predictedKeys ? double(matchedKeys) / predictedKeys : 0; }
    double recall() const { return goldKeys ? double(matchedKeys) / goldKeys : 0; }
    double f1() const { const double p = precision(), r = recall(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
    double attribution() const { return matchedKeys ? double(attributionMatched) / matchedKeys : 0; }
    double dating() const { return datedGoldKeys ? double(datingMatched) / datedGoldKeys : 0; }
    double eventRecall() const { return goldEvents ? double(eventsFound) / goldEvents : 0; }
    double spanExactness() const { return spansChecked ? double(spansExact) / spansChecked : 0; }
    QString report() const;
};

// `fileTexts`: file name → the file's text as the scorer reads it (UTF-8).
GoldScores scoreAgainstGold(const QJsonObject &gold, const QJsonObject &predicted,
                            const QHash<QString, QString> &fileTexts);
