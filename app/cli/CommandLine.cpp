#include "CommandLine.h"

#include "dates/TemporalTagger.h"
#include "ingest/FileCollector.h"
#include "model/Corpus.h"
#include "pipeline/DocumentReader.h"
#include "pipeline/JsonExport.h"
#include "pipeline/ParallelFor.h"
#include "pipeline/Pipeline.h"
#include "text/CodePointIndex.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonArray>
#include <QSet>

namespace claimline::cli {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

bool anyErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    return false;
}

void printDiagnostics(const Diagnostics &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << Qt::endl;
}

QString describe(const Claim &claim, const Corpus &corpus)
{
    QString value = QString::number(claim.low, 'f', claim.low == qint64(claim.low) ? 0 : 2);
    if (claim.high)
        value += QStringLiteral("–") + QString::number(*claim.high, 'f', 0);
    QString line = QStringLiteral("  %1%2 %3/%4 — %5").arg(qualifierSymbol(claim.qualifier), value, claim.topic,
                                                         claim.measure, claim.claimant);
    if (!claim.via.isEmpty())
        line += QStringLiteral(" (via %1)").arg(claim.via.join(QStringLiteral(", ")));
    if (claim.asOf.isValid())
        line += QStringLiteral(" [%1]").arg(claim.asOf.toString());
    line += QStringLiteral("\n      “%1”").arg(corpus.quote(claim).toString().simplified());
    return line;
}

void printCorpusText(const Corpus &corpus, QTextStream &out)
{
    for (int a = 0; a < corpus.articles.size(); ++a) {
        const Article &article = corpus.articles.at(a);
        out << corpus.documents.at(article.documentIndex).fileName << " · " << article.id << Qt::endl;
        out << "  " << (article.title.isEmpty() ? QStringLiteral("(no headline)") : article.title) << Qt::endl;
        out << "  outlet: " << (article.outlet.isEmpty() ? QStringLiteral("unknown") : article.outlet)
            << " · published: " << (article.published.isValid() ? article.published.toString(Qt::ISODate) : QStringLiteral("unknown"))
            << " (" << dateProvenanceName(article.publishedFrom) << ")" << Qt::endl;
        for (const Claim &claim : corpus.claims)
            if (claim.articleIndex == a)
                out << describe(claim, corpus) << Qt::endl;
        out << Qt::endl;
    }
    out << "Events (" << corpus.events.size() << ")" << Qt::endl;
    for (const Event &e : corpus.events)
        out << "  " << e.date.toString() << "  " << e.label << "  (" << e.mentions.size() << " mentions)" << Qt::endl;
    out << Qt::endl << "Comparison groups (" << corpus.groups.size() << ")" << Qt::endl;
    for (const ClaimGroup &g : corpus.groups)
        out << "  " << (g.disagreeing ? "≠ " : "= ") << g.label << ": " << g.minValue << "–" << g.maxValue << " ("
            << g.claimIndexes.size() << " claims)" << Qt::endl;
}

