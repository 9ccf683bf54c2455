#include "LineClassifier.h"

#include "LiteralStarts.h"
#include "PatternGate.h"
#include "PhraseSkipSearch.h"
#include "extract/Lexicon.h"
#include "text/SubstringSet.h"
#include "text/Utf16.h"
#include "text/WordRuns.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <optional>

namespace claimline {

namespace {

QStringList stringsOf(const QJsonObject &lex, QStringView key)
{
    QStringList out;
    for (const QJsonValue &v : lex.value(key).toArray())
        out.append(v.toString());
    return out;
}

// The capture of whichever alternative of anyOf() matched: each lexicon pattern has at most
// one group, and only the matching alternative's group can have captured.
QString capturedByMatchedPattern(const QRegularExpressionMatch &m)
{
    const int group = m.lastCapturedIndex();
    return group > 0 ? m.captured(group).trimmed() : QString();
}

QRegularExpression anyOf(const QStringList &patterns, bool caseInsensitive = true)
{
    if (patterns.isEmpty())
        return QRegularExpression(QStringLiteral("(?!)"));
    QStringList wrapped;
    for (const QString &p : patterns)
        wrapped.append(QStringLiteral("(?:") + p + u')');
    // Compiled on first use: most lines never reach most rules (see PatternGate).
    return QRegularExpression(wrapped.join(u'|'), caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                                      | QRegularExpression::UseUnicodePropertiesOption
                                                                : QRegularExpression::UseUnicodePropertiesOption);
}

// The comparison keys of literals one of which every match of each pattern contains
// (LiteralStarts): a line holds a literal, ignoring case, only if its key holds the literal's
// key. nullopt when a pattern gives none, or one has a letter beyond ASCII (whose caseless
// forms are the regex's business).
std::optional<SubstringSet> neededKeys(const QStringList &patterns)
{
    QStringList keys;
    const auto foreignLetter = [](QChar c) { return c.unicode() >= 128 && c.isLetter(); };
    for (const QString &p : patterns) {
        const std::optional<QStringList> infixes = literalInfixesOf(p);
        if (!infixes)
            return std::nullopt;
        for (const QString &literal : *infixes) {
            const QString key = comparisonKey(literal);
            if (key.isEmpty() || std::any_of(literal.cbegin(), literal.cend(), foreignLetter))
                return std::nullopt;
            keys.append(key);
        }
    }
    return SubstringSet(keys);
}

// A list of patterns split by whether they are anchored at the line's start: the
// anchored ones are tried at one position, the rest keep the first-character search a
// lone pattern gets (one alternation of both kinds is tried at every position).
struct LinePatterns
{
    StartGuardedRegex anchored;
    QRegularExpression floating;
    std::optional<SubstringSet> floatingNeeds; // in the line's key, for `floating` to match

    explicit LinePatterns(const QStringList &patterns = {})
    {
        QStringList atStart, anywhere;
        for (const QString &p : patterns)
            (p.startsWith(u'^') ? atStart : anywhere).append(p);
        if (!atStart.isEmpty())
            anchored = StartGuardedRegex(atStart, anyOf(atStart), Qt::CaseInsensitive);
        if (!anywhere.isEmpty()) {
            floating = anyOf(anywhere);
            floatingNeeds = neededKeys(anywhere);
        }
    }

