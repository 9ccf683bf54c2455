#include "MainWindow.h"

#include "RecentCorpora.h"
#include "corpus/CorpusPanel.h"
#include "detail/DetailPanel.h"
#include "filter/FilterBar.h"
#include "import/ImportController.h"
#include "import/ImportSizeLimit.h"
#include "import/ImportStatus.h"
#include "project/ProjectActions.h"
#include "project/ProjectController.h"
#include "project/ReviewEditor.h"
#include "state/Workspace.h"
#include "table/ComparisonView.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUrl>

namespace claimline::ui {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kTab = QStringLiteral("window/tab");
const QString kLastDir = QStringLiteral("window/lastDirectory");
constexpr int kStateVersion = 1;
} // namespace

MainWindow::MainWindow(Workspace *workspace, QSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_workspace(workspace),
      m_settings(settings),
      m_import(new ImportController(this)),
      m_project(new ProjectController(workspace, messageBoxPrompts(this), this)),
      m_tabs(new QTabWidget(this)),
      m_comparison(new ComparisonView(workspace, this)),
      m_filterBar(new FilterBar(workspace, this)),
      m_filterToolBar(new QToolBar(tr("Filter"), this)),
      m_corpusPanel(new CorpusPanel(workspace, this)),
      m_detail(new DetailPanel(workspace, this)),
      m_reviewEditor(new ReviewEditor(workspace, m_project->model(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_views = createCentralViews(workspace, this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_views.timeline, tr("&Timeline"));
    m_tabs->addTab(m_comparison, tr("&Comparison"));
    m_tabs->addTab(m_views.charts, tr("C&harts"));
    m_tabs->addTab(m_views.review, tr("&Review"));
    m_tabs->setCurrentIndex(ComparisonTab);
    setCentralWidget(m_tabs);

    m_filterToolBar->setObjectName(QStringLiteral("filterToolBar"));
    m_filterToolBar->setMovable(false);
    m_filterToolBar->addWidget(m_filterBar);
    addToolBar(Qt::TopToolBarArea, m_filterToolBar);

    createDocks();
    createMenus();
    statusBar()->addPermanentWidget(new ImportStatus(m_import, this));

    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_comparison, &ComparisonView::reviewRequested, this, [this](int claim) {
        m_views.showInReview(claim);
        m_tabs->setCurrentWidget(m_views.review);
    });
    connect(workspace, &Workspace::corpusChanged, this, &MainWindow::updateTitle);
    connect(m_project, &ProjectController::stateChanged, this, &MainWindow::updateTitle);
    connect(m_project, &ProjectController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    updateTitle();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_corpusDock = new QDockWidget(tr("Corpus"), this);
    m_corpusDock->setObjectName(QStringLiteral("corpusDock"));
    m_corpusDock->setWidget(m_corpusPanel);
    // Below this the tree shows only claim counts: on a 1366-px screen the central views
    // would otherwise squeeze the panel to nothing.
    m_corpusPanel->setMinimumWidth(160);
    addDockWidget(Qt::LeftDockWidgetArea, m_corpusDock);

    m_detailDock = new QDockWidget(tr("Detail"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    auto *detailSplit = new QSplitter(Qt::Vertical, m_detailDock);
    detailSplit->addWidget(m_detail);
    detailSplit->addWidget(m_reviewEditor);
    detailSplit->setStretchFactor(0, 3);
    detailSplit->setStretchFactor(1, 1);
    detailSplit->setCollapsible(0, false);
    m_detailDock->setWidget(detailSplit);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
}

void MainWindow::createMenus()
{
    m_projectActions = new ProjectActions(m_project, m_workspace, this, m_settings);
    m_projectActions->setTextSelectionSource(m_views.selectedText);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_projectActions->addOpenActions(file);
    QAction *open = file->addAction(tr("New Project from &Files…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                                    &MainWindow::openFiles);
    open->setStatusTip(tr("Read news articles (text, HTML, Markdown) into a new project"));
    file->addAction(tr("New Project from F&older…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, &MainWindow::openFolder);
    m_recent = new RecentCorpora(m_settings, file->addMenu(tr("Recent &Corpora")), this);
    connect(m_recent, &RecentCorpora::openRequested, this, &MainWindow::openPaths);
    file->addAction(tr("&Reload"), QKeySequence(Qt::Key_F5), this, &MainWindow::reload);
    addImportSizeLimitAction(file, m_import, m_settings, this);
    file->addSeparator();
    m_projectActions->addSaveActions(file);
    file->addSeparator();
    m_projectActions->addExportActions(file);
    file->addAction(tr("&Export Table as CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportTable);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_projectActions->addEditActions(edit);
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_filterBar, [this] {
        m_filterToolBar->show();
        m_filterBar->focusSearch();
    });
    edit->addAction(tr("&Reset Filter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), m_filterBar, &FilterBar::clear);
    edit->addAction(tr("&Clear Selection"), QKeySequence(Qt::Key_Escape), this, [this] { m_workspace->select({}); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (int tab = TimelineTab; tab <= ReviewTab; ++tab) {
        QAction *a = view->addAction(m_tabs->tabText(tab).remove(u'&'), QKeySequence(Qt::CTRL | (Qt::Key_1 + tab)), this,
                                     [this, tab] { m_tabs->setCurrentIndex(tab); });
        a->setCheckable(true);
        a->setChecked(tab == m_tabs->currentIndex());
        group->addAction(a);
        connect(m_tabs, &QTabWidget::currentChanged, a, [a, tab](int current) { a->setChecked(current == tab); });
    }
    view->addSeparator();
    for (QAction *toggle : {m_corpusDock->toggleViewAction(), m_detailDock->toggleViewAction(),
                            m_filterToolBar->toggleViewAction()})
        view->addAction(toggle);
    m_corpusDock->toggleViewAction()->setText(tr("Corpus &Panel"));
    m_detailDock->toggleViewAction()->setText(tr("&Detail Panel"));
    m_filterToolBar->toggleViewAction()->setText(tr("&Filter Bar"));
    m_projectActions->addProjectMenu(menuBar());
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (paths.size() == 1 && paths.first().endsWith(QStringLiteral(".claimline"), Qt::CaseInsensitive)) {
        if (m_project->open(paths.first()))
            m_paths.clear();
        updateTitle();
        return;
    }
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("Still reading the previous corpus; cancel it first."), 5000);
        return;
    }
    if (!m_project->confirmDiscard())
        return;
    if (!m_import->start(paths))
        statusBar()->showMessage(tr("Still reading the previous corpus; cancel it first."), 5000);
}

void MainWindow::openFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open News Articles"), m_settings->value(kLastDir).toString(),
        tr("News articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (files.isEmpty())
        return;
    m_settings->setValue(kLastDir, QFileInfo(files.first()).absolutePath());
    openPaths(files);
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder of News Articles"),
                                                          m_settings->value(kLastDir).toString());
    if (dir.isEmpty())
        return;
    m_settings->setValue(kLastDir, dir);
    openPaths({dir});
}

void MainWindow::reload()
{
    if (m_paths.isEmpty())
        statusBar()->showMessage(tr("Nothing to reload: open files or a folder first."), 4000);
    else
        openPaths(m_paths);
}

void MainWindow::exportTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison Table"),
                                                      m_settings->value(kLastDir).toString() + QStringLiteral("/comparison.csv"),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = m_comparison->exportCsv(path);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Exported the table to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Failed"), tr("Could not write %1:\n%2").arg(path, error));
}

void MainWindow::onImportFinished(std::shared_ptr<const Corpus> corpus, const QStringList &paths, bool cancelled)
{
    if (cancelled || !corpus) {
        statusBar()->showMessage(tr("Reading cancelled; the corpus on screen is unchanged."), 5000);
        return;
    }
    m_paths = paths;
    m_recent->add(paths);
    const QString summary = tr("Read %n document(s): ", nullptr, int(corpus->documents.size()))
                            + tr("%n claim(s), ", nullptr, int(corpus->claims.size()))
                            + tr("%n event(s)", nullptr, int(corpus->events.size()))
                            + (corpus->diagnostics.isEmpty() ? QString()
                                                             : tr("; %n problem(s), see the corpus panel", nullptr,
                                                                  int(corpus->diagnostics.size())));
    m_project->newFromCorpus(std::move(corpus));
    statusBar()->showMessage(summary, 10000);
}

void MainWindow::updateTitle()
{
    // The project file's name; an unsaved project is named after the corpus it was read from.
    QString name = m_project->isUntitled() ? (m_paths.isEmpty() ? QString() : RecentCorpora::title(m_paths))
                                           : m_project->displayName();
    if (name.isEmpty() && m_project->isModified()) // restored untitled work: say it is unsaved
        name = m_project->displayName();
    if (m_project->isReadOnly())
        name += tr(" (read-only)");
    setWindowTitle(name.isEmpty() ? tr("Claimline") : tr("%1[*] — Claimline").arg(name));
    setWindowModified(m_project->isModified());
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(kGeometry, saveGeometry());
    m_settings->setValue(kState, saveState(kStateVersion));
    m_settings->setValue(kTab, m_tabs->currentIndex());
}

void MainWindow::restoreWindowState()
{
    const bool restored = restoreGeometry(m_settings->value(kGeometry).toByteArray());
    restoreState(m_settings->value(kState).toByteArray(), kStateVersion);
    m_tabs->setCurrentIndex(m_settings->value(kTab, int(ComparisonTab)).toInt());
    if (restored)
        return;
    // First start: most of the screen, side panels at a readable width.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(available.size() * 0.9);
    const int side = std::clamp(available.width() / 5, 280, 400);
    resizeDocks({m_corpusDock, m_detailDock}, {side + 20, side}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_project->confirmDiscard()) {
        event->ignore();
        return;
    }
    m_project->closeCleanly();
    saveWindowState();
    m_import->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

} // namespace claimline::ui
