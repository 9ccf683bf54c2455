#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "text/WordSet.h"

namespace claimline {

// The claimant lexicon (resources/lexicon/claimants.json) as a lookup: surface form →
// canonical name, after folding the ways names are written (case, possessives,
// defense/defence, "the British"/"UK"/"United Kingdom's"). Immutable after construction.
class ClaimantLexicon
{
public:
    struct Match
    {
        QString canonical;
        bool media = false;
    };

    static const ClaimantLexicon &instance(); // built once from the lexicons

    ClaimantLexicon();
    // The canonical name of a cleaned surface form; also tries the form without leading
    // words ("Russian state media outlet Tass" → TASS) and without a title.
    QString canonicalName(QStringView surface) const;
    // True when the name is a relaying outlet (wire service, state media, a newspaper).
    bool isMedia(const QString &name) const;
    // "Russian Security Council Secretary Sergei Shoigu" → "Sergei Shoigu"; else the input.
    QString stripTitle(const QString &surface) const;
    // The same on words already split: the index of the name's first word after the title
    // (4 for the example above), 0 when stripTitle() keeps the words whole. `word(i)` gives
    // word i as written, `lower(i)` as QString::toLower() makes it.
    template<typename Word, typename Lower>
    qsizetype nameStartAfterTitle(qsizetype count, Word word, Lower lower) const;
    QString normalize(QStringView surface) const;

private:
    const Match *lookup(const QString &normalized) const;

    QHash<QString, Match> m_aliases; // normalized alias → match
    QSet<QString> m_mediaCanonical;
    QList<QPair<QString, QString>> m_countryForms; // form → key, longest first
    QList<qsizetype> m_countryFirstWordLength;     // of each form: its length up to the first space
    WordSet m_titles;                            // lowercase, one or two words
    QSet<QString> m_mediaHeads;
};

template<typename Word, typename Lower>
qsizetype ClaimantLexicon::nameStartAfterTitle(qsizetype count, Word word, Lower lower) const
{
    // The name is the capitalised run after the last title word ("… analyst Soo Kim").
    QString pair; // two title words, as the lexicon lists them
    for (qsizetype i = count - 2; i >= 0; --i) {
        const QStringView w = lower(i);
        bool isTitle = m_titles.contains(w);
        if (!isTitle && i > 0) {
            pair.truncate(0);
            pair.append(lower(i - 1)).append(u' ').append(w);
            isTitle = m_titles.contains(pair);
        }
        if (!isTitle)
            continue;
        for (qsizetype k = i + 1; k < count; ++k) {
            const QStringView name = word(k);
            if (name.isEmpty() || !name.front().isUpper())
                return 0;
        }
        return i + 1;
    }
    return 0;
}

} // namespace claimline
