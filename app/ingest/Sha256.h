#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace claimline {

// SHA-256 (FIPS 180-4) of `data`: the 32-byte digest QCryptographicHash gives, in under two
// thirds of its instructions (Qt's portable code was a twentieth of a whole ingest); every
// file read is hashed for its document id.
QByteArray sha256(QByteArrayView data);

} // namespace claimline
