#include "DetailHtml.h"

#include "common/ClaimText.h"

#include <QCoreApplication>

namespace claimline::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("claimline::ui::DetailPanel", text);
}

QString esc(QStringView s)
{
    return s.toString().toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='color:#666; padding-right:10px'>%1</td><td>%2</td></tr>").arg(label, valueHtml);
}

// Cuts the context at a sentence end (". ") when there is one, else at a space.
QString trimBefore(QString s)
{
    const qsizetype end = s.lastIndexOf(QStringLiteral(". "), s.size() - 3);
    if (end >= 0 && end + 2 < s.size())
        return s.mid(end + 2);
    const qsizetype space = s.indexOf(u' ');
    return space >= 0 ? QStringLiteral("… ") + s.mid(space + 1) : s;
}

QString trimAfter(QString s)
{
    const qsizetype end = s.lastIndexOf(QStringLiteral(". "));
    if (end >= 0)
        return s.left(end + 1);
    const qsizetype space = s.lastIndexOf(u' ');
    return space > 0 && s.size() > 40 ? s.left(space) + QStringLiteral(" …") : s;
}

QString outletAndDate(const Corpus &corpus, int articleIndex)
{
    if (articleIndex < 0 || articleIndex >= corpus.articles.size())
        return {};
    const Article &a = corpus.articles.at(articleIndex);
    QString s = a.outlet.isEmpty() ? tr("unknown outlet") : a.outlet;
    if (a.published.isValid())
        s += QStringLiteral(", ") + formatInterval(DayInterval::day(a.published));
    return s;
}
} // namespace

QuoteInContext quoteInContext(const Corpus &corpus, const Claim &claim, int context)
{
    QuoteInContext q;
    const Article *article = corpus.articleOf(claim);
    const QString &text = corpus.documents.at(claim.documentIndex).text;
    const qsizetype from = std::max<qsizetype>(article ? article->span.start : 0, claim.quoteSpan.start - context);
    const qsizetype to = std::min<qsizetype>(article ? article->span.end : text.size(), claim.quoteSpan.end + context);
    q.before = trimBefore(text.mid(from, claim.quoteSpan.start - from)).simplified();
    q.after = trimAfter(text.mid(claim.quoteSpan.end, to - claim.quoteSpan.end)).simplified();
    const TextSpan fig = claim.quoteSpan.contains(claim.figureSpan) && !claim.figureSpan.isEmpty() ? claim.figureSpan
                                                                                                    : TextSpan{claim.quoteSpan.end, claim.quoteSpan.end};
    q.quoteBefore = text.mid(claim.quoteSpan.start, fig.start - claim.quoteSpan.start);
    q.figure = text.mid(fig.start, fig.length());
    q.quoteAfter = text.mid(fig.end, claim.quoteSpan.end - fig.end);
    return q;
}

QString claimDetailHtml(const Corpus &corpus, int claimIndex)
{
    if (claimIndex < 0 || claimIndex >= corpus.claims.size())
        return {};
    const Claim &c = corpus.claims.at(claimIndex);
    const Article *article = corpus.articleOf(c);
    const QString outlet = corpus.outletOf(c);

    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><div style='color:#555'>%2</div>")
                       .arg(esc(formatValue(c)), esc(topicLabel(c.topic, c.measure))
                                                     + (c.subject.isEmpty() ? QString() : QStringLiteral(" · ") + esc(c.subject)));

    const QuoteInContext q = quoteInContext(corpus, c);
    html += QStringLiteral("<p style='margin-top:8px'><span style='color:#777'>%1 </span>%2"
                           "<span style='background-color:#ffd54f; font-weight:bold'>%3</span>%4"
                           "<span style='color:#777'> %5</span></p>")
                .arg(esc(q.before), esc(q.quoteBefore), esc(q.figure), esc(q.quoteAfter), esc(q.after));

    QString chain = esc(outlet.isEmpty() ? tr("unknown outlet") : outlet);
    for (const QString &v : c.via)
        if (v != outlet)
            chain += QStringLiteral(" → ") + esc(v);
    if (c.claimant != outlet)
        chain += QStringLiteral(" → ") + esc(c.claimant);

    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    html += row(tr("Figure"), QStringLiteral("<b>%1</b> (%2)").arg(esc(q.figure), esc(c.unit)));
    html += row(tr("Qualifier"), esc(humanize(qualifierName(c.qualifier))));
    html += row(tr("Claimant"), esc(c.claimant) + (c.attributed ? QString() : QStringLiteral(" <i>(%1)</i>").arg(tr("unattributed: the outlet"))));
    html += row(tr("Chain"), chain);
    html += row(tr("Outlet"), esc(outletAndDate(corpus, c.articleIndex)));
    if (article && !article->title.isEmpty())
        html += row(tr("Article"), esc(article->title));
    html += row(tr("Holds for"), esc(formatInterval(c.asOf)));
    html += QStringLiteral("</table>");

    if (c.groupIndex >= 0) {
        const ClaimGroup &g = corpus.groups.at(c.groupIndex);
        html += QStringLiteral("<h4 style='margin-bottom:2px'>%1 — %2</h4>")
                    .arg(esc(g.label.isEmpty() ? topicLabel(g.topic, g.measure) : g.label),
                         g.disagreeing ? QStringLiteral("<span style='color:#b35900'>%1</span>").arg(tr("sources disagree"))
                                       : tr("sources agree"));
        html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        for (int other : g.claimIndexes) {
            const Claim &o = corpus.claims.at(other);
            const QString value = other == claimIndex ? QStringLiteral("<b>%1</b>").arg(esc(formatValue(o)))
                                                      : QStringLiteral("<a href='claim:%1'>%2</a>").arg(other).arg(esc(formatValue(o)));
            html += QStringLiteral("<tr><td align='right' style='padding-right:8px'>%1</td><td>%2</td><td style='color:#666'>%3</td></tr>")
                        .arg(value, esc(o.claimant), esc(outletAndDate(corpus, o.articleIndex)));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString eventDetailHtml(const Corpus &corpus, int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= corpus.events.size())
        return {};
    const Event &e = corpus.events.at(eventIndex);
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><div style='color:#555'>%2 · %3</div>")
                       .arg(esc(e.label), esc(humanize(e.kind)), esc(formatInterval(e.date)));
    html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>").arg(tr("Mentions (%1)").arg(e.mentions.size()));
    for (const EventMention &m : e.mentions) {
        QString source = esc(outletAndDate(corpus, m.articleIndex));
        if (m.date != e.date)
            source += QStringLiteral(" · ") + tr("dates it %1").arg(esc(formatInterval(m.date)));
        html += QStringLiteral("<p style='margin:4px 0'>“%1”<br/><i style='color:#666'>— %2</i></p>")
                    .arg(esc(corpus.quote(m).toString().simplified()), source);
    }
    return html;
}

} // namespace claimline::ui
