#include "ProjectStore.h"

#include "ProjectSchema.h"
#include "ProjectTables.h"

#include <QDateTime>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <cstdio>

namespace claimline {

namespace {

constexpr qsizetype kHeaderSize = 100;

quint32 bigEndian(const QByteArray &b, int at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// What the raw bytes say, before SQLite sees the file: a foreign or truncated file is
// refused without ever being opened by the driver.
QString checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read: %1").arg(file.errorString());
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("not a Claimline project (not an SQLite database)");
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28, 4);
    const bool sizeValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4) && pages > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return QStringLiteral("damaged project file (bad page size)");
    if (sizeValid && file.size() < qint64(pageSize) * pages)
        return QStringLiteral("damaged project file: truncated (%1 of %2 bytes)").arg(file.size()).arg(qint64(pageSize) * pages);
    if (file.size() % pageSize != 0)
        return QStringLiteral("damaged project file: truncated mid-page");
    return {};
}

} // namespace

ProjectStore::ProjectStore()
    : m_connection(QStringLiteral("claimline-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ProjectStore::~ProjectStore()
{
    close();
}

void ProjectStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    // A read-only WAL connection creates -wal/-shm but never removes them: take away the
    // ones we made (an empty -wal holds nothing), so that looking at a file leaves no trace.
    if (m_readOnly) {
        for (const QString &sidecar : std::as_const(m_createdSidecars)) {
            if (sidecar.endsWith(u"-wal") && QFileInfo(sidecar).size() > 0)
                continue;
            QFile::remove(sidecar);
        }
    }
    m_createdSidecars.clear();
    m_readOnly = false;
}

bool ProjectStore::fail(const QString &message)
{
    m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), message);
    return false;
}

bool ProjectStore::openConnection(const QString &path, bool readOnly)
{
    close();
    if (readOnly)
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (!QFileInfo::exists(path + suffix))
                m_createdSidecars.append(path + suffix);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
    m_readOnly = readOnly;
    if (!m_db.open())
        return fail(QStringLiteral("cannot open: %1").arg(m_db.lastError().text()));
    return true;
}

bool ProjectStore::applyPragmas()
{
    QString error;
    if (!schema::exec(m_db,
                      {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
                       QStringLiteral("PRAGMA foreign_keys = ON")},
                      &error))
        return fail(error);
    return true;
}

bool ProjectStore::validateReadOnly(int *version)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return fail(QStringLiteral("damaged project file: %1").arg(q.lastError().text()));
    if (q.value(0).toString() != u"ok") {
        QStringList problems{q.value(0).toString()};
        while (problems.size() < 3 && q.next())
            problems.append(q.value(0).toString());
        return fail(QStringLiteral("damaged project file (integrity check: %1)").arg(problems.join(QStringLiteral("; "))));
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next() || q.value(0).toInt() != schema::kApplicationId)
        return fail(QStringLiteral("not a Claimline project (an SQLite database of another application)"));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError().text());
    *version = q.value(0).toInt();
    if (*version > schema::kCurrentVersion)
        return fail(QStringLiteral("made by a newer Claimline (project format %1; this version reads up to %2)")
                        .arg(*version)
                        .arg(schema::kCurrentVersion));
    if (*version < 1)
        return fail(QStringLiteral("not a Claimline project (no format version)"));
    return true;
}

bool ProjectStore::open(const QString &path)
{
    close();
    m_path = path;
    m_backupPath.clear();
    m_error.clear();
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    if (QString problem = checkHeader(path); !problem.isEmpty())
        return fail(problem);

    int version = 0;
    if (!openConnection(path, true) || !validateReadOnly(&version)) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    m_openedVersion = version;
    // WAL needs to create files beside the project: both must be writable to edit. The
    // owner's write bit counts too, so that a file marked read-only stays so even for root.
    const bool writable = info.isWritable() && info.permission(QFileDevice::WriteOwner)
                          && QFileInfo(info.absolutePath()).isWritable();
    if (!writable) {
        // Format 2 lacks only the event_edits table, which reading takes as empty.
        if (version < 2) {
            close();
            return fail(QStringLiteral("read-only, and in an older format that must be migrated first"));
        }
        return true; // stays on the read-only connection
    }
    if (version < schema::kCurrentVersion) {
        close();
        m_backupPath = path + QStringLiteral(".bak-v%1").arg(version);
        QFile::remove(m_backupPath);
        if (!QFile::copy(path, m_backupPath))
            return fail(QStringLiteral("cannot keep a backup before migrating (%1)").arg(m_backupPath));
    }
    if (!openConnection(path, false) || !applyPragmas())
        return false;
    if (version < schema::kCurrentVersion) {
        QString error;
        if (!m_db.transaction() || !schema::migrate(m_db, version, &error) || !m_db.commit()) {
            m_db.rollback();
            return fail(QStringLiteral("migration from format %1 failed: %2").arg(version).arg(error));
        }
    }
    return true;
}

