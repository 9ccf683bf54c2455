#include "SpeakerCues.h"

#include "Lexicon.h"
#include "NumberCommas.h"
#include "SentenceContext.h"
#include "TextScans.h"
#include "text/Lowercase.h"
#include "text/WordLookup.h"
#include "text/FastWordRuns.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace claimline {

namespace {

struct Vocabulary
{
    QSet<QString> pronouns;
    qsizetype longestPronoun = 0;
    QList<QStringList> according; // multiword phrases, lowercase words
    WordLookup<quint16, FnvWordHash> flags;   // every word of the lexicon's lists → its Flag bits

    enum Flag : quint16 {
        Verb = 1 << 0, Citing = 1 << 1, ReportNoun = 1 << 2, SourcePrep = 1 << 3, Adverb = 1 << 4,
        SpeakerNoun = 1 << 5, NotName = 1 << 6, Passive = 1 << 7, StopWord = 1 << 8, Edge = 1 << 9,
        TollVerb = 1 << 10, Participle = 1 << 11, PersonHead = 1 << 12, BackHead = 1 << 13,
        AccordingStart = 1 << 14, // the first word of an 'according' phrase
    };

    static const Vocabulary &get()
    {
        static const Vocabulary v = [] {
            Vocabulary out;
            const QJsonObject lex = loadLexicon(QStringLiteral("reporting"));
            // Each list of the lexicon marks its words with one flag.
            const std::pair<const char16_t *, Flag> lists[] = {
                {u"verbs", Verb},
                {u"citing", Citing},
                {u"report_nouns", ReportNoun},
                {u"source_prepositions", SourcePrep},
                {u"adverbs", Adverb},
                {u"speaker_nouns", SpeakerNoun},
                {u"not_names", NotName},
                {u"passive", Passive},
                {u"stop_words", StopWord},
                {u"toll_verbs", TollVerb},
                {u"participles", Participle},
                {u"person_reference_heads", PersonHead},
                {u"back_reference_heads", BackHead},
            };
            for (const auto &[key, flag] : lists)
                for (const QJsonValue &x : lex.value(QStringView(key)).toArray())
                    out.flags[x.toString().toLower()] |= flag;
            for (const QJsonValue &x : lex.value(u"pronouns").toArray()) {
                const QString pronoun = x.toString().toLower();
                out.pronouns.insert(pronoun);
                out.longestPronoun = std::max(out.longestPronoun, pronoun.size());
            }
            for (const QJsonValue &x : lex.value(u"according").toArray()) {
                out.according.append(x.toString().toLower().split(u' ', Qt::SkipEmptyParts));
                if (!out.according.last().isEmpty())
                    out.flags[out.according.last().first()] |= AccordingStart;
            }
            // Words trimmed off the edges of a speaker's name.
            for (const char16_t *w : {u"the", u"a", u"an", u"of", u"for", u"and", u"from", u"by"})
                out.flags[QStringView(w)] |= Edge;
            return out;
        }();
        return v;
    }
};

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView text;  // into the sentence, possessive ending removed
    QStringView lower; // into the token list's lowercase buffer
    qsizetype lowerAt = -1, lowerLength = 0; // where `lower` is in the Tokens' buffer, while it still grows
    bool word = false;
    bool possessive = false;
    bool inDate = false;
    bool opensLink = false; // a Markdown link's "[" stands just before it
    quint16 vocab = 0; // Vocabulary::Flag bits of `lower`
    bool upper() const { return word && !text.isEmpty() && text.front().isUpper(); }
};

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// Dotted acronyms ("U.S."), words with inner joiners and a trailing apostrophe
// ("Russia's", "soldiers'"), else any single non-space character; a possessive ending is
// taken off the word's text.
// Markdown inline syntax is not part of any name: emphasis marks and link brackets are
// read as spaces, and a link's target "](…)" is skipped whole, so that
// "according to the [Armed Conflict … Project](https://…)" names its source. Offsets are
// untouched: the cue still points into the source text.
qsizetype markupEnd(QStringView s, qsizetype i)
{
    const QChar c = s[i];
    if (c == u'*' || c == u'_' || c == u'[' || c == u'`')
        return i + 1;
    if (c == u']') {
        if (i + 1 < s.size() && s[i + 1] == u'(') {
            const qsizetype close = s.indexOf(u')', i + 2);
            if (close > 0 && !s.mid(i + 2, close - i - 2).contains(u' '))
                return close + 1;
        }
        return i + 1;
    }
    return i;
}

