#pragma once

#include "text/WordLookup.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace claimline {

// The countries a text names, from the gazetteer in resources/lexicon/places.json: names,
// demonyms and the capitals that stand for governments ("Moscow said"). A name is matched
// as capitalised words, longest first ("South Sudanese" before "Sudanese"), with its
// possessive or plural dropped ("Lebanon's", "Afghans"); a name the lexicon writes in
// capitals only ("US", "UK") matches only in capitals, so "Us" and "us" stay pronouns.
// Immutable after construction.
class PlaceNames
{
public:
    static const PlaceNames &instance(); // built once from the lexicons

    PlaceNames(); // the built-in lexicon, extended from $CLAIMLINE_LEXICON_DIR
    explicit PlaceNames(const QHash<QString, QStringList> &countries); // key → names

    // Appends the ids of the countries named in `text`, in text order (with repeats).
    void collect(QStringView text, std::vector<int> &ids) const;
    QString keyOf(int id) const { return m_keys.value(id); }

private:
    struct Name
    {
        int country = -1;
        bool capitalsOnly = false;
        int endingLength = 0; // of the possessive or plural this key ends with
    };
    void add(int country, const QString &name);
    // The name that starts at `start`, if any; `end` is where it ends, or else the first word.
    const Name *nameAt(QStringView text, qsizetype start, qsizetype &end) const;

    QStringList m_keys;                   // country id → lexicon key
    WordLookup<Name> m_names;             // lowercase words joined by single spaces
    WordLookup<int> m_longestAfterFirst;  // first word → most words of a name it begins
};

} // namespace claimline
