#pragma once

#include <QString>
#include <QStringList>

namespace claimline::ui {

// The desktop's command line as a plain struct: files and folders to open (default: the
// seeds folder), and the hidden `--demo` (a built-in invented corpus, for screenshots).
struct DesktopArguments
{
    QStringList paths;
    bool demo = false;
    QString error;          // non-empty: bad usage
};

// `arguments` starts with the program name, as QCoreApplication::arguments() does.
DesktopArguments parseDesktopArguments(const QStringList &arguments, const QString &defaultPath);

} // namespace claimline::ui
