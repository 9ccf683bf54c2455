#pragma once

#include "SentenceContext.h"

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
// it remembers the last named speaker for pronouns.
class AttributionResolver
{
public:
    AttributionResolver();
    Attribution attribute(const SentenceContext &sentence, TextSpan figure);
    // Canonical name for a surface form, or the form itself when the lexicon lacks it.
    QString canonicalName(QStringView surface) const;

private:
    QString m_lastSpeaker;
    QStringList m_lastVia;
};

} // namespace claimline