// A sentence's tokens and the buffer their lowercase forms are views into, when the
// sentence's word tokens do not hold them. One per thread, reused from sentence to
// sentence: attribution reads every sentence of an article up to its last figure, and
// allocating these each time was a fifth of the cost.
struct Tokens
{
    std::vector<Token> list;
    std::vector<char16_t> lowercase;
    size_t used = 0; // of `lowercase`

    // The tokens as CueFinder reads them, indexed like a QList.
    struct View
    {
        const Token *tokens;
        qsizetype count;
        qsizetype size() const { return count; }
        const Token &operator[](qsizetype i) const { return tokens[i]; }
    };
    View view() const { return {list.data(), qsizetype(list.size())}; }

    void clear(qsizetype sentenceLength)
    {
        list.clear();
        used = 0;
        if (lowercase.size() < size_t(sentenceLength))
            lowercase.resize(size_t(sentenceLength)); // ASCII lowercases unit for unit
    }

    // Token [start, end) of sentence `s`, a possessive ending taken off a word's text; its
    // lowercase form is still to be set.
    Token &append(QStringView s, qsizetype start, qsizetype end, bool opensLink, const QList<TextSpan> &dates)
    {
        Token &t = list.emplace_back();
        t.start = start;
        t.end = end;
        t.opensLink = opensLink;
        t.text = s.mid(start, end - start);
        t.word = t.text.front().isLetterOrNumber();
        if (t.word) {
            const qsizetype n = t.text.size();
            const qsizetype ending = (n >= 2 && t.text[n - 1] == u's' && isApostrophe(t.text[n - 2])) ? 2
                                     : isApostrophe(t.text[n - 1])                                   ? 1
                                                                                                     : 0;
            if (ending > 0 && n > ending) {
                t.possessive = true;
                t.text.chop(ending);
            }
        }
        for (const TextSpan &d : dates)
            if (d.start <= t.start && t.end <= d.end)
                t.inDate = true;
        return t;
    }

    // A token's lowercase form written into the buffer, and its vocabulary flags.
    void lowerIntoBuffer(Token &t)
    {
        size_t length = 0;
        const uint64_t hash = lowercaseHashed(lowercase, used, t.text, &length);
        t.lowerAt = qsizetype(used);
        t.lowerLength = qsizetype(length);
        used += length;
        t.vocab = Vocabulary::get().flags.valueHashed(QStringView(lowercase.data() + t.lowerAt, t.lowerLength), hash);
    }

    // A token's lowercase form where its word token holds it: `lower` begins with it.
    static void lowerFrom(Token &t, QStringView lower)
    {
        t.lower = lower.left(t.text.size());
        t.vocab = Vocabulary::get().flags.valueHashed(
            t.lower, FnvWordHash::of({t.lower.utf16(), size_t(t.lower.size())}));
    }

    // The buffer is complete: no more reallocation can move what the views point at.
    void finish()
    {
        for (Token &t : list)
            if (t.lowerAt >= 0)
                t.lower = QStringView(lowercase.data() + t.lowerAt, t.lowerLength);
    }
};

