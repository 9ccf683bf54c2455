// bench_dates [--runs N] [--reference YYYY-MM-DD] FILE…
// Claimline's date tagger alone, fed the way ../shared/peers/common.js feeds chrono-node
// (every non-blank line of each file is one unit, one thread, the same reference day), so
// that the two date finders compare like for like on the same corpus file. Prints one
// JSON line: {bytes, units, runs_s, median_s, mb_per_s, found}; MB = 10^6 bytes of UTF-8.
#include "dates/TemporalTagger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("runs"), QStringLiteral("Timed passes (the median is reported)."), QStringLiteral("N"), QStringLiteral("3")},
                       {QStringLiteral("reference"), QStringLiteral("Reference day."), QStringLiteral("YYYY-MM-DD"), QStringLiteral("2025-06-17")}});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Text files."));
    parser.process(app);
    const QDate reference = QDate::fromString(parser.value(QStringLiteral("reference")), Qt::ISODate);

    struct Unit
    {
        const QString *text;
        claimline::TextSpan span;
    };
    QList<QString> texts;
    qint64 bytes = 0;
    for (const QString &path : parser.positionalArguments()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray raw = f.readAll();
        bytes += raw.size();
        texts.append(QString::fromUtf8(raw));
    }
    QList<Unit> units;
    for (const QString &text : std::as_const(texts)) {
        qsizetype pos = 0;
        while (pos <= text.size()) {
            qsizetype end = text.indexOf(u'\n', pos);
            if (end < 0)
                end = text.size();
            if (!QStringView(text).mid(pos, end - pos).trimmed().isEmpty())
                units.append({&text, {pos, end}});
            pos = end + 1;
        }
    }

    const claimline::TemporalTagger tagger;
    QList<double> runs;
    QJsonArray found;
    for (int r = 0; r < std::max(1, parser.value(QStringLiteral("runs")).toInt()); ++r) {
        QElapsedTimer timer;
        timer.start();
        qsizetype n = 0;
        for (const Unit &u : std::as_const(units))
            n += tagger.tag(*u.text, u.span, reference).size();
        runs.append(double(timer.nsecsElapsed()) / 1e9);
        found.append(n);
    }
    QList<double> sorted = runs;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.at(sorted.size() / 2);
    QJsonArray runsJson;
    for (double s : std::as_const(runs))
        runsJson.append(s);
    const QJsonObject out{{QStringLiteral("bytes"), bytes},
                          {QStringLiteral("units"), units.size()},
                          {QStringLiteral("runs_s"), runsJson},
                          {QStringLiteral("median_s"), median},
                          {QStringLiteral("mb_per_s"), double(bytes) / 1e6 / median},
                          {QStringLiteral("found"), found}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
