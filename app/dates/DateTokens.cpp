#include "DateTokens.h"

namespace claimline::dates {

namespace {

inline bool isAsciiLetter(char16_t c)
{
    return char16_t((c | 0x20) - u'a') < 26;
}

inline bool isLetter(char16_t c)
{
    return isAsciiLetter(c) || (c >= 0x80 && QChar(c).isLetter());
}

} // namespace

std::vector<Token> tokenize(QStringView text, qsizetype start, qsizetype end)
{
    std::vector<Token> tokens;
    tokens.reserve(size_t((end - start) / 5 + 4));
    char16_t lowered[16];
    const char16_t *data = text.utf16();
    qsizetype i = start;
    while (i < end) {
        const char16_t c = data[i];
        if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0xA0 || (c >= 0x80 && QChar(c).isSpace())) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (c >= u'0' && c <= u'9') {
            t.kind = Token::Digits;
            qint64 v = 0;
            while (i < end && data[i] >= u'0' && data[i] <= u'9') {
                if (v < 100000000)
                    v = v * 10 + (data[i] - u'0');
                ++t.digits;
                ++i;
            }
            t.value = int(v);
        } else if (isLetter(c)) {
            t.kind = Token::Word;
            t.capitalised = QChar(c).isUpper();
            qsizetype n = 0;
            bool ascii = true;
            quint32 hash = kLexiconHashSeed;
            while (i < end && isLetter(data[i])) {
                const char16_t l = data[i];
                if (n < 16) {
                    if (l < 0x80) {
                        lowered[n] = char16_t(l | 0x20);
                        hash = lexiconHashStep(hash, lowered[n]);
                    } else {
                        ascii = false;
                    }
                }
                ++n;
                ++i;
            }
            // The lexicon is ASCII and no entry is longer than 13 letters.
            if (ascii && n <= 16) {
                t.lex = lookupWord(QStringView(lowered, n), hash);
                t.value = t.lex.value;
            }
        } else {
            t.kind = Token::Punct;
            t.ch = c;
            ++i;
            // Keep surrogate pairs whole so that spans never split a code point.
            if (QChar::isHighSurrogate(c) && i < end && QChar::isLowSurrogate(data[i]))
                ++i;
        }
        t.end = i;
        tokens.push_back(t);
    }
    return tokens;
}

} // namespace claimline::dates
