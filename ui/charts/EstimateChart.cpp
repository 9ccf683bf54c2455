#include "EstimateChart.h"

#include "ChartReviewLook.h"
#include "project/ReviewStyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace claimline::ui {

namespace {

constexpr qreal kMarkerSize = kEstimateMarkerSize;
constexpr qint64 kDayMs = 24ll * 3600 * 1000;

qint64 dayStart(QDate d) { return d.startOfDay().toMSecsSinceEpoch(); }
qint64 dayEnd(QDate d) { return d.addDays(1).startOfDay().toMSecsSinceEpoch(); }
qreal xOf(const DayInterval &dates) { return qreal(dayStart(dates.first) + dayEnd(dates.last)) / 2; }

// Ticks on midnights: stretch `span` days by as few days as possible to a multiple of the
// tick intervals, with between wanted/2 and wanted ticks (at least 3 when the span allows).
std::pair<int, qint64> midnightTicks(qint64 span, int wanted)
{
    for (qint64 extra = 0;; ++extra) {
        const int most = int(std::min<qint64>(wanted, span + extra + 1));
        for (int n = most; n >= std::max(2, std::min(most, std::max(3, wanted / 2))); --n)
            if ((span + extra) % (n - 1) == 0)
                return {n, span + extra};
    }
}

QString humanName(QString name) { return name.replace(u'_', u' '); }

QString elided(QStringView text, int max)
{
    const QString simplified = text.toString().simplified();
    return simplified.size() <= max ? simplified : simplified.left(max - 1) + QStringLiteral("…");
}

} // namespace

QColor claimantColor(int n)
{
    static const QRgb palette[] = {0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd, 0xff7f0e, 0x8c564b,
                                   0xe377c2, 0x17becf, 0x7f7f7f, 0xbcbd22};
    const int size = int(std::size(palette));
    QColor c = QColor::fromRgb(palette[n % size]);
    return n < size ? c : c.darker(130 + 20 * (n / size));
}

QString measureTitle(const QString &topic, const QString &measure)
{
    QString t = humanName(topic);
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return measure.isEmpty() ? t : t + QStringLiteral(" — ") + humanName(measure);
}

EstimateChart::EstimateChart(QChart *chart, QObject *parent) : QObject(parent), m_chart(chart)
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(8, 8, 8, 8));
    connect(m_chart, &QChart::plotAreaChanged, this, &EstimateChart::layoutLabels);
}

void EstimateChart::setData(std::shared_ptr<const Corpus> corpus, const EstimateSeries::Result &result,
                            const QString &topic, const QString &measure)
{
    m_corpus = std::move(corpus);
    m_result = result;
    m_topic = topic;
    m_measure = measure;
    rebuild();
}

void EstimateChart::setLogScale(bool log)
{
    if (log == m_log)
        return;
    m_log = log;
    rebuild();
}

void EstimateChart::setSelectedClaim(int claimIndex)
{
    if (claimIndex == m_selected)
        return;
    m_selected = claimIndex;
    updateHighlight();
}

void EstimateChart::setDateTickCount(int ticks)
{
    ticks = std::clamp(ticks, 2, 10);
    if (ticks == m_dateTicks)
        return;
    m_dateTicks = ticks;
    rebuild();
}

double EstimateChart::plotted(double y) const { return m_log ? std::max(y, m_logFloor) : y; }

