// The headless command line: output shapes, offsets in code points, exit codes.
#include "cli/CommandLine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run run(QStringList args)
{
    args.prepend(QStringLiteral("claimline"));
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::runModelCommand(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractJson_hasSchemaAndAllSections()
    {
        const Run r = run({QStringLiteral("extract"), QStringLiteral("--json"), QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds")});
        QCOMPARE(r.code, int(cli::Success));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"schema").toString(), QStringLiteral("claimline-extract/1"));
        for (const char *key : {"documents", "articles", "claims", "events", "groups"})
            QVERIFY2(o.value(QLatin1String(key)).isArray(), key);
        QCOMPARE(o.value(u"documents").toArray().size(), 5);
    }

    void extractJson_isDeterministic()
    {
        const QStringList args{QStringLiteral("extract"), QStringLiteral("--json"), QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds")};
        QCOMPARE(run(args).out, run(args).out);
    }

    void extractJson_offsetsAreCodePoints()
    {
        // An emoji (two UTF-16 units) before the figure shifts UTF-16 offsets but not code points.
        QTemporaryDir dir;
        const QByteArray text = "\xF0\x9F\x94\x8A Listen\n\nOfficials said on June 3, 2025 that 3,000 troops were killed in Kursk.\n";
        const QString path = writeFile(dir, QStringLiteral("emoji.txt"), text);
        const Run r = run({QStringLiteral("extract"), QStringLiteral("--json"), path});
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QList<uint> codePoints = QString::fromUtf8(text).toUcs4();
        const QJsonArray articles = o.value(u"articles").toArray();
        QVERIFY(!articles.isEmpty());
        for (const QJsonValue &v : o.value(u"claims").toArray()) {
            const QJsonObject c = v.toObject();
            const qsizetype start = c.value(u"start").toInteger(), end = c.value(u"end").toInteger();
            const QString between = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
            QCOMPARE(between, c.value(u"quote").toString());
        }
    }

    void dates_printsOneJsonLinePerExpression()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("d.txt"), "The treaty was signed on June 19, 2024 in Pyongyang.\n");
        const Run r = run({QStringLiteral("dates"), QStringLiteral("--reference"), QStringLiteral("2025-06-17"), path});
        QCOMPARE(r.code, int(cli::Success));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        bool found = false;
        for (const QString &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(o.value(u"file").toString(), QStringLiteral("d.txt"));
            for (const char *key : {"start", "end", "text", "interval"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            if (o.value(u"interval").toArray() == QJsonArray{QStringLiteral("2024-06-19"), QStringLiteral("2024-06-19")})
                found = true;
        }
        QVERIFY(found);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("extract without path") << QStringList{QStringLiteral("extract")} << int(cli::BadUsage);
        QTest::newRow("unknown option") << QStringList{QStringLiteral("extract"), QStringLiteral("--bogus"), QStringLiteral("x")} << int(cli::BadUsage);
        QTest::newRow("missing file") << QStringList{QStringLiteral("extract"), QStringLiteral("/nonexistent/file.txt")} << int(cli::InputFailed);
        QTest::newRow("dates without reference") << QStringList{QStringLiteral("dates"), QStringLiteral("x.txt")} << int(cli::BadUsage);
        QTest::newRow("dates with bad reference") << QStringList{QStringLiteral("dates"), QStringLiteral("--reference"), QStringLiteral("June"), QStringLiteral("x.txt")} << int(cli::BadUsage);
        QTest::newRow("help") << QStringList{QStringLiteral("extract"), QStringLiteral("--help")} << int(cli::Success);
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = run(args);
        QCOMPARE(r.code, code);
        if (code != int(cli::Success))
            QVERIFY(!r.err.isEmpty());
    }

    void missingFile_errorNamesTheFile()
    {
        const Run r = run({QStringLiteral("extract"), QStringLiteral("/nonexistent/file.txt")});
        QVERIFY2(r.err.contains(QStringLiteral("/nonexistent/file.txt")), qPrintable(r.err));
    }

    void jsonl_streamsOneLinePerDocument()
    {
        const Run r = run({QStringLiteral("extract"), QStringLiteral("--jsonl"), QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds")});
        QCOMPARE(r.code, int(cli::Success));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        for (const QString &line : lines)
            QVERIFY(QJsonDocument::fromJson(line.toUtf8()).object().contains(u"document"));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
