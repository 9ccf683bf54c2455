#include "PlaceNames.h"

#include "Lexicon.h"
#include "text/Lowercase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <array>

namespace claimline {

namespace {

constexpr int kMostWords = 6; // "Democratic Republic of the Congo" and its like

bool isJoiner(QChar c)
{
    return c == u'.' || c == u'\'' || c == u'\u2019' || c == u'-';
}

// The end of the word at `i`: letters and digits, with a joiner inside ("U.S", "Guinea-Bissau",
// "People's") when a letter follows it.
qsizetype wordEnd(QStringView text, qsizetype i)
{
    qsizetype end = i;
    while (end < text.size()) {
        if (text[end].isLetterOrNumber())
            ++end;
        else if (isJoiner(text[end]) && end + 1 < text.size() && text[end + 1].isLetter() && end > i)
            ++end;
        else
            break;
    }
    return end;
}

bool startsWord(QStringView text, qsizetype i)
{
    return i == 0 || !(text[i - 1].isLetterOrNumber() || isJoiner(text[i - 1]));
}

// The endings a name takes in running text: a possessive ("Lebanon's") or a plural ("Afghans").
constexpr std::array<QStringView, 3> kEndings{u"s", u"'s", u"\u2019s"};

bool hasLowercase(QStringView s)
{
    for (QChar c : s)
        if (c.isLower())
            return true;
    return false;
}

QHash<QString, QStringList> lexiconCountries()
{
    QHash<QString, QStringList> out;
    const QJsonObject countries = loadLexicon(QStringLiteral("places")).value(QStringLiteral("countries")).toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        QStringList names;
        for (const QJsonValue &v : it.value().toArray())
            names.append(v.toString());
        out.insert(it.key(), names);
    }
    return out;
}

} // namespace

const PlaceNames &PlaceNames::instance()
{
    static const PlaceNames places;
    return places;
}

PlaceNames::PlaceNames() : PlaceNames(lexiconCountries()) {}

PlaceNames::PlaceNames(const QHash<QString, QStringList> &countries)
{
    QStringList keys = countries.keys();
    keys.sort(); // ids do not depend on hash order
    for (const QString &key : std::as_const(keys)) {
        m_keys.append(key);
        for (const QString &name : countries.value(key))
            add(int(m_keys.size()) - 1, name);
    }
}

void PlaceNames::add(int country, const QString &name)
{
    QString key;
    qsizetype firstWordLength = 0;
    int words = 0;
    for (qsizetype i = 0; i < name.size();) {
        const qsizetype end = wordEnd(name, i);
        if (end == i) {
            ++i;
            continue;
        }
        if (words++ > 0)
            key.append(u' ');
        appendLowercase(key, QStringView(name).mid(i, end - i));
        if (words == 1)
            firstWordLength = key.size();
        i = end;
    }
    if (words == 0 || words > kMostWords)
        return;
    // Each ending is a key of its own, so that a word is looked up once as it stands. A
    // name as the lexicon writes it wins over another name's ending.
    const bool capitalsOnly = !hasLowercase(name);
    m_names.insert(key, {country, capitalsOnly, 0});
    for (QStringView ending : kEndings) {
        const QString withEnding = key + ending;
        if (!m_names.find(withEnding))
            m_names.insert(withEnding, {country, capitalsOnly, int(ending.size())});
    }
    const QString first = key.left(firstWordLength);
    m_longestAfterFirst[first] = std::max(m_longestAfterFirst.value(first), words);
    if (words == 1)
        for (QStringView ending : kEndings) {
            const QString withEnding = first + ending;
            m_longestAfterFirst[withEnding] = std::max(m_longestAfterFirst.value(withEnding), 1);
        }
}

const PlaceNames::Name *PlaceNames::nameAt(QStringView text, qsizetype start, qsizetype &end) const
{
    // The words from `start`, lower-cased into one key on the stack (this runs at every
    // capitalised word); a name of n words is the key's prefix up to its n-th word.
    constexpr qsizetype kKeyCapacity = 96; // longer runs of words are no country's name
    std::array<char16_t, kKeyCapacity> key;
    qsizetype keyLength = 0;
    const auto append = [&](QStringView word) {
        if (keyLength + word.size() + 1 > kKeyCapacity)
            return false;
        for (const QChar c : word) {
            const char16_t u = c.unicode();
            key[size_t(keyLength++)] = u < 0x80 ? (u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toLower().unicode();
        }
        return true;
    };
    const auto keyUpTo = [&](qsizetype length) { return QStringView(key.data(), length); };

    std::array<qsizetype, kMostWords> wordEnds{}, keyEnds{};
    qsizetype at = wordEnd(text, start);
    end = at; // when no name starts here: where the next word may
    if (!append(text.mid(start, at - start)))
        return nullptr;
    const int most = m_longestAfterFirst.value(keyUpTo(keyLength));
    if (most == 0)
        return nullptr;
    int count = 0;
    wordEnds[size_t(count)] = at;
    keyEnds[size_t(count++)] = keyLength;
    while (count < most && at + 1 < text.size() && text[at] == u' ') {
        const qsizetype next = wordEnd(text, at + 1);
        if (next == at + 1)
            break;
        key[size_t(keyLength++)] = u' ';
        if (!append(text.mid(at + 1, next - at - 1)))
            break;
        at = next;
        wordEnds[size_t(count)] = at;
        keyEnds[size_t(count++)] = keyLength;
    }
    for (int n = count; n >= 1; --n) {
        const Name *name = m_names.find(keyUpTo(keyEnds[size_t(n - 1)]));
        if (!name)
            continue;
        const qsizetype nameEnd = wordEnds[size_t(n - 1)];
        if (name->capitalsOnly && hasLowercase(text.mid(start, nameEnd - name->endingLength - start)))
            continue;
        end = nameEnd;
        return name;
    }
    return nullptr;
}

void PlaceNames::collect(QStringView text, std::vector<int> &ids) const
{
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (!c.isUpper() || !startsWord(text, i)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        if (const Name *name = nameAt(text, i, end))
            ids.push_back(name->country);
        i = end;
    }
}

} // namespace claimline
