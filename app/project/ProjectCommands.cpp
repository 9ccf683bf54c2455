#include "ProjectCommands.h"

#include "JsonImport.h"
#include "ProjectExport.h"
#include "ProjectModel.h"
#include "ProjectStore.h"
#include "cli/CommandLine.h"
#include "ingest/FileCollector.h"
#include "pipeline/CorpusReduce.h"
#include "pipeline/Pipeline.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

namespace claimline::project {

namespace {

using cli::BadUsage;
using cli::InputFailed;
using cli::Success;

constexpr qint64 kMaxFileBytes = 64ll * 1024 * 1024;

bool anyErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    return false;
}

void print(const Diagnostics &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << Qt::endl;
}

// Parses; on --help prints it and returns Success through `exit`.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err, int *exit)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        *exit = BadUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *exit = Success;
        return false;
    }
    return true;
}

std::optional<ProjectData> loadProject(ProjectStore &store, const QString &path, QTextStream &err)
{
    std::optional<ProjectData> data;
    if (store.open(path))
        data = store.load();
    if (!data)
        err << "claimline: " << store.errorString() << Qt::endl;
    return data;
}

int runNew(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Creates a project from news files and folders."));
    parser.addPositionalArgument(QStringLiteral("new"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file to create (.claimline)."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders."), QStringLiteral("PATH…"));
    int exit = Success;
    if (!parse(parser, arguments, out, err, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() < 2) {
        err << "usage: claimline new PROJECT.claimline PATH…" << Qt::endl;
        return BadUsage;
    }
    const QString projectPath = positional.first();
    if (QFileInfo::exists(projectPath)) {
        err << "claimline: " << projectPath << ": already exists (not overwritten)" << Qt::endl;
        return InputFailed;
    }
    CollectedFiles collected = collectInputFiles(positional.mid(1));
    Diagnostics diagnostics = collected.diagnostics;
    QList<Pipeline::Buffer> buffers;
    for (const QString &file : std::as_const(collected.files)) {
        QFile in(file);
        if (in.size() > kMaxFileBytes || !in.open(QIODevice::ReadOnly)) {
            diagnostics.append({Diagnostic::Severity::Error, file, -1,
                                in.size() > kMaxFileBytes ? QStringLiteral("skipped: over the 64 MB size limit")
                                                          : QStringLiteral("cannot read: %1").arg(in.errorString())});
            continue;
        }
        buffers.append({file, in.readAll()});
    }
    ProjectData data;
    data.extracted = Pipeline().runOnBuffers(buffers);
    diagnostics += data.extracted.diagnostics;
    data.extracted.diagnostics = diagnostics;
    QHash<QByteArray, QByteArray> bySha;
    for (const Pipeline::Buffer &b : std::as_const(buffers))
        bySha.insert(QCryptographicHash::hash(b.bytes, QCryptographicHash::Sha256).toHex(), b.bytes);
    for (const Document &d : std::as_const(data.extracted.documents))
        data.contents.append(bySha.value(d.sha256));
    print(diagnostics, err);
    if (data.extracted.documents.isEmpty()) {
        err << "claimline: no document could be read; " << projectPath << " not created" << Qt::endl;
        return InputFailed;
    }
    ProjectStore store;
    if (!store.create(projectPath) || !store.save(data)) {
        err << "claimline: " << store.errorString() << Qt::endl;
        return InputFailed;
    }
    out << projectPath << ": " << data.extracted.documents.size() << " documents, " << data.extracted.claims.size()
        << " claims, " << data.extracted.events.size() << " events" << Qt::endl;
    return anyErrors(diagnostics) ? InputFailed : Success;
}

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints a project with its reviews, as JSON or CSV."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("claimline-extract/1 JSON with review fields."));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("One CSV row per claim."));
    parser.addOptions({json, csv});
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    int exit = Success;
    if (!parse(parser, arguments, out, err, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || parser.isSet(json) == parser.isSet(csv)) {
        err << "usage: claimline export --json|--csv PROJECT.claimline" << Qt::endl;
        return BadUsage;
    }
    ProjectStore store;
    const auto data = loadProject(store, positional.first(), err);
    if (!data)
        return InputFailed;
    ProjectModel model;
    model.reset(*data);
    if (parser.isSet(json))
        out << QJsonDocument(projectToJson(model)).toJson(QJsonDocument::Indented);
    else
        out << projectToCsv(model);
    return Success;
}

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loads `claimline extract --jsonl` output into a project (created when missing)."));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"), QStringLiteral("The inputs are JSON lines (required)."));
    parser.addOption(jsonl);
    parser.addPositionalArgument(QStringLiteral("import"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("JSON lines files."), QStringLiteral("FILE…"));
    int exit = Success;
    if (!parse(parser, arguments, out, err, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (!parser.isSet(jsonl) || positional.size() < 2) {
        err << "usage: claimline import --jsonl PROJECT.claimline FILE…" << Qt::endl;
        return BadUsage;
    }
    const QString projectPath = positional.first();
    ProjectStore store;
    ProjectData data;
    if (QFileInfo::exists(projectPath)) {
        const auto loaded = loadProject(store, projectPath, err);
        if (!loaded)
            return InputFailed;
        data = *loaded;
    } else if (!store.create(projectPath)) {
        err << "claimline: " << store.errorString() << Qt::endl;
        return InputFailed;
    }
    Diagnostics diagnostics;
    for (const QString &file : positional.mid(1))
        if (const auto imported = importJsonLines(file, diagnostics))
            appendToProject(data, *imported, diagnostics);
    reduceCorpus(data.extracted); // shards were extracted apart: merge events, regroup
    print(diagnostics, err);
    if (QString problem = data.extracted.checkConsistency(); !problem.isEmpty()) {
        err << "claimline: " << projectPath << ": import would make the project inconsistent (" << problem
            << "); not saved" << Qt::endl;
        return InputFailed;
    }
    if (!store.save(data)) {
        err << "claimline: " << store.errorString() << Qt::endl;
        return InputFailed;
    }
    out << projectPath << ": " << data.extracted.documents.size() << " documents, " << data.extracted.claims.size()
        << " claims, " << data.extracted.events.size() << " events" << Qt::endl;
    return anyErrors(diagnostics) ? InputFailed : Success;
}

} // namespace

bool isProjectCommand(const QString &name)
{
    return name == u"new" || name == u"export" || name == u"import";
}

int runProjectCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command == u"new")
        return runNew(arguments, out, err);
    if (command == u"export")
        return runExport(arguments, out, err);
    if (command == u"import")
        return runImport(arguments, out, err);
    err << "claimline: unknown command " << command << Qt::endl;
    return BadUsage;
}

} // namespace claimline::project
