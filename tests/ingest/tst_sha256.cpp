#include "ingest/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace claimline;
using sha256internal::Engine;

Q_DECLARE_METATYPE(claimline::sha256internal::Engine)

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

    void engines_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::newRow("portable") << Engine::Portable;
        QTest::newRow("bmi2") << Engine::Bmi2;
        QTest::newRow("sha instructions") << Engine::ShaInstructions;
    }

    // Every length around the block and padding boundaries, and a large buffer, for each
    // way of hashing.
    void engines()
    {
        QFETCH(Engine, engine);
        if (!sha256internal::runsHere(engine))
            QSKIP("this CPU lacks the engine's instructions");
        QRandomGenerator random(7);
        QByteArray data(300, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        for (qsizetype n = 0; n <= data.size(); ++n) {
            const QByteArrayView part(data.constData(), n);
            QCOMPARE(sha256internal::sha256With(engine, part), QCryptographicHash::hash(part, QCryptographicHash::Sha256));
        }
        const QByteArray big(3 * 1024 * 1024 + 17, 'x');
        QCOMPARE(sha256internal::sha256With(engine, big), QCryptographicHash::hash(big, QCryptographicHash::Sha256));
    }

    // The default is the fastest engine this CPU runs.
    void defaultIsTheBestEngine()
    {
        const QByteArray data("The quick brown fox jumps over the lazy dog");
        QCOMPARE(sha256(data), sha256internal::sha256With(sha256internal::bestEngine(), data));
        QCOMPARE(sha256(data).toHex(), QByteArray("d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"));
    }
};

QTEST_GUILESS_MAIN(Sha256Test)
#include "tst_sha256.moc"
