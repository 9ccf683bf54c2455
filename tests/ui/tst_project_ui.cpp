// The project in the desktop: open/save through the controller, review states set in the
// UI showing in the views and undone through the QUndoStack, the unsaved-changes flag, and
// damaged files refused with an error and left byte for byte as they were.
#include "demo/DemoCorpus.h"
#include "filter/FilterBar.h"
#include "project/ProjectController.h"
#include "project/ProjectModel.h"
#include "project/ProjectStore.h"
#include "project/ReviewEditor.h"
#include "project/UndoBridge.h"
#include "state/Workspace.h"
#include "table/ComparisonModel.h"

#include <QBrush>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "RecordingPrompts.h"

using namespace claimline;
using namespace claimline::ui;
using namespace claimline::testing;

class TestProjectUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void saveAndReopen_keepsReviewStatesAndShowsThemInTheWorkspace()
    {
        RecordingPrompts answers;
        Workspace ws;
        ProjectController project(&ws, answers.prompts());
        project.newFromCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
        QVERIFY(project.isUntitled());
        QVERIFY(!project.isModified());
        QCOMPARE(ws.corpus().claims.size(), project.model()->corpus()->claims.size());
        QVERIFY(project.model()->requestSetReviewState(ItemKind::Claim, 0, ReviewState::Disputed));
        QVERIFY(project.model()->requestSetNote(ItemKind::Claim, 1, QStringLiteral("check the original")));
        QCOMPARE(ws.claimState(0), ReviewState::Disputed);
        QVERIFY(project.isModified());

        const QString path = m_dir.filePath(QStringLiteral("round.claimline"));
        QVERIFY2(project.saveAs(path), qPrintable(answers.errors.join(u'\n')));
        QVERIFY(!project.isModified());
        QCOMPARE(project.path(), path);
        QVERIFY(answers.errors.isEmpty());

        Workspace again;
        ProjectController reopened(&again, answers.prompts());
        QVERIFY(reopened.open(path));
        QCOMPARE(again.claimState(0), ReviewState::Disputed);
        QCOMPARE(reopened.model()->claimReview(1).note, QStringLiteral("check the original"));
        QCOMPARE(again.corpus().claims.size(), ws.corpus().claims.size());
        QVERIFY(!reopened.isModified());
        QVERIFY(reopened.model()->checkConsistency().isEmpty());
    }

    void reviewStateFromTheEditor_showsInTheTable_hidesRejected_andUndoRestoresIt()
    {
        RecordingPrompts answers;
        Workspace ws;
        ProjectController project(&ws, answers.prompts());
        ReviewEditor editor(&ws, project.model());
        FilterBar filterBar(&ws);
        ComparisonModel table(&ws);
        project.newFromCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
        QVERIFY(filterBar.hideRejectedBox()->isChecked());

        int claim = -1;
        for (int i = 0; i < ws.corpus().claims.size() && claim < 0; ++i)
            if (table.indexOfClaim(i).isValid())
                claim = i;
        QVERIFY(claim >= 0);
        ws.select(ItemRef::claim(claim));
        QVERIFY(editor.isEnabled());
        QSignalSpy undoIndex(project.undoStack(), &QUndoStack::indexChanged);

        auto *disputed = editor.findChild<QPushButton *>(QStringLiteral("state_disputed"));
        QVERIFY(disputed);
        QTest::mouseClick(disputed, Qt::LeftButton);
        QCOMPARE(undoIndex.count(), 1);
        QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Mark disputed"));
        QModelIndex cell = table.indexOfClaim(claim);
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data(ComparisonModel::ReviewStateRole).toInt(), int(ReviewState::Disputed));
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(183, 28, 28));
        QVERIFY(cell.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("⚑")));

        editor.setReviewState(ReviewState::Rejected);
        QVERIFY(!table.indexOfClaim(claim).isValid()); // hidden: "Hide rejected" is on
        filterBar.hideRejectedBox()->setChecked(false);
        cell = table.indexOfClaim(claim);
        QVERIFY(cell.isValid());
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().strikeOut());
        filterBar.hideRejectedBox()->setChecked(true);

        project.undoStack()->undo();
        QCOMPARE(undoIndex.count(), 3);
        QCOMPARE(ws.claimState(claim), ReviewState::Disputed);
        QCOMPARE(table.indexOfClaim(claim).data(ComparisonModel::ReviewStateRole).toInt(), int(ReviewState::Disputed));
        project.undoStack()->undo();
        QCOMPARE(ws.claimState(claim), ReviewState::Unreviewed);
        QCOMPARE(table.indexOfClaim(claim).data(ComparisonModel::ReviewStateRole).toInt(), int(ReviewState::Unreviewed));
        QVERIFY(project.model()->checkConsistency().isEmpty());
        project.undoStack()->redo();
        QCOMPARE(ws.claimState(claim), ReviewState::Disputed);
        QCOMPARE(ws.selection(), ItemRef::claim(claim)); // corrections and undo keep the selection
    }

    void noteAndCorrection_areOneUndoStepEach()
    {
        RecordingPrompts answers;
        Workspace ws;
        ProjectController project(&ws, answers.prompts());
        ReviewEditor editor(&ws, project.model());
        project.newFromCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
        ws.select(ItemRef::claim(0));
        editor.noteEdit()->setPlainText(QStringLiteral("Two sources, one figure"));
        editor.commitNote();
        editor.commitNote(); // nothing new: no second step
        QCOMPARE(project.undoStack()->count(), 1);
        QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Edit note"));

        const double before = ws.corpus().claims.at(0).low;
        editor.fieldEdit(CorrectionField::Low)->setText(QStringLiteral("1234"));
        editor.commitField(CorrectionField::Low);
        QCOMPARE(ws.corpus().claims.at(0).low, 1234.0); // every view reads the corrected value
        QCOMPARE(project.undoStack()->count(), 2);
        project.undoStack()->undo();
        QCOMPARE(ws.corpus().claims.at(0).low, before);

        editor.fieldEdit(CorrectionField::AsOf)->setText(QStringLiteral("not a date"));
        editor.commitField(CorrectionField::AsOf);
        QVERIFY(!editor.errorLabel()->text().isEmpty());
        QCOMPARE(project.undoStack()->count(), 2);
    }

    void unsavedChangesFlag_followsSaveAndUndo_andCloseCanBeCancelled()
    {
        RecordingPrompts answers;
        Workspace ws;
        ProjectController project(&ws, answers.prompts());
        project.newFromCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
        QSignalSpy state(&project, &ProjectController::stateChanged);
        QVERIFY(project.confirmDiscard()); // nothing to lose: no question
        QCOMPARE(answers.unsavedAsked, 0);

        QVERIFY(project.model()->requestSetTags(ItemKind::Claim, 0, {QStringLiteral("casualties")}));
        QVERIFY(project.isModified());
        QVERIFY(state.count() > 0);
        answers.unsavedAnswer = ProjectPrompts::Unsaved::Cancel;
        QVERIFY(!project.confirmDiscard());
        QCOMPARE(answers.unsavedAsked, 1);

        answers.savePath = m_dir.filePath(QStringLiteral("flag.claimline"));
        answers.unsavedAnswer = ProjectPrompts::Unsaved::Save;
        QVERIFY(project.confirmDiscard()); // saved through the prompt
        QVERIFY(!project.isModified());
        QVERIFY(QFileInfo::exists(answers.savePath));
        QVERIFY(project.undoStack()->isClean());

        project.undoStack()->undo();
        QVERIFY(project.isModified()); // undoing past the save is a change too
        project.undoStack()->redo();
        QVERIFY(!project.isModified());
    }

    void openingACorruptFile_reportsAnError_andLeavesTheFileAndTheProjectAlone()
    {
        RecordingPrompts answers;
        Workspace ws;
        ProjectController project(&ws, answers.prompts());
        project.newFromCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
        const qsizetype claims = ws.corpus().claims.size();

        const QString path = m_dir.filePath(QStringLiteral("corrupt.claimline"));
        QByteArray bytes("SQLite format 3");
        bytes.append('\0');
        bytes.append(QByteArray(3000, '\x5a'));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QVERIFY(!project.open(path));
        QCOMPARE(answers.errors.size(), 1);
        QVERIFY(answers.errors.first().contains(QStringLiteral("corrupt.claimline")));
        QCOMPARE(readAll(path), bytes);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(ws.corpus().claims.size(), claims);
        QVERIFY(project.isUntitled());
    }

    void autosave_isOfferedOnOpen_andRestoredWorkStaysUnsaved()
    {
        RecordingPrompts answers;
        const QString path = m_dir.filePath(QStringLiteral("auto.claimline"));
        {
            Workspace ws;
            ProjectController project(&ws, answers.prompts());
            project.newFromCorpus(std::make_shared<const Corpus>(makeDemoCorpus()));
            QVERIFY2(project.saveAs(path), qPrintable(answers.errors.join(u'\n')));
            QVERIFY(project.model()->requestSetReviewState(ItemKind::Claim, 2, ReviewState::Confirmed));
            QVERIFY(project.autosaveNow());
            QVERIFY(QFileInfo::exists(ProjectStore::autosavePath(path)));
            // The app "crashes" here: nothing saved into the project itself.
        }
        Workspace ws;
        ProjectController project(&ws, answers.prompts());
        QVERIFY(project.open(path));
        QCOMPARE(answers.restoreAsked, 1);
        QCOMPARE(ws.claimState(2), ReviewState::Confirmed);
        QVERIFY(project.isModified());
        QVERIFY(project.save());
        QVERIFY(!project.isModified());
        QVERIFY(!QFileInfo::exists(ProjectStore::autosavePath(path)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestProjectUi)
#include "tst_project_ui.moc"