    // `gate`: the kinds of pattern a gate in front of these lets through.
    bool matches(const QString &line, QStringView key, QRegularExpression::MatchOptions options,
                 PatternGate::Answer gate = {}) const
    {
        const auto found = [&](const QRegularExpression &re) {
            return !re.pattern().isEmpty() && re.match(line, 0, QRegularExpression::NormalMatch, options).hasMatch();
        };
        return (gate.anchored && anchored.mayMatch(line) && found(anchored.regex()))
               || (gate.floating && (!floatingNeeds || floatingNeeds->containedIn(key)) && found(floating));
    }
};

QString escapedAlternation(const QStringList &words)
{
    QStringList escaped;
    for (const QString &w : words)
        escaped.append(QRegularExpression::escape(w));
    return escaped.join(u'|');
}

// The lexicon's regular expressions tried on every line (patterns, captions), for the gate
// in front of them. (Those for short lines only are cheaper tried as they are.)
QList<PatternGate::Pattern> gatedPatterns(const QJsonObject &lex)
{
    QList<PatternGate::Pattern> out;
    for (const char16_t *key : {u"patterns", u"captionPatterns"})
        for (const QString &p : stringsOf(lex, QStringView(key)))
            out.append({p, true});
    return out;
}

// [0-9]{4} anywhere: every form of the dateline's date has one (a year).
bool hasFourDigits(QStringView s)
{
    int run = 0;
    for (const QChar c : s) {
        run = c >= u'0' && c <= u'9' ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

struct Rules
{
    QSet<QString> lines;      // comparison keys, trailing ':' dropped
    qsizetype longestWholeLine = 0; // of `lines` and `endSections`: longer lines need no lookup
    QSet<QString> endSections;
    // On comparison keys, at their start. Both are case-folded, so that a literal comparison
    // is what the case-insensitive regex "^(?:…)" did; an empty prefix starts every key.
    SubstringSet prefixes{{}};
    bool emptyPrefix = false;
    PhraseSkipSearch appeals;                   // on comparison keys
    PatternGate gate;                           // in front of the lexicon's regexes
    LinePatterns patterns, captions, credits;   // whether they match
    StartGuardedRegex bylines, copyright;       // their captures name outlets
    QRegularExpression team, dateline;          // likewise
    QStringList teamSuffixes;

    // The team byline ends on a suffix and starts with a capital ("The", or the name).
    bool mayBeTeam(QStringView t) const
    {
        if (t.isEmpty() || t.front() < u'A' || t.front() > u'Z')
            return false;
        for (const QString &suffix : teamSuffixes)
            if (t.endsWith(suffix))
                return true;
        return false;
    }

    static const Rules &instance()
    {
        static const Rules rules = load();
        return rules;
    }

    static QString headingKey(QStringView line) { return stripColon(comparisonKey(line)); }
    static QString stripColon(QString k)
    {
        while (k.endsWith(u':'))
            k.chop(1);
        return k.trimmed();
    }

    static Rules load()
    {
        const QJsonObject lex = loadLexicon(QStringLiteral("boilerplate"));
        Rules r;
        for (const QString &s : stringsOf(lex, u"lines"))
            r.lines.insert(headingKey(s));
        for (const QString &k : std::as_const(r.lines))
            r.longestWholeLine = std::max(r.longestWholeLine, k.size());
        for (const QString &s : stringsOf(lex, u"endSections"))
            r.endSections.insert(headingKey(s));
        for (const QString &k : std::as_const(r.endSections))
            r.longestWholeLine = std::max(r.longestWholeLine, k.size());
        QStringList prefixKeys, appeals;
        for (const QString &s : stringsOf(lex, u"prefixes"))
            prefixKeys.append(comparisonKey(s));
        for (const QString &s : stringsOf(lex, u"appeals"))
            appeals.append(comparisonKey(s));
        r.prefixes = SubstringSet(prefixKeys);
        r.emptyPrefix = prefixKeys.contains(QString());
        r.appeals = PhraseSkipSearch(appeals);
        r.gate = PatternGate(gatedPatterns(lex));
        r.patterns = LinePatterns(stringsOf(lex, u"patterns"));
        r.captions = LinePatterns(stringsOf(lex, u"captionPatterns"));
        r.credits = LinePatterns(stringsOf(lex, u"creditPatterns"));
        const QStringList bylines = stringsOf(lex, u"bylinePatterns"), copyright = stringsOf(lex, u"copyrightPatterns");
        r.bylines = StartGuardedRegex(bylines, anyOf(bylines, false), Qt::CaseSensitive);
        r.copyright = StartGuardedRegex(copyright, anyOf(copyright), Qt::CaseInsensitive);
        // "The Korea Daily Digital Team": a capitalized name, then a team word.
        r.teamSuffixes = stringsOf(lex, u"teamSuffixes");
        r.team = QRegularExpression(QStringLiteral("^(?:The\\s+)?((?:[A-Z][\\w.&'-]*\\s+){0,4}[A-Z][\\w.&'-]*)\\s+(?:")
                                    + escapedAlternation(r.teamSuffixes) + QStringLiteral(")$"));
        const QString months = escapedAlternation(stringsOf(lex, u"months"));
        const QString weekdays = escapedAlternation(stringsOf(lex, u"weekdays"));
        const QString prefixes = escapedAlternation(stringsOf(lex, u"datelinePrefixes"));
        const QString date = QStringLiteral("(?:(?:%1)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                                            "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:%1)\\.?,?\\s+\\d{4}"
                                            "|\\d{4}-\\d{2}-\\d{2})")
                                 .arg(months);
        const QString time = QStringLiteral("(?:\\s*(?:,|at|\\||-|–|—)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5}|GMT[+-]?\\d*)?)?");
        // "March 12, 2025 4:31 PM GMT Updated 2 hours ago": a second stamp may follow.
        const QString update = QStringLiteral("(?:\\s*(?:%1)\\b.{0,40})?").arg(prefixes);
        r.dateline = QRegularExpression(QStringLiteral("^(?:(?:%1)\\s*:?\\s*)?(?:(?:%2)\\.?,?\\s+)?%3%4%5$")
                                             .arg(prefixes, weekdays, date, time, update),
                                         QRegularExpression::CaseInsensitiveOption);
        return r;
    }
};

int countWords(QStringView s)
{
    int n = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++n;
        inWord = !space;
    }
    return n;
}

bool endsLikeSentence(QStringView s)
{
    qsizetype e = s.size();
    while (e > 0 && QStringView(u"\"'”’)]»*").contains(s[e - 1]))
        --e;
    return e > 0 && QStringView(u".!?…:;").contains(s[e - 1]);
}

QChar firstLetterOrDigit(QStringView s)
{
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            return c;
        if (!QStringView(u"\"'“‘([«").contains(c))
            return {};
    }
    return {};
}

// "- item", "• item", or "12. item" / "3) item" (^\d{1,2}[.)]\s+\S, written out: it runs
// on most lines).
bool isBulletLine(QStringView s)
{
    if (s.size() >= 2 && QStringView(u"-•*–—·▪●◦").contains(s[0]) && s[1].isSpace())
        return true;
    const auto digit = [&](qsizetype i) { return i < s.size() && s[i] >= u'0' && s[i] <= u'9'; };
    qsizetype i = digit(0) ? (digit(1) ? 2 : 1) : 0;
    if (i == 0 || i >= s.size() || (s[i] != u'.' && s[i] != u')'))
        return false;
    const qsizetype spaces = ++i;
    while (i < s.size() && wordruns::isRegexSpace(s[i]))
        ++i;
    return i > spaces && i < s.size();
}

bool isAllCaps(QStringView s, int words)
{
    int upper = 0;
    for (const QChar c : s) {
        if (c.isLower())
            return false;
        upper += c.isUpper();
    }
    return words >= 3 && upper >= 8;
}

// Scraped keywords: long, nearly all lower-case words, no sentence punctuation.
bool isKeywordRun(QStringView s, int words)
{
    if (words < 8 || endsLikeSentence(s) || !s.first().isLower())
        return false;
    int lowerStarts = 0;
    bool atStart = true;
    for (const QChar c : s) {
        if (c.isSpace()) {
            atStart = true;
            continue;
        }
        if (atStart)
            lowerStarts += c.isLower() || c.isDigit();
        atStart = false;
    }
    return lowerStarts * 10 >= words * 9;
}

// `wellFormed`: the line's UTF-16 has no lone surrogate. A regex never matches a malformed
// line (PCRE2 refuses it), so neither may the literal tests that stand in for one.
void classify(Line &line, bool wellFormed)
{
    const Rules &r = Rules::instance();
    const QString &t = line.text;
    // Body lines are longer than any whole-line entry: no need to hash them to know.
    // (Only a trailing ':' can make the heading shorter than the key.)
    const bool keyMayBeWholeLine = line.key.size() <= r.longestWholeLine || line.key.endsWith(u':');
    const QString heading = keyMayBeWholeLine ? Rules::stripColon(line.key) : QString();
    const bool mayBeWholeLine = keyMayBeWholeLine && heading.size() <= r.longestWholeLine;
    const auto options = wellFormed ? QRegularExpression::DontCheckSubjectStringMatchOption
                                    : QRegularExpression::NoMatchOption;
    const auto match = [](const QRegularExpression &re, const QString &s, QRegularExpression::MatchOptions o) {
        return re.match(s, 0, QRegularExpression::NormalMatch, o);
    };
    const bool prefixed = wellFormed && (r.emptyPrefix || r.prefixes.startsOneOf(line.key));
    // Most lines match none of the lexicon's patterns and captions: one question for all.
    const PatternGate::Answer gate = r.gate.answer(t, options);
    if (mayBeWholeLine && r.endSections.contains(heading)) {
        line.kind = LineKind::EndSection;
    } else if ((mayBeWholeLine && r.lines.contains(heading)) || prefixed
               || (gate.any() && r.patterns.matches(t, line.key, options, gate))) {
        line.kind = LineKind::Boilerplate;
    } else if (r.appeals.containedIn(line.key)) {
        line.kind = LineKind::Appeal;
    } else if (line.words <= 12 && hasFourDigits(t) && match(r.dateline, t, options).hasMatch()) {
        line.kind = LineKind::Dateline;
    } else if ((gate.any() && r.captions.matches(t, line.key, options, gate))
               || (line.words <= 12 && r.credits.matches(t, line.key, options))) {
        line.kind = LineKind::Caption;
    // (The word counts first: most lines are long body text, and need no match.)
    } else if (const auto m = line.words <= 15 && r.copyright.mayMatch(t) ? match(r.copyright.regex(), t, options)
                                                                           : QRegularExpressionMatch();
               m.hasMatch()) {
        line.kind = LineKind::Byline;
        line.outletHint = capturedByMatchedPattern(m);
    } else if (const auto m = line.words <= 8 && r.mayBeTeam(t) ? match(r.team, t, options) : QRegularExpressionMatch(); m.hasMatch()) {
        line.kind = LineKind::Byline;
        line.outletHint = capturedByMatchedPattern(m);
    } else if (const auto m = line.words <= 14 && r.bylines.mayMatch(t) ? match(r.bylines.regex(), t, options)
                                                                         : QRegularExpressionMatch();
               m.hasMatch()) {
        line.kind = LineKind::Byline;
        line.outletHint = capturedByMatchedPattern(m);
    } else if (isKeywordRun(t, line.words)) {
        line.kind = LineKind::Keywords;
    } else if (isAllCaps(t, line.words) && !endsLikeSentence(t)) {
        line.kind = LineKind::AllCaps;
    } else if (isBulletLine(t)) {
        line.kind = LineKind::Bullet;
    } else if (endsLikeSentence(t) ? line.words >= 5 : line.words >= 40) {
        line.kind = LineKind::Body;
    } else if (const QChar f = firstLetterOrDigit(t);
               !endsLikeSentence(t) && line.words >= 3 && line.words <= 30 && t.size() <= 220
               && (f.isUpper() || f.isDigit())) {
        line.kind = LineKind::Heading;
    } else {
        line.kind = LineKind::Other;
    }
}

} // namespace

