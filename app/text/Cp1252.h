#pragma once

#include <QByteArrayView>
#include <QChar>
#include <QString>

namespace claimline {

// Windows-1252, the legacy encoding that mislabelled "Latin-1" web text really uses.
// Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined; they map to the C1 controls.
char16_t cp1252ToUnicode(uchar byte);
bool cp1252IsDefined(uchar byte);
QString decodeCp1252(QByteArrayView bytes);

// The byte that Windows-1252 (or Latin-1 for its holes) maps to `c`, or -1: used to undo
// mojibake, text that was UTF-8 but got decoded as Windows-1252.
int unicodeToCp1252(char16_t c);

} // namespace claimline