int runExtract(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reads news files and folders and prints the extracted model."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one claimline-extract/1 JSON object."));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"),
                                   QStringLiteral("Stream one JSON line per document as it is read (bounded memory)."));
    const QCommandLineOption maxSize(QStringLiteral("max-size"), QStringLiteral("Refuse files larger than MB megabytes (default 64)."),
                                     QStringLiteral("MB"), QStringLiteral("64"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads (default: one per core)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({json, jsonl, maxSize, threads});
    parser.addPositionalArgument(QStringLiteral("extract"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files (.txt, .md, .html) or folders."), QStringLiteral("PATH…"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty()) {
        err << "claimline extract: no PATH given (see claimline extract --help)" << Qt::endl;
        return BadUsage;
    }
    bool ok = false;
    PipelineOptions options;
    options.maxFileBytes = qint64(parser.value(maxSize).toDouble(&ok) * kMegabyte);
    if (!ok || options.maxFileBytes <= 0) {
        err << "claimline extract: --max-size needs a positive number of megabytes" << Qt::endl;
        return BadUsage;
    }
    options.threads = parser.value(threads).toInt();

    if (parser.isSet(jsonl)) {
        // Each document alone through the pipeline, so that a line depends on its document
        // only; a few at a time on every core, printed in input order. Memory stays bounded
        // by a window of documents, whatever the corpus.
        const int workers = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
        options.threads = 1;
        const Pipeline pipeline(options);
        CollectedFiles collected = collectInputFiles(paths);
        Diagnostics all = collected.diagnostics;
        printDiagnostics(collected.diagnostics, err);
        struct Done
        {
            Diagnostics diagnostics;
            QByteArray lines;
        };
        const qsizetype window = qsizetype(workers) * 4;
        for (qsizetype from = 0; from < collected.files.size(); from += window) {
            const qsizetype count = std::min(window, collected.files.size() - from);
            std::vector<Done> done(static_cast<size_t>(count));
            parallelFor(count, workers, [&](qsizetype i) {
                const Corpus one = pipeline.run({collected.files.at(from + i)});
                Done &d = done[size_t(i)];
                d.diagnostics = one.diagnostics;
                for (int doc = 0; doc < one.documents.size(); ++doc)
                    d.lines += QJsonDocument(documentToJson(one, doc)).toJson(QJsonDocument::Compact) + '\n';
                return true;
            });
            for (const Done &d : done) {
                printDiagnostics(d.diagnostics, err);
                all += d.diagnostics;
                out << d.lines;
            }
            out.flush();
        }
        return anyErrors(all) ? InputFailed : Success;
    }

    const Corpus corpus = Pipeline(options).run(paths);
    printDiagnostics(corpus.diagnostics, err);
    if (parser.isSet(json))
        out << QJsonDocument(corpusToJson(corpus)).toJson(QJsonDocument::Indented);
    else
        printCorpusText(corpus, out);
    return anyErrors(corpus.diagnostics) ? InputFailed : Success;
}

int runDates(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints one JSON line per temporal expression found in each file."));
    parser.addHelpOption();
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       QStringLiteral("Resolve relative expressions against DATE (YYYY-MM-DD)."),
                                       QStringLiteral("DATE"));
    parser.addOption(reference);
    parser.addPositionalArgument(QStringLiteral("dates"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to read."), QStringLiteral("FILE…"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    const QDate ref = QDate::fromString(parser.value(reference), Qt::ISODate);
    const QStringList files = parser.positionalArguments().mid(1);
    if (!ref.isValid() || files.isEmpty()) {
        err << "usage: claimline dates --reference YYYY-MM-DD FILE…" << Qt::endl;
        return BadUsage;
    }
    const TemporalTagger tagger;
    bool failed = false;
    for (const QString &file : files) {
        Diagnostics diagnostics;
        const std::optional<ReadDocument> doc = readDocument(file, 256 * kMegabyte, diagnostics);
        printDiagnostics(diagnostics, err);
        if (!doc) {
            failed = true;
            continue;
        }
        const QString &text = doc->document.text;
        const CodePointIndex index(text);
        // Tag paragraph by paragraph so that anchors ("13 days later") stay local.
        for (const ArticleLayout &layout : doc->layouts) {
            QList<TextSpan> units;
            if (!layout.titleSpan.isEmpty())
                units.append(layout.titleSpan);
            units += layout.paragraphs;
            units += layout.boilerplate;
            units += layout.datelines;
            std::sort(units.begin(), units.end(), [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
            for (const TextSpan &unit : std::as_const(units)) {
                for (const TemporalMention &m : tagger.tag(text, unit, ref)) {
                    QJsonObject line{{QStringLiteral("file"), doc->document.fileName},
                                     {QStringLiteral("start"), index.toCodePoint(m.span.start)},
                                     {QStringLiteral("end"), index.toCodePoint(m.span.end)},
                                     {QStringLiteral("text"), text.mid(m.span.start, m.span.length())}};
                    line.insert(QStringLiteral("interval"),
                                m.interval.isValid() ? QJsonValue(QJsonArray{m.interval.first.toString(Qt::ISODate),
                                                                             m.interval.last.toString(Qt::ISODate)})
                                                     : QJsonValue(QJsonValue::Null));
                    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
                }
            }
        }
    }
    return failed ? InputFailed : Success;
}

} // namespace

bool isModelCommand(const QString &name)
{
    return name == u"extract" || name == u"dates";
}

int runModelCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command == u"extract")
        return runExtract(arguments, out, err);
    if (command == u"dates")
        return runDates(arguments, out, err);
    err << "claimline: unknown command " << command << Qt::endl << generalHelp();
    return BadUsage;
}

QString generalHelp()
{
    return QStringLiteral(
        "Claimline — who claims what, when, and where news sources disagree.\n"
        "\n"
        "Usage:\n"
        "  claimline [PATH…]                       open the desktop on files/folders (default: the seeds)\n"
        "  claimline PROJECT.claimline             open a saved project\n"
        "  claimline extract [--json|--jsonl] PATH…  print the extracted model\n"
        "  claimline dates --reference YYYY-MM-DD FILE…  print temporal expressions as JSON lines\n"
        "  claimline chart --topic T --measure M --out FILE.{png,svg,pdf} PATH…  export an estimate chart\n"
        "  claimline new PROJECT.claimline PATH…   create a project from files\n"
        "  claimline export --json|--csv PROJECT.claimline  export a project\n"
        "  claimline import --jsonl PROJECT.claimline FILE…  load `extract --jsonl` results into a project\n"
        "\n"
        "Each command takes --help. Exit codes: 0 success, 1 an input could not be read, 2 bad usage.\n"
        "Lexicons can be extended without recompiling: put JSON files named like those in\n"
        "resources/lexicon/ into the folder named by $CLAIMLINE_LEXICON_DIR.\n");
}

} // namespace claimline::cli
