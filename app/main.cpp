// claimline: the desktop by default, headless commands when the first argument names one.
#include "cli/CommandLine.h"
#include "project/ProjectCommands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#ifdef CLAIMLINE_WITH_UI
#include "ui/DesktopMain.h"
#include "ui/StartupProbe.h"
#endif

int main(int argc, char *argv[])
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        QTextStream(stdout) << claimline::cli::generalHelp();
        return claimline::cli::Success;
    }
    if (claimline::cli::isModelCommand(first)) {
        // Branch before any widget exists: the model layer runs without a display.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("claimline"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return claimline::cli::runModelCommand(QCoreApplication::arguments(), out, err);
    }
    if (claimline::project::isProjectCommand(first)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("claimline"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return claimline::project::runProjectCommand(QCoreApplication::arguments(), out, err);
    }
#ifdef CLAIMLINE_WITH_UI
    claimline::ui::armStartupProbe(); // hidden: CLAIMLINE_STARTUP_PROBE=1 (bench/run)
    return claimline::ui::runDesktopOrCommand(argc, argv);
#else
    QTextStream(stderr) << "claimline: built without the desktop; use a command (see --help)\n";
    return claimline::cli::BadUsage;
#endif
}
