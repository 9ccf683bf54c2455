#include "ClaimText.h"

#include "model/ValueAgreement.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>

namespace claimline::ui {

QString formatNumber(double value)
{
    const QLocale locale(QLocale::English);
    // Whole numbers as such; large converted values (500 sq mi = 1,294.99 km²) to the unit,
    // since the text never states them more precisely; small ones to two decimals.
    if ((std::abs(value - std::round(value)) < 1e-9 || std::abs(value) >= 100) && std::abs(value) < 1e15)
        return locale.toString(qlonglong(std::llround(value)));
    return locale.toString(value, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
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
    const ValueRange r = agreementRange(claim); // the model's one definition of "same figure"
    return {r.low, r.high};
}

} // namespace claimline::ui
