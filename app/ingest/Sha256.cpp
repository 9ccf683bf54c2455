#include "Sha256.h"

#include "Sha256Blocks.h"

#include <QtEndian>

#include <cstring>

namespace claimline {

namespace sha256internal {

namespace {

using Compress = void (*)(State &, const uchar *, qsizetype);

Compress compressorOf(Engine engine)
{
    switch (engine) {
    case Engine::ShaInstructions: return compressWithShaInstructions;
    case Engine::Bmi2: return compressWithBmi2;
    case Engine::Portable: break;
    }
    return compressPortable;
}

} // namespace

bool runsHere(Engine engine)
{
    static const bool bmi2 = cpuHasBmi2(), sha = cpuHasShaInstructions();
    switch (engine) {
    case Engine::ShaInstructions: return sha;
    case Engine::Bmi2: return bmi2;
    case Engine::Portable: break;
    }
    return true;
}

Engine bestEngine()
{
    for (const Engine engine : {Engine::ShaInstructions, Engine::Bmi2})
        if (runsHere(engine))
            return engine;
    return Engine::Portable;
}

QByteArray sha256With(Engine engine, QByteArrayView data)
{
    const Compress compress = compressorOf(engine);
    State state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    const qsizetype wholeBlocks = data.size() / 64;
    compress(state, bytes, wholeBlocks);

    // The tail, a 0x80 byte, zeros, and the length in bits: one or two more blocks.
    std::array<uchar, 128> last{};
    const qsizetype whole = wholeBlocks * 64;
    const size_t tail = size_t(data.size() - whole);
    if (tail > 0)
        std::memcpy(last.data(), bytes + whole, tail);
    last[tail] = 0x80;
    const size_t lastSize = tail + 1 + 8 <= 64 ? 64 : 128;
    qToBigEndian<quint64>(quint64(data.size()) * 8, last.data() + lastSize - 8);
    compress(state, last.data(), qsizetype(lastSize / 64));

    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        qToBigEndian<quint32>(state[size_t(i)], digest.data() + 4 * i);
    return digest;
}

} // namespace sha256internal

QByteArray sha256(QByteArrayView data)
{
    return sha256internal::sha256With(sha256internal::bestEngine(), data);
}

} // namespace claimline