void EstimateChart::rebuild()
{
    for (const Marker &m : std::as_const(m_markers))
        delete m.label;
    m_markers.clear();
    m_highlight = nullptr;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
    {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_xAxis = m_yAxis = nullptr;
    m_chart->setTitle(measureTitle(m_topic, m_measure) + QStringLiteral(", by claimant"));

    // Axes first: their ranges come from the data.
    DayInterval days = m_result.dateRange();
    if (!days.isValid())
        days = DayInterval::day(QDate::currentDate());
    // A day of air on each side; ticks on midnights, so the span is stretched to a multiple
    // of the tick intervals (by as few days as possible).
    const auto [ticks, span] = midnightTicks(days.days() + 2, m_dateTicks);
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(span > 400 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yyyy"));
    xAxis->setTickCount(ticks);
    xAxis->setTitleText(QStringLiteral("as of"));
    const qint64 x0 = dayStart(days.first.addDays(-1));
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(x0), QDateTime::fromMSecsSinceEpoch(x0 + span * kDayMs));

    double lo = 0, hi = 0, minPositive = 0;
    bool any = false;
    for (const ClaimantEstimates &c : std::as_const(m_result.claimants))
        for (const EstimatePoint &p : c.points) {
            lo = any ? std::min(lo, p.low) : p.low;
            hi = any ? std::max(hi, p.high) : p.high;
            any = true;
            if (p.low > 0)
                minPositive = minPositive > 0 ? std::min(minPositive, p.low) : p.low;
        }
    const QString unit = m_result.claimants.isEmpty() ? QString()
                                                       : m_result.claimants.first().points.value(0).unit;
    const QString yTitle = humanName(m_measure) + (unit.isEmpty() || unit == u"count" ? QString()
                                                                                        : QStringLiteral(" (") + unit + u')');
    if (m_log) {
        m_logFloor = minPositive > 0 ? minPositive / 2 : 1;
        auto *axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(8);
        axis->setRange(std::pow(10.0, std::floor(std::log10(m_logFloor))),
                       std::pow(10.0, std::ceil(std::log10(std::max(hi, m_logFloor * 10) * 1.05))));
        m_yAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->setRange(std::min(0.0, lo), any && hi > 0 ? hi * 1.12 : 10);
        axis->applyNiceNumbers();
        m_yAxis = axis;
    }
    m_yAxis->setTitleText(yTitle);
    m_xAxis = xAxis;
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);

    auto attach = [this](QXYSeries *s, bool inLegend) {
        m_chart->addSeries(s);
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
        if (!inLegend)
            for (QLegendMarker *lm : m_chart->legend()->markers(s))
                lm->setVisible(false);
    };

    // Bars are a series each and labels are placed around every other marker: past a few
    // hundred estimates they would take seconds and hide the markers, so only markers show.
    m_detailed = m_result.pointCount() <= kMostDetailedPoints;
    const qreal capWidth = qreal(span * kDayMs) / 160;
    QFont labelFont = m_chart->font();
    labelFont.setPointSizeF(std::max<qreal>(7, labelFont.pointSizeF() * 0.85));
    bool anyDisputed = false, anyRejected = false;
    for (int n = 0; n < m_result.claimants.size(); ++n) {
        const ClaimantEstimates &c = m_result.claimants.at(n);
        const QColor color = claimantColor(n);

        // Bars under the markers: the range vertically, the days horizontally.
        for (const EstimatePoint &p : m_detailed ? c.points : QList<EstimatePoint>()) {
            const QPen pen = reviewedPen(color, p.review, 2.2);
            const qreal x = xOf(p.dates);
            if (p.isRange()) {
                // An error bar with caps: ⊥ at the low end, ⊤ at the high end.
                auto *bar = new QLineSeries;
                bar->setPen(pen);
                const qreal cap = capWidth;
                bar->append(x - cap, plotted(p.low));
                bar->append(x + cap, plotted(p.low));
                bar->append(x, plotted(p.low));
                bar->append(x, plotted(p.high));
                bar->append(x - cap, plotted(p.high));
                bar->append(x + cap, plotted(p.high));
                attach(bar, false);
            }
            if (p.dates.days() > 1) {
                auto *bar = new QLineSeries;
                bar->setPen(pen);
                bar->append(qreal(dayStart(p.dates.first)), plotted(p.value()));
                bar->append(qreal(dayEnd(p.dates.last)), plotted(p.value()));
                attach(bar, false);
            }
        }
        // The trend joins what the analyst has not rejected.
        QList<const EstimatePoint *> trendPoints;
        for (const EstimatePoint &p : c.points)
            if (p.review != ReviewState::Rejected)
                trendPoints.append(&p);
        if (trendPoints.size() > 1) {
            auto *trend = new QLineSeries;
            QPen pen(color, 1.0, Qt::DashLine);
            trend->setPen(pen);
            for (const EstimatePoint *p : std::as_const(trendPoints))
                trend->append(xOf(p->dates), plotted(p->value()));
            attach(trend, false);
        }
        // One marker series per review look: a scatter series has one style. The plain one
        // carries the claimant's legend entry even when all its points are reviewed.
        QHash<int, QScatterSeries *> byLook;
        auto seriesFor = [&](ReviewState review) {
            const int look = int(reviewLook(review));
            if (QScatterSeries *s = byLook.value(look))
                return s;
            auto *s = new QScatterSeries;
            styleMarkers(s, color, review);
            byLook.insert(look, s);
            return s;
        };
        seriesFor(ReviewState::Unreviewed)->setName(c.claimant);
        for (const EstimatePoint &p : c.points) {
            QScatterSeries *markers = seriesFor(p.review);
            anyDisputed = anyDisputed || p.review == ReviewState::Disputed;
            anyRejected = anyRejected || p.review == ReviewState::Rejected;
            const QPointF value(xOf(p.dates), plotted(p.value()));
            markers->append(value);
            QGraphicsSimpleTextItem *label = nullptr;
            if (m_detailed) {
                label = new QGraphicsSimpleTextItem(pointLabel(p), m_chart);
                label->setFont(labelFont);
                const QColor reviewed = reviewTextColor(p.review);
                label->setBrush(reviewed.isValid() ? reviewed : color.darker(135));
                label->setZValue(20);
            }
            m_markers.append({markers, int(markers->count() - 1), value, p.claimIndex, label});
        }
        // Reviewed looks drawn last: a disputed ring stays visible over a plain marker at the
        // same place (another qualifier of the same day).
        for (ReviewLook look : {ReviewLook::Plain, ReviewLook::Greyed, ReviewLook::Hollow}) {
            QScatterSeries *markers = byLook.value(int(look));
            if (!markers)
                continue;
            attach(markers, look == ReviewLook::Plain);
            connect(markers, &QXYSeries::clicked, this, [this, markers](const QPointF &point) {
                if (const int claim = claimAt(markers, point); claim >= 0)
                    Q_EMIT claimClicked(claim);
            });
            connect(markers, &QXYSeries::hovered, this, [this, markers](const QPointF &point, bool state) {
                Q_EMIT claimHovered(claimAt(markers, point), state);
            });
        }
    }
    // Legend keys for the review looks, only when the chart shows them.
    for (const auto &[shown, state] : {std::pair{anyDisputed, ReviewState::Disputed}, std::pair{anyRejected, ReviewState::Rejected}}) {
        if (!shown)
            continue;
        auto *key = new QScatterSeries;
        styleMarkers(key, Qt::darkGray, state);
        key->setName(reviewLegendText(state));
        attach(key, true);
    }

    m_highlight = new QScatterSeries;
    m_highlight->setMarkerSize(kMarkerSize + 9);
    m_highlight->setColor(Qt::transparent);
    m_highlight->setBorderColor(Qt::black);
    m_highlight->setPen(QPen(Qt::black, 2.0));
    attach(m_highlight, false);
    connect(m_highlight, &QXYSeries::clicked, this, [this](const QPointF &) {
        if (m_selected >= 0)
            Q_EMIT claimClicked(m_selected);
    });
    connect(m_highlight, &QXYSeries::hovered, this, [this](const QPointF &, bool state) {
        Q_EMIT claimHovered(m_selected, state);
    });
    updateHighlight();
    layoutLabels();
}

