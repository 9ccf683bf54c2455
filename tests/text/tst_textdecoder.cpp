#include "text/TextDecoder.h"
#include "text/Utf16.h"

#include <QElapsedTimer>
#include <QTest>

using namespace claimline;

class TextDecoderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAndNamesEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("warnings");

        QTest::newRow("plain utf-8") << QByteArray("Kim met Shoigu.") << u"Kim met Shoigu."_qs << u"UTF-8"_qs << 0;
        QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF" "caf\xC3\xA9") << u"café"_qs << u"UTF-8 (BOM)"_qs << 0;
        QTest::newRow("crlf becomes lf") << QByteArray("a\r\nb\rc") << u"a\nb\nc"_qs << u"UTF-8"_qs << 0;
        QTest::newRow("invalid byte replaced") << QByteArray("ab\xFF" "cd caf\xC3\xA9") << u"ab\uFFFDcd café"_qs
                                               << u"UTF-8"_qs << 1;
        QTest::newRow("cp1252 quotes and accents")
            << QByteArray("\x93Hello,\x94 said Ren\xE9\x92s friend \x96 twice.") << u"“Hello,” said René’s friend – twice."_qs
            << u"Windows-1252"_qs << 1;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFEH\0i\0", 6) << u"Hi"_qs << u"UTF-16LE (BOM)"_qs << 0;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0H\0i", 6) << u"Hi"_qs << u"UTF-16BE (BOM)"_qs << 0;
        QTest::newRow("utf-16le without bom") << QByteArray("N\0e\0w\0s\0 \0t\0o\0d\0a\0y\0", 20) << u"News today"_qs
                                              << u"UTF-16LE"_qs << 0;
        QTest::newRow("utf-16be without bom") << QByteArray("\0N\0e\0w\0s\0 \0t\0o\0d\0a\0y", 20) << u"News today"_qs
                                              << u"UTF-16BE"_qs << 0;
        QTest::newRow("mojibake apostrophe") << QByteArray("Moscow\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s plan")
                                             << u"Moscow’s plan"_qs << u"UTF-8"_qs << 1;
        QTest::newRow("mojibake quotes") << QByteArray("\xC3\xA2\xE2\x82\xAC\xC5\x93yes\xC3\xA2\xE2\x82\xAC\xC2\x9D")
                                         << u"“yes”"_qs << u"UTF-8"_qs << 1;
        QTest::newRow("mojibake accent") << QByteArray("caf\xC3\x83\xC2\xA9") << u"café"_qs << u"UTF-8"_qs << 1;
        QTest::newRow("stray A-circumflex at end") << QByteArray("the end.\n\xC3\x82") << u"the end.\n"_qs << u"UTF-8"_qs << 1;
        QTest::newRow("stray A-circumflex before space") << QByteArray("end.\xC3\x82 Next") << u"end. Next"_qs << u"UTF-8"_qs
                                                         << 1;
        QTest::newRow("real A-circumflex in a word kept") << QByteArray("C\xC3\x82MARA") << u"CÂMARA"_qs << u"UTF-8"_qs << 0;
        QTest::newRow("empty") << QByteArray() << QString() << u"UTF-8"_qs << 0;
    }
    void decodesAndNamesEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(int, warnings);
        const DecodedText d = decodeBytes(bytes, u"f.txt"_qs);
        QCOMPARE(d.text, text);
        QCOMPARE(d.encoding, encoding);
        QVERIFY(!d.looksBinary);
        int w = 0;
        for (const Diagnostic &diag : d.diagnostics) {
            QCOMPARE(diag.file, u"f.txt"_qs);
            w += diag.severity == Diagnostic::Severity::Warning;
        }
        QCOMPARE(w, warnings);
    }

    void invalidBytes_reportByteOffsetOncePerRun()
    {
        // Valid multi-byte sequences around: damaged UTF-8, not Windows-1252.
        const DecodedText d = decodeBytes(QByteArray("caf\xC3\xA9 na\xC3\xAFve abc\xFF\xFE\xFD" "xyz\xC0"), u"f.txt"_qs);
        QCOMPARE(d.encoding, u"UTF-8"_qs);
        QCOMPARE(d.text, u"café naïve abc\uFFFD\uFFFD\uFFFDxyz\uFFFD"_qs);
        QCOMPARE(d.diagnostics.size(), 2);
        QCOMPARE(d.diagnostics.at(0).byteOffset, 16);
        QCOMPARE(d.diagnostics.at(1).byteOffset, 22);
    }

    void manyInvalidRuns_areCapped()
    {
        QByteArray bytes;
        for (int i = 0; i < 500; ++i)
            bytes += "ok \xC3\xA9 ok \xFF ";
        const DecodedText d = decodeBytes(bytes, u"f.txt"_qs);
        QCOMPARE(d.encoding, u"UTF-8"_qs); // mostly valid UTF-8: not taken for Windows-1252
        QVERIFY(d.diagnostics.size() <= 12);
        QVERIFY(d.diagnostics.last().message.contains(u"490 more"));
    }

    void binary_isRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20);
        QTest::newRow("control bytes") << QByteArray(200, '\x01');
        QTest::newRow("nul in ascii") << QByteArray("text\0\0\0\0\x01\x02\x03 more text and so on", 30);
    }
    void binary_isRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(decodeBytes(bytes, u"f.bin"_qs).looksBinary);
    }

    // Control bytes are counted 16 at a time where none is below ' ': a few scattered
    // over chunk edges and the tail count as one by one. (Over 8, and 1 in 50: binary.)
    void controlBytes_countedAcrossChunks_data()
    {
        QTest::addColumn<QList<int>>("at");
        QTest::addColumn<bool>("binary");
        QTest::newRow("nine at chunk edges") << QList<int>{0, 15, 16, 31, 32, 100, 127, 128, 398} << true;
        QTest::newRow("eight") << QList<int>{0, 15, 16, 31, 32, 100, 127, 398} << false;
        QTest::newRow("nine in the tail") << QList<int>{391, 392, 393, 394, 395, 396, 397, 398, 399} << true;
    }
    void controlBytes_countedAcrossChunks()
    {
        QFETCH(QList<int>, at);
        QFETCH(bool, binary);
        QByteArray bytes(400, 'a');
        for (qsizetype i = 7; i < bytes.size(); i += 40)
            bytes[i] = '\n'; // allowed controls do not count
        for (const int i : at)
            bytes[i] = '\x01';
        QCOMPARE(decodeBytes(bytes, u"f.txt"_qs).looksBinary, binary);
    }

    // Non-ASCII units are found 16 at a time past ASCII runs, at any offset.
    void skipAscii_findsTheFirstNonAsciiUnit()
    {
        for (int length = 0; length < 70; ++length) {
            for (int at = 0; at <= length; ++at) {
                QString s(length, u'a');
                if (at < length)
                    s[at] = QChar(0x80 + at);
                for (int from = 0; from <= length; from += 7)
                    QCOMPARE(skipAscii(s, from), from <= at ? qsizetype(at) : qsizetype(length));
            }
        }
    }

    void invisibleControls_keptAndReported()
    {
        const DecodedText d = decodeBytes(QByteArray("a\xE2\x80\x8B" "b \xE2\x80\xAE" "cba"), u"f.txt"_qs);
        QCOMPARE(d.text.size(), 8); // nothing deleted: offsets stay what an editor shows
        QCOMPARE(d.diagnostics.size(), 1);
        QCOMPARE(d.diagnostics.at(0).severity, Diagnostic::Severity::Warning);
    }

    void largeValidText_decodesFast()
    {
        QByteArray chunk("North Korea\xE2\x80\x99s troops \xE2\x80\x94 6,000 of them \xE2\x80\x94 went to Kursk.\n");
        QByteArray bytes;
        bytes.reserve(32 * 1024 * 1024);
        while (bytes.size() < 32 * 1024 * 1024)
            bytes += chunk;
        QElapsedTimer timer;
        timer.start();
        const DecodedText d = decodeBytes(bytes, u"big.txt"_qs);
        QVERIFY(d.diagnostics.isEmpty());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TextDecoderTest)
#include "tst_textdecoder.moc"
