#include "TimeZoom.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace claimline::ui {

TimeZoom::TimeZoom(QObject *parent) : QObject(parent)
{
    // A sensible first view until the owner fits it to the data: the current year.
    const double now = double(QDateTime::currentMSecsSinceEpoch());
    m_start = now - 180 * kDay;
    m_end = now + 185 * kDay;
}

void TimeZoom::setRange(double start, double end)
{
    if (!std::isfinite(start) || !std::isfinite(end))
        return;
    if (end < start)
        std::swap(start, end);
    const double mid = (start + end) / 2.0;
    const double span = std::clamp(end - start, kMinSpan, kMaxSpan);
    apply(mid - span / 2.0, mid + span / 2.0);
}

void TimeZoom::zoomBy(double factor, double anchor)
{
    if (!(factor > 0) || !std::isfinite(factor) || !std::isfinite(anchor))
        return;
    const double span = std::clamp(this->span() / factor, kMinSpan, kMaxSpan);
    // The anchor keeps its fraction of the range (it may lie outside it, e.g. from keys).
    const double fraction = this->span() > 0 ? (anchor - m_start) / this->span() : 0.5;
    const double start = anchor - fraction * span;
    apply(start, start + span);
}

void TimeZoom::panBy(double msecs)
{
    if (std::isfinite(msecs) && msecs != 0)
        apply(m_start + msecs, m_end + msecs);
}

void TimeZoom::apply(double start, double end)
{
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    Q_EMIT rangeChanged(m_start, m_end);
}

} // namespace claimline::ui
