#include "FigureText.h"

#include <QLocale>
#include <QObject>
#include <cmath>

namespace claimline::ui {

namespace {

constexpr qsizetype kQuoteExcerpt = 220;

QString number(double v)
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const double a = std::abs(v);
    // Figures past a million read better abbreviated: "4.5 m" rather than "4,500,000".
    if (a >= 1e9)
        return locale.toString(v / 1e9, 'g', 3) + QStringLiteral(" bn");
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'g', 3) + QStringLiteral(" m");
    if (v == std::floor(v))
        return locale.toString(qint64(v));
    return locale.toString(v, 'f', a < 10 ? 2 : 1);
}

QString withUnit(const QString &n, const QString &unit)
{
    if (unit == QLatin1String("percent"))
        return n + QLatin1Char('%');
    if (unit == QLatin1String("usd"))
        return QLatin1Char('$') + n;
    if (unit == QLatin1String("km2"))
        return n + QStringLiteral(" km²");
    return n;
}

QString excerpt(QStringView text)
{
    QString s = text.toString().simplified();
    if (s.size() > kQuoteExcerpt)
        s = s.left(kQuoteExcerpt - 1).trimmed() + QChar(0x2026);
    // Tooltips do not wrap plain text: break lines at spaces near 72 characters.
    for (qsizetype lineStart = 0, i = 72; i < s.size(); i = lineStart + 72) {
        const qsizetype space = s.lastIndexOf(QLatin1Char(' '), i);
        if (space <= lineStart)
            break;
        s[space] = QLatin1Char('\n');
        lineStart = space + 1;
    }
    return s;
}

} // namespace

QString figureLabel(const Claim &claim)
{
    if (claim.isRange())
        return withUnit(number(claim.low) + QChar(0x2013) + number(*claim.high), claim.unit);
    const QString symbol = claim.qualifier == Qualifier::Range ? QString() : qualifierSymbol(claim.qualifier);
    return symbol + withUnit(number(claim.low), claim.unit);
}

QString dayIntervalLabel(const DayInterval &days)
{
    if (!days.isValid())
        return QObject::tr("undated");
    const QLocale locale = QLocale::c(); // "Sep", not en_GB's "Sept"
    const QDate a = days.first, b = days.last;
    if (a == b)
        return locale.toString(a, QStringLiteral("d MMM yyyy"));
    if (a.day() == 1 && b == a.addMonths(1).addDays(-1))
        return locale.toString(a, QStringLiteral("MMM yyyy"));
    if (a == QDate(a.year(), 1, 1) && b == QDate(a.year(), 12, 31))
        return QString::number(a.year());
    const QString left = locale.toString(a, a.year() == b.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    return left + QStringLiteral(" – ") + locale.toString(b, QStringLiteral("d MMM yyyy"));
}

QString claimTooltip(const Corpus &corpus, const Claim &claim)
{
    QStringList lines;
    QString head = figureLabel(claim);
    if (!claim.measure.isEmpty())
        head += QLatin1Char(' ') + QString(claim.measure).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!claim.subject.isEmpty())
        head += QStringLiteral(" (") + claim.subject + QLatin1Char(')');
    lines << head;
    QString who = QObject::tr("Claimant: %1").arg(claim.claimant.isEmpty() ? QObject::tr("unknown") : claim.claimant);
    if (!claim.via.isEmpty())
        who += QObject::tr(" via %1").arg(claim.via.join(QStringLiteral(", ")));
    lines << who;
    const QString outlet = corpus.outletOf(claim);
    lines << QObject::tr("Outlet: %1").arg(outlet.isEmpty() ? QObject::tr("unknown") : outlet);
    lines << QObject::tr("Date: %1").arg(dayIntervalLabel(claim.asOf));
    if (!claim.topic.isEmpty())
        lines << QObject::tr("Topic: %1").arg(claim.topic);
    const QStringView quote = corpus.quote(claim);
    if (!quote.isEmpty())
        lines << QChar(0x201C) + excerpt(quote) + QChar(0x201D);
    return lines.join(QLatin1Char('\n'));
}

QString eventTooltip(const Corpus &corpus, const Event &event)
{
    QStringList lines;
    lines << (event.label.isEmpty() ? event.kind : event.label);
    lines << QObject::tr("Date: %1").arg(dayIntervalLabel(event.date));
    lines << QObject::tr("%n mention(s)", nullptr, int(event.mentions.size()));
    if (!event.mentions.isEmpty()) {
        const EventMention &m = event.mentions.constFirst();
        if (m.articleIndex >= 0 && m.articleIndex < corpus.articles.size()
            && !corpus.articles.at(m.articleIndex).outlet.isEmpty())
            lines << QObject::tr("Outlet: %1").arg(corpus.articles.at(m.articleIndex).outlet);
        const QStringView quote = corpus.quote(m);
        if (!quote.isEmpty())
            lines << QChar(0x201C) + excerpt(quote) + QChar(0x201D);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace claimline::ui