namespace {

constexpr char16_t foldedQuote(char16_t u)
{
    switch (u) {
    case u'\u2018': case u'\u2019': case u'\u02BC': case u'`': return u'\'';
    case u'\u201C': case u'\u201D': case u'\u00AB': case u'\u00BB': return u'"';
    case u'\u00A0': return u' ';
    default: return u;
    }
}

QString comparisonKeyOfAnyText(QStringView line)
{
    QString s = line.toString();
    for (QChar &c : s)
        c = foldedQuote(c.unicode());
    return s.simplified().toCaseFolded();
}

// What the key makes of each ASCII character: lower case, quotes folded, ' ' for white
// space (QChar::isSpace).
constexpr std::array<char16_t, 128> kAsciiKey = [] {
    std::array<char16_t, 128> out{};
    for (char16_t c = 0; c < 128; ++c) {
        const char16_t folded = foldedQuote(c);
        out[c] = folded == u' ' || (folded >= 0x09 && folded <= 0x0D) ? u' '
                 : folded >= u'A' && folded <= u'Z'                    ? char16_t(folded + 32)
                                                                       : folded;
    }
    return out;
}();

// What the key makes of a character: its kAsciiKey entry, or kNotAscii for a character
// other than ASCII once quotes are folded.
constexpr char16_t kNotAscii = 0xFFFF;
inline char16_t asciiKeyOf(char16_t u)
{
    if (u >= 0x80) {
        u = foldedQuote(u);
        if (u >= 0x80)
            return kNotAscii;
    }
    return kAsciiKey[u];
}

// The key and word count of a line that is ASCII once quotes are folded, in one pass
// (nearly every line); false for any other line, which takes the general way.
bool keyOfAsciiLine(QStringView line, QString *key, int *words)
{
    QString out(line.size(), Qt::Uninitialized); // written through a pointer, then cut
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *at = begin;
    int separators = 0;
    const char16_t *from = line.utf16(), *const end = from + line.size();
    while (from != end) {
        const char16_t u = *from++;
        if (u < 0x80 && kAsciiKey[u] != u' ') { // most characters: ASCII, not white space
            *at++ = kAsciiKey[u];
            continue;
        }
        const char16_t k = asciiKeyOf(u);
        if (k == kNotAscii)
            return false;
        if (k != u' ') { // a folded quote
            *at++ = k;
            continue;
        }
        // A run of white space is one space between words, none at either end.
        while (from != end && asciiKeyOf(*from) == u' ')
            ++from;
        if (from != end && at != begin) {
            *at++ = u' ';
            ++separators;
        }
    }
    out.truncate(at - begin);
    *words = at == begin ? 0 : separators + 1;
    *key = std::move(out);
    return true;
}

} // namespace

