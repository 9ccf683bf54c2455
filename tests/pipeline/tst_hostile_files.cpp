// Every committed hostile file (tests/data/hostile/) and every input a fuzzer ever crashed on
// (tests/data/fuzz-regressions/<target>/) is replayed: through the whole pipeline beside a
// good file, and each regression through its fuzz target's own check. No crash, a consistent
// corpus, the good file still in, and a file that is bad is named in a diagnostic.
#include "FuzzChecks.h"
#include "ProjectFuzzCheck.h"
#include "model/Corpus.h"
#include "pipeline/Pipeline.h"
#include "project/ProjectCommands.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace claimline;

namespace {

const QByteArray kGoodArticle = "Calm in Sumy\n\nOfficials said on June 4, 2025 that 12 shops reopened.\n";

QString dataDir(const QString &sub)
{
    return QStringLiteral(CLAIMLINE_SOURCE_DIR "/tests/data/") + sub;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

enum class Expect { Fine, Warned, Refused };

// What a careful reader says about each committed hostile file; files not listed here (added
// later) must still come in or be named in an error.
Expect expectationFor(const QString &name)
{
    static const QHash<QString, Expect> table = {
        {QStringLiteral("invalid-utf8.txt"), Expect::Warned},
        {QStringLiteral("windows-1252.txt"), Expect::Warned},
        {QStringLiteral("mojibake.txt"), Expect::Warned},
        {QStringLiteral("html-deep.html"), Expect::Warned},
        {QStringLiteral("html-deep-inline.html"), Expect::Warned},
        {QStringLiteral("png-header.txt"), Expect::Refused},
        {QStringLiteral("elf-header.txt"), Expect::Refused},
        {QStringLiteral("gzip.html"), Expect::Refused},
        {QStringLiteral("nul-bytes.txt"), Expect::Refused},
    };
    return table.value(name, Expect::Fine);
}

const Diagnostic *diagnosticNaming(const Corpus &corpus, const QString &name, Diagnostic::Severity atLeast)
{
    for (const Diagnostic &d : corpus.diagnostics)
        if (QFileInfo(d.file).fileName() == name && int(d.severity) >= int(atLeast) && !d.message.isEmpty())
            return &d;
    return nullptr;
}

bool imported(const Corpus &corpus, const QString &name)
{
    return std::any_of(corpus.documents.cbegin(), corpus.documents.cend(),
                       [&](const Document &d) { return d.fileName == name; });
}

QString diagnosticsText(const Corpus &corpus)
{
    QStringList lines;
    for (const Diagnostic &d : corpus.diagnostics)
        lines << QFileInfo(d.file).fileName() + QStringLiteral(": ") + d.message;
    return lines.join(u'\n');
}

QString checkFor(const QString &target, const QByteArray &bytes)
{
    using namespace claimline::fuzz;
    static const QHash<QString, QString (*)(const QByteArray &)> checks = {
        {QStringLiteral("decode"), checkDecode},       {QStringLiteral("html"), checkHtml},
        {QStringLiteral("sentences"), checkSentences}, {QStringLiteral("figures"), checkFigures},
        {QStringLiteral("dates"), checkDates},         {QStringLiteral("pipeline"), checkPipeline},
        {QStringLiteral("project"), checkProject},     {QStringLiteral("lines"), checkLines},
    };
    const auto check = checks.value(target);
    return check ? check(bytes) : QStringLiteral("no fuzz target named %1").arg(target);
}

} // namespace

class HostileFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileFile_importedOrNamed_othersStillIn_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(dataDir(QStringLiteral("hostile")));
        const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QVERIFY2(names.size() >= 40, qPrintable(dir.path()));
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void hostileFile_importedOrNamed_othersStillIn()
    {
        QFETCH(QString, path);
        const QString name = QFileInfo(path).fileName();
        QTemporaryDir dir;
        QFile::copy(path, dir.filePath(name));
        QFile good(dir.filePath(QStringLiteral("good.txt")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(kGoodArticle);
        good.close();

        const Corpus corpus = Pipeline().run({dir.path()});
        const QString said = diagnosticsText(corpus);
        QCOMPARE(corpus.checkConsistency(), QString());
        QVERIFY2(imported(corpus, QStringLiteral("good.txt")), qPrintable(said));
        QVERIFY2(!diagnosticNaming(corpus, QStringLiteral("good.txt"), Diagnostic::Severity::Warning), qPrintable(said));
        const bool in = imported(corpus, name);
        QVERIFY2(in || diagnosticNaming(corpus, name, Diagnostic::Severity::Error), qPrintable(name + u'\n' + said));
        switch (expectationFor(name)) {
        case Expect::Fine:
            break;
        case Expect::Warned:
            QVERIFY2(in, qPrintable(said));
            QVERIFY2(diagnosticNaming(corpus, name, Diagnostic::Severity::Warning), qPrintable(name + u'\n' + said));
            break;
        case Expect::Refused:
            QVERIFY2(!in, qPrintable(said));
            break;
        }
    }

    // Nothing a browser would run or fetch becomes text: no script, no fallback content of
    // embedded frames or objects, no URL.
    void activeHtml_keepsProseOnly_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(dataDir(QStringLiteral("hostile")));
        for (const QString &name : dir.entryList({QStringLiteral("html-*.html"), QStringLiteral("*.md")}, QDir::Files))
            if (!name.startsWith(QStringLiteral("html-deep"))) // their text is cut on purpose
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void activeHtml_keepsProseOnly()
    {
        QFETCH(QString, path);
        const Corpus corpus = Pipeline().run({path});
        QCOMPARE(corpus.documents.size(), 1);
        const QString &text = corpus.documents.constFirst().text;
        QVERIFY2(text.contains(QStringLiteral("troops")), qPrintable(text));
        for (const QString &never : {QStringLiteral("SCRIPT RAN"), QStringLiteral("IFRAME FALLBACK"),
                                     QStringLiteral("OBJECT FALLBACK"), QStringLiteral("fetch("),
                                     QStringLiteral("document.write"), QStringLiteral("root:x:0")})
            QVERIFY2(!text.contains(never), qPrintable(never + QStringLiteral(" in ") + text));
        // URLs may stay as the literal characters of text (escaped markup, Markdown, a CDATA
        // section, an internal DTD subset that HTML, like a browser, reads as text), never
        // from attributes of elements.
        static const QStringList literal = {QStringLiteral("markup-in-title.html"), QStringLiteral("cdata-pi.html"),
                                            QStringLiteral("xxe.html"), QStringLiteral(".md")};
        if (std::none_of(literal.cbegin(), literal.cend(), [&](const QString &end) { return path.endsWith(end); }))
            QVERIFY2(!text.contains(QStringLiteral("example.invalid")), qPrintable(text));
    }

    void fuzzRegression_passesItsCheckAndThePipeline_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir root(dataDir(QStringLiteral("fuzz-regressions")));
        int rows = 0;
        for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(root.filePath(target));
            for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
                QTest::newRow(qPrintable(target + u'/' + name)) << target << dir.filePath(name);
                ++rows;
            }
        }
        if (rows == 0)
            QTest::newRow("none kept yet") << QString() << QString();
    }
    void fuzzRegression_passesItsCheckAndThePipeline()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("no fuzz regression input kept yet");
        const QByteArray bytes = readAll(path);
        QCOMPARE(checkFor(target, bytes), QString());
        if (target == u"project")
            return;
        for (const QString &name : {QStringLiteral("input.txt"), QStringLiteral("input.html")}) {
            const Corpus corpus = Pipeline().runOnBuffers({{name, bytes}, {QStringLiteral("good.txt"), kGoodArticle}});
            QCOMPARE(corpus.checkConsistency(), QString());
            QVERIFY(imported(corpus, QStringLiteral("good.txt")));
            QVERIFY(imported(corpus, name) || diagnosticNaming(corpus, name, Diagnostic::Severity::Error));
        }
    }
    // A real project (made by `claimline new` from a seed) damaged the ways disks and copies
    // damage files: bytes flipped, cut short, one page overwritten. Each is either refused with
    // a message or opened and loaded, and a refused or read-only file is never written to.
    void damagedProject_refusedOrLoaded_neverWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        static QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seed.claimline"));
        if (!QFileInfo::exists(path)) {
            QString outText, errText;
            QTextStream out(&outText), err(&errText);
            const QString seed = QDir(QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds")).entryInfoList(QDir::Files, QDir::Name).value(0).filePath();
            const int code = project::runProjectCommand({QStringLiteral("claimline"), QStringLiteral("new"), path, seed}, out, err);
            if (code != 0)
                qFatal("cannot make the project to damage: %s", qPrintable(errText));
        }
        const QByteArray good = readAll(path);
        QRandomGenerator rng(20261123);
        QTest::newRow("intact") << good;
        for (int i = 0; i < 40; ++i) {
            QByteArray flipped = good;
            const int flips = 1 + int(rng.bounded(8));
            for (int f = 0; f < flips; ++f)
                flipped[int(rng.bounded(flipped.size()))] ^= char(1 << rng.bounded(8));
            QTest::addRow("flipped %d", i) << flipped;
        }
        for (int i = 0; i < 15; ++i)
            QTest::addRow("truncated %d", i) << good.left(int(rng.bounded(good.size())));
        const int pages = int(good.size() / 4096);
        for (int i = 0; i < 15 && pages > 1; ++i) {
            QByteArray replaced = good;
            QByteArray noise(4096, Qt::Uninitialized);
            for (char &c : noise)
                c = char(rng.bounded(256));
            replaced.replace(4096 * int(rng.bounded(pages)), 4096, noise);
            QTest::addRow("page replaced %d", i) << replaced;
        }
    }
    void damagedProject_refusedOrLoaded_neverWritten()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(fuzz::checkProject(bytes), QString());
    }
};

QTEST_GUILESS_MAIN(HostileFilesTest)
#include "tst_hostile_files.moc"
