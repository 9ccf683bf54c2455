#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

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
    QString normalize(QStringView surface) const;

private:
    const Match *lookup(const QString &normalized) const;

    QHash<QString, Match> m_aliases; // normalized alias → match
    QSet<QString> m_mediaCanonical;
    QList<QPair<QString, QString>> m_countryForms; // form → key, longest first
    QSet<QString> m_titles;                      // lowercase, one or two words
    QSet<QString> m_mediaHeads;
};

} // namespace claimline
