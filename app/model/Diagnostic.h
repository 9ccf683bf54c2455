#pragma once

#include <QList>
#include <QString>

namespace claimline {

// A problem met while reading input: always names the file, and where it makes sense
// the byte offset, so that the analyst can find it. Nothing is dropped silently.
struct Diagnostic
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString file;
    qint64 byteOffset = -1;
    QString message;

    QString toString() const; // "file: warning: message (byte 123)"
};

using Diagnostics = QList<Diagnostic>;

} // namespace claimline
