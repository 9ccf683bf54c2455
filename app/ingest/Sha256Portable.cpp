#include "Sha256Blocks.h"

#include <QtEndian>

#include <bit>

namespace claimline::sha256internal {

const std::array<quint32, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

namespace {

// One round; the caller rotates the names instead of moving eight values per round.
inline void round(quint32 a, quint32 b, quint32 c, quint32 &d, quint32 e, quint32 f, quint32 g, quint32 &h,
                  quint32 roundAndWord)
{
    const quint32 t1 = h + (std::rotr(e, 6) ^ std::rotr(e, 11) ^ std::rotr(e, 25)) + (g ^ (e & (f ^ g))) + roundAndWord;
    const quint32 t2 = (std::rotr(a, 2) ^ std::rotr(a, 13) ^ std::rotr(a, 22)) + ((a & b) | (c & (a | b)));
    d += t1;
    h = t1 + t2;
}

// Inlined into each variant below, compiled for its instruction set.
[[gnu::always_inline]] inline void compress(State &state, const uchar *block)
{
    const auto &k = kRoundConstants;
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
        round(a, b, c, d, e, f, g, h, k[i] + w[i]);
        round(h, a, b, c, d, e, f, g, k[i + 1] + w[i + 1]);
        round(g, h, a, b, c, d, e, f, k[i + 2] + w[i + 2]);
        round(f, g, h, a, b, c, d, e, k[i + 3] + w[i + 3]);
        round(e, f, g, h, a, b, c, d, k[i + 4] + w[i + 4]);
        round(d, e, f, g, h, a, b, c, k[i + 5] + w[i + 5]);
        round(c, d, e, f, g, h, a, b, k[i + 6] + w[i + 6]);
        round(b, c, d, e, f, g, h, a, k[i + 7] + w[i + 7]);
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

void compressPortable(State &state, const uchar *blocks, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        compress(state, blocks + 64 * i);
}

#if defined(__x86_64__) || defined(__i386__)
// BMI2's rorx rotates into another register: a third fewer instructions per round.
[[gnu::target("bmi2")]] void compressWithBmi2(State &state, const uchar *blocks, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        compress(state, blocks + 64 * i);
}
#else
void compressWithBmi2(State &state, const uchar *blocks, qsizetype count)
{
    compressPortable(state, blocks, count); // never chosen: no BMI2 here
}
#endif

} // namespace claimline::sha256internal
