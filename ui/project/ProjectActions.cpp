#include "ProjectActions.h"

#include "AddItemDialog.h"
#include "OrphanDialog.h"
#include "ProjectController.h"
#include "ReextractRunner.h"
#include "project/ProjectModel.h"
#include "state/Workspace.h"

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
    connect(m_reextract, &ReextractRunner::finished, this, [this](int claims, int events, int edits) {
        m_progress->hide();
        m_window->statusBar()->showMessage(
            claims + events + edits == 0
                ? tr("Re-extracted: every review, edit and added item is attached.")
                : tr("Re-extracted: %1 claim reviews, %2 event reviews and %3 edits or added items are orphaned "
                     "(Project › Orphaned Reviews…)")
                      .arg(claims).arg(events).arg(edits), 10000);
        if (claims + events + edits > 0)
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
    menu->addAction(tr("Add &Claim…"), this, [this] { addItem(true); })
        ->setStatusTip(tr("A claim the extraction missed: quotes the text selected in the review pane, or the whole article"));
    menu->addAction(tr("Add &Event…"), this, [this] { addItem(false); })
        ->setStatusTip(tr("An event the extraction missed: the text selected in the review pane, or the whole article"));
    menu->addSeparator();
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
    // Asked through the project's prompts (a file dialog in the app, an answer in tests).
    const auto &ask = m_project->prompts().savePath;
    if (!ask)
        return;
    const QString path = json ? ask(tr("Export Project JSON"), base + QStringLiteral(".json"), tr("JSON (*.json)"))
                              : ask(tr("Export Claims CSV"), base + QStringLiteral("-claims.csv"), tr("CSV (*.csv)"));
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

QDialog *ProjectActions::addItem(bool claim)
{
    // Default article: the selected item's, else the first.
    const ItemRef sel = m_workspace->selection();
    const Corpus &corpus = m_workspace->corpus();
    int article = 0;
    if (sel.kind == ItemRef::Kind::Claim && sel.index < corpus.claims.size())
        article = corpus.claims.at(sel.index).articleIndex;
    else if (sel.kind == ItemRef::Kind::Event && sel.index < corpus.events.size() && !corpus.events.at(sel.index).mentions.isEmpty())
        article = corpus.events.at(sel.index).mentions.first().articleIndex;
    auto *dialog = new AddItemDialog(claim ? AddItemDialog::Kind::Claim : AddItemDialog::Kind::Event, m_project->model(),
                                     article, m_selectedText ? m_selectedText() : ArticleTextSelection{}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, claim] {
        ProjectModel *model = m_project->model();
        const int index = claim ? model->claimIndexOf(dialog->addedKey()) : model->eventIndexOf(dialog->addedKey());
        if (index >= 0)
            m_workspace->select(claim ? ItemRef::claim(index) : ItemRef::event(index));
    });
    dialog->show();
    return dialog;
}

void ProjectActions::showOrphans()
{
    auto *dialog = new OrphanDialog(m_project->model(), m_workspace, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace claimline::ui
