// bench_ingest [--threads N] [--single-thread-extract] DIR…
// One measurement per process, so peak memory is this run's own: prints one JSON line
// {articles, files, bytes, seconds, mb_per_s, claims, events, peak_rss_mb, bytes_per_claim}.
// --memory-only-model: bytes_per_claim counts the model without the documents' texts.
#include "pipeline/Pipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <malloc.h>
#include <sys/resource.h>

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("threads"), QStringLiteral("Worker threads (0: one per core)."), QStringLiteral("N"), QStringLiteral("0")},
                       {QStringLiteral("from-memory"), QStringLiteral("Load all files first; time extraction only.")}});
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Corpus folders or files."));
    parser.process(app);

    claimline::PipelineOptions options;
    options.threads = parser.value(QStringLiteral("threads")).toInt();
    const claimline::Pipeline pipeline(options);
    qint64 bytes = 0;
    QElapsedTimer timer;
    claimline::Corpus corpus;
    size_t heapBefore = 0;
    if (parser.isSet(QStringLiteral("from-memory"))) {
        QList<claimline::Pipeline::Buffer> buffers;
        for (const QString &root : parser.positionalArguments()) {
            QDirIterator it(root, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    buffers.append({f.fileName(), f.readAll()});
                bytes += buffers.last().bytes.size();
            }
        }
        heapBefore = heapInUse();
        timer.start();
        corpus = pipeline.runOnBuffers(buffers);
    } else {
        heapBefore = heapInUse();
        timer.start();
        corpus = pipeline.run(parser.positionalArguments());
        for (const auto &d : corpus.documents)
            bytes += d.text.toUtf8().size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const size_t heapWithModel = heapInUse();
    qint64 textBytes = 0;
    for (const auto &d : corpus.documents)
        textBytes += d.text.capacity() * 2;
    const double modelBytes = double(heapWithModel - heapBefore) - double(textBytes);

    const QJsonObject result{{QStringLiteral("files"), corpus.documents.size()},
                             {QStringLiteral("articles"), corpus.articles.size()},
                             {QStringLiteral("bytes"), bytes},
                             {QStringLiteral("seconds"), seconds},
                             {QStringLiteral("mb_per_s"), double(bytes) / 1e6 / seconds},
                             {QStringLiteral("claims"), corpus.claims.size()},
                             {QStringLiteral("events"), corpus.events.size()},
                             {QStringLiteral("peak_rss_mb"), peakRssMb()},
                             {QStringLiteral("model_bytes_per_claim"),
                              corpus.claims.isEmpty() ? 0.0 : modelBytes / double(corpus.claims.size())}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
