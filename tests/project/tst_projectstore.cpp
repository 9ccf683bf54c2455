#include "ProjectFixture.h"
#include "project/ProjectSchema.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline;
using namespace claimline::testing;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// A project with something in every table.
ProjectData richData()
{
    ProjectModel model;
    model.reset(sampleData());
    model.requestSetReviewState(ItemKind::Claim, 0, ReviewState::Confirmed);
    model.requestSetNote(ItemKind::Claim, 1, QStringLiteral("ministry — “quoted” note"));
    model.requestSetTags(ItemKind::Claim, 1, {QStringLiteral("check"), QStringLiteral("ministry")});
    model.requestCorrectField(1, CorrectionField::AsOf, QStringLiteral("2025-06-01..2025-06-02"));
    model.requestCorrectField(1, CorrectionField::High, QStringLiteral("4200"));
    model.requestSetReviewState(ItemKind::Event, 0, ReviewState::Disputed);
    model.requestMergeClaimants(QStringLiteral("Ministry"), QStringLiteral("Outlet 1"));
    Claim added;
    added.articleIndex = 0;
    added.quoteSpan = {0, 20};
    added.low = 7;
    added.high = 9;
    added.claimant = QStringLiteral("Analyst");
    model.requestAddClaim(added);
    model.requestAddEvent(1, Event{{}, QStringLiteral("meeting"), QStringLiteral("call"), DayInterval::day(QDate(2025, 6, 2)), {}},
                          TextSpan{0, 10});
    return model.data();
}

bool writeProject(const QString &path, const ProjectData &data)
{
    ProjectStore store;
    const bool ok = store.create(path) && store.save(data);
    if (!ok)
        qWarning("%s", qPrintable(store.errorString()));
    return ok;
}

// Child mode: saves in a loop until killed (bounded in count and time).
int saveLoop(const QString &path)
{
    ProjectStore store;
    if (!store.open(path))
        return 3;
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100000 && timer.elapsed() < 20000; ++i) {
        ProjectData data = sampleData();
        const qint64 revision = store.saveCount() + 1;
        data.claimReviews.insert(QStringLiteral("revision"), ReviewRecord{ReviewState::Confirmed,
                                                                          QString::number(revision), {}, {}});
        data.contents[0].append(QByteArray(int(revision % 7) * 1000, 'x')); // vary the size
        if (!store.save(data))
            return 4;
        out << revision << Qt::endl;
    }
    return 0;
}

} // namespace

class TestProjectStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_keepsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.claimline"));
        const ProjectData data = richData();
        QCOMPARE(data.addedClaims.size(), 1);
        QCOMPARE(data.addedEvents.size(), 1);
        QVERIFY(writeProject(path, data));
        ProjectStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(!store.isReadOnly());
        const auto loaded = store.load();
        QVERIFY2(loaded, qPrintable(store.errorString()));
        QCOMPARE(dump(*loaded), dump(data));
        ProjectModel model;
        model.reset(*loaded);
        QVERIFY(model.checkConsistency().isEmpty());
        QCOMPARE(model.claimReview(1).tags, (QStringList{QStringLiteral("check"), QStringLiteral("ministry")}));
        // Saving again replaces, not appends.
        QVERIFY(store.save(*loaded));
        QCOMPARE(dump(*store.load()), dump(data));
        QCOMPARE(store.saveCount(), 2);
    }

    void openVersion1_migratesAndKeepsBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.claimline"));
        QVERIFY(QFile::copy(QStringLiteral(CLAIMLINE_TEST_DATA "/project-v1.claimline"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(path);
        ProjectStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.openedVersion(), 1);
        QCOMPARE(store.backupPath(), path + QStringLiteral(".bak-v1"));
        QCOMPARE(fileHash(store.backupPath()), before);
        const auto data = store.load();
        QVERIFY2(data, qPrintable(store.errorString()));
        QCOMPARE(data->extracted.claims.size(), 1);
        QCOMPARE(data->extracted.events.size(), 1);
        QCOMPARE(data->extracted.groups.at(0).claimIndexes, QList<int>{0});
        ProjectModel model;
        model.reset(*data);
        QVERIFY(model.checkConsistency().isEmpty());
        QCOMPARE(model.claimReview(0).note, QStringLiteral("checked against the 2023 report"));
        QCOMPARE(model.corpus()->claims.at(0).low, 125.0); // the v1 correction applies
        QVERIFY(store.save(*data));
        store.close();
        ProjectStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.openedVersion(), schema::kCurrentVersion);
    }

    void newerVersion_isRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.claimline"));
        QVERIFY(writeProject(path, sampleData()));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const QByteArray before = fileHash(path);
        ProjectStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QStringLiteral("newer")), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(path));
        QCOMPARE(fileHash(path), before);
    }

    void damagedFile_isRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *k : {"random bytes", "text file", "empty", "header only", "truncated", "damaged page",
                              "other sqlite"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }

    void damagedFile_isRefusedUntouched()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.claimline"));
        QByteArray bytes;
        if (kind == u"random bytes") {
            bytes.resize(8192);
            QRandomGenerator rng(7);
            for (char &c : bytes)
                c = char(rng.bounded(256));
        } else if (kind == u"text file") {
            bytes = "Officials said 3,800 people were killed.\n";
        } else if (kind == u"other sqlite") {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else if (kind != u"empty") {
            const QString good = dir.filePath(QStringLiteral("good.claimline"));
            QVERIFY(writeProject(good, richData()));
            QFile f(good);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes = f.readAll();
            QVERIFY(bytes.size() > 4 * 4096);
            if (kind == u"header only")
                bytes.truncate(100);
            else if (kind == u"truncated")
                bytes.truncate(bytes.size() / 2);
            else // damaged page: overwrite the second page (a table root) with garbage
                bytes.replace(4096, 4096, QByteArray(4096, '\xA5'));
        }
        if (kind != u"other sqlite") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        ProjectStore store;
        const bool opened = store.open(path) && store.load().has_value();
        QVERIFY2(!opened, qPrintable(kind));
        qInfo("%s", qPrintable(store.errorString()));
        QVERIFY2(store.errorString().startsWith(path), qPrintable(store.errorString()));
        store.close();
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void readOnlyFile_opensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.claimline"));
        const ProjectData data = richData();
        QVERIFY(writeProject(path, data));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = fileHash(path);
        ProjectStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(store.isReadOnly());
        const auto loaded = store.load();
        QVERIFY2(loaded, qPrintable(store.errorString()));
        QCOMPARE(dump(*loaded), dump(data));
        QVERIFY(!store.save(data));
        QVERIFY(store.errorString().contains(QStringLiteral("read-only")));
        store.close();
        QCOMPARE(fileHash(path), before);
    }

    void failedSave_keepsLastSavedState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.claimline"));
        const ProjectData saved = sampleData();
        QVERIFY(writeProject(path, saved));
        ProjectStore store;
        QVERIFY(store.open(path));
        QSqlQuery q(QSqlDatabase::database(QString(), false)); // unused: the store owns its connection
        Q_UNUSED(q);
        ProjectData bigger = richData();
        bigger.contents[0] = QByteArray(4 * 1024 * 1024, 'z'); // needs far more pages than allowed
        QVERIFY(store.setMaxPageCount(1)); // SQLite clamps to the current size: nothing can grow
        QVERIFY(!store.save(bigger));
        QVERIFY2(store.errorString().contains(QStringLiteral("last saved state is kept")), qPrintable(store.errorString()));
        const auto loaded = store.load();
        QVERIFY(loaded);
        QCOMPARE(dump(*loaded), dump(saved));
        store.close();
        ProjectStore again;
        QVERIFY(again.open(path));
        QCOMPARE(dump(*again.load()), dump(saved));
    }

    void autosave_writesSidecarAndCleanSaveRemovesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.claimline"));
        const ProjectData saved = sampleData();
        const ProjectData edited = richData();
        QVERIFY(writeProject(path, saved));
        ProjectStore store;
        QVERIFY(store.open(path));
        QVERIFY(!ProjectStore::hasNewerAutosave(path));
        QVERIFY2(store.autosave(edited), qPrintable(store.errorString()));
        QVERIFY(ProjectStore::hasNewerAutosave(path));
        QCOMPARE(dump(*store.load()), dump(saved)); // the project itself is untouched
        ProjectStore recovered;
        QVERIFY(recovered.open(ProjectStore::autosavePath(path)));
        QCOMPARE(dump(*recovered.load()), dump(edited));
        recovered.close();
        QVERIFY(store.save(edited));
        QVERIFY(!QFile::exists(ProjectStore::autosavePath(path)));
    }

    void saveAs_writesNewFileAndSwitches()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.claimline"));
        const QString second = dir.filePath(QStringLiteral("second.claimline"));
        QVERIFY(writeProject(first, sampleData()));
        ProjectStore store;
        QVERIFY(store.open(first));
        const ProjectData data = richData();
        QVERIFY2(store.saveAs(second, data), qPrintable(store.errorString()));
        QCOMPARE(store.path(), second);
        QCOMPARE(dump(*store.load()), dump(data));
    }

    void killedWhileSaving_reopensLastCommittedState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.claimline"));
        QVERIFY(writeProject(path, sampleData()));
        QRandomGenerator rng(1234);
        qint64 lastSeen = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--save-loop"), path});
            QVERIFY(child.waitForStarted(10000));
            QVERIFY(child.waitForReadyRead(10000)); // at least one save went through
            QTest::qWait(int(rng.bounded(20, 300)));
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            qint64 printed = 0;
            for (const QByteArray &l : lines)
                if (!l.isEmpty())
                    printed = l.toLongLong();

            ProjectStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            const auto data = store.load();
            QVERIFY2(data, qPrintable(store.errorString()));
            const qint64 count = store.saveCount();
            // What was committed is there in full: the revision note matches the save count,
            // and nothing reported as saved was lost.
            QCOMPARE(data->claimReviews.value(QStringLiteral("revision")).note, QString::number(count));
            QVERIFY2(count >= printed && count >= lastSeen, qPrintable(QStringLiteral("%1 < %2").arg(count).arg(printed)));
            lastSeen = count;
            ProjectModel model;
            model.reset(*data);
            QVERIFY(model.checkConsistency().isEmpty());
        }
        QVERIFY(lastSeen > 6);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--save-loop") == 0) {
        QCoreApplication app(argc, argv);
        return saveLoop(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestProjectStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projectstore.moc"
