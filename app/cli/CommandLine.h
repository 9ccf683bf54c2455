#pragma once

#include <QStringList>
#include <QTextStream>

namespace claimline::cli {

enum ExitCode { Success = 0, InputFailed = 1, BadUsage = 2 };

// The headless commands of the model layer. `arguments` starts with the program name, as
// QCoreApplication::arguments() does. Output goes to the given streams so tests can call it.
bool isModelCommand(const QString &name);  // "extract", "dates"
int runModelCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

QString generalHelp();                      // for `claimline --help`

} // namespace claimline::cli
