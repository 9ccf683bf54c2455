#include "SentenceSplitter.h"

#include "extract/Lexicon.h"

#include <QJsonArray>
#include <QSet>

#include <array>

namespace claimline {

namespace {

struct Abbreviations
{
    QSet<QString> neverEnd;
    QSet<QString> mayEnd;
    QSet<QString> starters;

    static const Abbreviations &instance()
    {
        static const Abbreviations a = [] {
            Abbreviations out;
            const QJsonObject lex = loadLexicon(QStringLiteral("abbreviations"));
            const auto fill = [&lex](const char16_t *key, QSet<QString> &set) {
                for (const QJsonValue &v : lex.value(QStringView(key)).toArray())
                    set.insert(v.toString());
            };
            fill(u"neverEnd", out.neverEnd);
            fill(u"mayEnd", out.mayEnd);
            fill(u"sentenceStarters", out.starters);
            return out;
        }();
        return a;
    }
};

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201D' || c == u'\u2019' || c == u')' || c == u']'
           || c == u'\u00BB' || c == u'*';
}

bool isOpening(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201C' || c == u'\u2018' || c == u'(' || c == u'['
           || c == u'\u00AB';
}

// '\n', '.', '?', '!' or '…': where the splitter has something to decide.
constexpr std::array<bool, 128> kMayEnd = [] {
    std::array<bool, 128> out{};
    for (const char c : {'\n', '.', '?', '!'})
        out[size_t(c)] = true;
    return out;
}();

bool mayEndSentence(char16_t u)
{
    return u < 128 ? kMayEnd[u] : u == u'\u2026';
}

bool isHorizontalSpace(QChar c)
{
    return c.isSpace() && c != u'\n';
}

enum class Abbrev { None, NeverEnd, MayEnd };

// The word (letters and inner dots) just before the period at `dot`.
Abbrev abbreviationBefore(QStringView t, qsizetype begin, qsizetype dot)
{
    qsizetype s = dot;
    while (s > begin && (t[s - 1].isLetter() || (t[s - 1] == u'.' && s - 1 > begin && t[s - 2].isLetter())))
        --s;
    if (s == dot)
        return Abbrev::None;
    const QString word = t.mid(s, dot - s).toString();
    const Abbreviations &a = Abbreviations::instance();
    const auto lookup = [&a](const QString &w) {
        if (a.neverEnd.contains(w))
            return Abbrev::NeverEnd;
        if (a.mayEnd.contains(w))
            return Abbrev::MayEnd;
        return Abbrev::None;
    };
    Abbrev found = lookup(word);
    if (found == Abbrev::None && word.at(0).isUpper()) { // "E.g." at a sentence start
        QString lowered = word;
        lowered[0] = lowered.at(0).toLower();
        found = lookup(lowered);
    }
    if (found != Abbrev::None)
        return found;
    if (word.size() == 1 && word.at(0).isUpper()) // an initial: "J. R. R. Tolkien"
        return Abbrev::MayEnd;
    if (word.contains(u'.')) // an acronym written with dots
        return Abbrev::MayEnd;
    return Abbrev::None;
}

QStringView nextWord(QStringView t, qsizetype from, qsizetype end)
{
    qsizetype e = from;
    while (e < end && t[e].isLetter())
        ++e;
    return t.mid(from, e - from);
}

} // namespace

QList<TextSpan> splitSentences(QStringView text, TextSpan paragraph)
{
    QList<TextSpan> out;
    const qsizetype end = std::min(paragraph.end, text.size());
    const auto emit = [&](qsizetype s, qsizetype e) {
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (e > s)
            out.append({s, e});
    };

    qsizetype start = paragraph.start;
    const char16_t *units = text.utf16();
    for (qsizetype i = paragraph.start; i < end; ++i) {
        // Straight to the next character that can end a sentence or a line.
        while (i < end && !mayEndSentence(units[i]))
            ++i;
        if (i == end)
            break;
        const QChar c = text[i];
        if (c == u'\n') {
            emit(start, i);
            start = i + 1;
            continue;
        }
        if (c != u'.' && c != u'?' && c != u'!' && c != u'\u2026')
            continue;

        // The terminator run ("?!", "...") and the quotes/brackets closing with it.
        qsizetype j = i + 1;
        while (j < end && (text[j] == u'.' || text[j] == u'?' || text[j] == u'!' || text[j] == u'\u2026'))
            ++j;
        const bool singlePeriod = c == u'.' && j == i + 1;
        while (j < end && isClosing(text[j]))
            ++j;
        if (j < end && !isHorizontalSpace(text[j]) && text[j] != u'\n') {
            i = j - 1; // "3.5", "example.com", "U.S.-led": no boundary
            continue;
        }
        qsizetype k = j;
        while (k < end && isHorizontalSpace(text[k]))
            ++k;
        if (k >= end || text[k] == u'\n') {
            emit(start, j);
            start = j;
            i = j - 1;
            continue;
        }
        qsizetype w = k;
        while (w < end && isOpening(text[w]))
            ++w;
        const QChar next = w < end ? text[w] : QChar();
        bool boundary = !next.isLower();
        if (boundary && singlePeriod) {
            const Abbrev abbrev = abbreviationBefore(text, paragraph.start, i);
            if (abbrev == Abbrev::NeverEnd)
                boundary = false;
            else if (abbrev == Abbrev::MayEnd)
                boundary = Abbreviations::instance().starters.contains(nextWord(text, w, end).toString());
        }
        if (boundary) {
            emit(start, j);
            start = j;
        }
        i = j - 1;
    }
    emit(start, end);
    return out;
}

} // namespace claimline
