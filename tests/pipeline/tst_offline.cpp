// Hostile conditions seen from the command line, the way an analyst meets them: files that
// cannot be read, pipes and devices, a size limit; and proof that nothing is fetched (the
// executable does not link Qt Network, and an extraction without any network gives the same
// result as one with it).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QByteArray kGoodArticle = "Troops reach Kursk\n\nOfficials said on June 3, 2025 that 3,000 troops arrived.\n";
constexpr int kTimeoutMs = 60000;

struct Run
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    Run r;
    r.started = p.waitForStarted();
    if (!r.started)
        return r;
    r.finished = p.waitForFinished(kTimeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run claimline(const QStringList &arguments)
{
    return run(QStringLiteral(CLAIMLINE_EXECUTABLE), arguments);
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList documentFiles(const QString &json)
{
    QStringList files;
    for (const QJsonValue &d : QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("documents")).toArray())
        files << d.toObject().value(QStringLiteral("file")).toString();
    return files;
}

QStringList hostileHtmlFiles()
{
    const QDir dir(QStringLiteral(CLAIMLINE_SOURCE_DIR "/tests/data/hostile"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.html"), QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

} // namespace

class OfflineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreadableFile_namedInError_othersStillIn()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("good.txt")), kGoodArticle));
        QVERIFY(write(dir.filePath(QStringLiteral("secret.txt")), kGoodArticle));
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("secret.txt")), {}));
        Run r;
        if (::geteuid() != 0) {
            r = claimline({QStringLiteral("extract"), QStringLiteral("--json"), dir.path()});
        } else {
            // Root reads a mode-000 file through CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH: take
            // both away from the child, so that the file is as unreadable as for anyone else.
            r = run(QStringLiteral("setpriv"), {QStringLiteral("--bounding-set=-dac_override,-dac_read_search"),
                                                QStringLiteral("--inh-caps=-all"), QStringLiteral(CLAIMLINE_EXECUTABLE),
                                                QStringLiteral("extract"), QStringLiteral("--json"), dir.path()});
            if (!r.started || r.err.startsWith(QStringLiteral("setpriv:")))
                QSKIP(qPrintable(QStringLiteral("running as root, and setpriv cannot drop CAP_DAC_OVERRIDE "
                                                "here, so no file is unreadable: ") + r.err));
        }
        QVERIFY2(r.finished, qPrintable(r.err));
        QCOMPARE(r.exitCode, 1); // some input could not be read
        QVERIFY2(r.err.contains(QStringLiteral("secret.txt: error: cannot read")), qPrintable(r.err));
        QCOMPARE(documentFiles(r.out), QStringList{QStringLiteral("good.txt")});
    }

    void pipeAndDevice_refusedByName_withoutBlocking()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("good.txt")), kGoodArticle));
        const QString fifo = dir.filePath(QStringLiteral("pipe.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        // The pipe is met twice: named on the command line and inside the folder.
        const Run r = claimline({QStringLiteral("extract"), QStringLiteral("--json"), dir.path(), fifo,
                                 QStringLiteral("/dev/zero")});
        QVERIFY2(r.finished, "blocked on a pipe or read a device for ever");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(fifo + QStringLiteral(": error: not a regular file")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("/dev/zero: error: not a regular file")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("pipe.txt: warning: not a regular file")), qPrintable(r.err));
        QCOMPARE(documentFiles(r.out), QStringList{QStringLiteral("good.txt")});
    }

    void sizeLimit_messageNamesFileSizeAndOption()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("good.txt")), kGoodArticle));
        QVERIFY(write(dir.filePath(QStringLiteral("big.txt")), kGoodArticle.repeated(8000))); // 0.6 MB
        const Run r = claimline({QStringLiteral("extract"), QStringLiteral("--json"), QStringLiteral("--max-size"),
                                 QStringLiteral("0.5"), dir.path()});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("big.txt: error: skipped: 0.6 MB is over the 0.5 MB size limit "
                                               "(raise it with --max-size")),
                 qPrintable(r.err));
        QCOMPARE(documentFiles(r.out), QStringList{QStringLiteral("good.txt")});

        const Run raised = claimline({QStringLiteral("extract"), QStringLiteral("--json"), QStringLiteral("--max-size"),
                                      QStringLiteral("1"), dir.path()});
        QCOMPARE(raised.exitCode, 0);
        QCOMPARE(documentFiles(raised.out).size(), 2);
    }

    void executable_doesNotLinkQtNetwork()
    {
        const Run r = run(QStringLiteral("ldd"), {QStringLiteral(CLAIMLINE_EXECUTABLE)});
        if (!r.started)
            QSKIP("ldd is not available");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("libQt6Core")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Network"), Qt::CaseInsensitive), qPrintable(r.out));
    }

    // Inside a network namespace there is no interface but a down loopback: any fetch fails.
    // The hostile HTML (scripts, frames, remote images, refresh, base href, stylesheets)
    // must extract exactly as it does with the network present.
    void extraction_withoutNetwork_isIdentical()
    {
        const QStringList arguments = QStringList{QStringLiteral("extract"), QStringLiteral("--json"),
                                                  QStringLiteral("--threads"), QStringLiteral("1")}
                                      + hostileHtmlFiles();
        const Run offline = run(QStringLiteral("unshare"), QStringList{QStringLiteral("--net"),
                                                                      QStringLiteral(CLAIMLINE_EXECUTABLE)} + arguments);
        if (!offline.started || offline.err.startsWith(QStringLiteral("unshare:")))
            QSKIP(qPrintable(QStringLiteral("cannot make a network namespace here (needs root or user "
                                            "namespaces): ") + offline.err));
        const Run online = claimline(arguments);
        QVERIFY(offline.finished && online.finished);
        QCOMPARE(offline.exitCode, online.exitCode);
        QCOMPARE(offline.err, online.err);
        QVERIFY(!online.out.isEmpty());
        QCOMPARE(offline.out, online.out);
        QCOMPARE(documentFiles(offline.out).size(), hostileHtmlFiles().size() - 1); // gzip.html is binary: refused
    }
};

QTEST_GUILESS_MAIN(OfflineTest)
#include "tst_offline.moc"
