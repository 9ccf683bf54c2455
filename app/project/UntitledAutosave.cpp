#include "UntitledAutosave.h"

#include "ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

namespace claimline {

namespace {

QString lockPath(const QString &path)
{
    return path + QStringLiteral(".lock");
}

} // namespace

UntitledAutosave::UntitledAutosave(QString directory) : m_directory(std::move(directory)) {}

UntitledAutosave::~UntitledAutosave() = default; // the lock is released; the file stays

bool UntitledAutosave::lock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    lock->setStaleLockTime(0); // only a dead process's lock is stale, however old a live one is
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    m_path = path;
    return true;
}

bool UntitledAutosave::write(const ProjectData &data, QString *error)
{
    if (m_path.isEmpty()) {
        if (!QDir().mkpath(m_directory)) {
            if (error)
                *error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(m_directory));
            return false;
        }
        const QString path = QDir(m_directory).filePath(QStringLiteral("untitled-%1.claimline")
                                                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        if (!lock(path)) {
            if (error)
                *error = QStringLiteral("cannot lock %1").arg(QDir::toNativeSeparators(lockPath(path)));
            return false;
        }
    }
    return ProjectStore::writeSnapshot(m_path, data, error);
}

bool UntitledAutosave::adopt(const QString &path)
{
    discard();
    return lock(path);
}

void UntitledAutosave::discard()
{
    if (m_path.isEmpty())
        return;
    remove(m_path);
    m_lock.reset(); // unlocks and removes the lock file
    m_path.clear();
}

QStringList UntitledAutosave::abandoned() const
{
    QStringList out;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("untitled-*.claimline")}, QDir::Files,
                                                                QDir::Time);
    for (const QFileInfo &file : files) {
        if (file.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
            continue;
        QLockFile probe(lockPath(file.absoluteFilePath()));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0)) // nobody holds it: its session is gone
            out.append(file.absoluteFilePath());
    }
    return out;
}

std::optional<ProjectData> UntitledAutosave::load(const QString &path, QString *error)
{
    ProjectStore store;
    std::optional<ProjectData> data;
    if (store.open(path))
        data = store.load();
    if (!data && error)
        *error = store.errorString();
    return data;
}

void UntitledAutosave::remove(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace claimline
