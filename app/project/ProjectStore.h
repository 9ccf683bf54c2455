#pragma once

#include "ProjectData.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace claimline {

// One project file: a single SQLite database (WAL, synchronous=FULL, foreign keys on;
// application_id "CLML", user_version = schema version). Never throws; every call returns
// success and leaves the reason in errorString().
//
// open() checks before it writes anything: the SQLite header, the size the header
// promises, PRAGMA quick_check and application_id on a read-only connection, so a damaged
// or foreign file is refused untouched. A file we may not write opens read-only
// (isReadOnly()). A newer schema is refused; an older one is migrated after copying the file to
// "NAME.bak-v<version>" (backupPath()).
//
// save() writes everything in one transaction: on any failure (full disk, I/O error) it
// rolls back and the last saved state stays intact.
//
// Autosave: autosave(data) writes a complete project to autosavePath(path)
// ("NAME.autosave", via a temporary file and an atomic rename) without touching the
// project. On open, the app asks hasNewerAutosave(path); to restore, it opens the autosave
// path with a second ProjectStore, load()s it, and saves that into the project; either way it
// then calls removeAutosave(path). A clean save() removes the autosave itself.
class ProjectStore final
{
public:
    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    bool open(const QString &path);      // an existing project
    bool create(const QString &path);    // a new, empty project (refuses an existing file)
    void close();

    std::optional<ProjectData> load();
    bool save(const ProjectData &data);
    // Writes `data` as a new project at `path` (replacing it atomically) and switches to it.
    bool saveAs(const QString &path, const ProjectData &data);

    bool autosave(const ProjectData &data);
    // Writes a complete project to `target` via a temporary file and an atomic rename
    // (autosaves, including those of untitled projects, UntitledAutosave.h).
    static bool writeSnapshot(const QString &target, const ProjectData &data, QString *error);
    static QString autosavePath(const QString &projectPath);
    static bool hasNewerAutosave(const QString &projectPath);
    static bool removeAutosave(const QString &projectPath);

    bool isOpen() const { return m_db.isValid() && m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString backupPath() const { return m_backupPath; }   // set when open() migrated
    int openedVersion() const { return m_openedVersion; } // the schema version found on disk
    qint64 saveCount() const;                             // saves since creation (meta)
    QString errorString() const { return m_error; }

    // Caps the file at `pages` pages (SQLite max_page_count): tests use it to make a save
    // fail the way a full disk does.
    bool setMaxPageCount(int pages);

private:
    bool fail(const QString &message);
    bool openConnection(const QString &path, bool readOnly);
    bool validateReadOnly(int *version);
    bool applyPragmas();

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QStringList m_createdSidecars; // -wal/-shm the read-only connection may create
    QString m_backupPath;
    QString m_error;
    bool m_readOnly = false;
    int m_openedVersion = 0;
};

} // namespace claimline
