#include "ReviewEditor.h"

#include "EventEditActions.h"
#include "ReviewStyle.h"
#include "common/ClaimText.h"
#include "project/ProjectModel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>
#include <algorithm>

namespace claimline::ui {

namespace {
ItemKind kindOf(ItemRef item)
{
    return item.kind == ItemRef::Kind::Event ? ItemKind::Event : ItemKind::Claim;
}

QString intervalText(const DayInterval &iv)
{
    if (!iv.isValid())
        return {};
    return iv.first == iv.last ? iv.first.toString(Qt::ISODate)
                               : iv.first.toString(Qt::ISODate) + QStringLiteral("..") + iv.last.toString(Qt::ISODate);
}

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}
} // namespace

ReviewEditor::ReviewEditor(Workspace *workspace, ProjectModel *model, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(model),
      m_states(new QButtonGroup(this)),
      m_note(new QPlainTextEdit(this)),
      m_tags(new QLineEdit(this)),
      m_corrections(new QGroupBox(tr("Corrections (empty: the extracted value)"), this)),
      m_merge(new QPushButton(tr("Merge Claimant Into…"), m_corrections)),
      m_eventActions(new EventEditActions(workspace, model, this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewEditor"));
    auto *stateRow = new QGridLayout;
    stateRow->setSpacing(2);
    for (ReviewState s : {ReviewState::Unreviewed, ReviewState::Confirmed, ReviewState::Disputed, ReviewState::Rejected}) {
        auto *button = new QPushButton(reviewMark(s).isEmpty() ? reviewStateLabel(s) : reviewMark(s) + u' ' + reviewStateLabel(s), this);
        button->setCheckable(true);
        button->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + int(s))));
        button->setToolTip(tr("Mark the selected item %1 (Alt+%2)").arg(reviewStateLabel(s).toLower()).arg(int(s) + 1));
        button->setObjectName(QStringLiteral("state_") + reviewStateName(s));
        m_states->addButton(button, int(s));
        stateRow->addWidget(button, int(s) / 2, int(s) % 2);
    }
    connect(m_states, &QButtonGroup::idClicked, this, [this](int id) { setReviewState(ReviewState(id)); });

    m_note->setPlaceholderText(tr("Note (saved when you leave the field)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_note->installEventFilter(this);
    m_tags->setPlaceholderText(tr("Tags, comma separated"));
    connect(m_tags, &QLineEdit::editingFinished, this, &ReviewEditor::commitTags);

    auto *form = new QFormLayout(m_corrections);
    const QList<QPair<CorrectionField, QString>> fields = {
        {CorrectionField::Low, tr("Figure (low)")}, {CorrectionField::High, tr("High")},
        {CorrectionField::Qualifier, tr("Qualifier")}, {CorrectionField::Claimant, tr("Claimant")},
        {CorrectionField::AsOf, tr("As of")},          {CorrectionField::Topic, tr("Topic")},
        {CorrectionField::Measure, tr("Measure")}};
    for (const auto &[field, label] : fields) {
        auto *edit = new QLineEdit(m_corrections);
        edit->setClearButtonEnabled(true);
        m_fields.insert(int(field), edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, field = field] { commitField(field); });
    }
    m_fields.value(int(CorrectionField::Qualifier))->setToolTip(tr("exact, approx, at_least, more_than, up_to, range"));
    m_fields.value(int(CorrectionField::AsOf))->setToolTip(tr("A day (2024-06-19) or first..last"));
    form->addRow(m_merge);
    connect(m_merge, &QPushButton::clicked, this, &ReviewEditor::mergeClaimant);

    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(stateRow);
    layout->addWidget(m_note);
    layout->addWidget(m_tags);
    layout->addWidget(m_corrections);
    layout->addWidget(m_eventActions);
    layout->addWidget(m_error);
    connect(m_eventActions, &EventEditActions::refused, m_error, &QLabel::setText);

    connect(workspace, &Workspace::selectionChanged, this, &ReviewEditor::refresh);
    connect(workspace, &Workspace::corpusChanged, this, &ReviewEditor::refresh);
    connect(model, &ProjectModel::reviewChanged, this, &ReviewEditor::refresh);
    refresh();
}

ReviewRecord ReviewEditor::currentRecord() const
{
    const ItemRef item = m_workspace->selection();
    if (!item.isValid())
        return {};
    return item.kind == ItemRef::Kind::Claim ? m_model->claimReview(item.index) : m_model->eventReview(item.index);
}

