#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

// Turns libFuzzer's bytes into the inputs our components take. Bytes are fed raw to the
// decoder; text components get the decoder's output (as the pipeline would) so that the
// fuzzer explores text, not only invalid UTF-8.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString fuzzText(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}
