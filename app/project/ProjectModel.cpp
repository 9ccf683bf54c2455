#include "ProjectModel.h"

#include "EffectiveCorpus.h"
#include "StableKey.h"

#include <QSet>
#include <QUuid>

namespace claimline {

namespace {

QString kindName(ItemKind kind)
{
    return kind == ItemKind::Claim ? QStringLiteral("claim") : QStringLiteral("event");
}

QString newKey()
{
    return QStringLiteral("added:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ProjectModel::ProjectModel(QObject *parent) : QObject(parent)
{
    rebuild();
}

void ProjectModel::reset(ProjectData data)
{
    m_data = std::move(data);
    m_history.clear();
    rebuild();
    Q_EMIT historyChanged();
}

void ProjectModel::rebuild()
{
    EffectiveCorpus effective = buildEffectiveCorpus(m_data);
    m_claimKeys = std::move(effective.claimKeys);
    m_eventKeys = std::move(effective.eventKeys);
    m_unplacedKeys = std::move(effective.unplacedKeys);
    m_unappliedEdits = std::move(effective.unappliedEdits);
    m_effective = std::make_shared<const Corpus>(std::move(effective.corpus));
    Q_EMIT corpusChanged();
}

QMap<QString, ReviewRecord> &ProjectModel::reviews(ItemKind kind)
{
    return kind == ItemKind::Claim ? m_data.claimReviews : m_data.eventReviews;
}

const QMap<QString, ReviewRecord> &ProjectModel::reviews(ItemKind kind) const
{
    return kind == ItemKind::Claim ? m_data.claimReviews : m_data.eventReviews;
}

QString ProjectModel::keyOf(ItemKind kind, int index) const
{
    return kind == ItemKind::Claim ? claimKey(index) : eventKey(index);
}

QStringList ProjectModel::orphanedKeys(ItemKind kind) const
{
    const QStringList &live = kind == ItemKind::Claim ? m_claimKeys : m_eventKeys;
    const QSet<QString> liveSet(live.cbegin(), live.cend());
    QStringList out;
    for (auto it = reviews(kind).cbegin(); it != reviews(kind).cend(); ++it)
        if (!liveSet.contains(it.key()))
            out.append(it.key());
    return out;
}

bool ProjectModel::undo()
{
    const bool ok = m_history.undo();
    if (ok)
        Q_EMIT historyChanged();
    return ok;
}

bool ProjectModel::redo()
{
    const bool ok = m_history.redo();
    if (ok)
        Q_EMIT historyChanged();
    return ok;
}

bool ProjectModel::refuse(const QString &why)
{
    m_error = why;
    return false;
}

bool ProjectModel::commit(const QString &text, UndoFun redo, UndoFun undo)
{
    if (!redo())
        return refuse(QStringLiteral("could not apply: %1").arg(text));
    m_error.clear();
    m_history.push(text, std::move(undo), std::move(redo));
    Q_EMIT historyChanged();
    return true;
}

void ProjectModel::setRecord(ItemKind kind, const QString &key, const ReviewRecord &record)
{
    if (record.isEmpty())
        reviews(kind).remove(key); // an untouched record is no record: keeps files and diffs small
    else
        reviews(kind).insert(key, record);
    // Corrections change effective values; other review fields do not touch the corpus.
    if (kind == ItemKind::Claim)
        rebuild();
    Q_EMIT reviewChanged(kind, key);
}

bool ProjectModel::changeRecord(ItemKind kind, int index, const QString &text,
                                const std::function<void(ReviewRecord &)> &edit)
{
    const QString key = keyOf(kind, index);
    if (key.isEmpty())
        return refuse(QStringLiteral("no %1 at index %2").arg(kindName(kind)).arg(index));
    const ReviewRecord before = reviews(kind).value(key);
    ReviewRecord after = before;
    edit(after);
    if (after == before)
        return refuse(QStringLiteral("nothing to change"));
    return commit(
        text, [this, kind, key, after] { setRecord(kind, key, after); return true; },
        [this, kind, key, before] { setRecord(kind, key, before); return true; });
}

bool ProjectModel::requestSetReviewState(ItemKind kind, int index, ReviewState state)
{
    return changeRecord(kind, index, QStringLiteral("Mark %1").arg(reviewStateName(state)),
                        [state](ReviewRecord &r) { r.state = state; });
}

bool ProjectModel::requestSetNote(ItemKind kind, int index, const QString &note)
{
    return changeRecord(kind, index, QStringLiteral("Edit note"), [&note](ReviewRecord &r) { r.note = note; });
}

bool ProjectModel::requestSetTags(ItemKind kind, int index, const QStringList &tags)
{
    QStringList clean;
    for (const QString &t : tags)
        if (!t.trimmed().isEmpty() && !clean.contains(t.trimmed()))
            clean.append(t.trimmed());
    return changeRecord(kind, index, QStringLiteral("Edit tags"), [&clean](ReviewRecord &r) { r.tags = clean; });
}

bool ProjectModel::requestSetCorrections(int claimIndex, const ClaimCorrections &corrections)
{
    if (claimIndex < 0 || claimIndex >= m_claimKeys.size())
        return refuse(QStringLiteral("no claim at index %1").arg(claimIndex));
    // Refuse values that would make the claim inconsistent rather than silently clamp them.
    Claim probe = m_data.extracted.claims.value(claimIndex);
    if (isAddedClaim(claimIndex))
        probe = m_data.addedClaims.at(claimIndex - m_data.extracted.claims.size()).claim;
    applyCorrections(probe, corrections);
    if (probe.high && *probe.high < probe.low)
        return refuse(QStringLiteral("the high end would be below the low end"));
    return changeRecord(ItemKind::Claim, claimIndex, QStringLiteral("Correct claim"),
                        [&corrections](ReviewRecord &r) { r.corrections = corrections; });
}

bool ProjectModel::requestCorrectField(int claimIndex, CorrectionField field, const QString &value)
{
    ClaimCorrections c = claimReview(claimIndex).corrections;
    const bool clear = value.trimmed().isEmpty();
    bool ok = true;
    switch (field) {
    case CorrectionField::Low:
    case CorrectionField::High: {
        std::optional<double> v;
        if (!clear)
            v = value.trimmed().toDouble(&ok);
        (field == CorrectionField::Low ? c.low : c.high) = v;
        break;
    }
    case CorrectionField::Qualifier:
        c.qualifier = clear ? std::nullopt : qualifierFromName(value.trimmed());
        ok = clear || c.qualifier.has_value();
        break;
    case CorrectionField::AsOf:
        c.asOf = clear ? std::nullopt : dayIntervalFromText(value);
        ok = clear || c.asOf.has_value();
        break;
    case CorrectionField::Claimant:
        c.claimant = clear ? std::nullopt : std::optional<QString>(value.trimmed());
        break;
    case CorrectionField::Topic:
        c.topic = clear ? std::nullopt : std::optional<QString>(value.trimmed());
        break;
    case CorrectionField::Measure:
        c.measure = clear ? std::nullopt : std::optional<QString>(value.trimmed());
        break;
    }
    if (!ok)
        return refuse(QStringLiteral("cannot read “%1” as a value for this field").arg(value));
    return requestSetCorrections(claimIndex, c);
}

bool ProjectModel::requestMergeClaimants(const QString &into, const QString &from)
{
    if (into.isEmpty() || from.isEmpty() || into == from)
        return refuse(QStringLiteral("merge needs two different claimant names"));
    if (m_data.claimantMerges.contains(from))
        return refuse(QStringLiteral("“%1” is already merged").arg(from));
    if (resolveClaimant(m_data.claimantMerges, into) == from)
        return refuse(QStringLiteral("merging “%1” into “%2” would make a cycle").arg(from, into));
    bool used = false;
    for (const Claim &c : m_effective->claims)
        used = used || c.claimant == from;
    if (!used)
        return refuse(QStringLiteral("no claim is by “%1”").arg(from));
    return commit(
        QStringLiteral("Merge claimants"),
        [this, into, from] { m_data.claimantMerges.insert(from, into); rebuild(); return true; },
        [this, from] { m_data.claimantMerges.remove(from); rebuild(); return true; });
}

bool ProjectModel::requestAddClaim(const Claim &claim, QString *key)
{
    if (claim.articleIndex < 0 || claim.articleIndex >= m_effective->articles.size())
        return refuse(QStringLiteral("a new claim needs an article"));
    const Article &article = m_effective->articles.at(claim.articleIndex);
    if (!claim.quoteSpan.isEmpty() && !article.span.contains(claim.quoteSpan))
        return refuse(QStringLiteral("the quote is not inside article %1").arg(article.id));
    if (claim.high && *claim.high < claim.low)
        return refuse(QStringLiteral("the high end is below the low end"));
    AddedClaim added{newKey(), article.id, claim};
    if (key)
        *key = added.key;
    return commit(
        QStringLiteral("Add claim"),
        [this, added] { m_data.addedClaims.append(added); rebuild(); return true; },
        [this, k = added.key] {
            for (qsizetype i = m_data.addedClaims.size() - 1; i >= 0; --i)
                if (m_data.addedClaims.at(i).key == k) {
                    m_data.addedClaims.removeAt(i);
                    rebuild();
                    return true;
                }
            return false;
        });
}

bool ProjectModel::requestAddEvent(int articleIndex, const Event &event, const TextSpan &span, QString *key)
{
    if (articleIndex < 0 || articleIndex >= m_effective->articles.size())
        return refuse(QStringLiteral("a new event needs an article"));
    const Article &article = m_effective->articles.at(articleIndex);
    if (!span.isEmpty() && !article.span.contains(span))
        return refuse(QStringLiteral("the span is not inside article %1").arg(article.id));
    AddedEvent added{newKey(), article.id, event};
    EventMention mention;
    mention.span = span;
    mention.date = event.date;
    added.event.mentions = {mention};
    if (key)
        *key = added.key;
    return commit(
        QStringLiteral("Add event"),
        [this, added] { m_data.addedEvents.append(added); rebuild(); return true; },
        [this, k = added.key] {
            for (qsizetype i = m_data.addedEvents.size() - 1; i >= 0; --i)
                if (m_data.addedEvents.at(i).key == k) {
                    m_data.addedEvents.removeAt(i);
                    rebuild();
                    return true;
                }
            return false;
        });
}

bool ProjectModel::isExtractedEvent(int eventIndex) const
{
    return eventIndex >= 0 && eventIndex < m_eventKeys.size() && !m_eventKeys.at(eventIndex).startsWith(u"added:");
}

bool ProjectModel::pushEventEdit(const QString &text, const EventEdit &edit)
{
    // Try it first: a request either changes the corpus or is refused.
    Corpus probe = *m_effective;
    if (!applyEventEdit(probe, edit))
        return refuse(QStringLiteral("the events to edit were not found"));
    return commit(
        text, [this, edit] { m_data.eventEdits.append(edit); rebuild(); return true; },
        [this, edit] {
            if (m_data.eventEdits.isEmpty() || m_data.eventEdits.constLast() != edit)
                return false;
            m_data.eventEdits.removeLast();
            rebuild();
            return true;
        });
}

bool ProjectModel::requestSplitEvent(int eventIndex, const QList<int> &mentionIndexes)
{
    if (!isExtractedEvent(eventIndex))
        return refuse(QStringLiteral("only extracted events can be split"));
    const Event &event = m_effective->events.at(eventIndex);
    const QStringList keys = mentionKeys(*m_effective, event);
    EventEdit edit;
    edit.kind = EventEdit::Kind::Split;
    edit.eventKey = m_eventKeys.at(eventIndex);
    for (int m : mentionIndexes)
        if (m >= 0 && m < keys.size() && !edit.mentionKeys.contains(keys.at(m)))
            edit.mentionKeys.append(keys.at(m));
    if (edit.mentionKeys.size() != mentionIndexes.size() || edit.mentionKeys.isEmpty()
        || edit.mentionKeys.size() >= event.mentions.size())
        return refuse(QStringLiteral("a split must leave mentions on both sides"));
    return pushEventEdit(QStringLiteral("Split event"), edit);
}

bool ProjectModel::requestMergeEvents(int into, int from)
{
    if (into == from || !isExtractedEvent(into) || !isExtractedEvent(from))
        return refuse(QStringLiteral("merge needs two different extracted events"));
    EventEdit edit;
    edit.kind = EventEdit::Kind::Merge;
    edit.eventKey = m_eventKeys.at(into);
    edit.otherKey = m_eventKeys.at(from);
    return pushEventEdit(QStringLiteral("Merge events"), edit);
}

bool ProjectModel::requestDropEventEdit(int editIndex)
{
    if (!m_unappliedEdits.contains(editIndex))
        return refuse(QStringLiteral("event edit %1 still applies; undo it instead").arg(editIndex));
    const EventEdit edit = m_data.eventEdits.at(editIndex);
    return commit(
        QStringLiteral("Drop event edit"),
        [this, editIndex] { m_data.eventEdits.removeAt(editIndex); rebuild(); return true; },
        [this, editIndex, edit] { m_data.eventEdits.insert(editIndex, edit); rebuild(); return true; });
}

bool ProjectModel::requestDropUnplacedItem(const QString &addedKey)
{
    if (!m_unplacedKeys.contains(addedKey))
        return refuse(QStringLiteral("“%1” is not an unplaced added item").arg(addedKey));
    const ProjectData before = m_data;
    ProjectData after = m_data;
    after.addedClaims.removeIf([&](const AddedClaim &a) { return a.key == addedKey; });
    after.addedEvents.removeIf([&](const AddedEvent &a) { return a.key == addedKey; });
    after.claimReviews.remove(addedKey);
    after.eventReviews.remove(addedKey);
    auto restore = [this](const ProjectData &d) {
        return [this, d] {
            m_data.addedClaims = d.addedClaims;
            m_data.addedEvents = d.addedEvents;
            m_data.claimReviews = d.claimReviews;
            m_data.eventReviews = d.eventReviews;
            rebuild();
            return true;
        };
    };
    return commit(QStringLiteral("Drop added item"), restore(after), restore(before));
}

bool ProjectModel::requestReattachOrphan(ItemKind kind, const QString &orphanKey, int index)
{
    if (!orphanedKeys(kind).contains(orphanKey))
        return refuse(QStringLiteral("no orphaned review “%1”").arg(orphanKey));
    const QString target = keyOf(kind, index);
    if (target.isEmpty())
        return refuse(QStringLiteral("no %1 at index %2").arg(kindName(kind)).arg(index));
    if (reviews(kind).contains(target))
        return refuse(QStringLiteral("that %1 already has a review").arg(kindName(kind)));
    const ReviewRecord record = reviews(kind).value(orphanKey);
    return commit(
        QStringLiteral("Reattach review"),
        [this, kind, orphanKey, target, record] {
            reviews(kind).remove(orphanKey);
            setRecord(kind, target, record);
            return true;
        },
        [this, kind, orphanKey, target, record] {
            reviews(kind).remove(target);
            setRecord(kind, orphanKey, record);
            return true;
        });
}

bool ProjectModel::requestDropOrphan(ItemKind kind, const QString &orphanKey)
{
    if (!orphanedKeys(kind).contains(orphanKey))
        return refuse(QStringLiteral("no orphaned review “%1”").arg(orphanKey));
    const ReviewRecord record = reviews(kind).value(orphanKey);
    return commit(
        QStringLiteral("Drop orphaned review"), [this, kind, orphanKey] { setRecord(kind, orphanKey, {}); return true; },
        [this, kind, orphanKey, record] { setRecord(kind, orphanKey, record); return true; });
}

bool ProjectModel::requestReplaceExtraction(Corpus extracted, QList<QByteArray> contents)
{
    if (QString problem = extracted.checkConsistency(); !problem.isEmpty())
        return refuse(QStringLiteral("the new extraction is inconsistent: ") + problem);
    if (!contents.isEmpty() && contents.size() != extracted.documents.size())
        return refuse(QStringLiteral("contents and documents disagree in number"));
    auto before = std::make_shared<const std::pair<Corpus, QList<QByteArray>>>(m_data.extracted, m_data.contents);
    auto after = std::make_shared<const std::pair<Corpus, QList<QByteArray>>>(std::move(extracted), std::move(contents));
    auto apply = [this](const std::shared_ptr<const std::pair<Corpus, QList<QByteArray>>> &state) {
        return [this, state] {
            m_data.extracted = state->first;
            m_data.contents = state->second;
            rebuild();
            return true;
        };
    };
    return commit(QStringLiteral("Re-extract"), apply(after), apply(before));
}

QString ProjectModel::checkConsistency() const
{
    if (QString problem = m_data.extracted.checkConsistency(); !problem.isEmpty())
        return QStringLiteral("extraction: ") + problem;
    if (QString problem = m_effective->checkConsistency(); !problem.isEmpty())
        return QStringLiteral("effective corpus: ") + problem;
    if (!m_data.contents.isEmpty() && m_data.contents.size() != m_data.extracted.documents.size())
        return QStringLiteral("%1 contents for %2 documents").arg(m_data.contents.size()).arg(m_data.extracted.documents.size());
    if (m_claimKeys.size() != m_effective->claims.size() || m_eventKeys.size() != m_effective->events.size())
        return QStringLiteral("keys and items disagree in number");
    if (QSet<QString>(m_claimKeys.cbegin(), m_claimKeys.cend()).size() != m_claimKeys.size())
        return QStringLiteral("two claims share a stable key");
    if (QSet<QString>(m_eventKeys.cbegin(), m_eventKeys.cend()).size() != m_eventKeys.size())
        return QStringLiteral("two events share a stable key");
    for (const auto *map : {&m_data.claimReviews, &m_data.eventReviews})
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            if (it->isEmpty())
                return QStringLiteral("empty review record stored for %1").arg(it.key());
    for (auto it = m_data.claimantMerges.cbegin(); it != m_data.claimantMerges.cend(); ++it)
        if (resolveClaimant(m_data.claimantMerges, it.key()) == it.key() || m_data.claimantMerges.contains(resolveClaimant(m_data.claimantMerges, it.key())))
            return QStringLiteral("claimant merges make a cycle through %1").arg(it.key());
    for (qsizetype i = 0; i < m_effective->claims.size(); ++i) {
        const Claim &c = m_effective->claims.at(i);
        if (m_data.claimantMerges.contains(c.claimant))
            return QStringLiteral("claim %1 still shows merged claimant %2").arg(c.id, c.claimant);
    }
    return {};
}

} // namespace claimline
