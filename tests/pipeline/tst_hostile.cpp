// Hostile input: each file gets a clear message naming it, nothing crashes or hangs, and
// every other file of the import still comes in.
#include "model/Corpus.h"
#include "pipeline/Pipeline.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline;

namespace {

const QByteArray kGoodArticle = "Troops reach Kursk\n\nOfficials said on June 3, 2025 that 3,000 troops arrived.\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

bool mentions(const Diagnostics &diagnostics, const QString &file, Diagnostic::Severity atLeast)
{
    for (const Diagnostic &d : diagnostics)
        if (d.file.endsWith(file) && int(d.severity) >= int(atLeast) && !d.message.isEmpty())
            return true;
    return false;
}

const Document *documentNamed(const Corpus &corpus, const QString &name)
{
    for (const Document &d : corpus.documents)
        if (d.fileName == name)
            return &d;
    return nullptr;
}

} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFiles_reportedByName_othersStillImported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("kept");     // the document still comes in (with a warning)
        QTest::newRow("invalid utf-8") << QStringLiteral("invalid.txt") << QByteArray("Casualties \xff\xfe rose to 4,000.\n") << true;
        QTest::newRow("binary named .txt") << QStringLiteral("binary.txt")
                                          << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0", 24) << false;
        QTest::newRow("nul bytes in text") << QStringLiteral("nul.txt") << QByteArray("abc\0\0\0def\0ghi\0\0", 15) << false;
    }
    void badFiles_reportedByName_othersStillImported()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, kept);
        QTemporaryDir dir;
        write(dir, QStringLiteral("good.txt"), kGoodArticle);
        write(dir, name, bytes);
        const Corpus corpus = Pipeline().run({dir.path()});
        QVERIFY(documentNamed(corpus, QStringLiteral("good.txt")));
        QCOMPARE(documentNamed(corpus, name) != nullptr, kept);
        QVERIFY2(mentions(corpus.diagnostics, name, Diagnostic::Severity::Warning), qPrintable(name));
        QCOMPARE(corpus.checkConsistency(), QString());
    }

    void utf16_isDecoded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("Officials said 3,000 troops arrived in Kursk.\n");
        QByteArray le("\xff\xfe", 2), be("\xfe\xff", 2), bare;
        for (QChar c : text) {
            le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            bare.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        }
        QTest::newRow("LE with BOM") << le;
        QTest::newRow("BE with BOM") << be;
        QTest::newRow("LE without BOM") << bare;
    }
    void utf16_isDecoded()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("utf16.txt"), bytes);
        const Corpus corpus = Pipeline().run({path});
        QCOMPARE(corpus.documents.size(), 1);
        QVERIFY(corpus.documents.at(0).text.contains(QStringLiteral("3,000 troops arrived in Kursk")));
    }

    void hugeFile_refusedWithSizeLimitMessage()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("good.txt"), kGoodArticle);
        QFile big(dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(200ll * 1024 * 1024)); // sparse: the size check must not read it
        big.close();
        const Corpus corpus = Pipeline().run({dir.path()});
        QVERIFY(documentNamed(corpus, QStringLiteral("good.txt")));
        QVERIFY(!documentNamed(corpus, QStringLiteral("huge.txt")));
        QVERIFY(mentions(corpus.diagnostics, QStringLiteral("huge.txt"), Diagnostic::Severity::Error));
    }

    void singleLongLine_finishes()
    {
        QByteArray line;
        const QByteArray sentence = "Officials said 3,000 troops arrived on June 3 while others left ";
        line.reserve(50 * 1024 * 1024);
        while (line.size() < 50 * 1024 * 1024)
            line += sentence;
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("longline.txt"), line);
        const Corpus corpus = Pipeline().run({path});
        QCOMPARE(corpus.documents.size(), 1);
        QCOMPARE(corpus.checkConsistency(), QString());
    }

    void deepHtml_andActiveContent_areDataOnly()
    {
        QByteArray deep = "<html><body>";
        for (int i = 0; i < 100000; ++i)
            deep += "<div>";
        deep += "Deep text 5 troops</body></html>";
        const QByteArray active =
            "<html><head><meta http-equiv=\"refresh\" content=\"0;url=http://example.invalid/\">"
            "<script>document.write('SCRIPT RAN')</script><style>p{}</style></head><body>"
            "<p>Officials said 3,000 troops arrived.</p><iframe src=\"http://example.invalid/\">IFRAME</iframe>"
            "<img src=\"http://example.invalid/x.png\"><a href=\"javascript:alert(1)\">a link</a></body></html>";
        QTemporaryDir dir;
        write(dir, QStringLiteral("deep.html"), deep);
        write(dir, QStringLiteral("active.html"), active);
        const Corpus corpus = Pipeline().run({dir.path()});
        const Document *a = documentNamed(corpus, QStringLiteral("active.html"));
        QVERIFY(a);
        QVERIFY(a->text.contains(QStringLiteral("3,000 troops arrived")));
        QVERIFY(a->text.contains(QStringLiteral("a link")));
        QVERIFY(!a->text.contains(QStringLiteral("SCRIPT RAN")));
        QVERIFY(!a->text.contains(QStringLiteral("example.invalid")));
        QVERIFY(documentNamed(corpus, QStringLiteral("deep.html")));
        QCOMPARE(corpus.checkConsistency(), QString());
    }

    void strangeText_noCrash_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("400 digits") << QByteArray("Officials said ") + QByteArray(400, '9') + QByteArray(" troops died.\n");
        QTest::newRow("impossible date") << QByteArray("On February 30, 2025, 300 troops were killed, officials said.\n");
        QTest::newRow("zero-width and bidi") << QByteArray("Officials said 3,\xe2\x80\x8b" "000 troops \xe2\x80\xae" "died\xe2\x80\xac on June 3.\n");
        QTest::newRow("only punctuation") << QByteArray(5000, '.');
        QTest::newRow("empty") << QByteArray();
    }
    void strangeText_noCrash()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("strange.txt"), bytes);
        const Corpus corpus = Pipeline().run({path});
        QCOMPARE(corpus.checkConsistency(), QString());
        for (const Claim &c : corpus.claims)
            QVERIFY(std::isfinite(c.low));
    }

    void symlinkLoop_andMissingPath_reported()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("a/b"));
        write(dir, QStringLiteral("a/b/good.txt"), kGoodArticle);
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/b/loop"))));
        const QString missing = dir.filePath(QStringLiteral("gone.txt"));
        const Corpus corpus = Pipeline().run({dir.path(), missing});
        QCOMPARE(corpus.documents.size(), 1);
        QVERIFY(mentions(corpus.diagnostics, QStringLiteral("gone.txt"), Diagnostic::Severity::Error));
    }

    void fileRemovedDuringImport_reported()
    {
        QTemporaryDir dir;
        const QString first = write(dir, QStringLiteral("1.txt"), kGoodArticle);
        const QString second = write(dir, QStringLiteral("2.txt"), kGoodArticle);
        PipelineOptions options;
        options.threads = 1; // files are read in order: remove the second after the first
        const Corpus corpus = Pipeline(options).run({first, second}, [&](int done, int, const QString &) {
            if (done == 1)
                QFile::remove(second);
            return true;
        });
        QCOMPARE(corpus.documents.size(), 1);
        QVERIFY(mentions(corpus.diagnostics, QStringLiteral("2.txt"), Diagnostic::Severity::Error));
    }
};

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostile.moc"
