#pragma once

#include "ProjectData.h"
#include "UndoHistory.h"

#include <QObject>
#include <memory>

namespace claimline {

enum class ItemKind { Claim, Event };

// The one place a project changes (Kdenlive's request pattern): every change is a
// requestX() that returns false when nothing changed (errorString() says why) and otherwise
// records a do/undo lambda pair in history(). Reviews are keyed by stable identity
// (StableKey.h); views address claims and events by their index in corpus(), the effective
// corpus: the extraction plus the analyst's added items, corrections and claimant merges.
// Groups are the extraction's; added claims are ungrouped.
class ProjectModel final : public QObject
{
    Q_OBJECT
public:
    explicit ProjectModel(QObject *parent = nullptr);

    // Replaces everything (open, new, re-extract); not undoable, clears the history.
    void reset(ProjectData data);
    const ProjectData &data() const { return m_data; }

    std::shared_ptr<const Corpus> corpus() const { return m_effective; }
    QString claimKey(int claimIndex) const { return m_claimKeys.value(claimIndex); }
    QString eventKey(int eventIndex) const { return m_eventKeys.value(eventIndex); }
    ReviewRecord claimReview(int claimIndex) const { return m_data.claimReviews.value(claimKey(claimIndex)); }
    ReviewRecord eventReview(int eventIndex) const { return m_data.eventReviews.value(eventKey(eventIndex)); }
    bool isAddedClaim(int claimIndex) const { return claimIndex >= m_data.extracted.claims.size(); }
    int claimIndexOf(const QString &key) const { return int(m_claimKeys.indexOf(key)); }
    int eventIndexOf(const QString &key) const { return int(m_eventKeys.indexOf(key)); }

    // Review records whose claim/event no longer exists (after re-extraction). Kept until
    // the analyst reattaches or drops them.
    QStringList orphanedKeys(ItemKind kind) const;
    // Added claims/events whose article or span no longer exists (kept, not shown).
    QStringList unplacedAddedKeys() const { return m_unplacedKeys; }
    // Event splits/merges (indexes into data().eventEdits) whose events are gone.
    QList<int> unappliedEventEdits() const { return m_unappliedEdits; }

    UndoHistory &history() { return m_history; }
    bool undo();
    bool redo();

    bool requestSetReviewState(ItemKind kind, int index, ReviewState state);
    bool requestSetNote(ItemKind kind, int index, const QString &note);
    bool requestSetTags(ItemKind kind, int index, const QStringList &tags);
    bool requestSetCorrections(int claimIndex, const ClaimCorrections &corrections);
    // Text as typed: a number for low/high, a qualifier name ("at_least"), a date or
    // "first..last" for as_of; an empty value removes the correction.
    bool requestCorrectField(int claimIndex, CorrectionField field, const QString &value);
    // Every claim by `from` is shown as claimed by `into`.
    bool requestMergeClaimants(const QString &into, const QString &from);
    // claim.articleIndex names the article (into corpus()); an empty quoteSpan makes a
    // claim about the whole article. Its review key is returned through `key` when given.
    bool requestAddClaim(const Claim &claim, QString *key = nullptr);
    // One mention in article `articleIndex` (empty span: the whole article).
    bool requestAddEvent(int articleIndex, const Event &event, const TextSpan &span, QString *key = nullptr);
    // Moves the given mentions of an extracted event into a new event right after it.
    // Splits and merges are kept as EventEdits by stable key: re-extraction replays them.
    bool requestSplitEvent(int eventIndex, const QList<int> &mentionIndexes);
    // Appends `from`'s mentions to `into` and removes `from` (extracted events only).
    bool requestMergeEvents(int into, int from);
    // Drops what re-extraction left without a place: an unapplied event edit, or an added
    // claim/event that no longer finds its article (the same choice as for orphaned reviews).
    bool requestDropEventEdit(int editIndex);
    bool requestDropUnplacedItem(const QString &addedKey);
    bool requestReattachOrphan(ItemKind kind, const QString &orphanKey, int index);
    bool requestDropOrphan(ItemKind kind, const QString &orphanKey);
    // Swaps in a new extraction (re-extraction, Reextract.h); reviews reattach by key.
    bool requestReplaceExtraction(Corpus extracted, QList<QByteArray> contents);

    // Empty when every invariant holds, else the first problem.
    QString checkConsistency() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void corpusChanged();                            // corpus() was replaced
    void reviewChanged(claimline::ItemKind kind, const QString &key);
    void historyChanged();

private:
    QMap<QString, ReviewRecord> &reviews(ItemKind kind);
    const QMap<QString, ReviewRecord> &reviews(ItemKind kind) const;
    QString keyOf(ItemKind kind, int index) const;
    bool refuse(const QString &why);
    bool commit(const QString &text, UndoFun redo, UndoFun undo);
    bool isExtractedEvent(int eventIndex) const;
    bool pushEventEdit(const QString &text, const EventEdit &edit);
    bool changeRecord(ItemKind kind, int index, const QString &text, const std::function<void(ReviewRecord &)> &edit);
    void setRecord(ItemKind kind, const QString &key, const ReviewRecord &record);
    void rebuild();

    ProjectData m_data;
    UndoHistory m_history;
    std::shared_ptr<const Corpus> m_effective;
    QStringList m_claimKeys;
    QStringList m_eventKeys;
    QStringList m_unplacedKeys;
    QList<int> m_unappliedEdits;
    QString m_error;
};

} // namespace claimline
