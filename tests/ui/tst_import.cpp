// Importing runs off the UI thread, reports progress on it, and can be cancelled.
#include "import/ImportController.h"
#include "import/ImportSizeLimit.h"

#include <QMenu>
#include <QSettings>

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace claimline;
using namespace claimline::ui;

class TestImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void import_runsOffTheUiThread_andReportsProgressOnIt()
    {
        std::atomic<QThread *> worker{nullptr};
        ImportController controller(
            [&worker](const QStringList &paths, const ProgressCallback &progress, bool *cancelled) {
                worker = QThread::currentThread();
                for (int i = 0; i < paths.size(); ++i)
                    progress(i + 1, int(paths.size()), paths.at(i));
                *cancelled = false;
                Corpus c;
                c.documents.resize(paths.size());
                return c;
            },
            nullptr);
        QSignalSpy progressed(&controller, &ImportController::progressed);
        QSignalSpy finished(&controller, &ImportController::finished);
        QVERIFY(controller.start({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start({QStringLiteral("again")})); // one import at a time
        QVERIFY(finished.wait(5000));
        QVERIFY(worker.load() != nullptr);
        QVERIFY(worker.load() != QThread::currentThread());
        QCOMPARE(progressed.count(), 3);
        QCOMPARE(progressed.last().at(0).toInt(), 3);
        const auto corpus = finished.first().at(0).value<std::shared_ptr<const Corpus>>();
        QVERIFY(corpus);
        QCOMPARE(corpus->documents.size(), 3);
        QCOMPARE(finished.first().at(2).toBool(), false);
        QVERIFY(!controller.isRunning());
    }

    void cancel_makesTheCallbackReturnFalse_andKeepsNoCorpus()
    {
        QSemaphore gate;
        std::atomic<bool> sawFalse{false};
        ImportController controller(
            [&](const QStringList &, const ProgressCallback &progress, bool *cancelled) {
                gate.acquire(); // wait until the test has asked to cancel
                sawFalse = !progress(1, 10, QStringLiteral("f"));
                *cancelled = sawFalse;
                return Corpus();
            },
            nullptr);
        QSignalSpy finished(&controller, &ImportController::finished);
        QVERIFY(controller.start({QStringLiteral("x")}));
        controller.cancel();
        gate.release();
        QVERIFY(finished.wait(5000));
        QVERIFY(sawFalse.load());
        QCOMPARE(finished.first().at(2).toBool(), true);
        QVERIFY(!finished.first().at(0).value<std::shared_ptr<const Corpus>>());
    }

    void realPipeline_readsAFolder_andCanBeCancelled()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 40; ++i) {
            files.append(dir.filePath(QStringLiteral("article-%1.txt").arg(i)));
            QFile f(files.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Officials said 40 people were hurt on 3 June 2024.\n");
        }
        ImportController controller;
        QSignalSpy finished(&controller, &ImportController::finished);
        QVERIFY(controller.start(files));
        QVERIFY(finished.wait(20000));
        const auto corpus = finished.first().at(0).value<std::shared_ptr<const Corpus>>();
        QVERIFY(corpus);
        QCOMPARE(corpus->documents.size(), 40);

        finished.clear();
        QVERIFY(controller.start(files));
        controller.cancel(); // before any file is done: the first progress call stops the run
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(2).toBool(), true);
    }

    // The desktop's size limit: kept in the settings, applied to the next import, and a file
    // over it is named in an error while the others still come in.
    void sizeLimit_fromSettings_skipsLargerFilesByName()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small.txt"));
        const QString large = dir.filePath(QStringLiteral("large.txt"));
        for (const auto &[path, repeats] : {std::pair{small, 1}, std::pair{large, 40000}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("Officials said 40 people were hurt on 3 June 2024.\n").repeated(repeats)); // large: ~2 MB
        }
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("import/maxFileMegabytes"), 1);
        ImportController controller;
        QMenu menu;
        addImportSizeLimitAction(&menu, &controller, &settings, nullptr);
        QCOMPARE(controller.maxFileBytes(), qint64(1024 * 1024));
        QCOMPARE(menu.actions().size(), 1);

        QSignalSpy finished(&controller, &ImportController::finished);
        QVERIFY(controller.start({small, large}));
        QVERIFY(finished.wait(20000));
        auto corpus = finished.first().at(0).value<std::shared_ptr<const Corpus>>();
        QVERIFY(corpus);
        QCOMPARE(corpus->documents.size(), 1);
        QCOMPARE(corpus->documents.first().fileName, QStringLiteral("small.txt"));
        const bool named = std::any_of(corpus->diagnostics.cbegin(), corpus->diagnostics.cend(), [&](const Diagnostic &d) {
            return d.file == large && d.severity == Diagnostic::Severity::Error && d.message.contains(QStringLiteral("size limit"));
        });
        QVERIFY(named);

        controller.setMaxFileBytes(8 * 1024 * 1024);
        finished.clear();
        QVERIFY(controller.start({small, large}));
        QVERIFY(finished.wait(20000));
        corpus = finished.first().at(0).value<std::shared_ptr<const Corpus>>();
        QCOMPARE(corpus->documents.size(), 2);
    }

    void destroyingTheController_whileReading_waitsSafely()
    {
        QSemaphore gate;
        auto *controller = new ImportController(
            [&](const QStringList &, const ProgressCallback &progress, bool *cancelled) {
                gate.acquire();
                *cancelled = !progress(1, 1, QStringLiteral("f"));
                return Corpus();
            },
            nullptr);
        QVERIFY(controller->start({QStringLiteral("x")}));
        gate.release();
        delete controller; // cancels, waits; the queued progress call is dropped
        QCoreApplication::processEvents();
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
