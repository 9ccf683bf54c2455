#include "TextDecoder.h"

namespace claimline {

// STUB (owned by the text/ingest work): plain UTF-8.
DecodedText decodeBytes(const QByteArray &bytes, const QString &)
{
    DecodedText out;
    out.text = QString::fromUtf8(bytes);
    out.encoding = QStringLiteral("UTF-8");
    return out;
}

} // namespace claimline
