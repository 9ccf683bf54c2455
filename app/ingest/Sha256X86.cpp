// CPU features and the SHA extensions' compression, x86 only.
#include "Sha256Blocks.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace claimline::sha256internal {

#if defined(__x86_64__) || defined(__i386__)

namespace {

// Leaf 7's feature bits in EBX, 0 when the CPU has no such leaf.
unsigned extendedFeatures()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    return __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) ? ebx : 0;
}

} // namespace

bool cpuHasBmi2()
{
    return extendedFeatures() & bit_BMI2;
}

bool cpuHasShaInstructions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_SSE4_1) || !(ecx & bit_SSSE3))
        return false;
    return extendedFeatures() & bit_SHA;
}

// Intel's SHA extensions keep the state as ABEF and CDGH and do two rounds per
// sha256rnds2; sha256msg1/msg2 extend the message schedule four words at a time.
__attribute__((target("sha,sse4.1"))) void compressWithShaInstructions(State &state, const uchar *blocks,
                                                                        qsizetype count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    const __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0])), 0xB1);
    const __m128i hgfe = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4])), 0x1B);
    __m128i abef = _mm_alignr_epi8(dcba, hgfe, 8);
    __m128i cdgh = _mm_blend_epi16(hgfe, dcba, 0xF0);
    for (qsizetype b = 0; b < count; ++b) {
        const uchar *block = blocks + 64 * b;
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        __m128i w[4]; // the schedule's last sixteen words, four to a register
        for (int group = 0; group < 16; ++group) {
            __m128i &words = w[group % 4];
            if (group < 4) {
                words = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 16 * group)), byteSwap);
            } else {
                const __m128i &previous = w[(group + 3) % 4];
                words = _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(words, w[(group + 1) % 4]),
                                                           _mm_alignr_epi8(previous, w[(group + 2) % 4], 4)),
                                             previous);
            }
            const __m128i message = _mm_add_epi32(
                words, _mm_loadu_si128(reinterpret_cast<const __m128i *>(&kRoundConstants[size_t(4 * group)])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(message, 0x0E));
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), _mm_alignr_epi8(dchg, feba, 8));
}

#else

bool cpuHasBmi2()
{
    return false;
}

bool cpuHasShaInstructions()
{
    return false;
}

void compressWithShaInstructions(State &state, const uchar *blocks, qsizetype count)
{
    compressPortable(state, blocks, count); // never chosen: no such instructions here
}

#endif

} // namespace claimline::sha256internal
