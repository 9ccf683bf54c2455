#pragma once

#include "SpellingShapes.h"
#include "text/SubstringSet.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <mutex>

namespace claimline {

// Outlet names from resources/lexicon/outlets.json.
class OutletFinder
{
public:
    static const OutletFinder &instance();

    // The canonical name of a known outlet written as `name` (any alias, any case), or "".
    QString canonical(QStringView name) const;
    // A known outlet named inside `text` where it is glued to the words around it, as in a
    // scraped byline block "HeadlineThe Kyiv IndependentAuthor Name"; or "".
    QString gluedIn(QStringView text) const;
    // A non-wire outlet the article speaks as, from phrases like "told Business Insider";
    // a wire cited as a source ("told Reuters", "AP reports") does not count.
    QString speakingIn(QStringView text) const;
    // The outlet a page line states as the article's own: a line that is only its name
    // ("Kyiv Post", "**Bloomberg**"), a wire's dateline ("GOMA, Congo (Reuters) -"), a
    // copyright notice ("Copyright 2025 The Associated Press"), a staff byline or an opening
    // dateline (below); or "".
    QString ownedBy(QStringView line) const;
    // A known outlet signing as its newsroom: "By Al Jazeera Staff", "*Middle East Eye staff
    // and agencies* · 16 June 2025" (outlets.json 'staffBylines'); or "".
    QString signedAsStaff(QStringView line) const;
    // A known outlet a page's own promotion names: "Sign up for the Breaking Defense daily
    // brief." (outlets.json 'promotionPatterns'); or "".
    QString promotedIn(QStringView line) const;
    // A known outlet opening a short dateline line: "AFP, Bamako — 2 June 2025"; or "".
    QString openingDateline(QStringView line) const;
    // A known outlet named by a web page's title, "Headline | Al Jazeera", "BBC News -
    // Headline"; or "".
    QString namedByPageTitle(QStringView title) const;
    // True when a byline's words describe a person's job, not an outlet
    // ("South East Asia correspondent, Mandalay"): outlets.json 'role_words'.
    bool namesARole(QStringView hint) const;

private:
    OutletFinder();
    struct Entry
    {
        QString name;
        QStringList spellings;
        bool wire = false;
    };
    QList<Entry> m_entries;
    QHash<QString, QString> m_byFolded; // case-folded spelling → canonical name
    SpellingShapes m_spellingShapes;    // of m_byFolded's keys: most names asked for are none
    // Compiled (and JIT-compiled, the bulk of the finder's start-up) on first use: only
    // paragraphs that name an outlet reach them.
    QList<QRegularExpression> m_speaking;
    QStringList m_promotionPatterns;
    mutable std::once_flag m_promotionCompiled;
    mutable QList<QRegularExpression> m_promotion;
    SubstringSet m_speakerNames{{}}; // the names OUTLET stands for
    bool m_speakingNeedsName = false; // no pattern can match without one of them
    QStringList m_roleWords;
    QStringList m_staffBylines; // longest first
    QString m_staffEnds;        // their last characters; empty when one is not ASCII
};

} // namespace claimline
