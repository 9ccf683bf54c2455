#pragma once

#include "ProjectData.h"

#include <QStringList>
#include <memory>
#include <optional>

class QLockFile;

namespace claimline {

// Autosaves of projects that have no file yet, kept in one directory (the desktop uses
// QStandardPaths::AppDataLocation + "/autosave"). Each session writes its own
// "untitled-<uuid>.claimline" and holds a lock file beside it while it runs; a file whose
// lock is free belongs to a session that ended without cleaning up (a crash) and is
// offered for restore by abandoned().
class UntitledAutosave final
{
public:
    explicit UntitledAutosave(QString directory);
    ~UntitledAutosave();
    UntitledAutosave(const UntitledAutosave &) = delete;
    UntitledAutosave &operator=(const UntitledAutosave &) = delete;

    QString directory() const { return m_directory; }
    QString path() const { return m_path; }              // empty until the first write or adopt

    // Writes `data` as this session's autosave (a complete project, atomically replaced).
    bool write(const ProjectData &data, QString *error);
    // Takes over an abandoned autosave as this session's own (after restoring it), so that
    // it stays on disk until the work is saved or discarded.
    bool adopt(const QString &path);
    // Removes this session's autosave: the work was saved under a name, or discarded.
    void discard();

    // Autosaves of sessions that are no longer running, newest first.
    QStringList abandoned() const;
    static std::optional<ProjectData> load(const QString &path, QString *error);
    static void remove(const QString &path);

private:
    bool lock(const QString &path);

    QString m_directory;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace claimline