bool ProjectStore::create(const QString &path)
{
    close();
    m_path = path;
    m_backupPath.clear();
    m_error.clear();
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("already exists"));
    if (!openConnection(path, false) || !applyPragmas())
        return false;
    QString error;
    if (!m_db.transaction() || !schema::create(m_db, &error) || !m_db.commit()) {
        m_db.rollback();
        close();
        QFile::remove(path);
        return fail(QStringLiteral("cannot create: %1").arg(error));
    }
    m_openedVersion = schema::kCurrentVersion;
    return true;
}

std::optional<ProjectData> ProjectStore::load()
{
    if (!isOpen()) {
        fail(QStringLiteral("not open"));
        return std::nullopt;
    }
    // One read transaction: a concurrent writer cannot show us half of a save.
    m_db.transaction();
    QString error;
    std::optional<ProjectData> data = readProjectTables(m_db, &error);
    m_db.rollback();
    if (!data)
        fail(QStringLiteral("cannot read the project: %1").arg(error));
    return data;
}

qint64 ProjectStore::saveCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'save_count'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool ProjectStore::save(const ProjectData &data)
{
    if (!isOpen())
        return fail(QStringLiteral("not open"));
    if (m_readOnly)
        return fail(QStringLiteral("opened read-only; use Save As"));
    const qint64 count = saveCount() + 1;
    QString error;
    bool ok = m_db.transaction();
    if (!ok)
        error = m_db.lastError().text();
    ok = ok && writeProjectTables(m_db, data, &error);
    if (ok) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("save_count"), QString::number(count)},
              std::pair{QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
              std::pair{QStringLiteral("generator"), QStringLiteral("claimline")}}) {
            q.bindValue(0, key);
            q.bindValue(1, value);
            if (ok && !q.exec()) {
                ok = false;
                error = q.lastError().text();
            }
        }
    }
    if (ok && !m_db.commit()) {
        ok = false;
        error = m_db.lastError().text();
    }
    if (!ok) {
        m_db.rollback();
        return fail(QStringLiteral("save failed, the last saved state is kept: %1").arg(error));
    }
    removeAutosave(m_path);
    return true;
}

bool ProjectStore::saveAs(const QString &path, const ProjectData &data)
{
    // Build the whole file aside, then swap it in: a failure leaves any old file as it was.
    const QString temporary = path + QStringLiteral(".saving");
    QFile::remove(temporary);
    ProjectStore fresh;
    const bool written = fresh.create(temporary) && fresh.save(data);
    if (written) {
        QSqlQuery(fresh.m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QString error = fresh.errorString();
    fresh.close();
    if (!written) {
        // The project stays open where it was: only the message names the new file.
        QFile::remove(temporary);
        m_error = error;
        return false;
    }
    close();
    m_path = path;
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return fail(QStringLiteral("cannot replace the file"));
    }
    return open(path);
}

QString ProjectStore::autosavePath(const QString &projectPath)
{
    return projectPath + QStringLiteral(".autosave");
}

bool ProjectStore::hasNewerAutosave(const QString &projectPath)
{
    const QFileInfo autosaved(autosavePath(projectPath));
    const QFileInfo project(projectPath);
    return autosaved.exists() && (!project.exists() || autosaved.lastModified() >= project.lastModified());
}

bool ProjectStore::removeAutosave(const QString &projectPath)
{
    const QString path = autosavePath(projectPath);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return !QFileInfo::exists(path);
}

bool ProjectStore::writeSnapshot(const QString &target, const ProjectData &data, QString *error)
{
    ProjectStore aside;
    const QString temporary = target + QStringLiteral(".tmp");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(temporary + suffix);
    const bool ok = aside.create(temporary) && aside.save(data);
    if (ok)
        QSqlQuery(aside.m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString why = aside.errorString();
    aside.close();
    if (!ok || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(temporary + suffix);
        if (error)
            *error = ok ? QStringLiteral("%1: cannot rename into place").arg(QDir::toNativeSeparators(target)) : why;
        return false;
    }
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
    return true;
}

bool ProjectStore::autosave(const ProjectData &data)
{
    if (m_path.isEmpty())
        return fail(QStringLiteral("no project path to autosave beside"));
    QString error;
    if (!writeSnapshot(autosavePath(m_path), data, &error))
        return fail(QStringLiteral("autosave failed: %1").arg(error));
    return true;
}

bool ProjectStore::setMaxPageCount(int pages)
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

} // namespace claimline
