#include "ClaimText.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace claimline::ui {

QString formatNumber(double value)
{
    const QLocale locale(QLocale::English);
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15)
        return locale.toString(qlonglong(std::llround(value)));
    return locale.toString(value, 'g', 6);
}

namespace {
QString withUnit(const QString &number, const QString &unit)
{
    if (unit == u"usd")
        return u'$' + number;
    if (unit == u"percent")
        return number + u'%';
    if (unit == u"km2")
        return number + QStringLiteral(" km²");
    return number;
}
} // namespace

QString formatValue(const Claim &claim)
{
    if (claim.isRange())
        return withUnit(formatNumber(claim.low) + u'–' + formatNumber(*claim.high), claim.unit);
    const QString symbol = qualifierSymbol(claim.qualifier);
    const QString number = withUnit(formatNumber(claim.low), claim.unit);
    if (symbol.isEmpty())
        return number;
    if (claim.qualifier == Qualifier::Approx)
        return symbol + number;
    return symbol + u' ' + number;
}

QString formatInterval(const DayInterval &interval)
{
    if (!interval.isValid())
        return QStringLiteral("—");
    const QLocale locale(QLocale::English);
    const QDate &a = interval.first;
    const QDate &b = interval.last;
    if (a == b)
        return locale.toString(a, QStringLiteral("d MMM yyyy"));
    if (a.day() == 1 && b == QDate(b.year(), b.month(), b.daysInMonth()) && a.year() == b.year()) {
        if (a.month() == b.month())
            return locale.toString(a, QStringLiteral("MMM yyyy"));
        if (a.month() == 1 && b.month() == 12)
            return QString::number(a.year());
    }
    if (a.year() == b.year() && a.month() == b.month())
        return QString::number(a.day()) + u'–' + locale.toString(b, QStringLiteral("d MMM yyyy"));
    if (a.year() == b.year())
        return locale.toString(a, QStringLiteral("d MMM")) + u'–' + locale.toString(b, QStringLiteral("d MMM yyyy"));
    return locale.toString(a, QStringLiteral("d MMM yyyy")) + u'–' + locale.toString(b, QStringLiteral("d MMM yyyy"));
}

QString humanize(const QString &identifier)
{
    QString s = identifier;
    s.replace(u'_', u' ');
    return s;
}

QString topicLabel(const QString &topic, const QString &measure)
{
    if (measure.isEmpty())
        return humanize(topic);
    return humanize(topic) + QStringLiteral(" — ") + humanize(measure);
}

ValueBounds valueBounds(const Claim &claim)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    switch (claim.qualifier) {
    case Qualifier::Exact: return {claim.low, claim.low};
    case Qualifier::Approx: {
        const double a = claim.low * 0.95, b = claim.low * 1.05;
        return {std::min(a, b), std::max(a, b)};
    }
    case Qualifier::AtLeast:
    case Qualifier::MoreThan: return {claim.low, inf};
    case Qualifier::UpTo: return {0, claim.low};
    case Qualifier::Range: return {claim.low, claim.high.value_or(claim.low)};
    }
    return {claim.low, claim.high.value_or(claim.low)};
}

} // namespace claimline::ui
