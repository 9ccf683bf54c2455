#include "DesktopMain.h"

#include "DesktopArguments.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "demo/DemoCorpus.h"
#include "project/ProjectController.h"
#include "state/Workspace.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>

// Headless commands that need a GUI application object (they render views). The chart
// command comes with the charts work (ui/charts/ChartCommand.h); until it is merged, the
// hook below reports it as unavailable.
#if __has_include("charts/ChartCommand.h")
#include "charts/ChartCommand.h"
#define CLAIMLINE_HAS_CHART_COMMAND 1
#endif

namespace claimline::ui {

int runDesktopOrCommand(int argc, char *argv[])
{
    // Hook: `claimline chart …` renders charts without showing a window; it builds its own
    // application object (offscreen when there is no display), so it branches first.
    if (argc > 1 && qstrcmp(argv[1], "chart") == 0) {
#ifdef CLAIMLINE_HAS_CHART_COMMAND
        return runChartCommandMain(argc, argv);
#else
        QTextStream(stderr) << "claimline: the chart command is not part of this build\n";
        return cli::BadUsage;
#endif
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Claimline"));
    QApplication::setApplicationName(QStringLiteral("claimline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Claimline"));
    const QStringList args = QApplication::arguments();

    const DesktopArguments parsed = parseDesktopArguments(args, QStringLiteral(CLAIMLINE_SEEDS_DIR));
    if (!parsed.error.isEmpty()) {
        QTextStream(stderr) << "claimline: " << parsed.error << '\n';
        return cli::BadUsage;
    }

    QSettings settings;
    Workspace workspace;
    MainWindow window(&workspace, &settings);
    window.show();
    const bool projectFile = parsed.paths.size() == 1 && parsed.paths.first().endsWith(QStringLiteral(".claimline"));
    if (parsed.demo)
        workspace.setCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
    else if (projectFile || !window.project()->restoreUntitledAutosave()) // untitled work a crash left
        window.openPaths(parsed.paths);
    return app.exec();
}

} // namespace claimline::ui
