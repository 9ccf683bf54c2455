#include "DateTokens.h"

namespace claimline::dates {

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isLetter(char16_t c)
{
    return isAsciiLetter(c) || (c >= 0x80 && QChar(c).isLetter());
}

} // namespace

std::vector<Token> tokenize(QStringView text, qsizetype start, qsizetype end)
{
    std::vector<Token> tokens;
    tokens.reserve(size_t((end - start) / 5 + 4));
    char16_t lowered[16];
    qsizetype i = start;
    while (i < end) {
        const char16_t c = text[i].unicode();
        if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0xA0 || (c >= 0x80 && QChar(c).isSpace())) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (c >= u'0' && c <= u'9') {
            t.kind = Token::Digits;
            qint64 v = 0;
            while (i < end && text[i].unicode() >= u'0' && text[i].unicode() <= u'9') {
                if (v < 100000000)
                    v = v * 10 + (text[i].unicode() - u'0');
                ++t.digits;
                ++i;
            }
            t.value = int(v);
        } else if (isLetter(c)) {
            t.kind = Token::Word;
            t.capitalised = QChar(c).isUpper();
            qsizetype n = 0;
            bool ascii = true;
            while (i < end && isLetter(text[i].unicode())) {
                const char16_t l = text[i].unicode();
                if (n < 16) {
                    if (l < 0x80)
                        lowered[n] = (l >= u'A' && l <= u'Z') ? char16_t(l + 32) : l;
                    else
                        ascii = false;
                }
                ++n;
                ++i;
            }
            // The lexicon is ASCII and no entry is longer than 13 letters.
            if (ascii && n <= 16) {
                t.lex = lookupWord(QStringView(lowered, n));
                t.value = t.lex.value;
            }
        } else {
            t.kind = Token::Punct;
            t.ch = c;
            ++i;
            // Keep surrogate pairs whole so that spans never split a code point.
            if (QChar::isHighSurrogate(c) && i < end && QChar::isLowSurrogate(text[i].unicode()))
                ++i;
        }
        t.end = i;
        tokens.push_back(t);
    }
    return tokens;
}

} // namespace claimline::dates
