#include "ProjectFixture.h"
#include "project/Reextract.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace claimline;
using namespace claimline::testing;

class TestProjectModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stableKeys_numberRepeatsInTextOrder()
    {
        ProjectModel model;
        model.reset(sampleData());
        const QStringList keys = {model.claimKey(3), model.claimKey(4), model.claimKey(5)};
        QVERIFY(keys.at(1).endsWith(QStringLiteral("|3,800|casualties/killed#0")));
        QVERIFY(keys.at(2).endsWith(QStringLiteral("|3,800|casualties/killed#1")));
        QVERIFY(model.checkConsistency().isEmpty());
    }

    void setReviewState_recordsUndoAndSignals()
    {
        ProjectModel model;
        model.reset(sampleData());
        QSignalSpy reviewSpy(&model, &ProjectModel::reviewChanged);
        QVERIFY(model.requestSetReviewState(ItemKind::Claim, 1, ReviewState::Disputed));
        QCOMPARE(model.claimReview(1).state, ReviewState::Disputed);
        QCOMPARE(reviewSpy.count(), 1);
        QVERIFY(!model.requestSetReviewState(ItemKind::Claim, 1, ReviewState::Disputed)); // nothing changes
        QVERIFY(!model.requestSetReviewState(ItemKind::Claim, 99, ReviewState::Confirmed));
        QVERIFY(!model.errorString().isEmpty());
        QVERIFY(model.undo());
        QCOMPARE(model.claimReview(1).state, ReviewState::Unreviewed);
        QVERIFY(model.data().claimReviews.isEmpty()); // no empty records left behind
        QVERIFY(model.redo());
        QCOMPARE(model.claimReview(1).state, ReviewState::Disputed);
    }

    void correctField_changesEffectiveValue_data()
    {
        QTest::addColumn<CorrectionField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("low") << CorrectionField::Low << QStringLiteral("3900") << true;
        QTest::newRow("high") << CorrectionField::High << QStringLiteral("5000") << true;
        QTest::newRow("high below low") << CorrectionField::High << QStringLiteral("10") << false;
        QTest::newRow("qualifier") << CorrectionField::Qualifier << QStringLiteral("at_least") << true;
        QTest::newRow("bad qualifier") << CorrectionField::Qualifier << QStringLiteral("lots") << false;
        QTest::newRow("claimant") << CorrectionField::Claimant << QStringLiteral("UN") << true;
        QTest::newRow("as of range") << CorrectionField::AsOf << QStringLiteral("2025-06-01..2025-06-03") << true;
        QTest::newRow("bad as of") << CorrectionField::AsOf << QStringLiteral("June") << false;
        QTest::newRow("topic") << CorrectionField::Topic << QStringLiteral("displacement") << true;
        QTest::newRow("measure") << CorrectionField::Measure << QStringLiteral("wounded") << true;
        QTest::newRow("bad number") << CorrectionField::Low << QStringLiteral("many") << false;
    }

    void correctField_changesEffectiveValue()
    {
        QFETCH(CorrectionField, field);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        ProjectModel model;
        model.reset(sampleData());
        const QString key = model.claimKey(0);
        QCOMPARE(model.requestCorrectField(0, field, value), accepted);
        QVERIFY(model.checkConsistency().isEmpty());
        QCOMPARE(model.claimKey(0), key); // corrections never move the review's identity
        if (!accepted)
            return;
        const Claim &c = model.corpus()->claims.at(0);
        switch (field) {
        case CorrectionField::Low: QCOMPARE(c.low, value.toDouble()); break;
        case CorrectionField::High: QCOMPARE(c.high.value_or(-1), value.toDouble()); break;
        case CorrectionField::Qualifier: QCOMPARE(qualifierName(c.qualifier), value); break;
        case CorrectionField::Claimant: QCOMPARE(c.claimant, value); break;
        case CorrectionField::AsOf: QCOMPARE(c.asOf.toString(), value); break;
        case CorrectionField::Topic: QCOMPARE(c.topic, value); break;
        case CorrectionField::Measure: QCOMPARE(c.measure, value); break;
        }
        QCOMPARE(model.data().extracted.claims.at(0).low, 3800.0); // the extraction is untouched
        QVERIFY(model.requestCorrectField(0, field, QString())); // clearing restores it
        QVERIFY(model.data().claimReviews.isEmpty());
    }

    void mergeClaimants_renamesAndRefusesCycles()
    {
        ProjectModel model;
        model.reset(sampleData());
        QVERIFY(model.requestMergeClaimants(QStringLiteral("Ministry"), QStringLiteral("Outlet 0")));
        for (const Claim &c : model.corpus()->claims)
            QVERIFY(c.claimant != u"Outlet 0");
        QVERIFY(!model.requestMergeClaimants(QStringLiteral("Outlet 0"), QStringLiteral("Ministry"))); // cycle
        QVERIFY(!model.requestMergeClaimants(QStringLiteral("X"), QStringLiteral("Nobody")));
        QVERIFY(model.checkConsistency().isEmpty());
        QVERIFY(model.undo());
        QCOMPARE(model.corpus()->claims.at(0).claimant, QStringLiteral("Outlet 0"));
    }

    void addClaim_withAndWithoutSpan()
    {
        ProjectModel model;
        model.reset(sampleData());
        const int before = int(model.corpus()->claims.size());
        Claim spanless;
        spanless.articleIndex = 1;
        spanless.topic = QStringLiteral("casualties");
        spanless.measure = QStringLiteral("killed");
        spanless.low = 5000;
        spanless.claimant = QStringLiteral("Analyst source");
        QString key;
        QVERIFY(model.requestAddClaim(spanless, &key));
        QCOMPARE(model.corpus()->claims.size(), before + 1);
        QCOMPARE(model.claimIndexOf(key), before);
        QCOMPARE(model.corpus()->claims.last().quoteSpan, model.corpus()->articles.at(1).span);
        Claim spanned = spanless;
        spanned.articleIndex = 0;
        spanned.quoteSpan = {0, 10};
        spanned.figureSpan = {2, 4};
        QVERIFY(model.requestAddClaim(spanned));
        spanned.quoteSpan = {0, 100000};
        QVERIFY(!model.requestAddClaim(spanned));
        QVERIFY(model.requestSetNote(ItemKind::Claim, before, QStringLiteral("from a phone call")));
        QVERIFY(model.checkConsistency().isEmpty());
        QVERIFY(model.undo() && model.undo() && model.undo());
        QCOMPARE(model.corpus()->claims.size(), before);
    }

    void splitAndMergeEvents_areUndoable()
    {
        ProjectModel model;
        model.reset(sampleData());
        QCOMPARE(model.corpus()->events.size(), 1);
        QCOMPARE(model.corpus()->events.at(0).mentions.size(), 2);
        QVERIFY(!model.requestSplitEvent(0, {0, 1})); // nothing would be left
        QVERIFY(model.requestSplitEvent(0, {1}));
        QCOMPARE(model.corpus()->events.size(), 2);
        QVERIFY(model.checkConsistency().isEmpty());
        QVERIFY(model.requestMergeEvents(0, 1));
        QCOMPARE(model.corpus()->events.size(), 1);
        QVERIFY(model.undo() && model.undo());
        QCOMPARE(model.corpus()->events.at(0).mentions.size(), 2);
        QVERIFY(model.requestAddEvent(1, Event{{}, QStringLiteral("meeting"), QStringLiteral("call"),
                                               DayInterval::day(QDate(2025, 6, 2)), {}},
                                      TextSpan{}));
        QCOMPARE(model.corpus()->events.size(), 2);
        QVERIFY(model.checkConsistency().isEmpty());
    }

    void randomRequests_undoAllRestoresInitialState()
    {
        ProjectModel model;
        model.reset(sampleData());
        const QByteArray initial = dump(model.data());
        QRandomGenerator rng(20250617);
        int applied = 0;
        for (int step = 0; step < 400; ++step) {
            const int claims = int(model.corpus()->claims.size());
            const int events = int(model.corpus()->events.size());
            const int c = int(rng.bounded(claims));
            const int e = int(rng.bounded(qMax(1, events)));
            bool ok = false;
            switch (rng.bounded(10)) {
            case 0: ok = model.requestSetReviewState(ItemKind::Claim, c, ReviewState(rng.bounded(4))); break;
            case 1: ok = model.requestSetNote(rng.bounded(2) ? ItemKind::Claim : ItemKind::Event, rng.bounded(2) ? c : e,
                                              QStringLiteral("note %1").arg(rng.bounded(3))); break;
            case 2: ok = model.requestSetTags(ItemKind::Claim, c, {QStringLiteral("t%1").arg(rng.bounded(3))}); break;
            case 3: ok = model.requestCorrectField(c, CorrectionField(rng.bounded(7)),
                                                   rng.bounded(3) ? QString::number(rng.bounded(9000)) : QString()); break;
            case 4: {
                const QStringList names{QStringLiteral("Ministry"), QStringLiteral("Outlet 0"), QStringLiteral("Outlet 1")};
                ok = model.requestMergeClaimants(names.at(rng.bounded(3)), names.at(rng.bounded(3)));
                break;
            }
            case 5: {
                Claim added;
                added.articleIndex = int(rng.bounded(2));
                added.low = rng.bounded(100);
                added.claimant = QStringLiteral("Outlet 1");
                ok = model.requestAddClaim(added);
                break;
            }
            case 6: ok = model.requestSplitEvent(e, {int(rng.bounded(3))}); break;
            case 7: ok = model.requestMergeEvents(e, int(rng.bounded(qMax(1, events)))); break;
            case 8: ok = model.requestSetReviewState(ItemKind::Event, e, ReviewState(rng.bounded(4))); break;
            case 9:
                ok = rng.bounded(2) ? model.undo() : model.redo();
                break;
            }
            applied += ok;
            const QString problem = model.checkConsistency();
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(problem)));
        }
        QVERIFY(applied > 100);
        while (model.history().canRedo())
            QVERIFY(model.redo());
        const QByteArray final = dump(model.data());
        while (model.history().canUndo()) {
            QVERIFY(model.undo());
            QVERIFY(model.checkConsistency().isEmpty());
        }
        QCOMPARE(dump(model.data()), initial);
        while (model.history().canRedo())
            QVERIFY(model.redo());
        QCOMPARE(dump(model.data()), final);
    }

    void reextraction_keepsNotesAndOrphansVanishedClaims()
    {
        ProjectModel model;
        model.reset(sampleData());
        // Claim 1 is "4,000" in document one; claim 4 is the first "3,800" in document two.
        QVERIFY(model.requestSetNote(ItemKind::Claim, 1, QStringLiteral("ministry figure")));
        QVERIFY(model.requestSetNote(ItemKind::Claim, 4, QStringLiteral("Reuters figure")));
        QVERIFY(model.requestSetReviewState(ItemKind::Event, 0, ReviewState::Confirmed));
        const QString reutersKey = model.claimKey(4);

        // The analyst fixed a typo in document two: its 3,800 became 3,900.
        ProjectData edited = model.data();
        edited.contents[1].replace("Reuters reported 3,800", "Reuters reported 3,900");
        model.reset(edited);

        QString error;
        const auto report = reextract(model, fakeExtract, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(model.checkConsistency().isEmpty());
        QCOMPARE(model.claimReview(1).note, QStringLiteral("ministry figure")); // same identity: reattached
        QCOMPARE(model.eventReview(0).state, ReviewState::Confirmed);
        // Document two now has another hash, so its old review is an orphan, listed and kept.
        QCOMPARE(report->orphanedClaims, QStringList{reutersKey});
        QCOMPARE(model.orphanedKeys(ItemKind::Claim), QStringList{reutersKey});
        QCOMPARE(model.data().claimReviews.value(reutersKey).note, QStringLiteral("Reuters figure"));
        // …and can be reattached to the claim it became, or dropped, undoably.
        QVERIFY(model.requestReattachOrphan(ItemKind::Claim, reutersKey, 4));
        QCOMPARE(model.claimReview(4).note, QStringLiteral("Reuters figure"));
        QVERIFY(model.orphanedKeys(ItemKind::Claim).isEmpty());
        QVERIFY(model.undo());
        QVERIFY(model.requestDropOrphan(ItemKind::Claim, reutersKey));
        QVERIFY(model.orphanedKeys(ItemKind::Claim).isEmpty());
        QVERIFY(model.undo() && model.undo()); // back to before re-extraction, orphan reattached by key
        QCOMPARE(model.claimReview(4).note, QStringLiteral("Reuters figure"));
    }
};

QTEST_GUILESS_MAIN(TestProjectModel)
#include "tst_projectmodel.moc"
