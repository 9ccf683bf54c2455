#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QString>

namespace claimline {

enum class SourceFormat { PlainText, Markdown, Html };

// One input file, decoded. `text` is what every span in the model points into: the
// decoded file text for .txt/.md, and the readable text extracted from the markup for
// HTML (markup is data: nothing in it is run or fetched).
struct Document
{
    QString id;           // stable: "doc-" + first 12 hex digits of the content hash
    QString path;         // as given on the command line or found in a folder
    QString fileName;     // the file's name, as exported in `file`
    SourceFormat format = SourceFormat::PlainText;
    QByteArray sha256;    // hex digest of the raw bytes
    QString encoding;     // "UTF-8", "UTF-8 (BOM)", "Windows-1252", "UTF-16LE"…
    QString text;
    Diagnostics diagnostics;
};

QString sourceFormatName(SourceFormat f);

} // namespace claimline