// It runs on every line of every document: ASCII lines (after folding quotes) are keyed in
// one pass; the rest take the general way, which gives the same result on ASCII.
QString comparisonKey(QStringView line)
{
    QString key;
    int words = 0;
    return keyOfAsciiLine(line, &key, &words) ? key : comparisonKeyOfAnyText(line);
}

bool isContentKind(LineKind kind)
{
    return kind == LineKind::Heading || kind == LineKind::Bullet || kind == LineKind::Body || kind == LineKind::Other;
}

bool isBodyKind(const Line &line)
{
    return line.kind == LineKind::Body || (line.kind == LineKind::Bullet && line.words >= 4);
}

QList<Line> classifyLines(QStringView text)
{
    QList<Line> lines;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        qsizetype s = pos, e = end;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (e > s) {
            Line line;
            line.span = {s, e};
            line.text = text.mid(s, e - s).toString();
            // An ASCII line is well formed; any other is checked once for all its matches.
            bool wellFormed = keyOfAsciiLine(line.text, &line.key, &line.words);
            if (!wellFormed) {
                line.key = comparisonKeyOfAnyText(line.text);
                line.words = countWords(line.text);
                wellFormed = isWellFormedUtf16(line.text);
            }
            classify(line, wellFormed);
            lines.append(std::move(line));
        }
        pos = end + 1;
    }
    // Alt text sits just before its caption: "Flags displayed together" / "… (Source: TASS)".
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i + 1).kind == LineKind::Caption && lines.at(i).kind == LineKind::Heading)
            lines[i].kind = LineKind::Caption;
    }
    return lines;
}

} // namespace claimline
