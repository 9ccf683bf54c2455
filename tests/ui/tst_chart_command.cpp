// `claimline chart`: exit codes and the file it writes, called in-process.
#include "charts/ChartCommand.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline::ui;

class tst_chart_command final : public QObject
{
    Q_OBJECT

    static int run(const QStringList &rest) { return runChartCommand(QStringList{QStringLiteral("claimline"), QStringLiteral("chart")} + rest); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_input = m_dir.filePath(QStringLiteral("report.txt"));
        QFile f(m_input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Kyiv Post\nJune 10, 2025\n\nUkraine's General Staff said on June 9 that about 1,000 Russian soldiers "
                "were killed or wounded over the past day.\n");
    }

    void badUsage_exits2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no out") << QStringList{m_input};
        QTest::newRow("no path") << QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("a.png"))};
        QTest::newRow("unknown suffix") << QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("a.bmp")), m_input};
        QTest::newRow("bad width") << QStringList{QStringLiteral("--width"), QStringLiteral("wide"), QStringLiteral("--out"),
                                                  m_dir.filePath(QStringLiteral("a.png")), m_input};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), m_input};
    }

    void badUsage_exits2()
    {
        QFETCH(QStringList, args);
        QCOMPARE(run(args), 2);
    }

    void missingInput_exits1()
    {
        const QString out = m_dir.filePath(QStringLiteral("missing.png"));
        QCOMPARE(run({QStringLiteral("--out"), out, m_dir.filePath(QStringLiteral("nope.txt"))}), 1);
        QVERIFY(!QFile::exists(out));
    }

    void unwritableOutput_exits1()
    {
        QCOMPARE(run({QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/chart.png"), m_input}), 1);
    }

    void writesPngOfTheAskedSizeAndScale()
    {
        const QString out = m_dir.filePath(QStringLiteral("chart.png"));
        QCOMPARE(run({QStringLiteral("--topic"), QStringLiteral("casualties"), QStringLiteral("--measure"),
                      QStringLiteral("killed_or_wounded"), QStringLiteral("--width"), QStringLiteral("800"),
                      QStringLiteral("--height"), QStringLiteral("450"), QStringLiteral("--scale"), QStringLiteral("2"),
                      QStringLiteral("--out"), out, m_input}),
                 0);
        QImage image(out);
        QCOMPARE(image.size(), QSize(1600, 900));
    }

    void writesSvgAndPdf()
    {
        for (const char *name : {"chart.svg", "chart.pdf"}) {
            const QString out = m_dir.filePath(QString::fromLatin1(name));
            QCOMPARE(run({QStringLiteral("--out"), out, m_input}), 0);
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(64);
            QVERIFY2(head.startsWith("<?xml") || head.startsWith("%PDF-"), head.constData());
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_input;
};

QTEST_MAIN(tst_chart_command)
#include "tst_chart_command.moc"
