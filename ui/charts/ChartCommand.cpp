#include "ChartCommand.h"

#include "ChartExporter.h"
#include "EstimateChart.h"
#include "EstimateSeries.h"
#include "pipeline/Pipeline.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <cstring>
#include <memory>

namespace claimline::ui {

namespace {
enum Exit { Ok = 0, InputOrWriteFailed = 1, BadUsage = 2 };
}

bool isChartCommand(int argc, char *argv[]) { return argc > 1 && std::strcmp(argv[1], "chart") == 0; }

int runChartCommandMain(int argc, char *argv[])
{
    // Headless: without a display, render offscreen rather than fail to open one.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("claimline"));
    return runChartCommand(QApplication::arguments());
}

int runChartCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QStringList args = arguments;
    if (args.value(1) == u"chart")
        args.removeAt(1);
    if (args.isEmpty())
        args.append(QStringLiteral("claimline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draw figures over time, one series per claimant, to PNG, SVG or PDF."));
    parser.addHelpOption();
    const QCommandLineOption topic(QStringLiteral("topic"), QStringLiteral("Topic (default casualties)."),
                                   QStringLiteral("TOPIC"), QStringLiteral("casualties"));
    const QCommandLineOption measure(QStringLiteral("measure"), QStringLiteral("Measure (default killed_or_wounded)."),
                                     QStringLiteral("MEASURE"), QStringLiteral("killed_or_wounded"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Width in pixels (default 1200)."),
                                   QStringLiteral("PX"), QStringLiteral("1200"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Height in pixels (default 700)."),
                                    QStringLiteral("PX"), QStringLiteral("700"));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("PNG device pixel ratio (default 1)."),
                                   QStringLiteral("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("Logarithmic value axis."));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Output file: .png, .svg or .pdf."),
                                     QStringLiteral("FILE"));
    parser.addOptions({topic, measure, width, height, scale, log, outFile});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files (.txt, .md, .html) or folders."),
                                 QStringLiteral("PATH…"));
    if (!parser.parse(args)) {
        err << "claimline chart: " << parser.errorText() << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const QStringList paths = parser.positionalArguments();
    const QString target = parser.value(outFile);
    bool okW = false, okH = false, okS = false;
    ChartExporter::Options options;
    options.size = QSize(parser.value(width).toInt(&okW), parser.value(height).toInt(&okH));
    options.scale = parser.value(scale).toDouble(&okS);
    QString usage;
    if (paths.isEmpty())
        usage = QStringLiteral("no PATH given");
    else if (target.isEmpty())
        usage = QStringLiteral("--out FILE is required");
    else if (ChartExporter::formatOf(target) == ChartExporter::Format::Unknown)
        usage = QStringLiteral("--out must end in .png, .svg or .pdf: ") + target;
    else if (!okW || !okH || options.size.width() < 50 || options.size.height() < 50 || options.size.width() > 20000
             || options.size.height() > 20000)
        usage = QStringLiteral("--width and --height must be whole numbers of pixels between 50 and 20000");
    else if (!okS || options.scale <= 0 || options.scale > 8)
        usage = QStringLiteral("--scale must be a number in (0, 8]");
    if (!usage.isEmpty()) {
        err << "claimline chart: " << usage << " (see claimline chart --help)" << Qt::endl;
        return BadUsage;
    }

    bool inputFailed = false;
    QStringList readable;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists() || !info.isReadable()) {
            err << path << ": error: cannot read (" << (info.exists() ? "permission denied" : "no such file or folder")
                << ')' << Qt::endl;
            inputFailed = true;
        } else {
            readable.append(path);
        }
    }
    if (readable.isEmpty())
        return InputOrWriteFailed;

    auto corpus = std::make_shared<Corpus>(Pipeline().run(readable));
    for (const Diagnostic &d : std::as_const(corpus->diagnostics)) {
        err << d.toString() << Qt::endl;
        inputFailed = inputFailed || d.severity == Diagnostic::Severity::Error;
    }

    // Never shown: the chart lives in its scene, as in the desktop. Given at construction,
    // since setChart() would leak the view's default chart.
    QChartView view(new QChart);
    QChart *chart = view.chart();
    view.resize(options.size);
    EstimateChart drawing(chart);
    const EstimateSeries::Result result = EstimateSeries::build(*corpus, {}, parser.value(topic), parser.value(measure));
    drawing.setData(corpus, result, parser.value(topic), parser.value(measure));
    drawing.setLogScale(parser.isSet(log));
    drawing.setDateTickCount(options.size.width() / 150);
    if (result.pointCount() == 0)
        err << "claimline chart: note: no dated claim for " << parser.value(topic) << '/' << parser.value(measure)
            << "; the chart is empty" << Qt::endl;

    options.title = chart->title();
    ChartExporter exporter;
    if (!exporter.write(chart, target, options)) {
        err << exporter.errorString() << Qt::endl;
        return InputOrWriteFailed;
    }
    return inputFailed ? InputOrWriteFailed : Ok;
}

} // namespace claimline::ui
