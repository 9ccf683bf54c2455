#include "FileCollector.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace claimline {

namespace {

bool isSidecar(const QString &name)
{
    return name.endsWith(QStringLiteral(".meta.json"), Qt::CaseInsensitive);
}

bool isSupported(const QFileInfo &info)
{
    static const QSet<QString> suffixes = {QStringLiteral("txt"),      QStringLiteral("text"),
                                           QStringLiteral("md"),       QStringLiteral("markdown"),
                                           QStringLiteral("html"),     QStringLiteral("htm"),
                                           QStringLiteral("xhtml")};
    return suffixes.contains(info.suffix().toLower()) && !isSidecar(info.fileName());
}

QString notRegular()
{
    return QStringLiteral("not a regular file (a pipe, socket or device); skipped");
}

Diagnostic make(Diagnostic::Severity severity, const QString &path, const QString &message)
{
    return {severity, path, -1, message};
}

class Collector
{
public:
    CollectedFiles result;

    void addExplicitFile(const QFileInfo &info, const QString &given)
    {
        if (!info.isFile()) { // opening a pipe blocks, a device never ends
            result.diagnostics.append(make(Diagnostic::Severity::Error, given, notRegular()));
            return;
        }
        if (!info.isReadable()) {
            result.diagnostics.append(make(Diagnostic::Severity::Error, given, QStringLiteral("cannot read file")));
            return;
        }
        if (isSidecar(info.fileName())) {
            result.diagnostics.append(make(Diagnostic::Severity::Info, given,
                                           QStringLiteral("metadata sidecar, not an article; skipped")));
            return;
        }
        if (!isSupported(info))
            result.diagnostics.append(make(Diagnostic::Severity::Info, given,
                                           QStringLiteral("unknown file type; read as plain text")));
        add(info);
    }

    // Walks one folder level at a time so that each real folder is entered once: a symlink
    // back to an ancestor (or anywhere already seen) is reported, not followed.
    void addFolder(const QFileInfo &rootInfo)
    {
        QList<QString> pending = {rootInfo.absoluteFilePath()};
        m_visitedDirs.insert(rootInfo.canonicalFilePath());
        while (!pending.isEmpty()) {
            const QString dir = pending.takeFirst();
            QStringList subdirs;
            QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
            while (it.hasNext()) {
                it.next();
                const QFileInfo info = it.fileInfo();
                if (info.fileName().startsWith(u'.'))
                    continue; // hidden files and folders (.git, .DS_Store) are not articles
                if (info.isDir()) {
                    const QString canonical = info.canonicalFilePath();
                    if (canonical.isEmpty())
                        continue;
                    if (m_visitedDirs.contains(canonical)) {
                        if (info.isSymLink())
                            result.diagnostics.append(make(Diagnostic::Severity::Warning, info.absoluteFilePath(),
                                                           QStringLiteral("symbolic link loop (or folder already read); not followed")));
                        continue;
                    }
                    m_visitedDirs.insert(canonical);
                    subdirs.append(info.absoluteFilePath());
                } else if (info.isFile()) {
                    if (!isSupported(info))
                        continue;
                    if (!info.isReadable()) {
                        result.diagnostics.append(make(Diagnostic::Severity::Error, info.absoluteFilePath(),
                                                       QStringLiteral("cannot read file")));
                        continue;
                    }
                    add(info);
                } else if (info.isSymLink()) {
                    result.diagnostics.append(make(Diagnostic::Severity::Warning, info.absoluteFilePath(),
                                                   QStringLiteral("broken symbolic link")));
                } else if (isSupported(info)) {
                    result.diagnostics.append(make(Diagnostic::Severity::Warning, info.absoluteFilePath(), notRegular()));
                }
            }
            subdirs.sort();
            pending = subdirs + pending; // depth first, in name order
        }
    }

    void finish()
    {
        std::sort(m_files.begin(), m_files.end());
        for (const auto &[sortKey, path] : std::as_const(m_files))
            result.files.append(path);
    }

private:
    void add(const QFileInfo &info)
    {
        const QString canonical = info.canonicalFilePath();
        if (m_seenFiles.contains(canonical))
            return;
        m_seenFiles.insert(canonical);
        const QString path = info.absoluteFilePath();
        m_files.append({path, path});
    }

    QSet<QString> m_visitedDirs;
    QSet<QString> m_seenFiles;
    QList<std::pair<QString, QString>> m_files;
};

} // namespace

CollectedFiles collectInputFiles(const QStringList &paths)
{
    Collector c;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            c.result.diagnostics.append(make(Diagnostic::Severity::Error, path,
                                             info.isSymLink() ? QStringLiteral("broken symbolic link")
                                                              : QStringLiteral("no such file or folder")));
        } else if (info.isDir()) {
            if (!info.isReadable() || !info.isExecutable())
                c.result.diagnostics.append(make(Diagnostic::Severity::Error, path, QStringLiteral("cannot read folder")));
            else
                c.addFolder(info);
        } else {
            c.addExplicitFile(info, path);
        }
    }
    c.finish();
    return std::move(c.result);
}

} // namespace claimline
