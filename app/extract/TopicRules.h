#pragma once

#include "Figure.h"
#include "PhraseMatcher.h"
#include "Phrases.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include "text/WordSet.h"

namespace claimline {

// One line of the "rules" table of topics.json: when a figure counts this topic/measure.
struct TopicRule
{
    QString topic, measure, unit, subject;
    QSet<Figure::Kind> kinds;
    bool fraction = false;          // only shares written as fractions
    QList<Phrase> heads;            // the counted noun, matched as the end of the figure's noun
    bool headOptional = false;      // also matches a figure with no known noun
    // "topic/measure" this figure takes instead when the article's last toll before it was of
    // that topic: a bare "the death toll rose to 60" goes on with the toll the text is about.
    QString followsToll;
    QList<Phrase> cuesBefore, cuesAfter, cues;
    QList<QList<Phrase>> require;   // each group must occur in the clause
    QList<QList<Phrase>> requireSentence; // each group must occur somewhere in the sentence
    QList<Phrase> notCues;
    QStringList derive;             // "topic/measure" of the figure this one is a share of
    // The lists above as registered with TopicRules::matcher.
    int headsList = -1, cuesBeforeList = -1, cuesAfterList = -1, cuesList = -1, notCuesList = -1;
    std::vector<int> requireLists, requireSentenceLists;

    bool needsCue() const { return !cuesBefore.isEmpty() || !cuesAfter.isEmpty() || !cues.isEmpty() || !require.isEmpty()
                                   || !requireSentence.isEmpty(); }
};

// topics.json, parsed for matching.
struct TopicRules
{
    QList<TopicRule> rules;         // precedence order
    QList<Phrase> allHeads;         // every head of every rule, longest first
    PhraseMatcher matcher;          // every phrase list above, matched once per sentence
    int allHeadsList = -1;
    WordSet boundaries, headStops, headModifiers, partitive, inheritAfter, subjectSkip, cueStarts;
    // "killing 9 people and wounding 134": a verb of its own between connector and number;
    // "and wounded 47 others": a pronoun noun that stands for the previous figure's.
    WordSet inheritVerbs, inheritPronouns;
    // "and"/"or": joins figures that share a verb, and may open a clause of its own
    // ("… and that 150 were missing": clauseOpeners; "… and forced …": a verb, by its ending
    // or irregularVerbs).
    WordSet coordinators, clauseOpeners, irregularVerbs;
    // "the", "their": a cue word behind one is a noun ("to carry the injured"), not a predicate.
    WordSet determiners;
    // "27 people were killed, including 11 children": a figure right after one of these
    // counts part of the previous figure, under the same verbs.
    QList<Phrase> subsetCues;
    int maxModifiers = 4;
    QHash<QString, double> usdRates;
    QHash<QString, QString> mixed;  // topic → measure for a coordination of two kinds of noun

    static TopicRules fromJson(const QJsonObject &lexicon);
};

} // namespace claimline
