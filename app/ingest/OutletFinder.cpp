#include "OutletFinder.h"

#include "extract/Lexicon.h"
#include "text/Utf16.h"
#include "text/WordRuns.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace claimline {

namespace {

// An inline option such as "(?i)" could let OUTLET match a name in another case than
// written; any "(?" followed by a letter, '-' or '^' is taken for one (a named group
// "(?P<x>" too: that only costs the shortcut).
bool mayChangeOptions(const QString &pattern)
{
    for (qsizetype at = pattern.indexOf(u"(?"); at >= 0; at = pattern.indexOf(u"(?", at + 1)) {
        const QChar next = at + 2 < pattern.size() ? pattern.at(at + 2) : QChar();
        if ((next.unicode() < 128 && next.isLetter()) || next == u'-' || next == u'^')
            return true;
    }
    return false;
}

// ^[A-Z][^()\n]{1,80}\(([A-Za-z][A-Za-z .&-]{0,40})\)\s*[-–—] needs the line's first
// parenthesis to be an opening one, after a capital and one to 80 more characters (code
// points: up to 160 UTF-16 units), then a name of ASCII letters, spaces, '.', '&' and '-', its
// closing parenthesis and a dash. (A caption's "(Photo: …)" fails here, not in a regex.)
bool mayBeWireDateline(QStringView line)
{
    if (line.isEmpty() || line.front() < u'A' || line.front() > u'Z')
        return false;
    const qsizetype limit = std::min(line.size(), qsizetype(1 + 160 + 1));
    const qsizetype open = line.left(limit).indexOf(u'(');
    if (open < 2)
        return false;
    const QStringView before = line.left(open);
    if (before.contains(u')') || before.contains(u'\n'))
        return false;
    const auto isAsciiLetter = [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); };
    qsizetype at = open + 1;
    if (at >= line.size() || !isAsciiLetter(line[at]))
        return false;
    while (at < line.size() && (isAsciiLetter(line[at]) || QStringView(u" .&-").contains(line[at])))
        ++at;
    if (at >= line.size() || line[at] != u')')
        return false;
    ++at;
    while (at < line.size() && wordruns::isRegexSpace(line[at]))
        ++at;
    return at < line.size() && QStringView(u"-\u2013\u2014").contains(line[at]);
}

// ^(?:Copyright|©) in any case: the start the copyright pattern needs.
bool mayBeCopyright(QStringView line)
{
    return line.startsWith(u'\u00a9') || line.startsWith(u"copyright", Qt::CaseInsensitive);
}

} // namespace

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
            m_staffBylines.append(v.toString().toLower());
    std::sort(m_staffBylines.begin(), m_staffBylines.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &staff : std::as_const(m_staffBylines)) {
        if (staff.back().unicode() >= 128) {
            m_staffEnds.clear();
            break;
        }
        if (!m_staffEnds.contains(staff.back()))
            m_staffEnds.append(staff.back());
    }
    QStringList speakers, speakerNames, allSpellings;
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
            m_spellingShapes.add(s.toCaseFolded());
            if (!e.wire && s.size() >= 4) { // short aliases ("FT", "DW") are too ambiguous in prose
                speakers.append(QRegularExpression::escape(s));
                speakerNames.append(s);
            }
            allSpellings.append(QRegularExpression::escape(s));
        }
        m_entries.append(e);
    }
    // Longest first, so that "The Kyiv Independent" wins over "Kyiv Independent".
    const auto longestFirst = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    std::sort(speakers.begin(), speakers.end(), longestFirst);
    std::sort(allSpellings.begin(), allSpellings.end(), longestFirst);
    const QString names = QStringLiteral("(") + speakers.join(u'|') + u')';
    m_speakingNeedsName = true;
    for (const QJsonValue &v : lex.value(u"speakingPatterns").toArray()) {
        const QString pattern = v.toString();
        m_speakingNeedsName = m_speakingNeedsName && pattern.contains(QStringLiteral("OUTLET"))
                              && !mayChangeOptions(pattern);
        m_speaking.append(QRegularExpression(QString(pattern).replace(QStringLiteral("OUTLET"), names)));
    }
    const QString allNames = QStringLiteral("(") + allSpellings.join(u'|') + u')';
    for (const QJsonValue &v : lex.value(u"promotionPatterns").toArray())
        m_promotionPatterns.append(v.toString().replace(QStringLiteral("OUTLET"), allNames));
    m_speakerNames = SubstringSet(speakerNames);
}

QString OutletFinder::canonical(QStringView name) const
{
    const QStringView trimmed = name.trimmed();
    if (!m_spellingShapes.mayBe(trimmed))
        return {};
    return m_byFolded.value(trimmed.toString().toCaseFolded());
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
    if (m_speakingNeedsName && !m_speakerNames.containedIn(text))
        return {};
    const auto options = matchOptionsFor(text);
    for (const QRegularExpression &re : m_speaking) {
        if (!re.isValid()) // compiled here the first time
            continue;
        const QRegularExpressionMatch m = re.match(text, 0, QRegularExpression::NormalMatch, options);
        if (m.hasMatch())
            return canonical(m.capturedView(1));
    }
    return {};
}

