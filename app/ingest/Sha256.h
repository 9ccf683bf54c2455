#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace claimline {

// SHA-256 (FIPS 180-4) of `data`: the 32-byte digest QCryptographicHash gives. Every file
// read is hashed for its document id, so the CPU's SHA instructions do it where it has them
// (a tenth of the portable code's time); elsewhere the portable code, in under two thirds of
// Qt's instructions (fewer still with BMI2's rotations).
QByteArray sha256(QByteArrayView data);

namespace sha256internal {

// For tests: each way of hashing on its own, whatever the CPU.
enum class Engine {
    Portable,
    Bmi2,            // the portable code with BMI2's rotations
    ShaInstructions, // x86 SHA extensions (with SSE4.1)
};
// Whether this CPU has the instructions `engine` needs.
bool runsHere(Engine engine);
// The fastest engine that runs here.
Engine bestEngine();
// `engine` must run here.
QByteArray sha256With(Engine engine, QByteArrayView data);

} // namespace sha256internal

} // namespace claimline
