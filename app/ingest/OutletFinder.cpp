#include "OutletFinder.h"

#include "extract/Lexicon.h"
#include "text/Utf16.h"
#include "text/WordRuns.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonObject>
#include <QRegularExpression>

namespace claimline {

const OutletFinder &OutletFinder::instance()
{
    static const OutletFinder finder;
    return finder;
}

OutletFinder::OutletFinder()
{
    const QJsonObject lex = loadLexicon(QStringLiteral("outlets"));
    for (const QJsonValue &v : lex.value(u"role_words").toArray())
        m_roleWords.append(v.toString());
    for (const QJsonValue &v : lex.value(u"staffBylines").toArray())
        if (!v.toString().isEmpty())
            m_staffBylines.append(v.toString());
    std::sort(m_staffBylines.begin(), m_staffBylines.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList speakers, allSpellings;
    for (const QJsonValue &v : lex.value(u"outlets").toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.name = o.value(u"name").toString();
        if (e.name.isEmpty())
            continue;
        e.wire = o.value(u"wire").toBool();
        e.spellings.append(e.name);
        for (const QJsonValue &a : o.value(u"aliases").toArray())
            e.spellings.append(a.toString());
        for (const QString &s : std::as_const(e.spellings)) {
            m_byFolded.insert(s.toCaseFolded(), e.name);
            if (!e.wire && s.size() >= 4) // short aliases ("FT", "DW") are too ambiguous in prose
                speakers.append(QRegularExpression::escape(s));
            allSpellings.append(QRegularExpression::escape(s));
        }
        m_entries.append(e);
    }
    // Longest first, so that "The Kyiv Independent" wins over "Kyiv Independent".
    const auto longestFirst = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    std::sort(speakers.begin(), speakers.end(), longestFirst);
    std::sort(allSpellings.begin(), allSpellings.end(), longestFirst);
    const QString names = QStringLiteral("(") + speakers.join(u'|') + u')';
    for (const QJsonValue &v : lex.value(u"speakingPatterns").toArray()) {
        QRegularExpression re(v.toString().replace(QStringLiteral("OUTLET"), names));
        if (re.isValid())
            m_speaking.append(re);
    }
    const QString allNames = QStringLiteral("(") + allSpellings.join(u'|') + u')';
    for (const QJsonValue &v : lex.value(u"promotionPatterns").toArray()) {
        QRegularExpression re(v.toString().replace(QStringLiteral("OUTLET"), allNames),
                              QRegularExpression::CaseInsensitiveOption);
        if (re.isValid())
            m_promotion.append(re);
    }
}

QString OutletFinder::canonical(QStringView name) const
{
    return m_byFolded.value(name.trimmed().toString().toCaseFolded());
}

QString OutletFinder::gluedIn(QStringView text) const
{
    QString best;
    qsizetype bestSize = 0;
    for (const Entry &e : m_entries) {
        for (const QString &s : e.spellings) {
            if (s.size() < 5 || s.size() <= bestSize)
                continue;
            for (qsizetype at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                const bool gluedBefore = at > 0 && text[at - 1].isLetterOrNumber();
                const qsizetype end = at + s.size();
                const bool gluedAfter = end < text.size() && text[end].isUpper();
                if (gluedBefore || gluedAfter) {
                    best = e.name;
                    bestSize = s.size();
                    break;
                }
            }
        }
    }
    return best;
}

QString OutletFinder::speakingIn(QStringView text) const
{
    const auto options = matchOptionsFor(text);
    for (const QRegularExpression &re : m_speaking) {
        const QRegularExpressionMatch m = re.match(text, 0, QRegularExpression::NormalMatch, options);
        if (m.hasMatch())
            return canonical(m.capturedView(1));
    }
    return {};
}

namespace {

// What may follow a staff byline: nothing, or a date or place after a separator
// ("* · 16 June 2025"); not more words ("Reuters staff strike over pay").
bool endsByline(QStringView rest)
{
    qsizetype i = 0;
    while (i < rest.size() && (rest[i] == u'*' || rest[i] == u'_' || rest[i].isSpace()))
        ++i;
    return i == rest.size() || QStringView(u"\u00b7|\u2022,-\u2013\u2014(").contains(rest[i]) || rest[i].isDigit();
}

} // namespace

QString OutletFinder::signedAsStaff(QStringView line) const
{
    constexpr qsizetype kLongestByline = 120;
    QStringView t = line.trimmed();
    if (t.size() > kLongestByline || m_staffBylines.isEmpty())
        return {};
    while (!t.isEmpty() && (t.front() == u'*' || t.front() == u'_'))
        t = t.mid(1);
    if (t.startsWith(u"by ", Qt::CaseInsensitive))
        t = t.mid(3);
    for (const QString &staff : m_staffBylines) {
        // The newsroom words right after the name, then the end or a non-letter (" · 16 June").
        for (qsizetype at = t.indexOf(staff, 1, Qt::CaseInsensitive); at > 0;
             at = t.indexOf(staff, at + 1, Qt::CaseInsensitive)) {
            if (!t.at(at - 1).isSpace() || !endsByline(t.mid(at + staff.size())))
                continue;
            if (const QString known = canonical(t.left(at)); !known.isEmpty())
                return known;
        }
    }
    return {};
}

QString OutletFinder::namedByPageTitle(QStringView title) const
{
    // Sites put their name after the headline or before it, behind a bar or a dash.
    static const QStringList separators{QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "),
                                        QStringLiteral(" \u2014 "), QStringLiteral(" :: ")};
    for (const QString &sep : separators) {
        const qsizetype last = title.lastIndexOf(sep);
        if (last < 0)
            continue;
        if (const QString known = canonical(title.mid(last + sep.size())); !known.isEmpty())
            return known;
        if (const QString known = canonical(title.left(title.indexOf(sep))); !known.isEmpty())
            return known;
    }
    return {};
}

bool OutletFinder::namesARole(QStringView hint) const
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"));
    const QStringList words = hint.toString().toLower().split(nonWord, Qt::SkipEmptyParts);
    for (const QString &w : m_roleWords)
        if (words.contains(w))
            return true;
    return false;
}

QString OutletFinder::ownedBy(QStringView line) const
{
    // The line without Markdown marks around it (a heading's "#", emphasis); it runs on
    // every line, so the bounds are found before anything is copied.
    qsizetype from = 0, to = line.size();
    while (from < to && (QStringView(u"#>*_").contains(line[from]) || wordruns::isRegexSpace(line[from])))
        ++from;
    while (to > from && (line[to - 1] == u'*' || line[to - 1] == u'_' || wordruns::isRegexSpace(line[to - 1])))
        --to;
    if (to - from <= 60) {
        if (const QString known = canonical(line.mid(from, to - from)); !known.isEmpty())
            return known;
    }
    static const QRegularExpression dateline(QStringLiteral("^[A-Z][^()\\n]{1,80}\\(([A-Za-z][A-Za-z .&-]{0,40})\\)\\s*[-\u2013\u2014]"));
    const auto options = matchOptionsFor(line);
    if (const auto m = dateline.match(line, 0, QRegularExpression::NormalMatch, options); m.hasMatch())
        return canonical(m.captured(1));
    static const QRegularExpression copyright(
        QStringLiteral("^(?:Copyright|\u00a9)\\s*(?:\u00a9\\s*)?(?:\\d{4}\\s+)?(.{2,60}?)\\.?(?:\\s+All rights reserved.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = copyright.match(line, 0, QRegularExpression::NormalMatch, options); m.hasMatch())
        return canonical(m.captured(1).trimmed());
    if (const QString known = signedAsStaff(line); !known.isEmpty())
        return known;
    if (const QString known = promotedIn(line); !known.isEmpty())
        return known;
    return openingDateline(line);
}

QString OutletFinder::promotedIn(QStringView line) const
{
    constexpr qsizetype kLongestPromotion = 160;
    if (line.size() > kLongestPromotion
        || !(line.contains(u"sign up", Qt::CaseInsensitive) || line.contains(u"subscribe", Qt::CaseInsensitive)))
        return {};
    const auto options = matchOptionsFor(line);
    for (const QRegularExpression &re : m_promotion)
        if (const auto m = re.match(line, 0, QRegularExpression::NormalMatch, options); m.hasMatch())
            return canonical(m.capturedView(1));
    return {};
}

QString OutletFinder::openingDateline(QStringView line) const
{
    constexpr qsizetype kLongestDateline = 80;
    const QStringView t = line.trimmed();
    if (t.size() > kLongestDateline)
        return {};
    qsizetype cut = t.indexOf(u',');
    for (const QStringView separator : {QStringView(u" \u2014 "), QStringView(u" \u2013 "), QStringView(u" - "),
                                        QStringView(u" \u00b7 "), QStringView(u" | "), QStringView(u" \u2022 ")})
        if (const qsizetype at = t.indexOf(separator); at > 0 && (cut < 0 || at < cut))
            cut = at;
    if (cut <= 0)
        return {};
    // What follows is a place and a date ("Bamako — 2 June 2025"), not a sentence going on.
    const QStringView rest = t.mid(cut + 1);
    const bool dated = std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isDigit(); });
    if (!dated && rest.split(u' ', Qt::SkipEmptyParts).size() > 3)
        return {};
    return canonical(t.left(cut));
}

} // namespace claimline
