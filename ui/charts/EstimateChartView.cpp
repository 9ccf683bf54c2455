#include "EstimateChartView.h"

#include "ChartExporter.h"
#include "EstimateChart.h"
#include "ExportDialog.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace claimline::ui {

namespace {
const QString kCasualties = QStringLiteral("casualties");
const QString kDefaultMeasure = QStringLiteral("killed_or_wounded");
const QStringList kCasualtyMeasures{QStringLiteral("killed"), QStringLiteral("wounded"), QStringLiteral("killed_or_wounded")};

// The key with the most claims (the first in order among equals); empty when none has any.
QString mostClaims(const QHash<QString, int> &claims)
{
    QStringList keys = claims.keys();
    keys.sort();
    QString best;
    for (const QString &k : std::as_const(keys))
        if (claims.value(k) > claims.value(best, 0))
            best = k;
    return best;
}
} // namespace

EstimateChartView::EstimateChartView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_topic(new QComboBox(this)), m_measure(new QComboBox(this)),
      m_log(new QCheckBox(tr("Log scale"), this)), m_status(new QLabel(this)),
      m_view(new QChartView(new QChart, this)) // given at construction: setChart() would leak the view's default chart
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart = new EstimateChart(m_view->chart(), this); // the view owns the chart

    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *copyButton = new QPushButton(tr("Copy"), this);
    exportButton->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    copyButton->setToolTip(tr("Copy the chart to the clipboard as an image"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Topic:"), this));
    bar->addWidget(m_topic);
    bar->addWidget(new QLabel(tr("Measure:"), this));
    bar->addWidget(m_measure);
    bar->addWidget(m_log);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    bar->addWidget(copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    m_status->setTextInteractionFlags(Qt::NoTextInteraction);

    // Until the analyst picks a topic or measure, each corpus opens on its best default.
    connect(m_topic, &QComboBox::activated, this, [this] { m_chosen = true; });
    connect(m_measure, &QComboBox::activated, this, [this] { m_chosen = true; });
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            fillMeasures();
            refresh();
        }
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_log, &QCheckBox::toggled, m_chart, &EstimateChart::setLogScale);
    connect(exportButton, &QPushButton::clicked, this, &EstimateChartView::exportChart);
    connect(copyButton, &QPushButton::clicked, this, &EstimateChartView::copyToClipboard);
    connect(m_chart, &EstimateChart::claimClicked, this,
            [this](int claimIndex) { m_workspace->select(ItemRef::claim(claimIndex)); });
    connect(m_chart, &EstimateChart::claimHovered, this, &EstimateChartView::showToolTip);
    connect(m_workspace, &Workspace::corpusChanged, this, [this] {
        fillTopics();
        refresh();
    });
    connect(m_workspace, &Workspace::filterChanged, this, &EstimateChartView::refresh);
    connect(m_workspace, &Workspace::reviewChanged, this, &EstimateChartView::refresh);
    connect(m_workspace, &Workspace::selectionChanged, this, &EstimateChartView::followSelection);

    fillTopics();
    refresh();
}

QString EstimateChartView::topic() const { return m_topic->currentData().toString(); }
QString EstimateChartView::measure() const { return m_measure->currentData().toString(); }

void EstimateChartView::setTopicMeasure(const QString &topic, const QString &measure)
{
    m_chosen = true;
    const int t = m_topic->findData(topic);
    if (t >= 0)
        m_topic->setCurrentIndex(t);
    const int m = m_measure->findData(measure);
    if (m >= 0)
        m_measure->setCurrentIndex(m);
}

void EstimateChartView::setLogScale(bool log) { m_log->setChecked(log); }

void EstimateChartView::fillTopics()
{
    const QString previous = m_chosen ? topic() : QString();
    m_filling = true;
    m_topic->clear();
    QStringList topics{kCasualties};
    QHash<QString, int> claims; // by topic
    for (const TopicMeasure &tm : EstimateSeries::available(m_workspace->corpus())) {
        if (!topics.contains(tm.topic))
            topics.append(tm.topic);
        claims[tm.topic] += tm.claims;
    }
    for (const QString &t : std::as_const(topics))
        m_topic->addItem(measureTitle(t, QString()), t);
    int keep = m_topic->findData(previous);
    if (keep < 0 && claims.value(kCasualties) == 0) // a corpus without casualty figures: its most stated topic
        keep = m_topic->findData(mostClaims(claims));
    m_topic->setCurrentIndex(std::max(keep, 0));
    m_filling = false;
    fillMeasures();
}