void tokenize(QStringView s, const QList<TextSpan> &dates, Tokens &out)
{
    using namespace wordruns;
    out.clear(s.size());
    qsizetype i = 0;
    bool linkOpen = false;
    while (i < s.size()) {
        if (isRegexSpace(s[i])) {
            ++i;
            continue;
        }
        if (const qsizetype skip = markupEnd(s, i); skip > i) {
            linkOpen = linkOpen || s[i] == u'[';
            i = skip;
            continue;
        }
        qsizetype end = dottedAcronymEnd(s, i);
        if (end == i) {
            end = fastWordEnd(s, i);
            if (end > i) {
                if (end < s.size() && isApostrophe(s[end]))
                    ++end;
            } else {
                qsizetype units = 1;
                codePointAt(s, i, &units);
                end = i + units;
            }
        }
        out.lowerIntoBuffer(out.append(s, i, end, std::exchange(linkOpen, false), dates));
        i = end;
    }
    out.finish();
}

// Whether tokenize() may read the sentence's word tokens instead of its characters: they
// stand where its words do (tokensAreWordRuns), no Markdown link target "](…)" is to be
// skipped, and only ASCII spaces stand between them (tokenize() keeps any other as a token).
bool wordTokensServe(const SentenceContext &sentence, const WordTokens &words)
{
    if (!tokensAreWordRuns(sentence.text, words))
        return false;
    const char16_t *text = sentence.text.utf16();
    const auto asciiGap = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            if (text[i] >= 0x80)
                return false;
        return true;
    };
    qsizetype end = sentence.span.start;
    for (qsizetype k = 0; k < words.size(); ++k) {
        const WordToken &t = words[k];
        if (!asciiGap(end, t.span.start))
            return false;
        if (text[t.span.start] == u']' && k + 1 < words.size() && !words[k + 1].spaceBefore
            && text[words[k + 1].span.start] == u'(')
            return false;
        end = t.span.end;
    }
    return asciiGap(end, std::min(sentence.span.end, sentence.text.size()));
}

// tokenize() on the sentence's word tokens; false, with nothing made, where they do not serve.
bool tokenizeFromWordTokens(const SentenceContext &sentence, const QList<TextSpan> &dates, Tokens &out)
{
    const WordTokens &words = sentence.words();
    if (!wordTokensServe(sentence, words))
        return false;
    const QStringView s = sentence.sentence();
    const qsizetype offset = sentence.span.start;
    out.clear(s.size());
    bool linkOpen = false;
    for (qsizetype k = 0; k < words.size(); ++k) {
        const WordToken &w = words[k];
        const qsizetype start = w.span.start - offset;
        if (!w.isWordOrNumber()) {
            // Markdown marks read as spaces, as markupEnd() reads them ("](…)" excluded above).
            const QChar c = s[start];
            if (c == u'*' || c == u'_' || c == u'[' || c == u'`' || c == u']') {
                linkOpen = linkOpen || c == u'[';
                continue;
            }
        }
        if (!w.ascii) {
            qsizetype end = w.span.end - offset;
            if (w.isWordOrNumber() && k + 1 < words.size() && !words[k + 1].spaceBefore && isApostrophe(s[end])) {
                ++end; // "soldiers’": the apostrophe ends the word
                ++k;
            }
            out.lowerIntoBuffer(out.append(s, start, end, std::exchange(linkOpen, false), dates));
            continue;
        }
        // "1,420" is one number token; to tokenize() a number, a comma and a number.
        for (qsizetype from = 0;;) {
            const qsizetype comma = numberCommaAt(w, from);
            qsizetype end = start + (comma < 0 ? w.lower.size() : comma);
            if (comma < 0 && w.isWordOrNumber() && k + 1 < words.size() && !words[k + 1].spaceBefore
                && isApostrophe(s[end])) {
                ++end; // "soldiers'"
                ++k;
            }
            Tokens::lowerFrom(out.append(s, start + from, end, std::exchange(linkOpen, false), dates), w.lower.mid(from));
            if (comma < 0)
                break;
            Tokens::lowerFrom(out.append(s, start + comma, start + comma + 1, false, dates), w.lower.mid(comma));
            from = comma + 1;
        }
    }
    out.finish();
    return true;
}

