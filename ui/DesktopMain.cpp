#include "DesktopMain.h"

#include "cli/CommandLine.h"
#include "pipeline/Pipeline.h"

#include <QApplication>
#include <QTextStream>

namespace claimline::ui {

// STUB until the desktop lands: prints the model of the given paths (default: seeds).
int runDesktopOrCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QStringList command{args.value(0), QStringLiteral("extract")};
    command += args.size() > 1 ? args.mid(1) : QStringList{QStringLiteral(CLAIMLINE_SEEDS_DIR)};
    QTextStream out(stdout), err(stderr);
    return cli::runModelCommand(command, out, err);
}

} // namespace claimline::ui
