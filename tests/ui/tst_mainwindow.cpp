// The desktop window: construction offscreen, state restore, shortcuts, filter wiring,
// opening corpora, and the command line of the desktop.
#include "DesktopArguments.h"
#include "MainWindow.h"
#include "RecentCorpora.h"
#include "corpus/CorpusPanel.h"
#include "corpus/CorpusTreeModel.h"
#include "demo/DemoCorpus.h"
#include "detail/DetailPanel.h"
#include "filter/FilterBar.h"
#include "import/ImportController.h"
#include "state/Workspace.h"
#include "table/ComparisonProxy.h"
#include "table/ComparisonView.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QtTest>

using namespace claimline;
using namespace claimline::ui;

namespace {
std::shared_ptr<const Corpus> demo()
{
    return std::make_shared<const Corpus>(makeDemoCorpus());
}

int visibleClaimsIn(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex child = model.index(r, 0, parent);
        n += (child.data(CorpusTreeModel::KindRole).toInt() == int(CorpusTreeModel::Kind::Claim)) + visibleClaimsIn(model, child);
    }
    return n;
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("claimline.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void constructsOffscreen_withTheFourCentralTabs()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        Workspace ws;
        MainWindow window(&ws, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.tabs()->count(), 4);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ComparisonTab));
        QVERIFY(window.corpusDock()->isVisible());
        QVERIFY(window.detailDock()->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Claimline"));
    }

    void restoresGeometryDocksAndTab()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        Workspace ws;
        {
            MainWindow window(&ws, &settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1300, 820);
            window.detailDock()->hide();
            window.tabs()->setCurrentIndex(MainWindow::ChartsTab);
            window.close(); // saves
        }
        MainWindow again(&ws, &settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1300, 820));
        QVERIFY(!again.detailDock()->isVisible());
        QVERIFY(again.corpusDock()->isVisible());
        QCOMPARE(again.tabs()->currentIndex(), int(MainWindow::ChartsTab));
        settings.clear();
    }

    void shortcuts_switchViewsAndClearTheSelection()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        Workspace ws;
        ws.setCorpus(demo());
        MainWindow window(&ws, &settings);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::TimelineTab));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ReviewTab));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ComparisonTab));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.filterBar()->searchField()->hasFocus());
        ws.select(ItemRef::claim(2));
        window.comparison()->table()->setFocus();
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!ws.selection().isValid());
        settings.clear();
    }

    void filterBar_updatesTableAndCorpusPanel()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        Workspace ws;
        ws.setCorpus(demo());
        MainWindow window(&ws, &settings);
        QSignalSpy filterChanged(&ws, &Workspace::filterChanged);
        QComboBox *claimants = window.filterBar()->claimantBox();
        const int wfp = claimants->findText(QStringLiteral("WFP"));
        QVERIFY(wfp > 0);
        claimants->setCurrentIndex(wfp);
        QCOMPARE(filterChanged.count(), 1);
        QCOMPARE(ws.filter().claimants, QSet<QString>{QStringLiteral("WFP")});
        QCOMPARE(window.comparison()->proxy()->rowCount(), 1);
        QCOMPARE(visibleClaimsIn(*window.corpusPanel()->proxy()), 2);

        window.filterBar()->searchField()->setText(QStringLiteral("150 tonnes"));
        QTRY_COMPARE(ws.filter().text, QStringLiteral("150 tonnes")); // debounced typing
        QCOMPARE(visibleClaimsIn(*window.corpusPanel()->proxy()), 1);
        window.filterBar()->clear();
        QVERIFY(ws.filter().isEmpty());
        QCOMPARE(window.comparison()->proxy()->rowCount(), 3);
    }

    void selectingInTheTable_showsTheClaimInTheDetailPanel()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        Workspace ws;
        ws.setCorpus(demo());
        MainWindow window(&ws, &settings);
        ws.select(ItemRef::claim(3));
        const QString text = window.detailPanel()->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("put the toll at 12 killed or wounded")));
        QVERIFY(text.contains(QStringLiteral("City Council")));
        QVERIFY(text.contains(QStringLiteral("TASS")));
        QVERIFY(text.contains(QStringLiteral("≥ 42"))); // another claim of its group
        ws.select(ItemRef::event(0));
        QVERIFY(window.detailPanel()->browser()->toPlainText().contains(QStringLiteral("The port was shelled on 2 June.")));
    }

    void openingFiles_readsThemOffThread_andRemembersThem()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        Workspace ws;
        MainWindow window(&ws, &settings);
        QSignalSpy corpusChanged(&ws, &Workspace::corpusChanged);
        const QString file = m_dir.filePath(QStringLiteral("one.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Harbor news\n\nOfficials said 40 people were hurt on 3 June 2024.\n");
        f.close();
        window.openPaths({file});
        QVERIFY(window.importer()->isRunning() || corpusChanged.count() == 0);
        QVERIFY(corpusChanged.wait(10000));
        QCOMPARE(ws.corpus().documents.size(), 1);
        QCOMPARE(window.currentPaths(), QStringList{file});
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("one.txt")));
        const QVariantList recent = settings.value(QStringLiteral("recent/corpora")).toList();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().toStringList(), QStringList{QFileInfo(file).absoluteFilePath()});
        settings.clear();
    }

    void recentCorpora_keepsNewestFirstWithoutDuplicates()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QMenu menu;
        RecentCorpora recent(&settings, &menu);
        recent.add({QStringLiteral("/a")});
        recent.add({QStringLiteral("/b"), QStringLiteral("/c")});
        recent.add({QStringLiteral("/a")});
        QCOMPARE(recent.entries().size(), 2);
        QCOMPARE(recent.entries().first(), QStringList{QStringLiteral("/a")});
        QCOMPARE(RecentCorpora::title({QStringLiteral("/b"), QStringLiteral("/c")}), QStringLiteral("b + 1 more"));
        QSignalSpy open(&recent, &RecentCorpora::openRequested);
        menu.actions().at(1)->trigger();
        QCOMPARE(open.first().first().toStringList(), (QStringList{QStringLiteral("/b"), QStringLiteral("/c")}));
        for (int i = 0; i < 20; ++i)
            recent.add({QStringLiteral("/x%1").arg(i)});
        QCOMPARE(recent.entries().size(), RecentCorpora::MaxEntries);
        settings.clear();
    }

    void desktopArguments_defaultToTheSeeds()
    {
        const QString seeds = QStringLiteral("/seeds");
        const QString program = QStringLiteral("claimline");
        QCOMPARE(parseDesktopArguments({program}, seeds).paths, QStringList{seeds});
        const DesktopArguments two = parseDesktopArguments({program, QStringLiteral("a.txt"), QStringLiteral("dir")}, seeds);
        QCOMPARE(two.paths, (QStringList{QStringLiteral("a.txt"), QStringLiteral("dir")}));
        const DesktopArguments d = parseDesktopArguments({program, QStringLiteral("--demo")}, seeds);
        QVERIFY(d.demo);
        QVERIFY(d.paths.isEmpty());
        QVERIFY(!parseDesktopArguments({program, QStringLiteral("--bogus")}, seeds).error.isEmpty());
        QCOMPARE(parseDesktopArguments({program, QStringLiteral("--"), QStringLiteral("-odd.txt")}, seeds).paths,
                 QStringList{QStringLiteral("-odd.txt")});
    }

    // Not a check: with CLAIMLINE_SCREENSHOT_DIR set, saves what the window looks like.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("CLAIMLINE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set CLAIMLINE_SCREENSHOT_DIR to save screenshots");
        for (const QSize size : {QSize(1366, 768), QSize(1600, 1000)}) {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            settings.clear();
            Workspace ws;
            ws.setCorpus(demo());
            MainWindow window(&ws, &settings);
            window.resize(size);
            window.resizeDocks({window.corpusDock(), window.detailDock()}, {size.width() / 5 + 20, size.width() / 5},
                               Qt::Horizontal);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ws.select(ItemRef::claim(3));
            QTest::qWait(50);
            QVERIFY(window.grab().save(QStringLiteral("%1/main-%2x%3.png").arg(out).arg(size.width()).arg(size.height())));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