class CueFinder
{
public:
    CueFinder(QStringView sentence, Tokens::View tokens) : m_s(sentence), m_t(tokens), m_v(Vocabulary::get()) {}

    QList<SpeakerCue> run()
    {
        for (int i = 0; i < m_t.size(); ++i) {
            if (!m_t[i].word)
                continue;
            if (const int n = accordingLength(i); n > 0) {
                addForward(SpeakerCue::Kind::According, i, i + n, {});
                i += n - 1;
                continue;
            }
            if (m_t[i].vocab & Vocabulary::Citing) {
                addCiting(i);
                continue;
            }
            if ((m_t[i].vocab & Vocabulary::ReportNoun) && i + 1 < m_t.size() && (m_t[i + 1].vocab & Vocabulary::SourcePrep)) {
                addForward(SpeakerCue::Kind::ReportSource, i, i + 2, {});
                continue;
            }
            // Reporting verbs are lowercase: "the United States" is not "X states".
            if ((m_t[i].vocab & Vocabulary::Verb) && !m_t[i].upper())
                addVerb(i);
            else if ((m_t[i].vocab & Vocabulary::TollVerb) && !m_t[i].upper() && estimatesAt(i))
                addVerb(i);
            else if ((m_t[i].vocab & Vocabulary::Participle) && !m_t[i].upper() && i > 0 && m_t[i - 1].text == u",")
                addParticiple(i);
        }
        return m_cues;
    }

private:
    using Range = std::pair<int, int>; // inclusive token range; first > second when empty

    int accordingLength(int i) const
    {
        if (!(m_t[i].vocab & Vocabulary::AccordingStart))
            return 0;
        for (const QStringList &phrase : m_v.according) {
            if (i + phrase.size() > m_t.size())
                continue;
            bool ok = true;
            for (int k = 0; k < phrase.size() && ok; ++k)
                ok = m_t[i + k].lower == phrase.at(k) && m_t[i + k].word;
            if (ok)
                return int(phrase.size());
        }
        return 0;
    }

    // "X put the death toll at 60", "X puts its losses at nine": a toll verb reports only
    // when "at" follows within a few words.
    bool estimatesAt(int i) const
    {
        for (int k = i + 1; k < m_t.size() && k <= i + 6; ++k) {
            if (m_t[k].lower == u"at")
                return k > i + 1;
            if (!m_t[k].word)
                return false;
        }
        return false;
    }

    // Lowercase words that describe a speaker between its name and its head noun:
    // "the UN human rights office", "the country's disaster management agency". Returns the
    // first token of the name they lead back to, or -1.
    int modifiedNameStart(int j, int head) const
    {
        if (!(m_t[head].vocab & Vocabulary::SpeakerNoun))
            return -1;
        for (int k = j; k >= 0 && k >= j - 3; --k) {
            const Token &t = m_t[k];
            // "a local aid group"; "the national disaster agency" (a description, or a back
            // reference when its head names one named before).
            if ((t.lower == u"a" || t.lower == u"an" || t.lower == u"the") && k < j)
                return k + 1;
            if (!t.word || (t.vocab & (Vocabulary::NotName | Vocabulary::StopWord | Vocabulary::Verb)) || t.inDate)
                return -1;
            if (t.upper() || t.possessive)
                return k;
        }
        return -1;
    }

