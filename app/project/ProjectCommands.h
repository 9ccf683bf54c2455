#pragma once

#include <QStringList>
#include <QTextStream>

namespace claimline::project {

// Headless project commands: new, export, import. `arguments` starts with the program name.
// Exit codes as the other commands: 0 success, 1 an input or the project could not be read
// or written (message on stderr naming the file), 2 bad usage.
bool isProjectCommand(const QString &name);
int runProjectCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace claimline::project
