#pragma once

#include "SentenceContext.h"
#include "SpeakerCues.h"

#include <QString>
#include <QStringList>

namespace claimline {

struct Attribution
{
    QString claimant;   // canonical name (resources/lexicon/claimants.json) or the span's own words
    QStringList via;    // intermediaries, outermost first ("TASS" in "TASS reported, citing …")
    TextSpan cue;       // the words that attribute it ("according to X", "X said")
    bool found() const { return !claimant.isEmpty(); }
};

// Who the text credits for a statement: "according to X", "X said/reported/estimated",
// "X's … update", a quoted speaker, a pronoun referring back to the last named speaker;
// folded to canonical names with an alias lexicon (data). One instance per article:
// it remembers the last named speaker for pronouns. Relaying outlets (wire services,
// state media) become `via` when the text names the source they relay.
class AttributionResolver
{
public:
    AttributionResolver();
    Attribution attribute(const SentenceContext &sentence, TextSpan figure);
    // Lets the resolver see a sentence without figures, so that a later "he said" or a
    // bare quotation finds its speaker. attribute() also catches up on skipped text.
    void observe(const SentenceContext &sentence);
    // Canonical name for a surface form, or the form itself when the lexicon lacks it.
    QString canonicalName(QStringView surface) const;

private:
    struct Speaker
    {
        QString name;
        QString surface; // lowercase words of the text that named it
        QStringList via;
        TextSpan cue; // absolute
        bool media = false;
    };
    // `context`: the sentence's own, when `sentence` is one (not a clause read in between).
    QList<Speaker> speakersIn(QStringView sentence, qsizetype offset, const QList<TextSpan> &dates,
                              const SentenceContext *context = nullptr) const;
    void remember(const QList<Speaker> &speakers);
    void catchUp(const SentenceContext &sentence);

    // The cues of the last sentence read: attribute() runs once per figure, often several
    // times on one sentence, and finding cues is the costly part.
    struct CueCache
    {
        qsizetype offset = -1;
        qsizetype size = 0;
        QList<TextSpan> dates;
        QList<SpeakerCue> cues;
        QList<Speaker> speakers; // one per cue; pronouns and back references still unnamed
    };
    mutable CueCache m_cueCache;

    // Recent speakers, newest last: "the ministry" refers back to the last one whose name
    // has that word.
    QList<Speaker> m_recent;
    QString backReferredName(const QString &head) const;

    QString m_lastSpeaker;
    QStringList m_lastVia;
    QString m_lastAny;              // for "it": organisations included
    qsizetype m_seenUpTo = -1;      // absolute offset up to which the article was read
};

} // namespace claimline
