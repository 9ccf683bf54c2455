#include "ProjectController.h"

#include "UndoBridge.h"
#include "project/ProjectExport.h"
#include "project/ProjectModel.h"
#include "project/ProjectStore.h"
#include "project/UntitledAutosave.h"
#include "state/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace claimline::ui {

namespace {
constexpr int kDefaultAutosaveSeconds = 60;
const QString kProjectFilter = QObject::tr("Claimline projects (*.claimline)");

// The raw bytes of each document, read again from its file when the hash still matches;
// empty (null) otherwise, which only stops re-extraction of that project.
QList<QByteArray> readContents(const Corpus &corpus)
{
    QList<QByteArray> contents;
    for (const Document &doc : corpus.documents) {
        QFile file(doc.path);
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        const bool same = !bytes.isNull()
                          && QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == doc.sha256;
        contents.append(same ? bytes : QByteArray());
    }
    return contents;
}

// SQLite says "database or disk is full" (SQLITE_FULL); the OS "No space left on device".
QString diskFullAdvice(const QString &error)
{
    const bool full = error.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive)
                      || error.contains(QStringLiteral("no space left"), Qt::CaseInsensitive);
    return full ? QObject::tr("The disk is full: free some space, then save again (or Save As elsewhere). ") : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return true;
    *error = out.errorString();
    return false;
}
} // namespace

ProjectController::ProjectController(Workspace *workspace, ProjectPrompts prompts, QObject *parent,
                                     const QString &untitledAutosaveDir)
    : QObject(parent),
      m_workspace(workspace),
      m_prompts(std::move(prompts)),
      m_model(new ProjectModel(this)),
      m_undo(new UndoBridge(m_model, this)),
      m_store(std::make_unique<ProjectStore>()),
      m_untitled(std::make_unique<UntitledAutosave>(
          untitledAutosaveDir.isEmpty()
              ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave")
              : untitledAutosaveDir)),
      m_autosave(new QTimer(this))
{
    connect(m_model, &ProjectModel::corpusChanged, this, &ProjectController::publishCorpus);
    connect(m_model, &ProjectModel::reviewChanged, this, &ProjectController::publishStates);
    connect(m_model, &ProjectModel::historyChanged, this, &ProjectController::stateChanged);
    connect(m_autosave, &QTimer::timeout, this, &ProjectController::autosaveNow);
    setAutosaveInterval(kDefaultAutosaveSeconds);
}

ProjectController::~ProjectController() = default;

void ProjectController::closeCleanly()
{
    // The window asked about unsaved work first: it was saved or discarded. A crash never
    // gets here, so its autosaves stay for the next start.
    m_untitled->discard();
    if (!m_path.isEmpty() && !m_readOnly)
        ProjectStore::removeAutosave(m_path);
}

QUndoStack *ProjectController::undoStack() const
{
    return m_undo->stack();
}

// The review state of every claim and event, in corpus order, as the views are given them.
std::pair<QList<ReviewState>, QList<ReviewState>> ProjectController::reviewStates() const
{
    std::pair<QList<ReviewState>, QList<ReviewState>> states;
    const Corpus &corpus = *m_model->corpus();
    for (qsizetype i = 0; i < corpus.claims.size(); ++i)
        states.first.append(m_model->claimReview(int(i)).state);
    for (qsizetype i = 0; i < corpus.events.size(); ++i)
        states.second.append(m_model->eventReview(int(i)).state);
    return states;
}

void ProjectController::publishCorpus()
{
    auto [claims, events] = reviewStates();
    m_workspace->replaceCorpus(m_model->corpus(), std::move(claims), std::move(events));
}

void ProjectController::publishStates()
{
    auto [claims, events] = reviewStates();
    m_workspace->setReviewStates(std::move(claims), std::move(events));
}

bool ProjectController::isModified() const
{
    return m_restored || !m_model->history().isClean();
}

QString ProjectController::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool ProjectController::fail(const QString &title, const QString &text)
{
    if (m_prompts.error)
        m_prompts.error(title, text);
    return false;
}

bool ProjectController::confirmDiscard()
{
    if (!isModified() || !m_prompts.unsavedChanges)
        return true;
    switch (m_prompts.unsavedChanges(displayName())) {
    case ProjectPrompts::Unsaved::Save: return save();
    case ProjectPrompts::Unsaved::Discard: return true;
    case ProjectPrompts::Unsaved::Cancel: return false;
    }
    return false;
}

void ProjectController::loadData(ProjectData data, const QString &path, bool readOnly)
{
    m_untitled->discard(); // the untitled work it held was saved or discarded when asked
    m_path = path;
    m_readOnly = readOnly;
    m_restored = false;
    m_workspace->setCorpus({}); // a different project: drop the selection
    m_model->reset(std::move(data));
    m_undo->setClean();
    Q_EMIT stateChanged();
}

