// The analyst's event splits/merges and hand-added claims and events across re-extraction:
// replayed by stable key when their events and articles are still there, otherwise kept
// and listed (orphaned) until dropped — never silently reset. Also their round trip
// through the project file and the migration of a version-2 file.
#include "ProjectFixture.h"
#include "project/ProjectSchema.h"
#include "project/ProjectStore.h"
#include "project/Reextract.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace claimline;
using namespace claimline::testing;

namespace {

// The sample's one event ("summit") has a mention in each document; this is the second.
constexpr int kSummit = 0;

// Re-extraction after the given edit of document two's bytes (none: the same documents).
std::optional<ReextractReport> reextractWith(ProjectModel &model, const QByteArray &from = {}, const QByteArray &to = {})
{
    if (!from.isEmpty()) {
        ProjectData edited = model.data();
        edited.contents[1].replace(from, to);
        // The stored extraction still describes the old bytes; only re-extraction reads them.
        model.reset(edited);
    }
    QString error;
    auto report = reextract(model, fakeExtract, &error);
    if (!report)
        qWarning() << error;
    return report;
}

Claim handClaim(int article, double low, TextSpan quote = {})
{
    Claim c;
    c.articleIndex = article;
    c.topic = QStringLiteral("casualties");
    c.measure = QStringLiteral("killed");
    c.low = low;
    c.claimant = QStringLiteral("Analyst source");
    c.quoteSpan = quote;
    return c;
}

} // namespace

class TestReextractEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_survivesReextraction_withTheSplitEventsReview()
    {
        ProjectModel model;
        model.reset(sampleData());
        QVERIFY(model.requestSplitEvent(kSummit, {1}));
        QCOMPARE(model.corpus()->events.size(), 2);
        QVERIFY(model.requestSetNote(ItemKind::Event, 1, QStringLiteral("a different summit")));
        const QString splitId = model.corpus()->events.at(1).id;

        QVERIFY(reextractWith(model));
        QCOMPARE(model.corpus()->events.size(), 2);          // still split
        QCOMPARE(model.corpus()->events.at(1).mentions.size(), 1);
        QCOMPARE(model.corpus()->events.at(1).id, splitId);  // the same identity, not a new one
        QCOMPARE(model.eventReview(1).note, QStringLiteral("a different summit"));
        QVERIFY(model.orphanedKeys(ItemKind::Event).isEmpty());
        QVERIFY(model.unappliedEventEdits().isEmpty());
        QVERIFY(model.checkConsistency().isEmpty());
        QCOMPARE(model.data().extracted.events.size(), 1);   // the extraction itself is untouched
    }

    void merge_survivesReextraction_andUndoesStepByStep()
    {
        ProjectModel model;
        model.reset(sampleData());
        QVERIFY(model.requestSplitEvent(kSummit, {1}));
        QVERIFY(reextractWith(model));
        QVERIFY(model.requestMergeEvents(0, 1));
        QCOMPARE(model.corpus()->events.size(), 1);
        QVERIFY(reextractWith(model));
        QCOMPARE(model.corpus()->events.size(), 1);
        QCOMPARE(model.corpus()->events.at(0).mentions.size(), 2);
        QCOMPARE(model.data().eventEdits.size(), 2);
        QVERIFY(model.undo());   // re-extraction
        QVERIFY(model.undo());   // merge
        QCOMPARE(model.corpus()->events.size(), 2);
        QVERIFY(model.undo() && model.undo()); // re-extraction, split
        QCOMPARE(model.corpus()->events.size(), 1);
        QVERIFY(model.data().eventEdits.isEmpty());
    }

    void splitOfAVanishedMention_isKeptAsOrphan_untilDropped()
    {
        ProjectModel model;
        model.reset(sampleData());
        QVERIFY(model.requestSplitEvent(kSummit, {1}));
        const EventEdit edit = model.data().eventEdits.value(0);
        const auto report = reextractWith(model, "The summit ended.", "The talks ended.");
        QVERIFY(report);
        QCOMPARE(model.corpus()->events.size(), 1);
        QCOMPARE(model.corpus()->events.at(0).mentions.size(), 1);
        QCOMPARE(report->unappliedEventEdits, QList<int>{0});
        QCOMPARE(model.unappliedEventEdits(), QList<int>{0});
        QCOMPARE(model.data().eventEdits, QList<EventEdit>{edit}); // kept, not reset
        QVERIFY(!model.requestDropEventEdit(1));
        QVERIFY(model.requestDropEventEdit(0));
        QVERIFY(model.data().eventEdits.isEmpty());
        QVERIFY(model.undo());
        QCOMPARE(model.data().eventEdits, QList<EventEdit>{edit});
        QVERIFY(model.checkConsistency().isEmpty());
    }

    void addedClaimsAndEvents_withAndWithoutSpan_surviveReextraction()
    {
        ProjectModel model;
        model.reset(sampleData());
        const Article &one = model.corpus()->articles.at(0);
        const TextSpan quote{one.span.start, one.span.start + 20};
        QString spanned, whole, event;
        QVERIFY(model.requestAddClaim(handClaim(0, 17, quote), &spanned));
        QVERIFY(model.requestAddClaim(handClaim(1, 9000), &whole));
        QVERIFY(model.requestAddEvent(0, Event{{}, QStringLiteral("strike"), QStringLiteral("strike on depot"),
                                               DayInterval::day(QDate(2025, 6, 3)), {}},
                                      quote, &event));
        QVERIFY(model.requestSetReviewState(ItemKind::Claim, model.claimIndexOf(whole), ReviewState::Disputed));

        QVERIFY(reextractWith(model));
        QVERIFY(model.claimIndexOf(spanned) >= 0);
        QCOMPARE(model.corpus()->claims.at(model.claimIndexOf(spanned)).quoteSpan, quote);
        QCOMPARE(model.corpus()->claims.at(model.claimIndexOf(spanned)).low, 17.0);
        QVERIFY(model.claimIndexOf(whole) >= 0);
        QCOMPARE(model.claimReview(model.claimIndexOf(whole)).state, ReviewState::Disputed);
        QVERIFY(model.eventIndexOf(event) >= 0);
        QVERIFY(model.unplacedAddedKeys().isEmpty());
        QVERIFY(model.checkConsistency().isEmpty());
    }

    void addedClaimOfAChangedDocument_isKeptUnplaced_untilDropped()
    {
        ProjectModel model;
        model.reset(sampleData());
        QString whole;
        QVERIFY(model.requestAddClaim(handClaim(1, 9000), &whole));
        const auto report = reextractWith(model, "Reuters reported", "AP reported");
        QVERIFY(report);
        QCOMPARE(report->unplacedAdded, QStringList{whole});
        QCOMPARE(model.claimIndexOf(whole), -1);
        QCOMPARE(model.data().addedClaims.size(), 1);      // kept in the project
        QVERIFY(model.requestDropUnplacedItem(whole));
        QVERIFY(model.data().addedClaims.isEmpty());
        QVERIFY(model.undo());
        QCOMPARE(model.data().addedClaims.size(), 1);
    }

    void eventEdits_roundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edits.claimline"));
        ProjectModel model;
        model.reset(sampleData());
        QVERIFY(model.requestSplitEvent(kSummit, {1}));
        QVERIFY(model.requestMergeEvents(0, 1));
        {
            ProjectStore store;
            QVERIFY2(store.saveAs(path, model.data()), qPrintable(store.errorString()));
        }
        ProjectStore reopened;
        QVERIFY(reopened.open(path));
        const auto loaded = reopened.load();
        QVERIFY2(loaded, qPrintable(reopened.errorString()));
        QCOMPARE(loaded->eventEdits, model.data().eventEdits);
        QCOMPARE(dump(*loaded), dump(model.data()));
    }

    void version2File_isMigrated_withABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.claimline"));
        {
            ProjectStore store;
            QVERIFY(store.saveAs(path, sampleData()));
        }
        {
            // Make it what version 2 wrote: no event_edits table.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE event_edits")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        {
            // Read-only, it opens as it is (nothing to write a migration with).
            const QString readOnly = dir.filePath(QStringLiteral("v2-ro.claimline"));
            QVERIFY(QFile::copy(path, readOnly));
            QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner));
            ProjectStore store;
            QVERIFY2(store.open(readOnly), qPrintable(store.errorString()));
            QVERIFY(store.isReadOnly());
            QVERIFY(store.backupPath().isEmpty());
            const auto data = store.load();
            QVERIFY2(data, qPrintable(store.errorString()));
            QVERIFY(data->eventEdits.isEmpty());
            QCOMPARE(data->extracted.claims.size(), sampleData().extracted.claims.size());
        }
        ProjectStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.openedVersion(), 2);
        QCOMPARE(store.backupPath(), path + QStringLiteral(".bak-v2"));
        QVERIFY(QFileInfo::exists(store.backupPath()));
        ProjectData data = *store.load();
        QVERIFY(data.eventEdits.isEmpty());
        data.eventEdits.append({EventEdit::Kind::Merge, QStringLiteral("a"), QStringLiteral("b"), {}});
        QVERIFY2(store.save(data), qPrintable(store.errorString()));
        QCOMPARE(store.load()->eventEdits, data.eventEdits);
    }
};

QTEST_GUILESS_MAIN(TestReextractEdits)
#include "tst_reextract_edits.moc"
