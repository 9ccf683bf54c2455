#pragma once

#include "SentenceContext.h"

#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace claimline {

struct TopicRules;

struct TopicMatch
{
    QString topic;        // vocabulary of resources/lexicon/topics.json
    QString measure;
    QString subject;      // short: whose or what figure ("North Korean troops")
    double low = 0;       // the figure's value in the measure's unit (may differ from the
    std::optional<double> high; // raw figure: "two-thirds of the 4,000 losses" → 2,667)
    Qualifier qualifier = Qualifier::Exact;
    QString unit;         // "count", "usd", "km2", "percent"
    QString followsToll;  // the rule's follows_toll: "casualties/killed" when the toll before was military
};

// Decides what a figure counts from the nouns and verbs around it (lexicon as data:
// resources/lexicon/topics.json, extendable without recompiling). nullopt when the figure
// counts nothing in the vocabulary ("10 digital journalists", "100 times the wage").
class TopicClassifier
{
public:
    TopicClassifier();                                  // loadLexicon("topics")
    explicit TopicClassifier(const QJsonObject &lexicon); // a lexicon of the same shape
    std::optional<TopicMatch> classify(const SentenceContext &sentence, int figureIndex) const;

private:
    std::optional<TopicMatch> readInSentence(const SentenceContext &sentence, int figureIndex) const;
    // A toll with no noun of its own goes on with the article's last toll before it.
    std::optional<TopicMatch> followTolls(const SentenceContext &sentence, int figureIndex,
                                          std::optional<TopicMatch> match) const;

    std::shared_ptr<const TopicRules> m_rules;
};

} // namespace claimline
