#include "Sha256.h"

#include <QtEndian>

#include <array>
#include <bit>
#include <cstring>

namespace claimline {

namespace {

constexpr std::array<quint32, 64> kRound = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// One round; the caller rotates the names instead of moving eight values per round.
inline void round(quint32 a, quint32 b, quint32 c, quint32 &d, quint32 e, quint32 f, quint32 g, quint32 &h,
                  quint32 roundAndWord)
{
    const quint32 t1 = h + (std::rotr(e, 6) ^ std::rotr(e, 11) ^ std::rotr(e, 25)) + (g ^ (e & (f ^ g))) + roundAndWord;
    const quint32 t2 = (std::rotr(a, 2) ^ std::rotr(a, 13) ^ std::rotr(a, 22)) + ((a & b) | (c & (a | b)));
    d += t1;
    h = t1 + t2;
}

void compress(std::array<quint32, 8> &state, const uchar *block)
{
    std::array<quint32, 64> w;
    for (int i = 0; i < 16; ++i)
        w[i] = qFromBigEndian<quint32>(block + 4 * i);
    for (int i = 16; i < 64; ++i) {
        const quint32 s0 = std::rotr(w[i - 15], 7) ^ std::rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const quint32 s1 = std::rotr(w[i - 2], 17) ^ std::rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    quint32 a = state[0], b = state[1], c = state[2], d = state[3];
    quint32 e = state[4], f = state[5], g = state[6], h = state[7];
    for (size_t i = 0; i < 64; i += 8) {
        round(a, b, c, d, e, f, g, h, kRound[i] + w[i]);
        round(h, a, b, c, d, e, f, g, kRound[i + 1] + w[i + 1]);
        round(g, h, a, b, c, d, e, f, kRound[i + 2] + w[i + 2]);
        round(f, g, h, a, b, c, d, e, kRound[i + 3] + w[i + 3]);
        round(e, f, g, h, a, b, c, d, kRound[i + 4] + w[i + 4]);
        round(d, e, f, g, h, a, b, c, kRound[i + 5] + w[i + 5]);
        round(c, d, e, f, g, h, a, b, kRound[i + 6] + w[i + 6]);
        round(b, c, d, e, f, g, h, a, kRound[i + 7] + w[i + 7]);
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    std::array<quint32, 8> state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    const qsizetype whole = data.size() / 64 * 64;
    for (qsizetype at = 0; at < whole; at += 64)
        compress(state, bytes + at);

    // The tail, a 0x80 byte, zeros, and the length in bits: one or two more blocks.
    std::array<uchar, 128> last{};
    const size_t tail = size_t(data.size() - whole);
    if (tail > 0)
        std::memcpy(last.data(), bytes + whole, tail);
    last[tail] = 0x80;
    const size_t lastSize = tail + 1 + 8 <= 64 ? 64 : 128;
    qToBigEndian<quint64>(quint64(data.size()) * 8, last.data() + lastSize - 8);
    for (size_t at = 0; at < lastSize; at += 64)
        compress(state, last.data() + at);

    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        qToBigEndian<quint32>(state[size_t(i)], digest.data() + 4 * i);
    return digest;
}

} // namespace claimline
