#include "TextDecoder.h"

#include "Cp1252.h"
#include "Mojibake.h"
#include "Utf16.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace claimline {

namespace {

constexpr int kMaxInvalidReports = 10;
constexpr qsizetype kSniffBytes = 64 * 1024;

Diagnostic warning(const QString &file, qint64 offset, const QString &message)
{
    return {Diagnostic::Severity::Warning, file, offset, message};
}

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype n)
{
    return bytes.size() >= n && std::memcmp(bytes.constData(), prefix, size_t(n)) == 0;
}

// Length of the invalid UTF-8 sequence at `p` (its maximal subpart), 0 when valid there.
// `valid` receives the length of the valid sequence otherwise.
int invalidAt(const uchar *s, qsizetype size, qsizetype p, int &valid)
{
    const uchar b = s[p];
    valid = 1;
    if (b < 0x80)
        return 0;
    int need = 0;
    uchar lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0)
            lo = 0xA0;
        else if (b == 0xED)
            hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0)
            lo = 0x90;
        else if (b == 0xF4)
            hi = 0x8F;
    } else {
        return 1;
    }
    for (int k = 1; k <= need; ++k) {
        if (p + k >= size)
            return k;
        const uchar c = s[p + k];
        if (c < lo || c > hi)
            return k;
        lo = 0x80;
        hi = 0xBF;
    }
    valid = need + 1;
    return 0;
}

struct Utf8Scan
{
    qsizetype validMultiByte = 0;
    qsizetype invalidSequences = 0;
    bool allHighBytesCp1252 = true; // every byte ≥ 0x80 is defined in Windows-1252
};

Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype from)
{
    Utf8Scan scan;
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    for (qsizetype p = from; p < bytes.size();) {
        if (s[p] >= 0x80 && !cp1252IsDefined(s[p]))
            scan.allHighBytesCp1252 = false;
        int valid = 1;
        const int bad = invalidAt(s, bytes.size(), p, valid);
        if (bad) {
            ++scan.invalidSequences;
            p += bad;
        } else {
            if (valid > 1)
                ++scan.validMultiByte;
            p += valid;
        }
    }
    return scan;
}

// Decodes with U+FFFD for each invalid sequence; each run of adjacent ones is reported once.
QString decodeUtf8Lossy(const QByteArray &bytes, qsizetype from, const QString &file, Diagnostics &diags)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    QString out;
    out.reserve(bytes.size() - from);
    qsizetype validStart = from;
    qsizetype runEnd = -1;
    int runs = 0;
    for (qsizetype p = from; p < bytes.size();) {
        int valid = 1;
        const int bad = invalidAt(s, bytes.size(), p, valid);
        if (!bad) {
            p += valid;
            continue;
        }
        out.append(QString::fromUtf8(bytes.constData() + validStart, p - validStart));
        out.append(QChar::ReplacementCharacter);
        if (p != runEnd) {
            if (++runs <= kMaxInvalidReports)
                diags.append(warning(file, p, QStringLiteral("invalid UTF-8 byte(s) replaced by U+FFFD")));
        }
        p += bad;
        runEnd = p;
        validStart = p;
    }
    out.append(QString::fromUtf8(bytes.constData() + validStart, bytes.size() - validStart));
    if (runs > kMaxInvalidReports)
        diags.append(warning(file, -1, QStringLiteral("%1 more runs of invalid UTF-8 bytes replaced by U+FFFD")
                                           .arg(runs - kMaxInvalidReports)));
    return out;
}

enum class Utf16Guess { None, LE, BE };

// Mostly-ASCII UTF-16 without BOM has a NUL in every other byte.
Utf16Guess guessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min(bytes.size(), kSniffBytes) & ~qsizetype(1);
    // Nearly every file has no NUL at all: one vectorized search says so.
    if (n < 4 || !std::memchr(bytes.constData(), 0, size_t(n)))
        return Utf16Guess::None;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddNul * 10 >= pairs * 3 && evenNul * 20 <= pairs)
        return Utf16Guess::LE;
    if (evenNul * 10 >= pairs * 3 && oddNul * 20 <= pairs)
        return Utf16Guess::BE;
    return Utf16Guess::None;
}

bool looksBinary(const QByteArray &bytes, qsizetype from)
{
    const qsizetype n = std::min(bytes.size() - from, kSniffBytes);
    const char *s = bytes.constData() + from;
    if (std::memchr(s, 0, size_t(n)))
        return true;
    const auto isControl = [](uchar c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
    };
    qsizetype controls = 0;
    constexpr qsizetype kChunk = 16;
    qsizetype i = 0;
    for (; i + kChunk <= n; i += kChunk) {
        uchar lowest = 0xFF; // a vectorized minimum: most chunks hold no byte below ' '
        for (qsizetype k = 0; k < kChunk; ++k)
            lowest = std::min(lowest, uchar(s[i + k]));
        if (lowest >= 0x20)
            continue;
        for (qsizetype k = 0; k < kChunk; ++k)
            controls += isControl(uchar(s[i + k]));
    }
    for (; i < n; ++i)
        controls += isControl(uchar(s[i]));
    return controls > 8 && controls * 50 > n;
}

