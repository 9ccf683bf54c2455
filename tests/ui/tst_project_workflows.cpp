// An analyst's project workflows driven through the main window, on copies of the seeds:
// re-extraction from the Project menu keeping a note, the orphan dialog reattaching and
// dropping reviews, merging two claimants from the review editor and undoing it, the File
// menu exports written and parsed, and claims/events added by hand from a text selection
// in the review pane or for a whole article (surviving re-extraction).
#include "MainWindow.h"
#include "import/ImportController.h"
#include "project/AddItemDialog.h"
#include "project/EventEditActions.h"
#include "project/OrphanDialog.h"
#include "project/ProjectActions.h"
#include "project/ProjectController.h"
#include "project/ProjectModel.h"
#include "project/ReextractRunner.h"
#include "project/ReviewEditor.h"
#include "review/ArticlePane.h"
#include "review/ArticleTextEdit.h"
#include "review/ReviewView.h"
#include "state/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include "RecordingPrompts.h"

using namespace claimline;
using namespace claimline::ui;
using namespace claimline::testing;

namespace {

QAction *menuAction(QMainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}

// Answers the next modal dialog of type T (an input dialog the action opens).
template<typename T>
void answerNextDialog(std::function<void(T *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field), field.clear();
        } else if (c == u'\n') {
            row.append(field), field.clear();
            rows.append(row), row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

// The main window with the seeds (copied, so that re-extraction reads files we own).
struct Desk
{
    explicit Desk(const QString &settingsPath)
        : settings(settingsPath, QSettings::IniFormat), window(&ws, &settings)
    {
        window.project()->prompts().error = [this](const QString &title, const QString &text) { errors.append(title + u": " + text); };
        window.project()->setAutosaveInterval(0);
        window.show();
    }

    bool open(const QString &newsDir)
    {
        window.openPaths({newsDir});
        return QTest::qWaitFor([this] { return !ws.corpus().claims.isEmpty() && !window.importer()->isRunning(); }, 120000);
    }

    ProjectModel *model() const { return window.project()->model(); }
    ReviewView *review() const { return qobject_cast<ReviewView *>(window.tabs()->widget(MainWindow::ReviewTab)); }

    bool reextract()
    {
        QSignalSpy done(window.projectActions()->reextractRunner(), &ReextractRunner::finished);
        menuAction(window, QStringLiteral("&Re-extract"))->trigger();
        return done.wait(120000);
    }

    QSettings settings;
    Workspace ws;
    MainWindow window;
    QStringList errors;
};

} // namespace

class TestProjectWorkflows final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_news;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("claimline.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_news = m_dir.filePath(QStringLiteral("news"));
        QVERIFY(QDir().mkpath(m_news));
        const QDir seeds(QStringLiteral(CLAIMLINE_SOURCE_DIR "/seeds"));
        for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files))
            QVERIFY(QFile::copy(seeds.filePath(name), QDir(m_news).filePath(name)));
    }

    void reextractFromTheMenu_keepsANoteTypedInTheEditor()
    {
        Desk desk(settingsPath());
        QVERIFY(desk.open(m_news));
        const int claim = int(desk.ws.corpus().claims.size() / 2);
        const QString key = desk.model()->claimKey(claim);
        desk.ws.select(ItemRef::claim(claim));
        desk.window.reviewEditor()->noteEdit()->setPlainText(QStringLiteral("checked against the briefing"));
        desk.window.reviewEditor()->commitNote();
        QCOMPARE(desk.model()->claimReview(claim).note, QStringLiteral("checked against the briefing"));

        QVERIFY(desk.reextract());
        QVERIFY2(desk.errors.isEmpty(), qPrintable(desk.errors.join(u'\n')));
        QCOMPARE(desk.window.project()->undoStack()->undoText(), QStringLiteral("Re-extract"));
        const int after = desk.model()->claimIndexOf(key);
        QVERIFY(after >= 0);
        QCOMPARE(desk.model()->claimReview(after).note, QStringLiteral("checked against the briefing"));
        QVERIFY(desk.model()->orphanedKeys(ItemKind::Claim).isEmpty());
        QVERIFY(!desk.window.findChild<OrphanDialog *>()); // nothing to ask about
        desk.ws.select(ItemRef::claim(after));
        QCOMPARE(desk.window.reviewEditor()->noteEdit()->toPlainText(), QStringLiteral("checked against the briefing"));
    }

    void orphanDialog_reattachesOneReview_andDropsAnother_undoably()
    {
        Desk desk(settingsPath());
        QVERIFY(desk.open(m_news));
        // Two noted claims of one document.
        // (A copy: every change replaces the workspace's corpus.)
        const Corpus corpus = desk.ws.corpus();
        QList<int> inDoc;
        for (int i = 0; i < corpus.claims.size() && inDoc.size() < 2; ++i)
            if (corpus.claims.at(i).documentIndex == corpus.claims.at(0).documentIndex)
                inDoc.append(i);
        QCOMPARE(inDoc.size(), 2);
        const TextSpan keptSpan = corpus.claims.at(inDoc[0]).figureSpan;
        QVERIFY(desk.model()->requestSetNote(ItemKind::Claim, inDoc[0], QStringLiteral("keep me")));
        QVERIFY(desk.model()->requestSetNote(ItemKind::Claim, inDoc[1], QStringLiteral("drop me")));
        const QString keptKey = desk.model()->claimKey(inDoc[0]);
        const QString droppedKey = desk.model()->claimKey(inDoc[1]);

        // The stored document changed by one trailing line break: a new hash, so every
        // review of it loses its claim on re-extraction.
        ProjectData edited = desk.model()->data();
        edited.contents[corpus.claims.at(inDoc[0]).documentIndex].append('\n');
        desk.model()->reset(edited);
        QVERIFY(desk.reextract());
        OrphanDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.window.findChild<OrphanDialog *>()) != nullptr); // offered by itself
        QCOMPARE(dialog->list()->count(), 2);

        auto rowOf = [dialog](const QString &key) {
            for (int r = 0; r < dialog->list()->count(); ++r)
                if (dialog->list()->item(r)->data(Qt::UserRole).toString() == key)
                    return r;
            return -1;
        };
        // Reattach "keep me" to the claim at the same place in the new version.
        int target = -1;
        const Corpus now = desk.ws.corpus();
        for (int i = 0; i < now.claims.size(); ++i)
            if (now.claims.at(i).figureSpan == keptSpan && desk.model()->claimReview(i).isEmpty())
                target = i;
        QVERIFY(target >= 0);
        desk.ws.select(ItemRef::claim(target));
        dialog->list()->setCurrentRow(rowOf(keptKey));
        dialog->reattach();
        QCOMPARE(desk.model()->claimReview(target).note, QStringLiteral("keep me"));
        QCOMPARE(dialog->list()->count(), 1);

        dialog->list()->setCurrentRow(rowOf(droppedKey));
        dialog->drop();
        QVERIFY(desk.model()->orphanedKeys(ItemKind::Claim).isEmpty());
        QVERIFY(!desk.model()->data().claimReviews.contains(droppedKey));
        QCOMPARE(dialog->list()->item(0)->data(Qt::UserRole), QVariant()); // "(no orphaned reviews)"

        desk.window.projectActions()->undoAction()->trigger();
        QCOMPARE(desk.model()->data().claimReviews.value(droppedKey).note, QStringLiteral("drop me"));
        QCOMPARE(rowOf(droppedKey) >= 0, true);
    }

    void mergeClaimantsFromTheEditor_andUndo()
    {
        Desk desk(settingsPath());
        QVERIFY(desk.open(m_news));
        const Corpus corpus = desk.ws.corpus();
        const QString from = corpus.claims.at(0).claimant;
        QString into;
        for (const Claim &c : corpus.claims)
            if (c.claimant != from && into.isEmpty())
                into = c.claimant;
        QVERIFY(!into.isEmpty());
        auto count = [&desk](const QString &name) {
            int n = 0;
            for (const Claim &c : desk.ws.corpus().claims)
                n += c.claimant == name;
            return n;
        };
        const int fromBefore = count(from), intoBefore = count(into);
        QVERIFY(fromBefore > 0);

        desk.ws.select(ItemRef::claim(0));
        answerNextDialog<QInputDialog>([into](QInputDialog *d) {
            d->setTextValue(into);
            d->accept();
        });
        desk.window.reviewEditor()->mergeClaimant();
        QCOMPARE(count(from), 0);
        QCOMPARE(count(into), fromBefore + intoBefore);
        QCOMPARE(desk.window.project()->undoStack()->undoText(), QStringLiteral("Merge claimants"));
        QVERIFY(desk.window.isWindowModified());

        desk.window.projectActions()->undoAction()->trigger();
        QCOMPARE(count(from), fromBefore);
        QCOMPARE(count(into), intoBefore);
        desk.window.projectActions()->redoAction()->trigger();
        QCOMPARE(count(from), 0);
    }

    void fileMenuExports_writeJsonAndCsvThatParse()
    {
        Desk desk(settingsPath());
        QVERIFY(desk.open(m_news));
        const QString note = QStringLiteral("He said \"3,800\", roughly\nsecond line");
        QVERIFY(desk.model()->requestSetReviewState(ItemKind::Claim, 1, ReviewState::Disputed));
        QVERIFY(desk.model()->requestSetNote(ItemKind::Claim, 1, note));
        const int claims = int(desk.ws.corpus().claims.size());

        const QString json = m_dir.filePath(QStringLiteral("export.json"));
        QStringList asked;
        QString answer = json;
        desk.window.project()->prompts().savePath = [&](const QString &caption, const QString &, const QString &) {
            asked.append(caption);
            return answer;
        };
        menuAction(desk.window, QStringLiteral("Export Project &JSON…"))->trigger();
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(readAll(json), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray exported = root.value(QStringLiteral("claims")).toArray();
        QCOMPARE(exported.size(), claims);
        const QJsonObject review = exported.at(1).toObject().value(QStringLiteral("review")).toObject();
        QCOMPARE(review.value(QStringLiteral("state")).toString(), QStringLiteral("disputed"));
        QCOMPARE(review.value(QStringLiteral("note")).toString(), note);
        QCOMPARE(review.value(QStringLiteral("key")).toString(), desk.model()->claimKey(1));

        const QString csv = m_dir.filePath(QStringLiteral("claims.csv"));
        answer = csv;
        menuAction(desk.window, QStringLiteral("Export &Claims CSV…"))->trigger();
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(csv)));
        QCOMPARE(rows.size(), claims + 1);
        const QStringList header = rows.first();
        const qsizetype state = header.indexOf(QStringLiteral("review_state"));
        const qsizetype noteColumn = header.indexOf(QStringLiteral("note"));
        QVERIFY(state >= 0 && noteColumn >= 0);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        QCOMPARE(rows.at(2).at(state), QStringLiteral("disputed"));
        QCOMPARE(rows.at(2).at(noteColumn), note);
        QCOMPARE(rows.at(2).at(header.indexOf(QStringLiteral("id"))), desk.ws.corpus().claims.at(1).id);
        QCOMPARE(asked, (QStringList{QStringLiteral("Export Project JSON"), QStringLiteral("Export Claims CSV")}));
        QVERIFY(desk.errors.isEmpty());
    }

    void splitAndMergeEventsFromTheEditor_surviveReextraction()
    {
        Desk desk(settingsPath());
        QVERIFY(desk.open(m_news));
        auto events = [&desk] { return int(desk.ws.corpus().events.size()); };
        int e = -1;
        for (int i = 0; i < events() && e < 0; ++i)
            if (desk.ws.corpus().events.at(i).mentions.size() > 1)
                e = i;
        QVERIFY2(e >= 0, "the seeds have an event reported more than once");
        const int before = events();
        const int mentions = int(desk.ws.corpus().events.at(e).mentions.size());
        desk.ws.select(ItemRef::event(e));
        EventEditActions *actions = desk.window.reviewEditor()->eventActions();
        QVERIFY(actions->isVisibleTo(desk.window.reviewEditor()));

        QVERIFY(actions->splitOff({mentions - 1}));
        QCOMPARE(events(), before + 1);
        QCOMPARE(desk.ws.selection(), ItemRef::event(e + 1));
        QCOMPARE(desk.ws.corpus().events.at(e + 1).mentions.size(), 1);
        QVERIFY(desk.model()->requestSetNote(ItemKind::Event, e + 1, QStringLiteral("a separate strike")));
        const QString splitKey = desk.model()->eventKey(e + 1);

        QVERIFY(desk.reextract());
        QCOMPARE(events(), before + 1);                               // not reset by re-extraction
        QCOMPARE(desk.model()->eventIndexOf(splitKey), e + 1);
        QCOMPARE(desk.model()->eventReview(e + 1).note, QStringLiteral("a separate strike"));

        desk.ws.select(ItemRef::event(e + 1));
        QVERIFY(actions->mergeInto(e));
        QCOMPARE(events(), before);
        QCOMPARE(desk.ws.selection(), ItemRef::event(e));
        QCOMPARE(desk.ws.corpus().events.at(e).mentions.size(), mentions);
        QVERIFY(desk.reextract());
        QCOMPARE(events(), before);
        // The note of the event merged away is not lost: it waits among the orphans.
        QCOMPARE(desk.model()->orphanedKeys(ItemKind::Event), QStringList{splitKey});
        QVERIFY(!actions->mergeInto(e));                              // into itself: refused
        QVERIFY(!actions->errorString().isEmpty());
    }

    void addClaimFromSelectedText_andEventForAWholeArticle_surviveReextraction()
    {
        Desk desk(settingsPath());
        QVERIFY(desk.open(m_news));
        desk.window.tabs()->setCurrentWidget(desk.review());
        ArticlePane *left = desk.review()->leftPane();
        const int article = left->article();
        QVERIFY(article >= 0);
        QTextCursor cursor(left->textEdit()->document());
        cursor.setPosition(10);
        cursor.setPosition(60, QTextCursor::KeepAnchor);
        left->textEdit()->setTextCursor(cursor);
        const TextSpan selected = desk.review()->textSelection().span;
        QVERIFY(!selected.isEmpty());
        const int before = int(desk.ws.corpus().claims.size());

        auto *dialog = qobject_cast<AddItemDialog *>(desk.window.projectActions()->addItem(true));
        QVERIFY(dialog);
        QVERIFY(dialog->quoteSelectionBox()->isChecked());
        QCOMPARE(dialog->articleBox()->currentData().toInt(), article);
        dialog->accept(); // no figure yet: refused, the dialog stays
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->field(QStringLiteral("low"))->setText(QStringLiteral("250"));
        dialog->field(QStringLiteral("claimant"))->setText(QStringLiteral("Local council"));
        dialog->field(QStringLiteral("topic"))->setText(QStringLiteral("casualties"));
        dialog->field(QStringLiteral("measure"))->setText(QStringLiteral("wounded"));
        dialog->field(QStringLiteral("as_of"))->setText(QStringLiteral("2025-06-01..2025-06-03"));
        const QString claimKey = [&] { dialog->accept(); return dialog->addedKey(); }();
        QVERIFY(!claimKey.isEmpty());
        QCOMPARE(desk.ws.corpus().claims.size(), before + 1);
        const int added = desk.model()->claimIndexOf(claimKey);
        QCOMPARE(desk.ws.selection(), ItemRef::claim(added));         // shown at once
        QCOMPARE(desk.ws.corpus().claims.at(added).quoteSpan, selected);
        QCOMPARE(desk.ws.corpus().claims.at(added).asOf, DayInterval(QDate(2025, 6, 1), QDate(2025, 6, 3)));

        // An event with no text selected stands for its whole article.
        left->textEdit()->moveCursor(QTextCursor::Start);
        auto *eventDialog = qobject_cast<AddItemDialog *>(desk.window.projectActions()->addItem(false));
        QVERIFY(!eventDialog->quoteSelectionBox()->isChecked());
        eventDialog->field(QStringLiteral("kind"))->setText(QStringLiteral("strike"));
        eventDialog->field(QStringLiteral("label"))->setText(QStringLiteral("Strike on the depot"));
        eventDialog->field(QStringLiteral("date"))->setText(QStringLiteral("2025-06-02"));
        QVERIFY(eventDialog->apply());
        const QString eventKey = eventDialog->addedKey();
        eventDialog->close();
        const int event = desk.model()->eventIndexOf(eventKey);
        QVERIFY(event >= 0);
        const Article whole = desk.ws.corpus().articles.at(article);
        QCOMPARE(desk.ws.corpus().events.at(event).mentions.first().span, whole.span);

        QVERIFY(desk.reextract());
        QVERIFY(desk.model()->claimIndexOf(claimKey) >= 0);
        QVERIFY(desk.model()->eventIndexOf(eventKey) >= 0);
        QCOMPARE(desk.ws.corpus().claims.at(desk.model()->claimIndexOf(claimKey)).quoteSpan, selected);
        QVERIFY(desk.model()->unplacedAddedKeys().isEmpty());

        QUndoStack *undo = desk.window.project()->undoStack();
        undo->undo(); // re-extraction
        undo->undo(); // the event
        undo->undo(); // the claim
        QCOMPARE(desk.ws.corpus().claims.size(), before);
        QCOMPARE(desk.model()->eventIndexOf(eventKey), -1);
    }
};

QTEST_MAIN(TestProjectWorkflows)
#include "tst_project_workflows.moc"
