#include "WordTokens.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace claimline {

namespace {

// Character classes of one UTF-16 unit as QChar reports them; ASCII (nearly every unit of
// English news) from a table, the rest from QChar.
enum CharClass : uint8_t { Space = 1, LetterOrNumber = 2, Letter = 4, Digit = 8, Upper = 16, Lower = 32 };

constexpr std::array<uint8_t, 128> kAsciiClasses = [] {
    std::array<uint8_t, 128> out{};
    for (int c = 0; c < 128; ++c) {
        if (c == ' ' || (c >= '\t' && c <= '\r'))
            out[size_t(c)] = Space;
        else if (c >= '0' && c <= '9')
            out[size_t(c)] = LetterOrNumber | Digit;
        else if (c >= 'A' && c <= 'Z')
            out[size_t(c)] = LetterOrNumber | Letter | Upper;
        else if (c >= 'a' && c <= 'z')
            out[size_t(c)] = LetterOrNumber | Letter | Lower;
    }
    return out;
}();

uint8_t classOf(char16_t u)
{
    if (u < 128)
        return kAsciiClasses[u];
    const QChar c(u);
    return (c.isSpace() ? Space : 0) | (c.isLetterOrNumber() ? LetterOrNumber : 0) | (c.isLetter() ? Letter : 0)
           | (c.isDigit() ? Digit : 0) | (c.isUpper() ? Upper : 0) | (c.isLower() ? Lower : 0);
}

bool isApostrophe(char16_t c) { return c == u'\'' || c == u'\u2019'; }
bool isJoiner(char16_t c) { return c == u'-' || c == u'\u2011'; }

// Where a token ends when it starts with a letter or digit at `i`; `ascii` tells whether
// every unit of it is ASCII.
qsizetype wordEnd(const char16_t *text, qsizetype i, qsizetype end, WordToken::Type *type, bool *ascii)
{
    bool letters = false, digits = false;
    char16_t wide = 0;
    int lowerRun = 0;
    qsizetype j = i;
    while (j < end) {
        const char16_t d = text[j];
        const uint8_t cls = classOf(d);
        if (cls & LetterOrNumber) {
            // "woundedSouth": a glued table cell, two words.
            if ((cls & Upper) && lowerRun >= 3 && !digits)
                break;
            lowerRun = (cls & Lower) ? lowerRun + 1 : 0;
            (cls & Digit ? digits : letters) = true;
            wide |= d;
            ++j;
            continue;
        }
        const bool hasNext = j + 1 < end;
        const uint8_t prev = classOf(text[j - 1]);
        const uint8_t next = hasNext ? classOf(text[j + 1]) : 0;
        if ((d == u',' || d == u'.') && (prev & Digit) && (next & Digit) && !letters) {
            ++j;
            continue;
        }
        if ((isApostrophe(d) || isJoiner(d)) && (prev & Letter) && (next & Letter) && !digits) {
            wide |= d;
            ++j;
            continue;
        }
        break;
    }
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

// The folded texts of a sentence's tokens, written into one QString sized up front.
class FoldedWriter
{
public:
    FoldedWriter(QString &buffer, qsizetype expected) : m_buffer(buffer)
    {
        m_buffer.resize(expected);
        m_data = reinterpret_cast<char16_t *>(m_buffer.data());
    }
    ~FoldedWriter() { m_buffer.truncate(m_size); }
    qsizetype size() const { return m_size; }

    // The token's lowercase form (what QString::toLower() makes of it), typographic
    // apostrophes and hyphens folded when `foldTypography`.
    void appendLower(QStringView token, bool ascii, bool foldTypography)
    {
        if (ascii) {
            reserve(token.size());
            for (const QChar c : token) {
                const char16_t u = c.unicode();
                m_data[m_size++] = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
            }
            return;
        }
        const QString lower = token.toString().toLower();
        reserve(lower.size());
        for (const QChar c : lower) {
            char16_t u = c.unicode();
            if (foldTypography && u == u'\u2019')
                u = u'\'';
            else if (foldTypography && u == u'\u2011')
                u = u'-';
            m_data[m_size++] = u;
        }
    }
    // Copies [from, from + length) of what was written, then one unit.
    void appendCopy(qsizetype from, qsizetype length, char16_t then)
    {
        reserve(length + 1);
        std::copy(m_data + from, m_data + from + length, m_data + m_size);
        m_size += length;
        m_data[m_size++] = then;
    }
    QStringView written(qsizetype from, qsizetype length) const { return {m_data + from, length}; }

private:
    void reserve(qsizetype more)
    {
        if (m_size + more <= m_buffer.size())
            return;
        m_buffer.resize(std::max(2 * m_buffer.size(), m_size + more));
        m_data = reinterpret_cast<char16_t *>(m_buffer.data());
    }
    QString &m_buffer;
    char16_t *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace

WordTokens tokenizeWords(QStringView view, TextSpan span, bool withKeys)
{
    WordTokens out;
    const char16_t *text = view.utf16();
    const qsizetype end = std::min<qsizetype>(span.end, view.size());
    qsizetype i = std::max<qsizetype>(0, span.start);
    // Offsets into m_folded while it grows; views are taken once it is complete.
    struct Folded
    {
        qsizetype lower, lowerLength, key, keyLength;
    };
    std::vector<Folded> folded;
    const qsizetype length = std::max<qsizetype>(0, end - i);
    folded.reserve(size_t(length / 4 + 8)); // about five characters a token
    out.m_tokens.reserve(length / 4 + 8);
    {
        // An ASCII token folds to its own length, and its key copy is shorter still.
        FoldedWriter writer(out.m_folded, 2 * length + 16);
        bool space = true;
        while (i < end) {
            const char16_t c = text[i];
            const uint8_t cls = classOf(c);
            if (cls & Space) {
                space = true;
                ++i;
                continue;
            }
            WordToken t;
            t.spaceBefore = space;
            t.span.start = i;
            bool ascii = c < 0x80;
            if (cls & LetterOrNumber) {
                t.span.end = wordEnd(text, i, end, &t.type, &ascii);
            } else {
                t.span.end = i + 1;
                t.type = WordToken::Type::Punct;
            }
            i = t.span.end;
            Folded f{writer.size(), 0, 0, 0};
            writer.appendLower(view.mid(t.span.start, t.span.length()), ascii, t.type != WordToken::Type::Number);
            f.lowerLength = writer.size() - f.lower;
            f.key = f.lower;
            if (withKeys) {
                bool appendY = false;
                f.keyLength = keyPrefix(writer.written(f.lower, f.lowerLength), &appendY);
                if (appendY) {
                    f.key = writer.size();
                    writer.appendCopy(f.lower, f.keyLength, u'y');
                    ++f.keyLength;
                }
            }
            folded.push_back(f);
            out.m_tokens.append(t);
            space = false;
        }
    }
    const QStringView buffer(out.m_folded);
    for (qsizetype k = 0; k < out.m_tokens.size(); ++k) {
        const Folded &f = folded[size_t(k)];
        out.m_tokens[k].lower = buffer.mid(f.lower, f.lowerLength);
        out.m_tokens[k].key = buffer.mid(f.key, f.keyLength);
    }
    return out;
}

WordTokens sentenceTokens(QStringView text, TextSpan span)
{
    struct Last
    {
        TextSpan span;
        QString characters;
        WordTokens tokens;
    };
    thread_local Last last;
    const QStringView characters = text.mid(span.start, span.length());
    if (last.span == span && last.characters == characters)
        return last.tokens;
    last.span = span;
    last.characters = characters.toString();
    last.tokens = tokenizeWords(text, span, true);
    return last.tokens;
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
