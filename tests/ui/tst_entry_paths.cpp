// How a project gets in and out from the command line: `claimline PROJECT.claimline`
// opens it in the window (the real binary, and the same path in process with a damaged
// file), `claimline new`/`export` exit with code 1 and a message naming a damaged or
// unreadable project, which stays byte for byte as it was.
#include "DesktopArguments.h"
#include "MainWindow.h"
#include "project/ProjectController.h"
#include "project/ProjectModel.h"
#include "project/ProjectStore.h"
#include "state/Workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace claimline;
using namespace claimline::ui;

namespace {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run runClaimline(const QStringList &args, const QTemporaryDir &home, const QStringList &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings, autosaves and recent files of the run stay in the test's directory.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    for (const QString &kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CLAIMLINE_EXECUTABLE), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

QString seed(const QString &prefix)
{
    const QDir seeds(QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds"));
    return seeds.filePath(seeds.entryList({prefix + QStringLiteral("*.txt")}).value(0));
}

QString writeDamaged(const QTemporaryDir &dir)
{
    // An SQLite header and nothing behind it: truncated.
    const QString path = dir.filePath(QStringLiteral("damaged.claimline"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(300, '\x11'));
    return path;
}

} // namespace

class TestEntryPaths final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void newThenOpenFromTheCommandLine_showsTheProjectInTheWindow()
    {
        const QString project = m_dir.filePath(QStringLiteral("from-cli.claimline"));
        const Run created = runClaimline({QStringLiteral("new"), project, seed(QStringLiteral("000")), seed(QStringLiteral("001"))}, m_dir);
        QCOMPARE(created.exit, 0);
        QVERIFY(QFileInfo::exists(project));

        const Run exported = runClaimline({QStringLiteral("export"), QStringLiteral("--json"), project}, m_dir);
        QCOMPARE(exported.exit, 0);
        const QJsonObject json = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        QVERIFY(!json.value(QStringLiteral("claims")).toArray().isEmpty());

        // The desktop with a project argument: the probe quits after the first paint and
        // says which window it painted.
        const Run opened = runClaimline({project}, m_dir, {QStringLiteral("CLAIMLINE_STARTUP_PROBE=1")});
        QCOMPARE(opened.exit, 0);
        QVERIFY2(opened.out.contains(QStringLiteral("window-title from-cli.claimline")), qPrintable(opened.out + opened.err));
        QVERIFY2(!opened.out.contains(QStringLiteral("(read-only)")), qPrintable(opened.out));
    }

    void commandsOnADamagedOrUnreadableProject_exitOneWithAMessage_andTouchNothing()
    {
        QTemporaryDir dir;
        const QString damaged = writeDamaged(dir);
        const QByteArray before = fileHash(damaged);

        const Run exported = runClaimline({QStringLiteral("export"), QStringLiteral("--csv"), damaged}, m_dir);
        QCOMPARE(exported.exit, 1);
        QVERIFY2(exported.err.contains(damaged), qPrintable(exported.err));
        QVERIFY(exported.out.isEmpty());

        const Run created = runClaimline({QStringLiteral("new"), damaged, seed(QStringLiteral("000"))}, m_dir);
        QCOMPARE(created.exit, 1);
        QVERIFY2(created.err.contains(damaged), qPrintable(created.err));
        QCOMPARE(fileHash(damaged), before);

        // A project where nothing can be written (its folder does not exist).
        const QString nowhere = dir.filePath(QStringLiteral("missing/dir/p.claimline"));
        const Run unwritable = runClaimline({QStringLiteral("new"), nowhere, seed(QStringLiteral("000"))}, m_dir);
        QCOMPARE(unwritable.exit, 1);
        QVERIFY2(unwritable.err.contains(QStringLiteral("p.claimline")), qPrintable(unwritable.err));
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    void desktopArguments_openTheProject_orReportADamagedOne()
    {
        // A saved project with a disputed claim.
        const QString project = m_dir.filePath(QStringLiteral("in-process.claimline"));
        QVERIFY(runClaimline({QStringLiteral("new"), project, seed(QStringLiteral("002"))}, m_dir).exit == 0);
        {
            ProjectStore store;
            QVERIFY(store.open(project));
            ProjectData data = *store.load();
            ProjectModel model;
            model.reset(data);
            QVERIFY(model.requestSetReviewState(ItemKind::Claim, 0, ReviewState::Disputed));
            QVERIFY(store.save(model.data()));
        }
        const DesktopArguments parsed = parseDesktopArguments({QStringLiteral("claimline"), project}, QStringLiteral("/seeds"));
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.paths, QStringList{project});

        QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Workspace ws;
        MainWindow window(&ws, &settings);
        QStringList errors;
        window.project()->prompts().error = [&errors](const QString &title, const QString &text) { errors.append(title + u": " + text); };
        window.openPaths(parsed.paths);
        QCOMPARE(window.project()->path(), project);
        QVERIFY(window.windowTitle().contains(QStringLiteral("in-process.claimline")));
        QCOMPARE(ws.claimState(0), ReviewState::Disputed);
        QVERIFY(errors.isEmpty());

        QTemporaryDir dir;
        const QString damaged = writeDamaged(dir);
        const QByteArray before = fileHash(damaged);
        window.openPaths(parseDesktopArguments({QStringLiteral("claimline"), damaged}, QStringLiteral("/seeds")).paths);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("damaged.claimline")), qPrintable(errors.first()));
        QVERIFY(errors.first().contains(QStringLiteral("not changed")));
        QCOMPARE(window.project()->path(), project); // the open project stays on screen
        QCOMPARE(fileHash(damaged), before);
    }
};

QTEST_MAIN(TestEntryPaths)
#include "tst_entry_paths.moc"
