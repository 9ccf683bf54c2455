// bench_ingest [--threads N] [--single-thread-extract] DIR…
// One measurement per process, so peak memory is this run's own: prints one JSON line
// {articles, files, bytes, seconds, mb_per_s, cpu_seconds, mb_per_cpu_s, claims, events, peak_rss_mb,
//  text_mb, model_bytes_per_claim, claim_bytes_per_claim}.
// Memory is what the model itself holds on the heap, measured by freeing it after the
// run: first the documents' texts (text_mb), then the claims (claim_bytes_per_claim: the
// claims list and everything only claims own), then the rest of the model;
// model_bytes_per_claim is the whole model without texts divided by the claims.
// Lexicons, caches and other process-wide state stay allocated and are not counted.
// Heap accounting reads glibc's mallinfo2(), so only the build without mimalloc
// (bench_model_memory, same source) prints the memory fields; bench_ingest runs on the
// allocator the application ships with and prints speed.
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

// User + system CPU seconds of the whole process (all threads): on a shared machine the
// wall clock also counts time other processes took from us.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto secs = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return secs(usage.ru_utime) + secs(usage.ru_stime);
}

#ifdef CLAIMLINE_BENCH_GLIBC_HEAP
size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("threads"), QStringLiteral("Worker threads (0: one per core)."), QStringLiteral("N"), QStringLiteral("0")},
                       {QStringLiteral("from-memory"), QStringLiteral("Load all files first; time extraction only.")},
                       {QStringLiteral("repeat"), QStringLiteral("With --from-memory: read the inputs N times (seeds ×N)."),
                        QStringLiteral("N"), QStringLiteral("1")}});
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Corpus folders or files."));
    parser.process(app);

    claimline::PipelineOptions options;
    options.threads = parser.value(QStringLiteral("threads")).toInt();
    const claimline::Pipeline pipeline(options);
    qint64 bytes = 0;
    QElapsedTimer timer;
    claimline::Corpus corpus;
    double cpuStart = 0;
    if (parser.isSet(QStringLiteral("from-memory"))) {
        QList<claimline::Pipeline::Buffer> files;
        for (const QString &root : parser.positionalArguments()) {
            QDirIterator it(root, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    files.append({f.fileName(), f.readAll()});
            }
        }
        QList<claimline::Pipeline::Buffer> buffers;
        const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
        for (int r = 0; r < repeat; ++r)
            for (const auto &f : std::as_const(files)) {
                buffers.append(f);
                bytes += f.bytes.size();
            }
        cpuStart = cpuSeconds();
        timer.start();
        corpus = pipeline.runOnBuffers(buffers);
    } else {
        cpuStart = cpuSeconds();
        timer.start();
        corpus = pipeline.run(parser.positionalArguments());
        for (const auto &d : corpus.documents)
            bytes += d.text.toUtf8().size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    const qsizetype claims = corpus.claims.size(), articles = corpus.articles.size(), events = corpus.events.size();
    const qsizetype files = corpus.documents.size();
    const double peakMb = peakRssMb();
    QJsonObject result{{QStringLiteral("files"), files},
                       {QStringLiteral("articles"), articles},
                       {QStringLiteral("bytes"), bytes},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("mb_per_s"), double(bytes) / 1e6 / seconds},
                       {QStringLiteral("cpu_seconds"), cpu},
                       {QStringLiteral("mb_per_cpu_s"), double(bytes) / 1e6 / cpu},
                       {QStringLiteral("claims"), claims},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("peak_rss_mb"), peakMb}};
#ifdef CLAIMLINE_BENCH_GLIBC_HEAP
    const size_t withModel = heapInUse();
    for (auto &d : corpus.documents)
        d.text = QString();
    const size_t withoutTexts = heapInUse();
    corpus.claims = {};
    const size_t withoutClaims = heapInUse();
    corpus = {};
    const size_t empty = heapInUse();
    const auto perClaim = [claims](double b) { return claims == 0 ? 0.0 : b / double(claims); };
    result.insert(QStringLiteral("text_mb"), (double(withModel) - double(withoutTexts)) / 1e6);
    result.insert(QStringLiteral("model_bytes_per_claim"), perClaim(double(withoutTexts) - double(empty)));
    result.insert(QStringLiteral("claim_bytes_per_claim"), perClaim(double(withoutTexts) - double(withoutClaims)));
#endif
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