    // The speaker's words read backwards from before token `i`.
    Range backwardNP(int i, bool allowAppositive = true) const
    {
        int j = i - 1;
        while (j >= 0 && (m_t[j].inDate || (m_t[j].word && (m_t[j].vocab & Vocabulary::Adverb))))
            --j;
        // "Ukraine's military intelligence (HUR) said": a short bracket between a name and
        // its verb holds an alias; the name stands before it.
        if (j > 0 && m_t[j].text == u")") {
            int open = j - 1;
            while (open >= 0 && open >= j - 4 && m_t[open].text != u"(" && m_t[open].text != u")")
                --open;
            if (open > 0 && m_t[open].text == u"(")
                j = open - 1;
        }
        if (j < 0)
            return {0, -1};
        if (m_t[j].word && (m_t[j].vocab & Vocabulary::Passive))
            return {0, -1};
        if (m_t[j].text == u"," && allowAppositive) {
            // "X, who …, said" / "X, the secretary of …, said": the speaker stands before the
            // bracketed phrase.
            int k = j - 1;
            while (k >= 0 && m_t[k].text != u"," && !isQuote(m_t[k]))
                --k;
            // "the commander of Ukraine's armed forces, Gen. Oleksandr Syrskyi, said": the name
            // between the commas is the speaker the description before it describes.
            if (k >= 0 && m_t[k].text == u"," && k + 1 <= j - 1 && capitalisedRun(k + 1, j - 1) >= 2
                && allCapitalised(k + 1, j - 1) && !(m_t[k + 1].vocab & Vocabulary::NotName))
                return trim({k + 1, j - 1});
            if (k >= 0 && m_t[k].text == u",") {
                const Range outer = backwardNP(k, false);
                if (outer.first <= outer.second)
                    return outer;
            }
            return {0, -1};
        }
        const int end = j;
        bool sawAnd = false;
        while (j >= 0) {
            const Token &t = m_t[j];
            if (t.word && (t.upper() || (t.vocab & Vocabulary::SpeakerNoun))) {
                if (t.upper() && (t.vocab & Vocabulary::NotName) && !(t.vocab & Vocabulary::SpeakerNoun))
                    break;
                if (t.lower == u"and")
                    sawAnd = true;
                --j;
                // "… agency [HUR](…) estimated": the linked words are the name.
                if (t.opensLink)
                    break;
                continue;
            }
            if (t.text == u"," && sawAnd && j + 1 <= end && (m_t[j + 1].upper() || m_t[j + 1].lower == u"and")
                && j > 0 && m_t[j - 1].upper()) {
                --j;
                continue;
            }
            if (const int k = modifiedNameStart(j, end); k >= 0) {
                j = k - 1; // tokens k..j join the name; read on from before k
                continue;
            }
            break;
        }
        return trim({j + 1, end});
    }

    // The speaker's words read forwards from token `i` ("according to …", "citing …").
    Range forwardNP(int i) const
    {
        int j = i;
        bool sawName = false;
        while (j < m_t.size()) {
            const Token &t = m_t[j];
            sawName = sawName || (j > i && m_t[j - 1].upper());
            if (t.inDate && (t.word || t.text == u",")) {
                ++j;
                continue;
            }
            // "Ukraine's military intelligence agency [HUR](…)": a link after the name is an
            // alias of it, not more of it.
            if (sawName && t.opensLink)
                break;
            if (!t.word || (t.vocab & Vocabulary::StopWord))
                break;
            // "the UN human rights office": lowercase words on the way to a speaker noun.
            if (j > i && !t.upper() && !(t.vocab & (Vocabulary::SpeakerNoun | Vocabulary::ReportNoun))) {
                int head = j;
                while (head < m_t.size() && head <= j + 2 && m_t[head].word && !m_t[head].upper()
                       && !(m_t[head].vocab & (Vocabulary::StopWord | Vocabulary::NotName | Vocabulary::Verb | Vocabulary::SpeakerNoun)))
                    ++head;
                if (head > j && head < m_t.size() && (m_t[head].vocab & Vocabulary::SpeakerNoun) && !m_t[head].upper()) {
                    j = head + 1;
                    continue;
                }
            }
            if (!(t.upper() || (t.vocab & Vocabulary::SpeakerNoun) || (t.vocab & Vocabulary::ReportNoun)
                  || (t.vocab & Vocabulary::SourcePrep) || t.lower == u"a" || t.lower == u"an"
                  || t.text.front().isDigit()))
                break;
            ++j;
        }
        // "the London School of Hygiene and Tropical Medicine": "and" inside one proper name,
        // when capitalised words stand on both sides and the left part is itself a name of
        // two or more capitalised words (a list of sources reads "Ukrainian officials and …").
        if (j + 1 < m_t.size() && m_t[j].lower == u"and" && m_t[j + 1].upper() && capitalisedRun(i, j - 1) >= 2) {
            const Range right = forwardNP(j + 1);
            if (right.first == j + 1 && right.first <= right.second && capitalisedRun(right.first, right.second) > 0
                && allCapitalised(i, j - 1))
                return trim({i, right.second});
        }
        return trim({i, j - 1});
    }

