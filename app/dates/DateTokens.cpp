#include "DateTokens.h"

#include <array>

namespace claimline::dates {

namespace {

enum class CharClass : quint8 { Space, Digit, Lower, Upper, Other };

// ASCII by table; only these four are spaces below 0x80 (a form feed is punctuation).
constexpr std::array<CharClass, 128> kAsciiClass = [] {
    std::array<CharClass, 128> classes{};
    classes.fill(CharClass::Other);
    for (char16_t c : {u' ', u'\n', u'\t', u'\r'})
        classes[c] = CharClass::Space;
    for (char16_t c = u'0'; c <= u'9'; ++c)
        classes[c] = CharClass::Digit;
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        classes[c] = CharClass::Lower;
        classes[c - 0x20] = CharClass::Upper;
    }
    return classes;
}();

// ASCII letters in lower case, 0 for every other ASCII character.
constexpr std::array<char16_t, 128> kAsciiLetterLowered = [] {
    std::array<char16_t, 128> lowered{};
    for (char16_t c = u'a'; c <= u'z'; ++c)
        lowered[c] = lowered[c - 0x20] = c;
    return lowered;
}();

// Out of line: the hot loops stay free of calls into Qt's Unicode tables.
[[gnu::noinline]] CharClass classOfNonAscii(char16_t c)
{
    const QChar q(c);
    if (q.isSpace())
        return CharClass::Space;
    if (q.isLetter())
        return q.isUpper() ? CharClass::Upper : CharClass::Lower;
    return CharClass::Other;
}

[[gnu::noinline]] qsizetype endOfWord(const char16_t *data, qsizetype i, qsizetype end)
{
    while (i < end && (data[i] < 0x80 ? kAsciiLetterLowered[data[i]] != 0 : QChar(data[i]).isLetter()))
        ++i;
    return i;
}

// Reads the word that starts at data[t.start] and returns where it ends; an ASCII word
// is looked up in the lexicon with the hash folded in while scanning.
qsizetype readWord(const char16_t *data, qsizetype end, Token &t)
{
    qsizetype i = t.start;
    quint32 hash = kLexiconHashSeed;
    char16_t lowered = 0;
    while (i < end && data[i] < 0x80 && (lowered = kAsciiLetterLowered[data[i]]) != 0) {
        hash = lexiconHashStep(hash, lowered);
        ++i;
    }
    if (i < end && data[i] >= 0x80 && QChar(data[i]).isLetter())
        return endOfWord(data, i + 1, end); // a letter outside ASCII: in no lexicon
    t.lex = lookupWord(QStringView(data + t.start, i - t.start), hash);
    return i;
}

} // namespace

void tokenize(QStringView text, qsizetype start, qsizetype end, std::vector<Token> &tokens)
{
    tokens.clear();
    tokens.reserve(size_t((end - start) / 5 + 4));
    const char16_t *data = text.utf16();
    qsizetype i = start;
    while (i < end) {
        const char16_t c = data[i];
        const CharClass cls = c < 0x80 ? kAsciiClass[c] : classOfNonAscii(c);
        if (cls == CharClass::Space) {
            ++i;
            continue;
        }
        Token &t = tokens.emplace_back();
        t.start = i;
        if (cls == CharClass::Digit) {
            t.kind = Token::Digits;
            qint64 v = 0;
            for (; i < end && char16_t(data[i] - u'0') < 10; ++i) {
                if (v < 100000000)
                    v = v * 10 + (data[i] - u'0');
                ++t.digits;
            }
            t.value = int(v);
        } else if (cls != CharClass::Other) {
            t.kind = Token::Word;
            t.capitalised = cls == CharClass::Upper;
            i = readWord(data, end, t);
            t.value = t.lex.value;
        } else {
            t.kind = Token::Punct;
            t.ch = c;
            ++i;
            // Keep surrogate pairs whole so that spans never split a code point.
            if (QChar::isHighSurrogate(c) && i < end && QChar::isLowSurrogate(data[i]))
                ++i;
        }
        t.end = i;
    }
}

} // namespace claimline::dates