QString decodeUtf16(const QByteArray &bytes, qsizetype from, bool littleEndian, const QString &file,
                    Diagnostics &diags)
{
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(from));
    if ((bytes.size() - from) % 2)
        diags.append(warning(file, bytes.size() - 1, QStringLiteral("UTF-16 text has an odd number of bytes")));
    if (decoder.hasError())
        diags.append(warning(file, -1, QStringLiteral("invalid UTF-16 (unpaired surrogates) replaced by U+FFFD")));
    return text;
}

bool isInvisibleControl(char16_t c, bool &bidi)
{
    bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    return bidi || (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
}

// Zero-width and bidi controls stay in place (offsets keep matching what the analyst sees
// in an editor); they are reported, as bidi overrides can make a quote read differently.
void reportInvisible(const QString &text, const QString &file, Diagnostics &diags)
{
    const auto *s = reinterpret_cast<const char16_t *>(text.constData());
    qsizetype count = 0, first = -1;
    bool anyBidi = false;
    for (qsizetype i = skipAscii(text, 0); i < text.size(); i = skipAscii(text, i + 1)) {
        if (s[i] < 0x200B)
            continue;
        bool bidi = false;
        if (isInvisibleControl(s[i], bidi)) {
            if (count++ == 0)
                first = i;
            anyBidi |= bidi;
        }
    }
    if (count == 0)
        return;
    diags.append({anyBidi ? Diagnostic::Severity::Warning : Diagnostic::Severity::Info, file, -1,
                  QStringLiteral("%1 invisible %2 character(s) kept, the first at character %3")
                      .arg(count)
                      .arg(anyBidi ? QStringLiteral("zero-width/bidi control") : QStringLiteral("zero-width"))
                      .arg(first)});
}

void normalizeLineEnds(QString &text)
{
    if (!text.contains(u'\r'))
        return;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
}

} // namespace

DecodedText decodeBytes(const QByteArray &bytes, const QString &fileName)
{
    DecodedText out;
    Diagnostics &diags = out.diagnostics;

    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2)) {
        const bool le = uchar(bytes[0]) == 0xFF;
        out.encoding = le ? QStringLiteral("UTF-16LE (BOM)") : QStringLiteral("UTF-16BE (BOM)");
        out.text = decodeUtf16(bytes, 2, le, fileName, diags);
    } else if (const Utf16Guess g = guessUtf16(bytes); g != Utf16Guess::None) {
        const bool le = g == Utf16Guess::LE;
        out.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        out.text = decodeUtf16(bytes, 0, le, fileName, diags);
        diags.append({Diagnostic::Severity::Info, fileName, -1,
                      QStringLiteral("no byte order mark; read as %1 from its NUL bytes").arg(out.encoding)});
    } else {
        const bool bom = startsWith(bytes, "\xEF\xBB\xBF", 3);
        const qsizetype from = bom ? 3 : 0;
        if (looksBinary(bytes, from)) {
            out.looksBinary = true;
            diags.append(warning(fileName, -1, QStringLiteral("binary content (NUL or control bytes)")));
            return out;
        }
        out.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        out.text = decoder.decode(QByteArrayView(bytes).sliced(from));
        if (decoder.hasError()) {
            const Utf8Scan scan = scanUtf8(bytes, from);
            // Legacy single-byte text: invalid as UTF-8 nearly everywhere it is not ASCII.
            if (!bom && scan.allHighBytesCp1252 && scan.validMultiByte * 4 <= scan.invalidSequences) {
                out.encoding = QStringLiteral("Windows-1252");
                out.text = decodeCp1252(bytes);
                diags.append(warning(fileName, -1, QStringLiteral("not UTF-8; read as Windows-1252")));
            } else {
                out.text = decodeUtf8Lossy(bytes, from, fileName, diags);
            }
        }
    }

    normalizeLineEnds(out.text);
    const MojibakeRepair repair = repairMojibake(out.text);
    if (repair.repairs > 0)
        diags.append(warning(fileName, -1,
                             QStringLiteral("repaired %1 mojibake sequence(s) (UTF-8 read as Windows-1252), "
                                            "the first at character %2")
                                 .arg(repair.repairs)
                                 .arg(repair.firstAt)));
    reportInvisible(out.text, fileName, diags);
    return out;
}

} // namespace claimline