int EstimateChart::claimAt(const QScatterSeries *series, const QPointF &value) const
{
    // The signal carries the value of the point: find the nearest marker of that series.
    int best = -1;
    qreal bestDistance = 0;
    const QPointF at = m_chart->mapToPosition(value, const_cast<QScatterSeries *>(series));
    for (const Marker &m : m_markers) {
        if (m.series != series)
            continue;
        const QPointF p = m_chart->mapToPosition(m.value, m.series);
        const qreal d = QLineF(p, at).length();
        if (best < 0 || d < bestDistance)
            best = m.claimIndex, bestDistance = d;
    }
    return best;
}

void EstimateChart::updateHighlight()
{
    if (!m_highlight)
        return;
    m_highlight->clear();
    // The selected claim may be any claim merged into a point: markers carry the point's first.
    int selectedMarkerClaim = -1;
    for (const ClaimantEstimates &c : std::as_const(m_result.claimants))
        for (const EstimatePoint &p : c.points)
            if (m_selected >= 0 && selectedMarkerClaim < 0 && p.claimIndexes.contains(m_selected))
                selectedMarkerClaim = p.claimIndex;
    for (const Marker &m : std::as_const(m_markers)) {
        const bool selected = m.claimIndex == m_selected || (selectedMarkerClaim >= 0 && m.claimIndex == selectedMarkerClaim);
        if (selected) {
            m_highlight->append(m.value);
            if (m.label) {
                QFont f = m.label->font();
                f.setBold(true);
                m.label->setFont(f);
            }
        } else if (m.label && m.label->font().bold()) {
            QFont f = m.label->font();
            f.setBold(false);
            m.label->setFont(f);
        }
    }
    layoutLabels();
}

QPointF EstimateChart::markerPosition(int claimIndex) const
{
    for (const ClaimantEstimates &c : m_result.claimants)
        for (const EstimatePoint &p : c.points)
            if (p.claimIndexes.contains(claimIndex))
                for (const Marker &m : m_markers)
                    if (m.claimIndex == p.claimIndex)
                        return m_chart->mapToScene(m_chart->mapToPosition(m.value, m.series));
    return {};
}

QScatterSeries *EstimateChart::markerSeries(int claimIndex) const
{
    for (const ClaimantEstimates &c : m_result.claimants)
        for (const EstimatePoint &p : c.points)
            if (p.claimIndexes.contains(claimIndex))
                for (const Marker &m : m_markers)
                    if (m.claimIndex == p.claimIndex)
                        return m.series;
    return nullptr;
}

QStringList EstimateChart::labelTexts() const
{
    QStringList texts;
    for (const Marker &m : m_markers)
        if (m.label)
            texts.append(m.label->text());
    return texts;
}

