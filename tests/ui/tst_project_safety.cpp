// Nothing lost: an untitled project's work is autosaved, offered after a crash and cleaned
// up after a normal save or a close of the window; a full disk (a real, tiny tmpfs when the test may mount
// one) makes a save fail with a clear message and leaves the last saved state intact.
#include "MainWindow.h"
#include "demo/DemoCorpus.h"
#include "project/ProjectController.h"
#include "project/ProjectModel.h"
#include "project/ProjectStore.h"
#include "project/UntitledAutosave.h"
#include "state/Workspace.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "RecordingPrompts.h"

#include <sys/mount.h>

using namespace claimline;
using namespace claimline::ui;
using namespace claimline::testing;

namespace {

// These tests close windows: unsaved work is discarded, not kept open.
struct DiscardingPrompts : RecordingPrompts
{
    DiscardingPrompts() { unsavedAnswer = ProjectPrompts::Unsaved::Discard; }
};

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A tmpfs of `kilobytes` at `dir`, unmounted on destruction; isMounted() is false where
// the test may not mount (not root, no mount namespace rights).
class TinyDisk
{
public:
    TinyDisk(const QString &dir, int kilobytes) : m_dir(dir)
    {
        const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k";
        m_mounted = ::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~TinyDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
    }
    bool isMounted() const { return m_mounted; }

    // Takes every free byte; returns the filler's path.
    QString fill() const
    {
        const QString path = m_dir + QStringLiteral("/filler");
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            const QByteArray block(4096, 'f');
            while (f.write(block) == block.size() && f.flush()) {
            }
        }
        return path;
    }

private:
    QString m_dir;
    bool m_mounted = false;
};

} // namespace

