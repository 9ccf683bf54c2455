// claimline_gen --articles N --out DIR [--per-file K] [--seed S] [--concat FILE]
// Writes a deterministic synthetic corpus; --concat also writes all of it as one file
// (the input for the chrono-node peer, which reads one corpus file).
#include "CorpusGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("articles"), QStringLiteral("Articles to write."), QStringLiteral("N"), QStringLiteral("1000")},
                       {QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR")},
                       {QStringLiteral("per-file"), QStringLiteral("Articles per file."), QStringLiteral("K"), QStringLiteral("1")},
                       {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("20250617")},
                       {QStringLiteral("concat"), QStringLiteral("Also write everything into FILE."), QStringLiteral("FILE")}});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("out"))) {
        QTextStream(stderr) << "claimline_gen: --out DIR is required\n";
        return 2;
    }
    claimline::bench::GeneratorOptions options;
    options.articles = parser.value(QStringLiteral("articles")).toInt();
    options.articlesPerFile = std::max(1, parser.value(QStringLiteral("per-file")).toInt());
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    const auto corpus = claimline::bench::generateCorpus(parser.value(QStringLiteral("out")), options);
    if (parser.isSet(QStringLiteral("concat"))) {
        QFile all(parser.value(QStringLiteral("concat")));
        if (!all.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        for (const QString &path : corpus.files) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                all.write(f.readAll());
        }
    }
    QTextStream(stdout) << corpus.files.size() << " files, " << corpus.bytes << " bytes\n";
    return corpus.files.isEmpty() ? 1 : 0;
}
