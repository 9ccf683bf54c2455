#include "ingest/Sidecar.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class SidecarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sidecar_isReadBesideTheFile_data()
    {
        QTest::addColumn<QString>("sidecarName");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<int>("warnings");
        const QByteArray good = R"({"title":"T","outlet":"Reuters","published":"2025-06-17","url":"https://x"})";
        QTest::newRow("NAME.meta.json") << u"a.meta.json"_qs << good << true << u"Reuters"_qs << QDate(2025, 6, 17) << 0;
        QTest::newRow("NAME.ext.meta.json") << u"a.txt.meta.json"_qs << good << true << u"Reuters"_qs << QDate(2025, 6, 17) << 0;
        QTest::newRow("corrupt json ignored") << u"a.meta.json"_qs << QByteArray("{\"title\": ") << false << QString()
                                              << QDate() << 1;
        QTest::newRow("bad date ignored") << u"a.meta.json"_qs << QByteArray(R"({"outlet":"AP","published":"June 17"})")
                                          << true << u"AP"_qs << QDate() << 1;
        QTest::newRow("none") << u"other.meta.json"_qs << good << false << QString() << QDate() << 0;
    }
    void sidecar_isReadBesideTheFile()
    {
        QFETCH(QString, sidecarName);
        QFETCH(QByteArray, json);
        QFETCH(bool, present);
        QFETCH(QString, outlet);
        QFETCH(QDate, published);
        QFETCH(int, warnings);
        QTemporaryDir tmp;
        write(tmp.filePath(u"a.txt"_qs), "x");
        write(tmp.filePath(sidecarName), json);
        Diagnostics diags;
        const Sidecar s = readSidecarFor(tmp.filePath(u"a.txt"_qs), diags);
        QCOMPARE(s.present, present);
        QCOMPARE(s.outlet, outlet);
        QCOMPARE(s.published, published);
        QCOMPARE(diags.size(), warnings);
    }
};

QTEST_GUILESS_MAIN(SidecarTest)
#include "tst_sidecar.moc"
