#include "ProjectActions.h"

#include "OrphanDialog.h"
#include "ProjectController.h"
#include "ReextractRunner.h"
#include "project/ProjectModel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace claimline::ui {

namespace {
const QString kLastDir = QStringLiteral("window/lastDirectory");
}

ProjectActions::ProjectActions(ProjectController *project, Workspace *workspace, QMainWindow *window, QSettings *settings)
    : QObject(window),
      m_project(project),
      m_workspace(workspace),
      m_window(window),
      m_settings(settings),
      m_reextract(new ReextractRunner(project->model(), this)),
      m_progress(new QProgressBar(window)),
      m_undo(project->undoStack()->createUndoAction(this, tr("&Undo"))),
      m_redo(project->undoStack()->createRedoAction(this, tr("&Redo")))
{
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Re-extracting…"));
    m_progress->hide();
    window->statusBar()->addPermanentWidget(m_progress);
    connect(m_reextract, &ReextractRunner::started, m_progress, &QWidget::show);
    connect(m_reextract, &ReextractRunner::finished, this, [this](int claims, int events) {
        m_progress->hide();
        m_window->statusBar()->showMessage(
            claims + events == 0 ? tr("Re-extracted: every review is attached.")
                                 : tr("Re-extracted: %1 claim and %2 event reviews are orphaned (Project › Orphaned Reviews…)")
                                       .arg(claims).arg(events), 10000);
        if (claims + events > 0)
            showOrphans();
    });
    connect(m_reextract, &ReextractRunner::failed, this, [this](const QString &why) {
        m_progress->hide();
        QMessageBox::warning(m_window, tr("Re-extraction Failed"), why);
    });
}

QString ProjectActions::lastDir() const
{
    return m_settings->value(kLastDir).toString();
}

void ProjectActions::addOpenActions(QMenu *file)
{
    file->addAction(tr("&New Project"), QKeySequence::New, this, &ProjectActions::newProject)
        ->setStatusTip(tr("An empty, untitled project"));
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &ProjectActions::openProject)
        ->setStatusTip(tr("Open a saved .claimline project"));
}

void ProjectActions::addSaveActions(QMenu *file)
{
    m_save = file->addAction(tr("&Save"), QKeySequence::Save, m_project, qOverload<>(&ProjectController::save));
    file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), m_project,
                    qOverload<>(&ProjectController::saveAs));
}

void ProjectActions::addExportActions(QMenu *file)
{
    file->addAction(tr("Export Project &JSON…"), this, [this] { exportTo(true); });
    file->addAction(tr("Export &Claims CSV…"), this, [this] { exportTo(false); });
}

void ProjectActions::addEditActions(QMenu *edit)
{
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
}

void ProjectActions::addProjectMenu(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("&Project"));
    menu->addAction(tr("&Re-extract"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, &ProjectActions::startReextract)
        ->setStatusTip(tr("Run extraction again over the stored documents; reviews stay attached"));
    menu->addAction(tr("&Orphaned Reviews…"), this, &ProjectActions::showOrphans);
}

void ProjectActions::newProject()
{
    if (m_project->confirmDiscard())
        m_project->newFromCorpus(nullptr);
}

void ProjectActions::openProject()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), lastDir(),
                                                      tr("Claimline projects (*.claimline);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setValue(kLastDir, QFileInfo(path).absolutePath());
    m_project->open(path);
}

void ProjectActions::exportTo(bool json)
{
    const QString base = lastDir() + u'/' + QFileInfo(m_project->displayName()).completeBaseName();
    const QString path = json ? QFileDialog::getSaveFileName(m_window, tr("Export Project JSON"), base + QStringLiteral(".json"),
                                                             tr("JSON (*.json)"))
                              : QFileDialog::getSaveFileName(m_window, tr("Export Claims CSV"), base + QStringLiteral("-claims.csv"),
                                                             tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    json ? m_project->exportJson(path) : m_project->exportCsv(path);
}

void ProjectActions::startReextract()
{
    if (m_reextract->isRunning())
        m_window->statusBar()->showMessage(tr("Re-extraction is already running."), 4000);
    else
        m_reextract->start();
}

void ProjectActions::showOrphans()
{
    auto *dialog = new OrphanDialog(m_project->model(), m_workspace, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace claimline::ui
