#pragma once

#include "EstimateSeries.h"

#include <QColor>
#include <QPointF>
#include <QStringList>
#include <QList>
#include <QObject>
#include <memory>

QT_BEGIN_NAMESPACE
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

class QChart;
class QScatterSeries;
class QAbstractAxis;

namespace claimline::ui {

// Draws an EstimateSeries result into a QChart: one marker series per claimant (with a thin
// line joining its estimates in date order), a vertical bar for a range, a horizontal bar
// for an as_of of more than one day, a label per point carrying its qualifier ("≥3,800"),
// and a ring around the selected claim. Review states show as in every view
// (ChartReviewLook.h), each with a legend key. Used by the view and by the headless
// `chart` command.
class EstimateChart final : public QObject
{
    Q_OBJECT

public:
    explicit EstimateChart(QChart *chart, QObject *parent = nullptr);

    void setData(std::shared_ptr<const Corpus> corpus, const EstimateSeries::Result &result, const QString &topic,
                 const QString &measure);
    void setLogScale(bool log);
    bool isLogScale() const { return m_log; }
    void setSelectedClaim(int claimIndex);    // -1: none
    int selectedClaim() const { return m_selected; }

    QChart *chart() const { return m_chart; }
    const EstimateSeries::Result &result() const { return m_result; }
    // Where a claim's marker is in chart (scene) coordinates; null point when not drawn.
    QPointF markerPosition(int claimIndex) const;
    // The marker series drawing a claim (its look shows the review state); null when not drawn.
    QScatterSeries *markerSeries(int claimIndex) const;
    QString toolTip(int claimIndex) const;    // rich text, everything from the source escaped
    QStringList labelTexts() const;           // the point labels, in drawing order (for tests)
    void setDateTickCount(int ticks);         // follows the width of the chart
    // Whether ranges, date bars and point labels are drawn: up to kMostDetailedPoints
    // estimates; past that, markers only (the chart's filter narrows it back).
    bool isDetailed() const { return m_detailed; }
    static constexpr int kMostDetailedPoints = 400;

Q_SIGNALS:
    void claimClicked(int claimIndex);
    void claimHovered(int claimIndex, bool entered);

private:
    struct Marker
    {
        QScatterSeries *series = nullptr;
        int pointIndex = -1;
        QPointF value;                         // (x msecs, y)
        int claimIndex = -1;
        QGraphicsSimpleTextItem *label = nullptr; // none on a chart that is not detailed
    };

    void rebuild();
    void layoutLabels();
    void updateHighlight();
    int claimAt(const QScatterSeries *series, const QPointF &value) const;
    double plotted(double y) const;

    QChart *m_chart;
    std::shared_ptr<const Corpus> m_corpus;
    EstimateSeries::Result m_result;
    QString m_topic, m_measure;
    bool m_log = false;
    int m_selected = -1;
    int m_dateTicks = 6;
    double m_logFloor = 1;
    bool m_detailed = true;
    QList<Marker> m_markers;
    QScatterSeries *m_highlight = nullptr;
    QAbstractAxis *m_xAxis = nullptr;
    QAbstractAxis *m_yAxis = nullptr;
};

// Colour of the n-th claimant: distinct, readable on white, stable for a given order.
QColor claimantColor(int n);
QString measureTitle(const QString &topic, const QString &measure); // "Casualties — killed or wounded"

} // namespace claimline::ui