    int capitalisedRun(int first, int last) const
    {
        int n = 0;
        for (int k = first; k <= last; ++k)
            n += m_t[k].upper() && !(m_t[k].vocab & Vocabulary::NotName);
        return n;
    }

    // Every word capitalised but the small joiners of a name ("of", "the", "for").
    bool allCapitalised(int first, int last) const
    {
        for (int k = first; k <= last; ++k)
            if (m_t[k].word && !m_t[k].upper() && !(m_t[k].vocab & Vocabulary::Edge))
                return false;
        return true;
    }

    Range trim(Range r) const
    {
        while (r.first <= r.second
               && (!m_t[r.first].word || m_t[r.first].inDate || (m_t[r.first].vocab & Vocabulary::Edge)
                   || ((m_t[r.first].vocab & Vocabulary::NotName) && !(m_t[r.first].vocab & Vocabulary::SpeakerNoun))))
            ++r.first;
        while (r.first <= r.second
               && (!m_t[r.second].word || m_t[r.second].inDate || (m_t[r.second].vocab & Vocabulary::Edge)))
            --r.second;
        return r;
    }

    // "a June 15 report from X" → X; "X's official readout" → X; "MSMT findings" → MSMT.
    Range reduce(Range r) const
    {
        for (int k = r.first; k < r.second; ++k)
            if ((m_t[k].vocab & Vocabulary::ReportNoun) && (m_t[k + 1].vocab & Vocabulary::SourcePrep))
                return trim({k + 2, r.second});
        if (r.first < r.second && (m_t[r.second].vocab & Vocabulary::ReportNoun)) {
            for (int k = r.first; k < r.second; ++k)
                if (m_t[k].possessive)
                    return trim({r.first, k});
            int e = r.second - 1;
            while (e > r.first && !m_t[e].upper() && m_t[e].lower != u"intelligence")
                --e;
            return trim({r.first, e});
        }
        return r;
    }

    static bool isQuote(const Token &t)
    {
        static const QString quotes = QStringLiteral("\"“”‘’");
        return !t.word && quotes.contains(t.text);
    }

    // The name as written, without Markdown marks between its words.
    QString surface(Range r) const
    {
        const QStringView text = m_s.mid(m_t[r.first].start, m_t[r.second].end - m_t[r.first].start);
        const auto isMark = [](QChar c) { return c == u'*' || c == u'_' || c == u'[' || c == u']' || c == u'`'; };
        if (std::any_of(text.begin(), text.end(), isMark))
            return textscans::withoutMarkdown(text).simplified();
        return text.toString();
    }

    // A speaker name that is only a pronoun or a definite description of one named before
    // ("the Russian official", "the ministry", "the agency, known as …"): lowercase words
    // ending in a back-reference head (lexicon data).
    void classify(SpeakerCue &cue, Range name, bool definite) const
    {
        // Lowercasing never shortens a string: a longer surface is no pronoun.
        cue.pronoun = cue.surface.size() <= m_v.longestPronoun && m_v.pronouns.contains(cue.surface.toLower());
        if (!definite || name.second - name.first > 3)
            return;
        const Token &head = m_t[name.second];
        // "the top Russian official": a person, the last one named.
        if (head.vocab & Vocabulary::PersonHead) {
            cue.backReference = true;
            return;
        }
        // "the ministry": the last speaker with that head; "the Russian Defense Ministry" is
        // a name of its own, so capitalised words rule the reading out.
        if (!(head.vocab & Vocabulary::BackHead))
            return;
        for (int k = name.first; k <= name.second; ++k)
            if (m_t[k].upper() || m_t[k].possessive)
                return;
        cue.backReference = true;
        cue.head = head.lower.toString();
    }