void ProjectController::newFromCorpus(std::shared_ptr<const Corpus> corpus)
{
    ProjectData data;
    if (corpus) {
        data.extracted = *corpus;
        data.contents = readContents(*corpus);
        // A corpus built in memory (the demo) has no file hash: key it by its text instead,
        // so its reviews still have a stable identity and the project can be saved.
        for (Document &doc : data.extracted.documents)
            if (doc.sha256.isEmpty())
                doc.sha256 = QCryptographicHash::hash(doc.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    }
    m_store->close();
    loadData(std::move(data), QString(), false);
}

bool ProjectController::open(const QString &path)
{
    if (!confirmDiscard())
        return false;
    auto store = std::make_unique<ProjectStore>();
    std::optional<ProjectData> data;
    if (store->open(path))
        data = store->load();
    if (!data)
        return fail(tr("Cannot Open Project"),
                    tr("%1 could not be opened:\n%2\n\nThe file was not changed.")
                        .arg(QDir::toNativeSeparators(path), store->errorString()));
    bool restored = false;
    if (ProjectStore::hasNewerAutosave(path)) {
        const QString name = QFileInfo(path).fileName();
        if (m_prompts.restoreAutosave && m_prompts.restoreAutosave(name)) {
            ProjectStore autosaved;
            std::optional<ProjectData> newer;
            if (autosaved.open(ProjectStore::autosavePath(path)))
                newer = autosaved.load();
            if (newer) {
                data = std::move(newer);
                restored = true;
            } else {
                fail(tr("Cannot Restore Autosave"),
                     tr("The autosave could not be read (%1); the saved project is opened instead. "
                        "The autosave file is kept: %2")
                         .arg(autosaved.errorString(), QDir::toNativeSeparators(ProjectStore::autosavePath(path))));
            }
        } else {
            ProjectStore::removeAutosave(path);
        }
    }
    m_store = std::move(store);
    loadData(std::move(*data), path, m_store->isReadOnly());
    m_restored = restored;
    if (!m_store->backupPath().isEmpty())
        Q_EMIT message(tr("Migrated from an older project format; the original is kept as %1")
                           .arg(QDir::toNativeSeparators(m_store->backupPath())));
    else if (m_readOnly)
        Q_EMIT message(tr("%1 is read-only: changes can only be saved under another name.").arg(displayName()));
    else
        Q_EMIT message(tr("Opened %1").arg(displayName()));
    Q_EMIT stateChanged();
    return true;
}

bool ProjectController::save()
{
    if (m_path.isEmpty() || m_readOnly || !m_store->isOpen())
        return saveAs();
    if (!m_store->save(m_model->data()))
        return fail(tr("Save Failed"), tr("%1 could not be saved:\n%2\n\n%3The last saved state is intact, and your "
                                          "changes are still open here.")
                                           .arg(QDir::toNativeSeparators(m_path), m_store->errorString(),
                                                diskFullAdvice(m_store->errorString())));
    m_restored = false;
    ProjectStore::removeAutosave(m_path);
    m_undo->setClean();
    Q_EMIT message(tr("Saved %1").arg(displayName()));
    Q_EMIT stateChanged();
    return true;
}

bool ProjectController::saveAs()
{
    if (!m_prompts.savePath)
        return false;
    const QString suggested = m_path.isEmpty() ? QDir::homePath() + QStringLiteral("/untitled.claimline") : m_path;
    QString path = m_prompts.savePath(tr("Save Project As"), suggested, kProjectFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".claimline");
    return saveAs(path);
}

bool ProjectController::saveAs(const QString &path)
{
    if (!m_store->saveAs(path, m_model->data()))
        return fail(tr("Save Failed"), tr("%1 could not be written:\n%2\n\n%3Your changes are still open here.")
                                           .arg(QDir::toNativeSeparators(path), m_store->errorString(),
                                                diskFullAdvice(m_store->errorString())));
    if (!m_path.isEmpty() && m_path != path)
        ProjectStore::removeAutosave(m_path);
    m_untitled->discard();
    m_path = path;
    m_readOnly = m_store->isReadOnly();
    m_restored = false;
    m_undo->setClean();
    Q_EMIT message(tr("Saved %1").arg(displayName()));
    Q_EMIT stateChanged();
    return true;
}

bool ProjectController::exportJson(const QString &path)
{
    QString error;
    if (!writeFile(path, QJsonDocument(projectToJson(*m_model)).toJson(QJsonDocument::Indented), &error))
        return fail(tr("Export Failed"), tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
    Q_EMIT message(tr("Exported the project to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ProjectController::exportCsv(const QString &path)
{
    QString error;
    if (!writeFile(path, projectToCsv(*m_model).toUtf8(), &error))
        return fail(tr("Export Failed"), tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
    Q_EMIT message(tr("Exported the claims to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ProjectController::setAutosaveInterval(int seconds)
{
    if (seconds <= 0) {
        m_autosave->stop();
        return;
    }
    m_autosave->start(seconds * 1000);
}

bool ProjectController::autosaveNow()
{
    if (!isModified() || m_readOnly)
        return false;
    QString error;
    const bool ok = m_path.isEmpty() ? m_untitled->write(m_model->data(), &error)
                                     : m_store->isOpen() && m_store->autosave(m_model->data());
    if (!ok) {
        Q_EMIT message(tr("Autosave failed: %1").arg(m_path.isEmpty() ? error : m_store->errorString()));
        return false;
    }
    Q_EMIT message(tr("Autosaved %1").arg(displayName()));
    return true;
}

QString ProjectController::untitledAutosavePath() const
{
    return m_untitled->path();
}

bool ProjectController::restoreUntitledAutosave()
{
    const QStringList abandoned = m_untitled->abandoned();
    if (abandoned.isEmpty() || !m_prompts.restoreAutosave)
        return false;
    // The newest one; older ones stay on disk and are offered at the next start.
    const QString path = abandoned.first();
    if (!m_prompts.restoreAutosave(tr("Untitled"))) {
        UntitledAutosave::remove(path);
        return false;
    }
    QString error;
    std::optional<ProjectData> data = UntitledAutosave::load(path, &error);
    if (!data)
        return fail(tr("Cannot Restore Autosave"), tr("The autosave could not be read (%1). It is kept: %2")
                                                        .arg(error, QDir::toNativeSeparators(path)));
    m_store->close();
    loadData(std::move(*data), QString(), false);
    m_untitled->adopt(path); // stays on disk until the restored work is saved or discarded
    m_restored = true;
    Q_EMIT message(tr("Restored unsaved work from an untitled project; save it to keep it."));
    Q_EMIT stateChanged();
    return true;
}

} // namespace claimline::ui
