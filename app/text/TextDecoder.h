#pragma once

#include "model/Diagnostic.h"

#include <QByteArray>
#include <QString>

namespace claimline {

struct DecodedText
{
    QString text;
    QString encoding;        // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "Windows-1252"…
    bool looksBinary = false; // true: not text at all (caller refuses the file)
    Diagnostics diagnostics;  // each names the file and, where known, the byte offset
};

// Bytes → text, the way a careful reader would: UTF-8 with or without BOM (invalid bytes
// become U+FFFD, each run reported with its byte offset), UTF-16 with BOM or detected by
// NUL pattern, legacy Windows-1252 detected and converted with a warning, unambiguous
// mojibake ("â€™", stray "Â") repaired with a warning, binary content detected.
DecodedText decodeBytes(const QByteArray &bytes, const QString &fileName);

} // namespace claimline
