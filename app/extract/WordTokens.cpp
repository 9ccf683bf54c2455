#include "WordTokens.h"

#include "text/WordRuns.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace claimline {

namespace {

// Character classes of one UTF-16 unit as QChar reports them; ASCII (nearly every unit of
// English news) from a table, the rest from QChar. `Alnum` marks a letter or number that
// is no digit: what makes a token a word rather than a number.
enum CharClass : uint8_t {
    Space = 1, LetterOrNumber = 2, Letter = 4, Digit = 8, Upper = 16, Lower = 32, Alnum = 64
};

constexpr std::array<uint8_t, 128> kAsciiClasses = [] {
    std::array<uint8_t, 128> out{};
    for (int c = 0; c < 128; ++c) {
        if (c == ' ' || (c >= '\t' && c <= '\r'))
            out[size_t(c)] = Space;
        else if (c >= '0' && c <= '9')
            out[size_t(c)] = LetterOrNumber | Digit;
        else if (c >= 'A' && c <= 'Z')
            out[size_t(c)] = LetterOrNumber | Letter | Upper | Alnum;
        else if (c >= 'a' && c <= 'z')
            out[size_t(c)] = LetterOrNumber | Letter | Lower | Alnum;
    }
    return out;
}();

uint8_t classOf(char16_t u)
{
    if (u < 128)
        return kAsciiClasses[u];
    const QChar c(u);
    const uint8_t cls = (c.isSpace() ? Space : 0) | (c.isLetterOrNumber() ? LetterOrNumber : 0)
                        | (c.isLetter() ? Letter : 0) | (c.isDigit() ? Digit : 0) | (c.isUpper() ? Upper : 0)
                        | (c.isLower() ? Lower : 0);
    return (cls & LetterOrNumber) && !(cls & Digit) ? cls | Alnum : cls;
}

char16_t asciiLower(char16_t u) { return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u; }
bool isApostrophe(char16_t c) { return c == u'\'' || c == u'\u2019'; }
bool isJoiner(char16_t c) { return c == u'-' || c == u'\u2011'; }

// Where a token ends when it starts with a letter or digit at `i`. Writes the token's
// units to `out` as it reads them, ASCII ones lowercased; `*ascii` tells whether every
// unit of it is ASCII (else what was written is not its lowercase form).
qsizetype wordEnd(const char16_t *text, qsizetype i, qsizetype end, char16_t *out, WordToken::Type *type, bool *ascii)
{
    uint8_t seen = 0; // classes of the letters and digits read so far
    char16_t wide = 0;
    int lowerRun = 0;
    qsizetype j = i;
    while (j < end) {
        // Runs of ASCII lowercase letters, most of every word, copied as they are.
        if (char16_t(text[j] - u'a') < 26) {
            const qsizetype from = j;
            do
                *out++ = text[j++];
            while (j < end && char16_t(text[j] - u'a') < 26);
            lowerRun += int(j - from);
            seen |= kAsciiClasses[u'a'];
            continue;
        }
        const char16_t d = text[j];
        const uint8_t cls = classOf(d);
        if (cls & LetterOrNumber) {
            // "woundedSouth": a glued table cell, two words.
            if ((cls & Upper) && lowerRun >= 3 && !(seen & Digit))
                break;
            lowerRun = (cls & Lower) ? lowerRun + 1 : 0;
            seen |= cls;
            wide |= d;
            *out++ = asciiLower(d);
            ++j;
            continue;
        }
        const uint8_t prev = classOf(text[j - 1]);
        const uint8_t next = j + 1 < end ? classOf(text[j + 1]) : 0;
        const bool joins = ((d == u',' || d == u'.') && (prev & Digit) && (next & Digit) && !(seen & Alnum))
                           || ((isApostrophe(d) || isJoiner(d)) && (prev & Letter) && (next & Letter) && !(seen & Digit));
        if (!joins)
            break;
        wide |= d;
        *out++ = d;
        ++j;
    }
    const bool letters = seen & Alnum, digits = seen & Digit;
    *type = letters && digits ? WordToken::Type::Mixed : digits ? WordToken::Type::Number : WordToken::Type::Word;
    *ascii = wide < 0x80;
    return j;
}

// wordKey() as a prefix of `lower` (its length), plus whether a 'y' follows the prefix.
// It runs on every token: plain character tests rather than endsWith() on literals.
qsizetype keyPrefix(QStringView w, bool *appendY)
{
    *appendY = false;
    qsizetype n = w.size();
    const auto at = [&](qsizetype fromEnd) { return fromEnd <= n ? w[n - fromEnd].unicode() : char16_t(0); };
    if (at(1) == u's' && at(2) == u'\'')
        n -= 2;
    else if (at(1) == u'\'')
        n -= 1;
    if (n <= 3)
        return n;
    const char16_t last = at(1), second = at(2), third = at(3);
    if (last == u's' && second == u'e' && third == u'i') { // "ies"
        *appendY = true;
        return n - 3;
    }
    // "sses", "shes", "ches", "xes"
    if (last == u's' && second == u'e'
        && ((third == u's' && at(4) == u's') || (third == u'h' && (at(4) == u's' || at(4) == u'c')) || third == u'x'))
        return n - 2;
    if (last == u's' && second != u's' && second != u'u' && second != u'i')
        return n - 1;
    return n;
}

// What QString::toLower() makes of a token with non-ASCII units, typographic apostrophes
// and hyphens folded when `foldTypography`.
QString lowerOfWide(QStringView token, bool foldTypography)
{
    QString lower = token.toString().toLower();
    if (foldTypography)
        for (QChar &c : lower) {
            if (c == u'\u2019')
                c = u'\'';
            else if (c == u'\u2011')
                c = u'-';
        }
    return lower;
}

// The buffer the tokens' folded texts are written into, sized up front; tokens view it
// as they are made, and are moved along in the rare case that it grows.
class FoldedBuffer
{
public:
    FoldedBuffer(QString &buffer, std::vector<WordToken> &tokens, qsizetype expected)
        : m_buffer(buffer), m_tokens(tokens)
    {
        m_buffer.resize(expected);
        m_data = reinterpret_cast<char16_t *>(m_buffer.data());
    }
    ~FoldedBuffer() { m_buffer.truncate(m_size); }

