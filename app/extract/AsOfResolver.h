#pragma once

#include "SentenceContext.h"
#include "model/Claim.h"

#include <optional>

namespace claimline {

struct Corpus;

struct AsOf
{
    DayInterval interval;
    AsOfSource source = AsOfSource::Unknown;
};

// The days a figure holds for, read from its sentence: the nearest date expression in
// the same parenthetical level ("(600 killed … as of April 2025)" dates only what is in its
// brackets); the union of the sentence's dates for a running total ("bringing the total
// to 14,000"); a "since" expression runs to publication; a toll that counts up runs from when
// it began (the sentence before, or the day the article's story began) to when it was told.
// Without any: the publication day, marked as such (a statement reported as news holds on the
// day it is published).
AsOf asOfFor(const SentenceContext &sentence, const TextSpan &figure);

// The same for every figure of one sentence: what does not depend on the figure (which
// dates are candidates, what each date's clause says, the lower-cased text) is read once.
class SentenceDating
{
public:
    explicit SentenceDating(const SentenceContext &sentence);
    AsOf asOfFor(const TextSpan &figure) const;

    // Dates of the sentence before, by what they date.
    struct PreviousDates
    {
        DayInterval statement; // the last day a statement was said on
        DayInterval event;     // the last day something else happened on
        DayInterval since;     // the start of a stretch it opens ("since Friday")
    };

private:
    struct Candidate
    {
        const TemporalMention *mention;
        TextSpan brackets;      // the bracket pair holding it; empty when none
        bool opensByItself;     // "since …", or a start cue in a sentence in the perfect
        bool closes;            // "as of …"
        bool stated;            // the day of the statement: "the ministry said on Sunday"
    };
    QStringView lowerBetween(qsizetype from, qsizetype to) const;
    bool opensStretch(const Candidate &c, const TextSpan &figure) const;
    bool isRunningTotal(const TextSpan &figure) const; // a cumulative cue just before it
    bool opensInLaterClause(const Candidate &c, const TextSpan &figure) const;
    bool inEarlierRelativeClause(const Candidate &c, const TextSpan &figure) const;
    bool tellsSimplePast() const;
    bool toldAhead(const TextSpan &figure) const; // a future cue in the figure's clause, before it
    DayInterval tollStart(const DayInterval &toldOn) const;
    bool clauseBreakBetween(TextSpan between) const;
    bool followsContrastedFigure(const Candidate &c, const TextSpan &figure) const;
    bool spansAComparison(const Candidate &c, const TextSpan &figure) const;

    const SentenceContext &m_ctx;
    QString m_lower; // the sentence lower-cased unit for unit: offsets match the text
    QList<Candidate> m_candidates;
    mutable std::optional<PreviousDates> m_previous; // read on first need
    mutable std::optional<DayInterval> m_next;
    mutable std::optional<DayInterval> m_storyBegan; // the article's first event, read on first need
    const PreviousDates &previousDates() const;
    DayInterval nextDates() const;
    // Each of these scans the sentence: read on first need (most sentences never ask).
    bool inPerfect() const;           // "has", "have" or "had": reported speech keeps the perfect
    bool presentPerfect() const;      // "has killed": a count that runs up to when it is said
    bool tellsToll() const;           // counts the dead or hurt (toll_words): a count that grows
    const QList<TextSpan> &cumulativeCues() const; // "in total", "has risen to": where the sentence says them
    mutable std::optional<bool> m_perfect, m_presentPerfect, m_simplePast, m_toll;
    mutable std::optional<QList<TextSpan>> m_cumulativeCues;
};

// Corpus pass: a claim dated only by its article's publication takes the date another
// article gives the same statement (same claimant, topic, measure and value), when that
// date is not after its own publication: syndicated copy often drops the date.
void adoptDatesOfSameStatements(Corpus &corpus);

} // namespace claimline
