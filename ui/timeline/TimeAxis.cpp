#include "TimeAxis.h"

#include "TimeZoom.h"

#include <QDate>
#include <QLocale>
#include <array>
#include <cmath>

namespace claimline::ui {

namespace {

enum class Unit { Hour, Day, Week, Month, Year };

struct Level
{
    const char *name;
    Unit unit;
    int step;
    Unit majorUnit;
    int majorStep;
};

// Finest first. Major ticks mark the unit a reader needs for context.
constexpr std::array<Level, 12> kLevels{{
    {"hours", Unit::Hour, 1, Unit::Day, 1},
    {"hours", Unit::Hour, 3, Unit::Day, 1},
    {"hours", Unit::Hour, 6, Unit::Day, 1},
    {"hours", Unit::Hour, 12, Unit::Day, 1},
    {"days", Unit::Day, 1, Unit::Month, 1},
    {"weeks", Unit::Week, 1, Unit::Month, 1},
    {"months", Unit::Month, 1, Unit::Year, 1},
    {"quarters", Unit::Month, 3, Unit::Year, 1},
    {"years", Unit::Year, 1, Unit::Year, 10},
    {"years", Unit::Year, 2, Unit::Year, 10},
    {"years", Unit::Year, 5, Unit::Year, 50},
    {"decades", Unit::Year, 10, Unit::Year, 100},
}};

constexpr qint64 kUnixEpochJulianDay = 2440588;

double approxMsecs(Unit unit, int step)
{
    switch (unit) {
    case Unit::Hour:
        return step * TimeZoom::kHour;
    case Unit::Day:
        return step * TimeZoom::kDay;
    case Unit::Week:
        return step * 7 * TimeZoom::kDay;
    case Unit::Month:
        return step * 30.44 * TimeZoom::kDay;
    case Unit::Year:
        return step * 365.2425 * TimeZoom::kDay;
    }
    return TimeZoom::kDay;
}

QDate dateAt(double msecs)
{
    return QDate::fromJulianDay(qint64(std::floor(msecs / TimeZoom::kDay)) + kUnixEpochJulianDay);
}

int floorTo(int v, int step)
{
    return v >= 0 ? v - v % step : v - ((v % step) + step) % step;
}

// Every boundary of (unit, step) in [from, to], plus the last one before `from`.
std::vector<double> boundaries(Unit unit, int step, double from, double to)
{
    std::vector<double> out;
    if (unit == Unit::Hour) {
        const double stepMs = step * TimeZoom::kHour;
        for (double t = std::floor(from / stepMs) * stepMs; t <= to; t += stepMs)
            out.push_back(t);
        return out;
    }
    QDate d = dateAt(from);
    switch (unit) {
    case Unit::Day:
        break;
    case Unit::Week:
        d = d.addDays(1 - d.dayOfWeek()); // Monday
        break;
    case Unit::Month:
        d = QDate(d.year(), floorTo(d.month() - 1, step) + 1, 1);
        break;
    case Unit::Year:
        d = QDate(floorTo(d.year(), step), 1, 1);
        break;
    case Unit::Hour:
        break;
    }
    for (; d.isValid() && msecsOf(d) <= to;) {
        out.push_back(msecsOf(d));
        switch (unit) {
        case Unit::Day:
            d = d.addDays(step);
            break;
        case Unit::Week:
            d = d.addDays(7 * step);
            break;
        case Unit::Month:
            d = d.addMonths(step);
            break;
        case Unit::Year:
            d = d.addYears(step);
            break;
        case Unit::Hour:
            break;
        }
    }
    return out;
}

QString minorText(const Level &level, double t)
{
    const QLocale locale = QLocale::c(); // "Sep", not en_GB's "Sept"
    const QDate d = dateAt(t);
    switch (level.unit) {
    case Unit::Hour: {
        const int hour = int(std::fmod(t, TimeZoom::kDay) / TimeZoom::kHour + 0.5) % 24;
        return QStringLiteral("%1:00").arg((hour + 24) % 24, 2, 10, QLatin1Char('0'));
    }
    case Unit::Day:
        return QString::number(d.day());
    case Unit::Week:
        return locale.toString(d, QStringLiteral("d MMM"));
    case Unit::Month:
        if (level.step == 3)
            return QStringLiteral("Q%1").arg((d.month() - 1) / 3 + 1);
        return locale.toString(d, QStringLiteral("MMM"));
    case Unit::Year:
        return level.step >= 10 ? QStringLiteral("%1s").arg(d.year()) : QString::number(d.year());
    }
    return {};
}

// The context row: empty for years and decades, whose own labels say it all.
QString majorText(const Level &level, double t)
{
    const QLocale locale = QLocale::c(); // "Sep", not en_GB's "Sept"
    const QDate d = dateAt(t);
    switch (level.majorUnit) {
    case Unit::Day:
        return locale.toString(d, QStringLiteral("ddd d MMM yyyy"));
    case Unit::Month:
        return locale.toString(d, QStringLiteral("MMMM yyyy"));
    case Unit::Year:
        return level.unit == Unit::Year ? QString() : QString::number(d.year());
    case Unit::Hour:
    case Unit::Week:
        break;
    }
    return {};
}

} // namespace

TimeAxis TimeAxis::compute(const TimeMapping &map, const QFontMetricsF &metrics, double top)
{
    TimeAxis axis;
    const double right = map.left + map.width;
    const double rowHeight = metrics.height() + 2;
    const double minorY = top + rowHeight + 1;
    const double span = map.end - map.start;

    for (size_t li = 0; li < kLevels.size(); ++li) {
        const Level &level = kLevels[li];
        const bool last = li + 1 == kLevels.size();
        // Cheap rejection before generating anything: every label is at least "00" wide.
        const double minWidth = metrics.horizontalAdvance(QStringLiteral("00")) + kLabelGap;
        if (!last && span / approxMsecs(level.unit, level.step) * minWidth > map.width)
            continue;

        const std::vector<double> times = boundaries(level.unit, level.step, map.start, map.end);
        std::vector<Label> labels;
        bool fits = true;
        for (double t : times) {
            const double x = map.x(t);
            if (x < map.left)
                continue;
            const QString text = minorText(level, t);
            const QRectF rect(x + 3, minorY, metrics.horizontalAdvance(text), rowHeight);
            if (!labels.empty() && labels.back().rect.right() + kLabelGap > rect.left()) {
                if (last)
                    continue; // nothing coarser to fall back to: thin the labels out
                fits = false;
                break;
            }
            labels.push_back({rect, text});
        }
        if (!fits)
            continue;

        // Major ticks and their labels; the one covering the left edge sticks to it and
        // is pushed out by the next, like a section header. A level whose context labels
        // would collide at their own ticks ("Tue 4 June" every 86 px) is too fine.
        const std::vector<double> majors = boundaries(level.majorUnit, level.majorStep, map.start, map.end);
        std::vector<double> majorTicks;
        std::vector<Label> majorLabels;
        for (size_t i = 0; i < majors.size() && fits; ++i) {
            const double x = map.x(majors[i]);
            if (x >= map.left)
                majorTicks.push_back(x);
            const QString text = majorText(level, majors[i]);
            if (text.isEmpty())
                continue;
            const double w = metrics.horizontalAdvance(text);
            double lx = std::max(x + 3, map.left + 3);
            if (i + 1 < majors.size()) {
                const double limit = map.x(majors[i + 1]) + 3 - kLabelGap - w;
                if (x >= map.left && lx > limit && !last)
                    fits = false;
                lx = std::min(lx, limit);
            }
            if (lx + w < map.left || lx > right)
                continue;
            const QRectF rect(lx, top, w, rowHeight);
            if (!majorLabels.empty() && majorLabels.back().rect.right() + kLabelGap > rect.left())
                continue;
            majorLabels.push_back({rect, text});
        }
        if (!fits)
            continue;

        axis.level = QString::fromLatin1(level.name);
        for (double t : times)
            if (map.x(t) >= map.left)
                axis.minorTicks.push_back(map.x(t));
        axis.minorLabels = std::move(labels);
        axis.majorTicks = std::move(majorTicks);
        axis.majorLabels = std::move(majorLabels);
        break;
    }
    return axis;
}

} // namespace claimline::ui