QString ReviewEditor::correctionText(CorrectionField field) const
{
    const ClaimCorrections c = currentRecord().corrections;
    switch (field) {
    case CorrectionField::Low: return c.low ? numberText(*c.low) : QString();
    case CorrectionField::High: return c.high ? numberText(*c.high) : QString();
    case CorrectionField::Qualifier: return c.qualifier ? qualifierName(*c.qualifier) : QString();
    case CorrectionField::Claimant: return c.claimant.value_or(QString());
    case CorrectionField::AsOf: return c.asOf ? intervalText(*c.asOf) : QString();
    case CorrectionField::Topic: return c.topic.value_or(QString());
    case CorrectionField::Measure: return c.measure.value_or(QString());
    }
    return {};
}

QString ReviewEditor::extractedText(CorrectionField field) const
{
    const ItemRef item = m_workspace->selection();
    if (item.kind != ItemRef::Kind::Claim || item.index >= m_model->data().extracted.claims.size())
        return {};
    const Claim &c = m_model->data().extracted.claims.at(item.index);
    switch (field) {
    case CorrectionField::Low: return numberText(c.low);
    case CorrectionField::High: return c.high ? numberText(*c.high) : QString();
    case CorrectionField::Qualifier: return qualifierName(c.qualifier);
    case CorrectionField::Claimant: return c.claimant;
    case CorrectionField::AsOf: return intervalText(c.asOf);
    case CorrectionField::Topic: return c.topic;
    case CorrectionField::Measure: return c.measure;
    }
    return {};
}

void ReviewEditor::refresh()
{
    m_refreshing = true;
    const ItemRef item = m_workspace->selection();
    const bool any = item.isValid()
                     && !(item.kind == ItemRef::Kind::Claim ? m_model->claimKey(item.index) : m_model->eventKey(item.index)).isEmpty();
    setEnabled(any);
    const ReviewRecord record = currentRecord();
    if (QAbstractButton *b = m_states->button(int(record.state)))
        b->setChecked(true);
    if (!m_note->hasFocus() || !any)
        m_note->setPlainText(record.note);
    if (!m_tags->hasFocus() || !any)
        m_tags->setText(record.tags.join(QStringLiteral(", ")));
    m_corrections->setVisible(item.kind == ItemRef::Kind::Claim);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const auto field = CorrectionField(it.key());
        it.value()->setText(correctionText(field));
        const QString extracted = extractedText(field);
        it.value()->setPlaceholderText(extracted.isEmpty() ? tr("(none)") : extracted);
    }
    m_refreshing = false;
}

void ReviewEditor::report(bool ok)
{
    m_error->setText(ok ? QString() : m_model->errorString());
}

void ReviewEditor::setReviewState(ReviewState state)
{
    const ItemRef item = m_workspace->selection();
    if (!item.isValid())
        return;
    if (!m_model->requestSetReviewState(kindOf(item), item.index, state) && currentRecord().state != state)
        report(false);
    else
        report(true);
    refresh();
}

void ReviewEditor::commitNote()
{
    const ItemRef item = m_workspace->selection();
    if (m_refreshing || !item.isValid() || m_note->toPlainText() == currentRecord().note)
        return;
    report(m_model->requestSetNote(kindOf(item), item.index, m_note->toPlainText()));
}

void ReviewEditor::commitTags()
{
    const ItemRef item = m_workspace->selection();
    if (m_refreshing || !item.isValid())
        return;
    const QStringList tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    QStringList trimmed;
    for (const QString &t : tags)
        trimmed.append(t.trimmed());
    if (trimmed.join(QStringLiteral(", ")) == currentRecord().tags.join(QStringLiteral(", ")))
        return;
    report(m_model->requestSetTags(kindOf(item), item.index, trimmed));
}

void ReviewEditor::commitField(CorrectionField field)
{
    const ItemRef item = m_workspace->selection();
    QLineEdit *edit = m_fields.value(int(field));
    if (m_refreshing || item.kind != ItemRef::Kind::Claim || !edit || edit->text().trimmed() == correctionText(field))
        return;
    const bool ok = m_model->requestCorrectField(item.index, field, edit->text());
    report(ok);
    if (!ok)
        edit->setText(correctionText(field));
}

void ReviewEditor::mergeClaimant()
{
    const ItemRef item = m_workspace->selection();
    if (item.kind != ItemRef::Kind::Claim)
        return;
    const Corpus &corpus = m_workspace->corpus();
    const QString from = corpus.claims.at(item.index).claimant;
    QSet<QString> names;
    for (const Claim &c : corpus.claims)
        if (c.claimant != from && !c.claimant.isEmpty())
            names.insert(c.claimant);
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge Claimant"),
                                               tr("Show every claim by “%1” as claimed by:").arg(from), sorted, 0, true, &ok);
    if (ok && !into.trimmed().isEmpty())
        report(m_model->requestMergeClaimants(into.trimmed(), from));
}

bool ReviewEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        commitNote();
    return QWidget::eventFilter(watched, event);
}

} // namespace claimline::ui
