#pragma once

// The project-file fuzz check (claimline_store), shared by fuzz_project and
// tst_hostile_files. Needs a QCoreApplication: the SQL driver is a plugin.

#include "project/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace claimline::fuzz {

namespace detail {

inline QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

inline void clear(const QDir &dir)
{
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
}

inline QString openAndLoad(const QString &path, const QByteArray &original, bool writable)
{
    QFile::setPermissions(path, writable ? QFileDevice::ReadOwner | QFileDevice::WriteOwner : QFileDevice::ReadOwner);
    ProjectStore store;
    const bool opened = store.open(path);
    if (!opened && store.errorString().isEmpty())
        return QStringLiteral("refused without saying why");
    if (opened) {
        if (writable == store.isReadOnly())
            return QStringLiteral("opened %1 a %2 file").arg(store.isReadOnly() ? QStringLiteral("read-only") : QStringLiteral("writable"),
                                                             writable ? QStringLiteral("writable") : QStringLiteral("read-only"));
        store.load();
    }
    const QString backup = store.backupPath();
    store.close();
    // Opened read-only or refused: the file is as it was. A migration may change it, after
    // keeping the original aside.
    if (!writable || !opened) {
        const bool keptAside = !backup.isEmpty() && contents(backup) == original;
        if (contents(path) != original && !keptAside)
            return QStringLiteral("%1 file changed without a backup").arg(opened ? QStringLiteral("read-only") : QStringLiteral("refused"));
    }
    return {};
}

} // namespace detail

// Arbitrary bytes as a .claimline file are refused with a message or opened and loaded
// (read-only, then writable); a refused or read-only file is never changed.
inline QString checkProject(const QByteArray &bytes)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/fuzz-project-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("fuzz.claimline"));
    QString problem;
    for (bool writable : {false, true}) {
        detail::clear(QDir(dir.path()));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QStringLiteral("cannot write the temporary project %1").arg(path);
        f.close();
        problem = detail::openAndLoad(path, bytes, writable);
        if (!problem.isEmpty())
            break;
    }
    detail::clear(QDir(dir.path()));
    return problem;
}

} // namespace claimline::fuzz