void EstimateChartView::fillMeasures()
{
    const QString previous = m_chosen ? measure() : QString();
    const QString t = topic();
    QHash<QString, int> counts;
    for (const TopicMeasure &tm : EstimateSeries::available(m_workspace->corpus()))
        if (tm.topic == t)
            counts.insert(tm.measure, tm.claims);
    QStringList measures = t == kCasualties ? kCasualtyMeasures : QStringList();
    QStringList others = counts.keys();
    others.sort();
    for (const QString &m : std::as_const(others))
        if (!measures.contains(m))
            measures.append(m);
    m_filling = true;
    m_measure->clear();
    for (const QString &m : std::as_const(measures)) {
        QString text = m;
        text.replace(u'_', u' ');
        m_measure->addItem(text + QStringLiteral(" (%1)").arg(counts.value(m)), m);
    }
    int keep = m_measure->findData(previous);
    if (keep < 0)
        keep = m_measure->findData(counts.value(kDefaultMeasure) > 0 ? kDefaultMeasure : mostClaims(counts));
    if (keep < 0)
        keep = m_measure->findData(kDefaultMeasure);
    m_measure->setCurrentIndex(std::max(keep, 0));
    m_filling = false;
}

void EstimateChartView::refresh()
{
    // Behind another tab of a shown window: drawn when the tab is shown (a large corpus's
    // chart takes a while, and a new corpus or filter should not wait for it).
    if (window()->isVisible() && !isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const EstimateSeries::Result result =
        EstimateSeries::build(m_workspace->corpus(), m_workspace->viewFilter(), topic(), measure(),
                              [this](int claim) { return m_workspace->claimState(claim); });
    m_chart->setData(m_workspace->sharedCorpus(), result, topic(), measure());
    const ItemRef sel = m_workspace->selection();
    m_chart->setSelectedClaim(sel.kind == ItemRef::Kind::Claim ? sel.index : -1);

    QString status;
    if (result.matching == 0)
        status = tr("No claims for this topic and measure") +
                 (m_workspace->viewFilter().isEmpty() ? QString() : tr(" pass the filter"));
    else
        status = tr("%n estimate(s) from %1 claimant(s)", nullptr, result.pointCount())
                     .arg(result.claimants.size());
    if (result.undated > 0)
        status += tr(" · %n claim(s) without any date not drawn", nullptr, result.undated);
    if (!m_workspace->viewFilter().isEmpty())
        status += tr(" · filtered");
    if (m_chart->isDetailed())
        status += tr(" · bars: range of a figure (vertical), days it holds for (horizontal)");
    else
        status += tr(" · over %1 estimates: markers only; filter by claimant or dates for ranges and labels")
                      .arg(EstimateChart::kMostDetailedPoints);
    m_status->setText(status);
}

void EstimateChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void EstimateChartView::followSelection(ItemRef item)
{
    m_chart->setSelectedClaim(item.kind == ItemRef::Kind::Claim ? item.index : -1);
}

void EstimateChartView::showToolTip(int claimIndex, bool entered)
{
    if (entered && claimIndex >= 0)
        QToolTip::showText(QCursor::pos(), m_chart->toolTip(claimIndex), m_view);
    else
        QToolTip::hideText();
}

void EstimateChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_chart->setDateTickCount(std::max(2, width() / 150));
}

void EstimateChartView::exportChart()
{
    ExportDialog dialog(this);
    dialog.setLogicalSize(m_view->size());
    dialog.setSuggestedName(topic() + u'-' + measure());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartExporter exporter;
    ChartExporter::Options options;
    options.size = dialog.logicalSize();
    options.scale = dialog.scale();
    options.title = m_view->chart()->title();
    if (!exporter.write(m_view->chart(), dialog.path(), options))
        QMessageBox::warning(this, tr("Export failed"), exporter.errorString());
    m_view->chart()->resize(m_view->viewport()->size());
}

void EstimateChartView::copyToClipboard()
{
    ChartExporter exporter;
    ChartExporter::Options options;
    options.size = m_view->viewport()->size();
    options.scale = devicePixelRatioF();
    QGuiApplication::clipboard()->setImage(exporter.image(m_view->chart(), options));
}

} // namespace claimline::ui
