#include "ingest/FileCollector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QStringList relative(const QDir &root, const QStringList &files)
{
    QStringList out;
    for (const QString &f : files)
        out.append(root.relativeFilePath(f));
    return out;
}

} // namespace

class FileCollectorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folder_collectsSupportedFilesSortedOnce()
    {
        QTemporaryDir tmp;
        const QDir root(tmp.path());
        for (const char *name : {"b.txt", "a.html", "sub/c.md", "sub/d.markdown", "sub/e.htm", "f.text", "g.xhtml",
                                 "skip.pdf", "a.meta.json", "sub/.hidden.txt", ".git/x.txt"})
            write(root.filePath(QString::fromLatin1(name)), "x");
        const CollectedFiles got = collectInputFiles({tmp.path(), root.filePath(u"b.txt"_qs)});
        QCOMPARE(relative(root, got.files), (QStringList{u"a.html"_qs, u"b.txt"_qs, u"f.text"_qs, u"g.xhtml"_qs,
                                                         u"sub/c.md"_qs, u"sub/d.markdown"_qs, u"sub/e.htm"_qs}));
        QVERIFY(got.diagnostics.isEmpty());
    }

    void symlinkLoop_isReportedNotFollowed()
    {
        QTemporaryDir tmp;
        const QDir root(tmp.path());
        write(root.filePath(u"news/a.txt"_qs), "x");
        QVERIFY(QFile::link(root.filePath(u"news"_qs), root.filePath(u"news/loop"_qs)));
        QVERIFY(QFile::link(root.filePath(u"news/a.txt"_qs), root.filePath(u"news/alias.txt"_qs)));
        const CollectedFiles got = collectInputFiles({root.filePath(u"news"_qs)});
        QCOMPARE(got.files.size(), 1); // the file and its symlink alias count once
        QCOMPARE(got.diagnostics.size(), 1);
        QVERIFY(got.diagnostics.at(0).file.endsWith(u"loop"_qs));
        QCOMPARE(got.diagnostics.at(0).severity, Diagnostic::Severity::Warning);
    }

    void explicitPaths_reportProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("files");
        QTest::addColumn<Diagnostic::Severity>("severity");
        QTest::newRow("missing") << u"nope.txt"_qs << 0 << Diagnostic::Severity::Error;
        QTest::newRow("unknown type read as text") << u"notes.log"_qs << 1 << Diagnostic::Severity::Info;
        QTest::newRow("sidecar is not input") << u"x.meta.json"_qs << 0 << Diagnostic::Severity::Info;
    }
    void explicitPaths_reportProblems()
    {
        QFETCH(QString, name);
        QFETCH(int, files);
        QFETCH(Diagnostic::Severity, severity);
        QTemporaryDir tmp;
        write(tmp.filePath(u"notes.log"_qs), "x");
        write(tmp.filePath(u"x.meta.json"_qs), "{}");
        const CollectedFiles got = collectInputFiles({tmp.filePath(name)});
        QCOMPARE(got.files.size(), files);
        QCOMPARE(got.diagnostics.size(), 1);
        QCOMPARE(got.diagnostics.at(0).severity, severity);
        QCOMPARE(got.diagnostics.at(0).file, tmp.filePath(name));
    }
};

QTEST_GUILESS_MAIN(FileCollectorTest)
#include "tst_filecollector.moc"