    bool add(SpeakerCue::Kind kind, Range name, qsizetype cueStart, qsizetype cueEnd, const QString &relayedBy)
    {
        // "according to government figures", "police data": whose figures they are names the source.
        const bool ownsAReport = name.first < name.second && (m_t[name.second].vocab & Vocabulary::ReportNoun);
        name = reduce(name);
        if (name.first > name.second)
            return false;
        bool hasNameWord = false;
        for (int k = name.first; k <= name.second; ++k)
            hasNameWord = hasNameWord || m_t[k].upper()
                          || ((m_t[k].vocab & Vocabulary::SpeakerNoun) && m_t[k].lower.endsWith(u's'));
        SpeakerCue cue;
        cue.kind = kind;
        cue.surface = surface(name);
        cue.nameSpan = {m_t[name.first].start, m_t[name.second].end};
        cue.cueSpan = {std::min(cueStart, cue.nameSpan.start), std::max(cueEnd, cue.nameSpan.end)};
        cue.relayedBy = relayedBy;
        classify(cue, name, name.first > 0 && m_t[name.first - 1].lower == u"the");
        // "a local activist group", "a military source": an unnamed speaker the text
        // describes; the description is its name.
        // So is "the country's disaster agency": whose it is names it well enough.
        bool possessed = false;
        for (int k = name.first; k < name.second; ++k)
            possessed = possessed || m_t[k].possessive;
        const bool described = (m_t[name.second].vocab & Vocabulary::SpeakerNoun)
                               && (possessed || ownsAReport || (name.first > 0 && (m_t[name.first - 1].lower == u"a"
                                                                    || m_t[name.first - 1].lower == u"an")));
        if (!hasNameWord && !cue.pronoun && !cue.backReference && !described)
            return false;
        m_cues.append(std::move(cue));
        return true;
    }

    void addForward(SpeakerCue::Kind kind, int cueFirst, int nameFirst, const QString &relayedBy)
    {
        const Range name = forwardNP(nameFirst);
        if (!add(kind, name, m_t[cueFirst].start, m_t[std::max(cueFirst, nameFirst - 1)].end, relayedBy))
            return;
        // "reports from A (…) and B (…)": each source of a list is a speaker.
        int j = name.second + 1;
        while (j < m_t.size()) {
            if (m_t[j].text == u"(") {
                while (j < m_t.size() && m_t[j].text != u")")
                    ++j;
                ++j;
                continue;
            }
            if (j < m_t.size() && m_t[j].lower == u"and" && j + 1 < m_t.size() && m_t[j + 1].word) {
                const Range next = forwardNP(j + 1);
                if (next.first <= next.second && add(kind, next, m_t[j].start, m_t[j].end, relayedBy)) {
                    j = next.second + 1;
                    continue;
                }
            }
            break;
        }
    }

    void addCiting(int i)
    {
        // "TASS, citing X, reported": the relay stands before the comma; "media cited X".
        Range relay = (i > 0 && m_t[i - 1].text == u",") ? backwardNP(i - 1, false) : backwardNP(i);
        relay = reduce(relay);
        QString relayName;
        if (relay.first <= relay.second) {
            relayName = surface(relay);
            add(SpeakerCue::Kind::Subject, relay, m_t[relay.first].start, m_t[i].end, {});
        }
        addForward(SpeakerCue::Kind::Citing, i, i + 1, relayName);
    }

