#pragma once

#include "state/Workspace.h"

#include <QWidget>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;

namespace claimline::ui {

class EstimateChart;

// Figures over time, one series per claimant: casualty estimates by default (killed or
// wounded, else the casualty measure or, failing any, the topic with the most claims), any
// other topic/measure of the corpus through the combo boxes. Follows the Workspace filter and
// selection; clicking a point selects its claim. Exports PNG/SVG/PDF and copies to the clipboard.
class EstimateChartView final : public QWidget
{
    Q_OBJECT

public:
    explicit EstimateChartView(Workspace *workspace, QWidget *parent = nullptr);

    QString topic() const;
    QString measure() const;
    void setTopicMeasure(const QString &topic, const QString &measure);
    void setLogScale(bool log);

    QChartView *chartView() const { return m_view; }
    EstimateChart *estimateChart() const { return m_chart; }

public Q_SLOTS:
    void exportChart();       // asks for a file and a size
    void copyToClipboard();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillTopics();
    void fillMeasures();
    void refresh();
    void followSelection(ItemRef item);
    void showToolTip(int claimIndex, bool entered);

    Workspace *m_workspace;
    QComboBox *m_topic;
    QComboBox *m_measure;
    QCheckBox *m_log;
    QLabel *m_status;
    QChartView *m_view;
    EstimateChart *m_chart;
    bool m_filling = false;
    bool m_chosen = false; // the analyst picked the topic or measure: kept across corpora
    bool m_stale = false;  // changed while hidden behind another tab: refreshed when shown
};

} // namespace claimline::ui
