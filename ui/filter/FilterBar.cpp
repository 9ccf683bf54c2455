#include "FilterBar.h"

#include "common/ClaimText.h"
#include "project/ReviewStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace claimline::ui {

namespace {
QStringList sortedNames(QSet<QString> names)
{
    names.remove(QString());
    QStringList list(names.cbegin(), names.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return list;
}

void refill(QComboBox *box, const QString &allText, const QList<QPair<QString, QVariant>> &items)
{
    const QVariant previous = box->currentData();
    box->clear();
    box->addItem(allText);
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    const int again = previous.isValid() ? box->findData(previous) : -1;
    box->setCurrentIndex(std::max(0, again));
}
} // namespace

FilterBar::FilterBar(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_useDates(new QCheckBox(tr("Dates"), this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_measure(new QComboBox(this)),
      m_claimant(new QComboBox(this)),
      m_outlet(new QComboBox(this)),
      m_review(new QComboBox(this)),
      m_hideRejected(new QCheckBox(tr("Hide rejected"), this)),
      m_search(new QLineEdit(this)),
      m_typing(new QTimer(this))
{
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_useDates->setToolTip(tr("Only claims and events whose dates overlap this range"));
    m_measure->setToolTip(tr("Topic and measure"));
    m_claimant->setToolTip(tr("Original source of the figure"));
    m_outlet->setToolTip(tr("Outlet that published the article"));
    for (QComboBox *box : {m_measure, m_claimant, m_outlet}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(10);
        box->setMaximumWidth(240);
    }
    m_review->setObjectName(QStringLiteral("filterReview"));
    m_review->setToolTip(tr("Review state"));
    m_review->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_review->setMinimumContentsLength(9);
    m_review->addItem(tr("Any review"));
    for (ReviewState state : {ReviewState::Unreviewed, ReviewState::Confirmed, ReviewState::Disputed, ReviewState::Rejected})
        m_review->addItem(reviewStateLabel(state), int(state));
    m_hideRejected->setObjectName(QStringLiteral("filterHideRejected"));
    m_hideRejected->setToolTip(tr("Hide claims and events the analyst rejected"));
    m_hideRejected->setChecked(workspace->reviewFilter().hideRejected);
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setPlaceholderText(tr("Search quotes, sources… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    auto *reset = new QToolButton(this);
    reset->setText(tr("Reset"));
    reset->setToolTip(tr("Show everything again"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_useDates);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_measure);
    layout->addWidget(m_claimant);
    layout->addWidget(m_outlet);
    layout->addWidget(m_review);
    layout->addWidget(m_hideRejected);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);
    layout->addWidget(reset);

    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        apply();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::apply);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::apply);
    for (QComboBox *box : {m_measure, m_claimant, m_outlet, m_review})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_hideRejected, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::apply);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::apply);
    connect(reset, &QToolButton::clicked, this, &FilterBar::clear);
    connect(workspace, &Workspace::corpusChanged, this, &FilterBar::populate);
    populate();
}

void FilterBar::populate()
{
    const Corpus &corpus = m_workspace->corpus();
    m_populating = true;
    QSet<QString> claimants, outlets;
    QList<QPair<QString, QString>> measures;
    DayInterval span;
    for (const Claim &c : corpus.claims) {
        claimants.insert(c.claimant);
        if (!measures.contains(qMakePair(c.topic, QString())))
            measures.append({c.topic, QString()});
        if (!c.measure.isEmpty() && !measures.contains(qMakePair(c.topic, c.measure)))
            measures.append({c.topic, c.measure});
        if (c.asOf.isValid())
            span = span.isValid() ? span.united(c.asOf) : c.asOf;
    }
    for (const Article &a : corpus.articles) {
        outlets.insert(a.outlet);
        if (a.published.isValid())
            span = span.isValid() ? span.united(DayInterval::day(a.published)) : DayInterval::day(a.published);
    }
    std::sort(measures.begin(), measures.end());
    QList<QPair<QString, QVariant>> measureItems;
    for (const auto &[topic, measure] : measures)
        measureItems.append({measure.isEmpty() ? tr("%1 (all)").arg(humanize(topic)) : QStringLiteral("  ") + topicLabel(topic, measure),
                             QStringList{topic, measure}});
    refill(m_measure, tr("All measures"), measureItems);
    QList<QPair<QString, QVariant>> items;
    for (const QString &name : sortedNames(claimants))
        items.append({name, name});
    refill(m_claimant, tr("All claimants"), items);
    items.clear();
    for (const QString &name : sortedNames(outlets))
        items.append({name, name});
    refill(m_outlet, tr("All outlets"), items);
    if (span.isValid() && !m_useDates->isChecked()) {
        m_from->setDate(span.first);
        m_to->setDate(span.last);
    }
    m_populating = false;
    apply();
}

ClaimFilter FilterBar::currentFilter() const
{
    ClaimFilter f;
    if (m_useDates->isChecked()) {
        const QDate a = std::min(m_from->date(), m_to->date());
        const QDate b = std::max(m_from->date(), m_to->date());
        f.dates = DayInterval(a, b);
    }
    const QStringList measure = m_measure->currentData().toStringList();
    if (measure.size() == 2) {
        f.topics.insert(measure.at(0));
        if (!measure.at(1).isEmpty())
            f.measures.insert(measure.at(1));
    }
    if (m_claimant->currentIndex() > 0)
        f.claimants.insert(m_claimant->currentData().toString());
    if (m_outlet->currentIndex() > 0)
        f.outlets.insert(m_outlet->currentData().toString());
    f.text = m_search->text().trimmed();
    return f;
}

ReviewFilter FilterBar::currentReviewFilter() const
{
    ReviewFilter f;
    f.hideRejected = m_hideRejected->isChecked();
    if (m_review->currentIndex() > 0)
        f.states = ReviewFilter::bit(ReviewState(m_review->currentData().toInt()));
    return f;
}

void FilterBar::apply()
{
    if (m_populating)
        return;
    m_typing->stop();
    m_workspace->setReviewFilter(currentReviewFilter());
    m_workspace->setFilter(currentFilter());
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clear()
{
    m_populating = true;
    m_useDates->setChecked(false);
    m_measure->setCurrentIndex(0);
    m_claimant->setCurrentIndex(0);
    m_outlet->setCurrentIndex(0);
    m_review->setCurrentIndex(0);
    m_hideRejected->setChecked(true);
    m_search->clear();
    m_populating = false;
    apply();
}

} // namespace claimline::ui
