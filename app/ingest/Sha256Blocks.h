#pragma once

#include <QtGlobal>

#include <array>

// The SHA-256 compression function over whole 64-byte blocks, one implementation per
// instruction set; Sha256.cpp pads the message and picks the one the CPU runs.
namespace claimline::sha256internal {

using State = std::array<quint32, 8>;

extern const std::array<quint32, 64> kRoundConstants;

void compressPortable(State &state, const uchar *blocks, qsizetype count);

// Built for other instruction sets (on x86; elsewhere they are the portable code): call
// each only when the CPU has its instructions.
void compressWithBmi2(State &state, const uchar *blocks, qsizetype count);
void compressWithShaInstructions(State &state, const uchar *blocks, qsizetype count);
bool cpuHasBmi2();
bool cpuHasShaInstructions();

} // namespace claimline::sha256internal
