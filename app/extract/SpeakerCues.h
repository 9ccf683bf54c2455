#pragma once

#include "model/TextSpan.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace claimline {

// One place in a sentence where the text names who says something: the subject of a
// reporting verb ("X said", "…, says X"), the object of "according to", "citing", or the
// author of a report ("a report from X", "X's readout"). Offsets are relative to the
// sentence given to findSpeakerCues.
struct SpeakerCue
{
    enum class Kind { Subject, According, Citing, ReportSource };
    Kind kind = Kind::Subject;
    QString surface;     // the words naming the speaker, as written
    TextSpan nameSpan;   // where they stand
    TextSpan cueSpan;    // the whole cue ("according to TASS", "Shoigu told")
    QString relayedBy;   // for Citing: who cites ("TASS" in "TASS, citing X, reported")
    bool pronoun = false;       // "he said": refers back to the last named speaker
    bool backReference = false; // "the Russian official", "the ministry": likewise
    QString head;               // lowercase last word of a back reference ("ministry")
};

// Whether the period at `dotAt` ends an abbreviation that never ends a sentence ("Gen.",
// "Mr."; abbreviations.json 'neverEnd'), for code that finds the sentences next to one.
bool endsTitleAbbreviation(QStringView text, qsizetype dotAt);

// Finds every speaker cue in a sentence. `dateSpans` (relative offsets) are skipped
// between a speaker and its verb ("Russian state media on Tuesday cited …").
QList<SpeakerCue> findSpeakerCues(QStringView sentence, const QList<TextSpan> &dateSpans = {});

struct SentenceContext;

// The same on a sentence of the pipeline: reads its word tokens rather than its characters
// where they cut it alike.
QList<SpeakerCue> findSpeakerCues(const SentenceContext &sentence, const QList<TextSpan> &dateSpans);

} // namespace claimline
