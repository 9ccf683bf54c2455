#include "ingest/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace claimline;

class Sha256Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDigests()
    {
        QCOMPARE(sha256("").toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
                 QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }

    // Every length around the block and padding boundaries, and a large buffer.
    void agreesWithQCryptographicHash()
    {
        QRandomGenerator random(7);
        QByteArray data(300, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        for (qsizetype n = 0; n <= data.size(); ++n) {
            const QByteArrayView part(data.constData(), n);
            QCOMPARE(sha256(part), QCryptographicHash::hash(part, QCryptographicHash::Sha256));
        }
        const QByteArray big(3 * 1024 * 1024 + 17, 'x');
        QCOMPARE(sha256(big), QCryptographicHash::hash(big, QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(Sha256Test)
#include "tst_sha256.moc"
