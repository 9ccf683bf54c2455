#pragma once

#include <QObject>

namespace claimline::ui {

// The visible time range of the timeline, in msecs since the epoch (doubles: sub-msec
// precision keeps repeated zooming around an anchor exact). Knows nothing about pixels:
// the view maps an x to a fraction of the range and passes times in.
class TimeZoom final : public QObject
{
    Q_OBJECT

public:
    static constexpr double kHour = 3600.0 * 1000.0;
    static constexpr double kDay = 24.0 * kHour;
    static constexpr double kMinSpan = kHour;                   // closest: one hour across
    static constexpr double kMaxSpan = 50.0 * 365.2425 * kDay;  // farthest: fifty years

    explicit TimeZoom(QObject *parent = nullptr);

    double start() const { return m_start; }
    double end() const { return m_end; }
    double span() const { return m_end - m_start; }
    double center() const { return (m_start + m_end) / 2.0; }
    bool canZoomIn() const { return span() > kMinSpan * 1.0001; }
    bool canZoomOut() const { return span() < kMaxSpan * 0.9999; }

    // Shows [start, end], widened or narrowed around its center to the allowed spans.
    void setRange(double start, double end);
    // Divides the span by `factor` (> 1 zooms in) keeping `anchor` at the same fraction
    // of the range, hence under the same pixel. Clamped to the allowed spans.
    void zoomBy(double factor, double anchor);
    void zoomBy(double factor) { zoomBy(factor, center()); }
    void panBy(double msecs);
    void centerOn(double time) { panBy(time - center()); }

Q_SIGNALS:
    void rangeChanged(double start, double end);

private:
    void apply(double start, double end);

    double m_start = 0;
    double m_end = 0;
};

} // namespace claimline::ui