namespace {

// "sign up" or "subscribe" in any case: one pass, as every short line of a page asks.
bool asksToSignUp(QStringView line)
{
    const auto at = [&](qsizetype i, std::u16string_view word) {
        if (i + qsizetype(word.size()) > line.size())
            return false;
        for (size_t k = 0; k < word.size(); ++k)
            if ((line[i + qsizetype(k)].unicode() | 0x20) != word[k])
                return false;
        return true;
    };
    for (qsizetype i = 0; i < line.size(); ++i)
        if ((line[i].unicode() | 0x20) == u's' && (at(i, u"sign up") || at(i, u"subscribe")))
            return true;
    return false;
}

// Where a byline's name ends and its date or place begins.
bool isBylineSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'\u00b7': case u'|': case u'\u2022': case u',': case u'-': case u'\u2013': case u'\u2014': case u'(':
        return true;
    default:
        return false;
    }
}

// The words of `s` between plain spaces, without building the list.
qsizetype spaceSeparatedWords(QStringView s)
{
    qsizetype words = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        words += s[i] != u' ' && (i == 0 || s[i - 1] == u' ');
    return words;
}

} // namespace

QString OutletFinder::signedAsStaff(QStringView line) const
{
    constexpr qsizetype kLongestByline = 120;
    QStringView t = line.trimmed();
    if (t.size() > kLongestByline || m_staffBylines.isEmpty())
        return {};
    if (t.startsWith(u"by ", Qt::CaseInsensitive))
        t = t.mid(3);
    // The name and its newsroom words end where a date or place begins: "Middle East Eye
    // staff and agencies* · 16 June 2025".
    qsizetype end = 0;
    while (end < t.size() && !isBylineSeparator(t[end]) && !t[end].isDigit())
        ++end;
    QStringView signature = t.left(end);
    while (!signature.isEmpty() && (signature.back().isSpace() || signature.back() == u'*' || signature.back() == u'_'))
        signature.chop(1);
    while (!signature.isEmpty() && (signature.front() == u'*' || signature.front() == u'_'))
        signature = signature.mid(1);
    // The signature ends as a staff word does (in any case), or no staff word can end it.
    if (signature.isEmpty()
        || (!m_staffEnds.isEmpty() && signature.back().unicode() < 128
            && !m_staffEnds.contains(QChar(signature.back().unicode() | 0x20))))
        return {};
    for (const QString &staff : m_staffBylines) {
        const qsizetype at = signature.size() - staff.size();
        if (at > 0 && signature[at - 1].isSpace() && signature.mid(at).compare(staff, Qt::CaseInsensitive) == 0)
            if (const QString known = canonical(signature.left(at)); !known.isEmpty())
                return known;
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
    // Each pattern is tried only where the line can start as it requires (a match costs
    // more to set up than these tests).
    if (mayBeWireDateline(line)) {
        static const QRegularExpression dateline(QStringLiteral("^[A-Z][^()\\n]{1,80}\\(([A-Za-z][A-Za-z .&-]{0,40})\\)\\s*[-\u2013\u2014]"));
        if (const auto m = dateline.match(line, 0, QRegularExpression::NormalMatch, matchOptionsFor(line)); m.hasMatch())
            return canonical(m.captured(1));
    }
    if (mayBeCopyright(line)) {
        static const QRegularExpression copyright(
            QStringLiteral("^(?:Copyright|\u00a9)\\s*(?:\u00a9\\s*)?(?:\\d{4}\\s+)?(.{2,60}?)\\.?(?:\\s+All rights reserved.*)?$"),
            QRegularExpression::CaseInsensitiveOption);
        if (const auto m = copyright.match(line, 0, QRegularExpression::NormalMatch, matchOptionsFor(line)); m.hasMatch())
            return canonical(m.captured(1).trimmed());
    }
    if (const QString known = signedAsStaff(line); !known.isEmpty())
        return known;
    if (const QString known = promotedIn(line); !known.isEmpty())
        return known;
    return openingDateline(line);
}

QString OutletFinder::promotedIn(QStringView line) const
{
    constexpr qsizetype kLongestPromotion = 160;
    if (line.size() > kLongestPromotion || !asksToSignUp(line))
        return {};
    // Compiled on the first sign-up line: an alternation of every outlet costs a tenth of a
    // small corpus's reading to compile, and most corpora have no such line.
    std::call_once(m_promotionCompiled, [this] {
        for (const QString &pattern : std::as_const(m_promotionPatterns))
            if (QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption); re.isValid())
                m_promotion.append(re);
    });
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
    // The first comma, or dash, dot or bar standing between spaces.
    qsizetype cut = 1;
    while (cut < t.size() - 1
           && !(t[cut] == u',' || (isBylineSeparator(t[cut]) && t[cut - 1] == u' ' && t[cut + 1] == u' ')))
        ++cut;
    if (cut >= t.size() - 1)
        return {};
    if (t[cut] != u',')
        --cut; // the space before the separator
    // What follows is a place and a date ("Bamako — 2 June 2025"), not a sentence going on.
    const QStringView rest = t.mid(cut + 1);
    const bool dated = std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isDigit(); });
    if (!dated && spaceSeparatedWords(rest) > 3)
        return {};
    return canonical(t.left(cut));
}

} // namespace claimline
