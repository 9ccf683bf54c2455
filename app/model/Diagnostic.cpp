#include "Diagnostic.h"

namespace claimline {

QString Diagnostic::toString() const
{
    QString level;
    switch (severity) {
    case Severity::Info: level = QStringLiteral("note"); break;
    case Severity::Warning: level = QStringLiteral("warning"); break;
    case Severity::Error: level = QStringLiteral("error"); break;
    }
    QString out = file + QStringLiteral(": ") + level + QStringLiteral(": ") + message;
    if (byteOffset >= 0)
        out += QStringLiteral(" (byte %1)").arg(byteOffset);
    return out;
}

} // namespace claimline
