#include "Mojibake.h"

#include "Cp1252.h"
#include "Utf16.h"

namespace claimline {

namespace {

int sequenceLength(char16_t lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Length in UTF-16 units of the mojibake at `i` and its repair, or 0.
qsizetype matchAt(QStringView text, qsizetype i, QString &repaired)
{
    const int n = sequenceLength(text[i].unicode());
    if (n == 0 || i + n > text.size())
        return 0;
    char bytes[4] = {char(text[i].unicode()), 0, 0, 0};
    for (int k = 1; k < n; ++k) {
        const int b = unicodeToCp1252(text[i + k].unicode());
        if (b < 0x80 || b > 0xBF)
            return 0;
        bytes[k] = char(b);
    }
    repaired = QString::fromUtf8(bytes, n);
    const bool single = repaired.size() == 1 || (repaired.size() == 2 && repaired[0].isHighSurrogate());
    if (!single || repaired.contains(QChar::ReplacementCharacter))
        return 0;
    return n;
}

bool isStrayA(QStringView text, qsizetype i)
{
    if (text[i] != u'\u00C2')
        return false;
    const bool before = i == 0 || !text[i - 1].isLetter();
    const bool after = i + 1 == text.size() || text[i + 1].isSpace();
    return before && after;
}

} // namespace

MojibakeRepair repairMojibake(QString &text)
{
    MojibakeRepair result;
    const QStringView view(text);
    const char16_t *data = reinterpret_cast<const char16_t *>(view.data());
    QString out;
    qsizetype copiedUpTo = 0;
    QString repaired;
    // Every candidate lead is past ASCII.
    for (qsizetype i = skipAscii(view, 0); i < view.size(); i = skipAscii(view, i + 1)) {
        if (data[i] < 0xC2 || data[i] > 0xF4)
            continue;
        qsizetype len = matchAt(view, i, repaired);
        if (len == 0 && isStrayA(view, i)) {
            len = 1;
            repaired.clear();
        }
        if (len == 0)
            continue;
        if (result.repairs++ == 0) {
            result.firstAt = i;
            out.reserve(view.size());
        }
        out.append(view.mid(copiedUpTo, i - copiedUpTo));
        out.append(repaired);
        copiedUpTo = i + len;
        i += len - 1;
    }
    if (result.repairs > 0) {
        out.append(view.mid(copiedUpTo));
        text = std::move(out);
    }
    return result;
}

} // namespace claimline