void EstimateChart::layoutLabels()
{
    // Greedy placement: each label takes the first spot around its marker that overlaps no
    // marker and no label placed before it; the selected claim's label goes first.
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty() || !m_detailed)
        return;
    QList<QRectF> taken;
    QList<QPointF> centres;
    for (const Marker &m : std::as_const(m_markers)) {
        const QPointF c = m_chart->mapToPosition(m.value, m.series);
        centres.append(c);
        const qreal r = (m.claimIndex == m_selected ? kMarkerSize + 9 : kMarkerSize) / 2 + 1;
        taken.append(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    }
    QList<int> order;
    for (int i = 0; i < m_markers.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return (m_markers.at(a).claimIndex == m_selected) > (m_markers.at(b).claimIndex == m_selected);
    });
    const qreal gap = kMarkerSize / 2 + 2;
    for (int i : std::as_const(order)) {
        const Marker &m = m_markers.at(i);
        const QPointF c = centres.at(i);
        const QSizeF size = m.label->boundingRect().size();
        const QPointF candidates[] = {
            {c.x() + gap, c.y() - size.height() - 1},          // above right
            {c.x() - size.width() / 2, c.y() - size.height() - gap}, // above
            {c.x() + gap, c.y() - size.height() / 2},          // right
            {c.x() + gap, c.y() + 1},                          // below right
            {c.x() - size.width() / 2, c.y() + gap},           // below
            {c.x() - gap - size.width(), c.y() - size.height() / 2}, // left
            {c.x() - gap - size.width(), c.y() - size.height() - 1}, // above left
            {c.x() - gap - size.width(), c.y() + 1},           // below left
        };
        QRectF chosen;
        for (const QPointF &topLeft : candidates) {
            const QRectF rect(topLeft, size);
            if (!plot.contains(rect))
                continue;
            if (std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(rect); })) {
                chosen = rect;
                break;
            }
        }
        if (chosen.isNull()) {
            // Crowded: stack it above the marker, past every label in the way.
            QRectF rect(candidates[0], size);
            for (int guard = 0; guard < 12; ++guard) {
                const auto hit = std::find_if(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(rect); });
                if (hit == taken.cend())
                    break;
                rect.moveBottom(hit->top() - 1);
            }
            chosen = rect;
        }
        taken.append(chosen);
        m.label->setPos(chosen.topLeft());
        m.label->setVisible(plot.intersects(chosen));
    }
}

QString EstimateChart::toolTip(int claimIndex) const
{
    if (!m_corpus || claimIndex < 0 || claimIndex >= m_corpus->claims.size())
        return {};
    const Corpus &corpus = *m_corpus;
    const Claim &claim = corpus.claims.at(claimIndex);
    const EstimatePoint *point = nullptr;
    for (const ClaimantEstimates &c : m_result.claimants)
        for (const EstimatePoint &p : c.points)
            if (p.claimIndexes.contains(claimIndex))
                point = &p;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<p style='white-space:normal'><b>")
                   + esc(point ? point->label() : formatFigure(claim.low)) + QStringLiteral("</b> ")
                   + esc(humanName(claim.measure)) + QStringLiteral("<br>Claimant: <b>") + esc(claim.claimant)
                   + QStringLiteral("</b>");
    if (!claim.via.isEmpty())
        html += QStringLiteral(" (via ") + esc(claim.via.join(QStringLiteral(", "))) + u')';
    if (!claim.attributed)
        html += QStringLiteral(" <i>(unattributed: the outlet)</i>");
    const Article *article = corpus.articleOf(claim);
    html += QStringLiteral("<br>Outlet: ") + esc(corpus.outletOf(claim).isEmpty() ? QStringLiteral("unknown") : corpus.outletOf(claim));
    if (article && article->published.isValid())
        html += QStringLiteral(", ") + esc(article->published.toString(Qt::ISODate));
    if (point) {
        html += QStringLiteral("<br>As of: ") + esc(point->dates.toString());
        if (point->datedByPublication)
            html += QStringLiteral(" <i>(no date in the text: publication day)</i>");
        if (point->review != ReviewState::Unreviewed)
            html += QStringLiteral("<br><b style='color:%1'>").arg(reviewColor(point->review).name())
                    + esc(reviewMark(point->review) + u' ' + reviewStateLabel(point->review)) + QStringLiteral("</b>");
        if (point->claimIndexes.size() > 1) {
            QStringList others;
            for (int other : point->claimIndexes)
                if (other != claimIndex)
                    others.append(corpus.outletOf(corpus.claims.at(other)));
            others.removeDuplicates();
            html += QStringLiteral("<br>Also reported by: ") + esc(others.join(QStringLiteral(", ")));
        }
    }
    html += QStringLiteral("<br><i>“") + esc(elided(corpus.quote(claim), 320)) + QStringLiteral("”</i></p>");
    return html;
}

} // namespace claimline::ui
