#include "ProjectFixture.h"
#include "project/JsonImport.h"
#include "project/ProjectCommands.h"
#include "project/ProjectStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline;
using namespace claimline::testing;

namespace {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.exit = project::runProjectCommand(QStringList{QStringLiteral("claimline")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

// RFC 4180 reader, enough to check our own quoting.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows{{}};
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            rows.last().append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            rows.last().append(field);
            field.clear();
            rows.append(QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    if (rows.last().isEmpty())
        rows.removeLast();
    return rows;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestProjectCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void new_createsProjectWithStoredContent()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, QStringLiteral("a.txt"), sampleBuffers().at(0).bytes);
        const QString b = writeFile(dir, QStringLiteral("b.txt"), sampleBuffers().at(1).bytes);
        const QString project = dir.filePath(QStringLiteral("p.claimline"));
        const Run r = run({QStringLiteral("new"), project, a, b});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        ProjectStore store;
        QVERIFY(store.open(project));
        const auto data = store.load();
        QVERIFY(data);
        QCOMPARE(data->extracted.documents.size(), 2);
        QCOMPARE(data->contents.at(0), sampleBuffers().at(0).bytes);
        store.close();
        const QByteArray before = fileHash(project);
        const Run again = run({QStringLiteral("new"), project, a});
        QCOMPARE(again.exit, 1);
        QVERIFY(again.err.contains(project));
        QCOMPARE(fileHash(project), before);
    }

    void badUsageAndDamagedProjects_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        QTest::newRow("new without paths") << QStringList{QStringLiteral("new"), QStringLiteral("x.claimline")} << 2;
        QTest::newRow("export without format") << QStringList{QStringLiteral("export"), QStringLiteral("BAD")} << 2;
        QTest::newRow("export both formats")
            << QStringList{QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--csv"), QStringLiteral("BAD")} << 2;
        QTest::newRow("import without --jsonl") << QStringList{QStringLiteral("import"), QStringLiteral("BAD"), QStringLiteral("f")} << 2;
        QTest::newRow("export damaged") << QStringList{QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("BAD")} << 1;
        QTest::newRow("export missing") << QStringList{QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("MISSING")} << 1;
        QTest::newRow("import into damaged")
            << QStringList{QStringLiteral("import"), QStringLiteral("--jsonl"), QStringLiteral("BAD"), QStringLiteral("f")} << 1;
    }

    void badUsageAndDamagedProjects()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("bad.claimline"), QByteArray("SQLite format 3") + QByteArray(200, '\0'));
        const QByteArray before = fileHash(bad);
        args.replaceInStrings(QStringLiteral("BAD"), bad);
        args.replaceInStrings(QStringLiteral("MISSING"), dir.filePath(QStringLiteral("missing.claimline")));
        const Run r = run(args);
        QCOMPARE(r.exit, exit);
        QVERIFY(!r.err.isEmpty());
        if (exit == 1)
            QVERIFY2(r.err.contains(args.at(args.size() - (args.first() == u"import" ? 2 : 1))), qPrintable(r.err));
        QCOMPARE(fileHash(bad), before);
    }

    void exportCsv_quotesFieldsAndCarriesReviews()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.claimline"));
        ProjectModel model;
        model.reset(sampleData());
        const QString note = QStringLiteral("said \"about\", then\nrevised");
        QVERIFY(model.requestSetNote(ItemKind::Claim, 1, note));
        QVERIFY(model.requestSetReviewState(ItemKind::Claim, 1, ReviewState::Disputed));
        QVERIFY(model.requestCorrectField(1, CorrectionField::Low, QStringLiteral("4100")));
        {
            ProjectStore store;
            QVERIFY(store.create(project) && store.save(model.data()));
        }
        const Run r = run({QStringLiteral("export"), QStringLiteral("--csv"), project});
        QCOMPARE(r.exit, 0);
        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), model.corpus()->claims.size() + 1);
        const QStringList header = rows.first();
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        const QStringList row = rows.at(2);
        QCOMPARE(row.at(header.indexOf(QStringLiteral("note"))), note);
        QCOMPARE(row.at(header.indexOf(QStringLiteral("review_state"))), QStringLiteral("disputed"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("low"))), QStringLiteral("4100"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("figure"))), QStringLiteral("4,000"));

        const Run j = run({QStringLiteral("export"), QStringLiteral("--json"), project});
        QCOMPARE(j.exit, 0);
        const QJsonObject json = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("claimline-extract/1"));
        const QJsonObject claim = json.value(QStringLiteral("claims")).toArray().at(1).toObject();
        QCOMPARE(claim.value(QStringLiteral("low")).toInt(), 4100);
        QCOMPARE(claim.value(QStringLiteral("review")).toObject().value(QStringLiteral("note")).toString(), note);
        QVERIFY(json.value(QStringLiteral("events")).toArray().at(0).toObject().contains(QStringLiteral("review")));
    }

    void importJsonLines_shardsReduceLikeOneRun()
    {
        // The map step on each seed file apart, then import: events are merged across the
        // shards and comparison rows regrouped, as in one run over all files.
        QTemporaryDir dir;
        const Corpus whole = Pipeline().run({QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds")});
        QStringList shards;
        int shardEvents = 0;
        for (const Document &doc : whole.documents) {
            const Corpus one = Pipeline().run({doc.path});
            shardEvents += int(one.events.size());
            QByteArray line = QJsonDocument(documentToJson(one, 0)).toJson(QJsonDocument::Compact) + '\n';
            shards.append(writeFile(dir, doc.fileName + QStringLiteral(".jsonl"), line));
        }
        const QString project = dir.filePath(QStringLiteral("sharded.claimline"));
        QCOMPARE(run(QStringList{QStringLiteral("import"), QStringLiteral("--jsonl"), project} + shards).exit, 0);
        ProjectStore store;
        QVERIFY(store.open(project));
        const auto data = store.load();
        QVERIFY(data);
        const Corpus &got = data->extracted;
        QCOMPARE(got.claims.size(), whole.claims.size());
        QVERIFY2(got.events.size() < shardEvents, "events were not merged across shards");
        QVERIFY(!got.groups.isEmpty());
        QVERIFY(got.groups.size() < got.claims.size() / 2); // rows compare sources again
        QCOMPARE(got.checkConsistency(), QString());
    }

    void importJsonLines_rebuildsCorpus_data()
    {
        QTest::addColumn<bool>("filesPresent");
        QTest::newRow("files still on disk") << true;
        QTest::newRow("files gone") << false;
    }

    void importJsonLines_rebuildsCorpus()
    {
        QFETCH(bool, filesPresent);
        QTemporaryDir dir;
        QList<Pipeline::Buffer> buffers = sampleBuffers();
        for (Pipeline::Buffer &b : buffers) {
            b.path = dir.filePath(b.path.section(u'/', -1));
            if (filesPresent)
                writeFile(dir, b.path.section(u'/', -1), b.bytes);
        }
        const Corpus corpus = fakeExtract(buffers);
        QByteArray lines;
        for (int d = 0; d < corpus.documents.size(); ++d)
            lines += QJsonDocument(documentToJson(corpus, d)).toJson(QJsonDocument::Compact) + '\n';
        lines += "not json\n";
        const QString jsonl = writeFile(dir, QStringLiteral("x.jsonl"), lines);
        const QString project = dir.filePath(QStringLiteral("p.claimline"));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--jsonl"), project, jsonl});
        QCOMPARE(r.exit, 1); // the bad line is an error, named with its line number
        QVERIFY2(r.err.contains(QStringLiteral("line 3")), qPrintable(r.err));
        ProjectStore store;
        QVERIFY(store.open(project));
        const auto data = store.load();
        QVERIFY2(data, qPrintable(store.errorString()));
        const Corpus &got = data->extracted;
        QCOMPARE(got.documents.size(), corpus.documents.size());
        QCOMPARE(got.claims.size(), corpus.claims.size());
        QCOMPARE(got.events.size(), corpus.events.size()); // the cross-document event is one again
        QCOMPARE(got.events.at(0).mentions.size(), corpus.events.at(0).mentions.size());
        for (int i = 0; i < got.claims.size(); ++i) {
            QCOMPARE(got.quote(got.claims.at(i)), corpus.quote(corpus.claims.at(i)));
            QCOMPARE(got.textOf(got.claims.at(i).documentIndex, got.claims.at(i).figureSpan),
                     corpus.textOf(corpus.claims.at(i).documentIndex, corpus.claims.at(i).figureSpan));
        }
        QCOMPARE(data->contents.at(0).isNull(), !filesPresent);
        if (filesPresent)
            QCOMPARE(got.documents.at(0).text, corpus.documents.at(0).text);
        ProjectModel model;
        model.reset(*data);
        QVERIFY(model.checkConsistency().isEmpty());
        // Stable keys match the original extraction: reviews carry over between the two.
        ProjectModel original;
        ProjectData originalData;
        originalData.extracted = corpus;
        original.reset(originalData);
        for (int i = 0; i < got.claims.size(); ++i)
            QCOMPARE(model.claimKey(i), original.claimKey(i));
        // Importing the same lines again adds nothing.
        store.close();
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--jsonl"), project, jsonl}).exit, 1);
        QVERIFY(store.open(project));
        QCOMPARE(store.load()->extracted.documents.size(), corpus.documents.size());
    }
};

QTEST_GUILESS_MAIN(TestProjectCommands)
#include "tst_projectcommands.moc"