    // Room for `more` units at the end; returns where they go.
    char16_t *reserve(qsizetype more)
    {
        if (m_size + more > m_buffer.size()) {
            const char16_t *old = m_data;
            m_buffer.resize(std::max(2 * m_buffer.size(), m_size + more));
            m_data = reinterpret_cast<char16_t *>(m_buffer.data());
            for (WordToken &t : m_tokens)
                if (t.lower.utf16()) { // the token being made views nothing yet
                    t.lower = {m_data + (t.lower.utf16() - old), t.lower.size()};
                    t.key = {m_data + (t.key.utf16() - old), t.key.size()};
                }
        }
        return m_data + m_size;
    }
    qsizetype size() const { return m_size; }
    void grow(qsizetype by) { m_size += by; }
    QStringView written(qsizetype from, qsizetype length) const { return {m_data + from, length}; }

private:
    QString &m_buffer;
    std::vector<WordToken> &m_tokens;
    char16_t *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace

WordTokens tokenizeWords(QStringView view, TextSpan span, bool withKeys)
{
    auto data = std::make_shared<WordTokens::Data>();
    std::vector<WordToken> &tokens = data->tokens;
    const char16_t *text = view.utf16();
    const qsizetype end = std::min<qsizetype>(span.end, view.size());
    qsizetype i = std::max<qsizetype>(0, span.start);
    const qsizetype length = std::max<qsizetype>(0, end - i);
    tokens.reserve(size_t(length / 4 + 8)); // about five characters a token
    {
        // An ASCII token folds to its own length, and its key copy is shorter still.
        FoldedBuffer buffer(data->folded, tokens, 2 * length + 16);
        bool space = true;
        while (i < end) {
            const char16_t c = text[i];
            const uint8_t cls = classOf(c);
            if (cls & Space) {
                space = true;
                ++i;
                continue;
            }
            WordToken &t = tokens.emplace_back();
            t.spaceBefore = space;
            t.span.start = i;
            const qsizetype from = buffer.size();
            char16_t *out = buffer.reserve(end - i);
            bool ascii = c < 0x80;
            if (cls & LetterOrNumber) {
                t.span.end = wordEnd(text, i, end, out, &t.type, &ascii);
            } else {
                t.span.end = i + 1;
                t.type = WordToken::Type::Punct;
                *out = c;
            }
            i = t.span.end;
            t.ascii = ascii;
            if (ascii) {
                buffer.grow(t.span.length());
            } else {
                const QString lower = lowerOfWide(view.mid(t.span.start, t.span.length()), t.type != WordToken::Type::Number);
                std::copy(lower.cbegin(), lower.cend(), reinterpret_cast<QChar *>(buffer.reserve(lower.size())));
                buffer.grow(lower.size());
            }
            t.lower = buffer.written(from, buffer.size() - from);
            t.key = t.lower;
            if (withKeys) {
                bool appendY = false;
                const qsizetype keyLength = keyPrefix(t.lower, &appendY);
                t.key = t.lower.left(keyLength);
                if (appendY) {
                    // "casualties" → "casualty": a copy of the prefix with its 'y'.
                    char16_t *key = buffer.reserve(keyLength + 1);
                    const qsizetype at = buffer.size();
                    std::copy(t.lower.utf16(), t.lower.utf16() + keyLength, key);
                    key[keyLength] = u'y';
                    buffer.grow(keyLength + 1);
                    t.key = buffer.written(at, keyLength + 1);
                }
            }
            space = false;
        }
    }
    WordTokens out;
    out.m_tokens = tokens.data();
    out.m_size = qsizetype(tokens.size());
    out.m_data = std::move(data);
    return out;
}

bool tokensAreWordRuns(QStringView text, const WordTokens &tokens)
{
    const auto gluedWordAt = [&](qsizetype k) {
        return k < tokens.size() && !tokens[k].spaceBefore && tokens[k].isWordOrNumber();
    };
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const WordToken &t = tokens[k];
        if (!t.isWordOrNumber()) {
            if (text[t.span.start].isSurrogate())
                return false;
            continue;
        }
        if (gluedWordAt(k + 1))
            return false;
        if (k + 1 < tokens.size() && !tokens[k + 1].spaceBefore && wordruns::isJoiner(text[tokens[k + 1].span.start])
            && gluedWordAt(k + 2))
            return false;
        if (!t.ascii) {
            const QStringView units = text.mid(t.span.start, t.span.length());
            if (units.contains(u'\u2011') || units.contains(u','))
                return false;
        }
    }
    return true;
}

QString wordKey(QStringView lower)
{
    bool appendY = false;
    const qsizetype prefix = keyPrefix(lower, &appendY);
    QString key = lower.left(prefix).toString();
    if (appendY)
        key += u'y';
    return key;
}

} // namespace claimline
