#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>

// libFuzzer's bytes as the raw input every check takes (text components decode them as
// UTF-8, the way most files arrive).
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