class TestProjectSafety final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void untitledWork_isAutosaved_offeredAfterACrash_andGoneAfterSaving()
    {
        const QString autosaves = m_dir.filePath(QStringLiteral("autosave-a"));
        auto session = [&autosaves](bool crash) {
            DiscardingPrompts answers;
            Workspace ws;
            ProjectController project(&ws, answers.prompts(), nullptr, autosaves);
            project.setAutosaveInterval(0);
            project.newFromCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
            if (!project.isUntitled() || project.autosaveNow()) // nothing to keep yet
                return QString();
            if (!project.model()->requestSetNote(ItemKind::Claim, 2, QStringLiteral("typed before the crash"))
                || !project.autosaveNow() || !project.untitledAutosavePath().startsWith(autosaves)
                || !QFileInfo::exists(project.untitledAutosavePath()))
                return QString();
            // While this session runs, another one does not take its autosave for abandoned.
            if (!UntitledAutosave(autosaves).abandoned().isEmpty())
                return QString();
            const QString path = project.untitledAutosavePath();
            if (!crash)
                project.closeCleanly(); // a normal close (the window asked first)
            return path;
        };
        const QString closedFile = session(false);
        QVERIFY(!closedFile.isEmpty());
        QVERIFY(!QFileInfo::exists(closedFile));              // a normal close takes it away
        const QString crashedFile = session(true);
        QVERIFY(!crashedFile.isEmpty());
        QVERIFY(QFileInfo::exists(crashedFile));              // a crash leaves it behind

        DiscardingPrompts answers;
        Workspace ws;
        ProjectController restored(&ws, answers.prompts(), nullptr, autosaves);
        restored.setAutosaveInterval(0);
        QVERIFY(restored.restoreUntitledAutosave());
        QCOMPARE(answers.restoreAsked, 1);
        QVERIFY(restored.isUntitled());
        QVERIFY(restored.isModified());                       // restored work is not saved yet
        QCOMPARE(restored.model()->claimReview(2).note, QStringLiteral("typed before the crash"));
        QCOMPARE(ws.corpus().claims.size(), makeDemoCorpus().claims.size());
        QCOMPARE(restored.untitledAutosavePath(), crashedFile); // kept until saved

        answers.savePath = m_dir.filePath(QStringLiteral("rescued.claimline"));
        QVERIFY(restored.save());
        QVERIFY(!QFileInfo::exists(crashedFile));
        QVERIFY(UntitledAutosave(autosaves).abandoned().isEmpty());
        ProjectStore check;
        QVERIFY(check.open(answers.savePath));
        QCOMPARE(check.load()->claimReviews.size(), 1);
    }

    void closingTheWindow_afterDiscarding_removesTheUntitledAutosave()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        Workspace ws;
        MainWindow window(&ws, &settings);
        DiscardingPrompts answers;
        int asked = 0;
        window.project()->prompts() = answers.prompts();
        window.project()->prompts().unsavedChanges = [&asked](const QString &) {
            ++asked;
            return ProjectPrompts::Unsaved::Discard;
        };
        window.project()->setAutosaveInterval(0);
        window.project()->newFromCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
        QVERIFY(window.project()->model()->requestSetNote(ItemKind::Claim, 0, QStringLiteral("to be discarded")));
        QVERIFY(window.project()->autosaveNow());
        const QString autosave = window.project()->untitledAutosavePath();
        QVERIFY(QFileInfo::exists(autosave));
        window.show();
        QVERIFY(window.close());
        QCOMPARE(asked, 1);
        QVERIFY(!QFileInfo::exists(autosave));
    }

    void declinedRestore_removesTheAutosave_andADeadSessionsLockDoesNotHoldIt()
    {
        const QString autosaves = m_dir.filePath(QStringLiteral("autosave-b"));
        ProjectData data;
        data.extracted = makeDemoCorpus();
        for (Document &doc : data.extracted.documents) // as newFromCorpus keys an in-memory corpus
            doc.sha256 = QCryptographicHash::hash(doc.text.toUtf8(), QCryptographicHash::Sha256).toHex();
        QString path;
        {
            UntitledAutosave session(autosaves);
            QString error;
            QVERIFY2(session.write(data, &error), qPrintable(error));
            path = session.path();
        }
        // The lock file as a crashed process leaves it: the id of a process that has ended.
        QProcess gone;
        gone.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        QVERIFY(gone.waitForFinished());
        const QByteArray deadPid = gone.readAllStandardOutput().trimmed();
        QVERIFY(writeAll(path + QStringLiteral(".lock"), deadPid + "\nclaimline\n\n"));
        QCOMPARE(UntitledAutosave(autosaves).abandoned(), QStringList{path});

        DiscardingPrompts answers;
        answers.restoreAnswer = false;
        Workspace ws;
        ProjectController project(&ws, answers.prompts(), nullptr, autosaves);
        QVERIFY(!project.restoreUntitledAutosave());
        QCOMPARE(answers.restoreAsked, 1);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!project.restoreUntitledAutosave());          // nothing left to offer
        QCOMPARE(answers.restoreAsked, 1);
    }

    void fullDisk_saveFailsWithAClearMessage_andTheSavedProjectIsIntact()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        TinyDisk disk(mountPoint, 1024);
        if (!disk.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root); tst_projectstore covers a full file with max_page_count");

        DiscardingPrompts answers;
        Workspace ws;
        ProjectController project(&ws, answers.prompts(), nullptr, m_dir.filePath(QStringLiteral("autosave-c")));
        project.setAutosaveInterval(0);
        project.newFromCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
        QVERIFY(project.model()->requestSetNote(ItemKind::Claim, 0, QStringLiteral("saved note")));
        const QString path = mountPoint + QStringLiteral("/p.claimline");
        QVERIFY2(project.saveAs(path), qPrintable(answers.errors.join(u'\n')));

        const QString filler = disk.fill();
        // A note far bigger than what is left.
        QVERIFY(project.model()->requestSetNote(ItemKind::Claim, 1, QString(300 * 1024, u'x')));
        QVERIFY(!project.save());
        QCOMPARE(answers.errors.size(), 1);
        QVERIFY2(answers.errors.first().contains(QStringLiteral("disk is full")), qPrintable(answers.errors.first()));
        QVERIFY(answers.errors.first().contains(QStringLiteral("last saved state is intact")));
        QVERIFY(project.isModified());                         // the work is still on screen

        // What was saved is there, whole.
        {
            ProjectStore check;
            QVERIFY2(check.open(path), qPrintable(check.errorString()));
            const auto saved = check.load();
            QVERIFY(saved);
            QCOMPARE(saved->claimReviews.size(), 1);
            QCOMPARE(saved->claimReviews.first().note, QStringLiteral("saved note"));
        }
        // With room again the same save goes through.
        QVERIFY(QFile::remove(filler));
        QVERIFY2(project.save(), qPrintable(answers.errors.join(u'\n')));
        ProjectStore check;
        QVERIFY(check.open(path));
        QCOMPARE(check.load()->claimReviews.size(), 2);
        check.close();
        project.newFromCorpus(nullptr); // let go of the file before the disk goes
    }
};

QTEST_MAIN(TestProjectSafety)
#include "tst_project_safety.moc"
