#pragma once

#include <QString>

namespace claimline {

struct MojibakeRepair
{
    int repairs = 0;          // sequences replaced
    qsizetype firstAt = -1;   // UTF-16 offset of the first one, in the input text
};

// Undoes UTF-8 text that was decoded as Windows-1252 ("â€™" → "’", "Ã©" → "é") when the
// characters re-encode to exactly one valid UTF-8 sequence, and drops a stray "Â" left
// before a space or the end (the remains of a mangled no-break space). Text without any
// U+00C2–U+00F4 character is returned untouched after one scan.
MojibakeRepair repairMojibake(QString &text);

} // namespace claimline