    void addVerb(int i)
    {
        // Inverted: "…, says Moscow", "…,” said Shoigu."
        int p = i - 1;
        if (p >= 0 && (m_t[p].text == u"," || isQuote(m_t[p]))) {
            const Range after = forwardNP(i + 1);
            const int next = after.second + 1;
            // "…, said 1,100 people had …" is no inverted speaker: the figure follows.
            if (after.first == i + 1 && after.first <= after.second && !m_t[after.first].text.front().isDigit()
                && (next >= m_t.size() || !m_t[next].word || (m_t[next].vocab & Vocabulary::StopWord))
                && add(SpeakerCue::Kind::Subject, after, m_t[i].start, m_t[i].end, {}))
                return;
        }
        // Passive with an agent: "as was reported by TASS".
        int q = i - 1;
        while (q >= 0 && m_t[q].word && (m_t[q].vocab & Vocabulary::Adverb))
            --q;
        if (q >= 0 && (m_t[q].vocab & Vocabulary::Passive)) {
            if (i + 1 < m_t.size() && m_t[i + 1].lower == u"by")
                addForward(SpeakerCue::Kind::According, i, i + 2, {});
            return;
        }
        const Range subject = backwardNP(i);
        if (subject.first <= subject.second)
            add(SpeakerCue::Kind::Subject, subject, m_t[subject.first].start, m_t[i].end, {});
    }

    // "Police commander X gave a lower figure last week, telling reporters that …": the
    // participle reports for the name the sentence opens with.
    void addParticiple(int i)
    {
        int first = 0;
        while (first < i && !m_t[first].word)
            ++first;
        if (first >= i || !m_t[first].upper() || (m_t[first].vocab & Vocabulary::NotName))
            return;
        const Range subject = forwardNP(first);
        if (subject.first > subject.second || subject.second >= i)
            return;
        // A name, not a capitalised first word ("Prices rose, adding to …").
        bool speakerNoun = false;
        for (int k = subject.first; k <= subject.second; ++k)
            speakerNoun = speakerNoun || (m_t[k].vocab & Vocabulary::SpeakerNoun);
        if (capitalisedRun(subject.first, subject.second) < 2 && !speakerNoun)
            return;
        // It reports something: "that" or a quotation follows closely.
        bool reports = false;
        for (int k = i + 1; k < m_t.size() && k <= i + 6 && !reports; ++k)
            reports = m_t[k].lower == u"that" || isQuote(m_t[k]);
        if (!reports)
            return;
        add(SpeakerCue::Kind::Subject, subject, m_t[i].start, m_t[i].end, {});
    }

    QStringView m_s;
    const Tokens::View m_t;
    const Vocabulary &m_v;
    QList<SpeakerCue> m_cues;
};

} // namespace

bool endsTitleAbbreviation(QStringView text, qsizetype dotAt)
{
    static const QSet<QString> neverEnd = [] {
        QSet<QString> out;
        for (const QJsonValue &v : loadLexicon(QStringLiteral("abbreviations")).value(u"neverEnd").toArray())
            out.insert(v.toString());
        return out;
    }();
    qsizetype start = dotAt;
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    return start < dotAt && neverEnd.contains(text.mid(start, dotAt - start).toString());
}

QList<SpeakerCue> findSpeakerCues(QStringView sentence, const QList<TextSpan> &dateSpans)
{
    thread_local Tokens tokens;
    tokenize(sentence, dateSpans, tokens);
    return CueFinder(sentence, tokens.view()).run();
}

QList<SpeakerCue> findSpeakerCues(const SentenceContext &sentence, const QList<TextSpan> &dateSpans)
{
    thread_local Tokens tokens;
    if (!tokenizeFromWordTokens(sentence, dateSpans, tokens))
        tokenize(sentence.sentence(), dateSpans, tokens);
    return CueFinder(sentence.sentence(), tokens.view()).run();
}

} // namespace claimline
