#include "ArticleSplitter.h"

#include "LineClassifier.h"
#include "OutletFinder.h"
#include "text/WordRuns.h"

#include <QRegularExpression>
#include <QSet>

namespace claimline {

namespace {

constexpr int kLookahead = 10;      // lines searched for the body that follows a headline
constexpr int kBodyBeforeTail = 3;  // body lines before a byline can close an article

bool skippableBeforeBody(LineKind k)
{
    return k != LineKind::Appeal && k != LineKind::EndSection;
}

// Body lines among the next few after `i` (a headline is followed by its body).
int bodyLinesAfter(const QList<Line> &lines, qsizetype i)
{
    int body = 0;
    for (qsizetype j = i + 1; j < lines.size() && j <= i + kLookahead; ++j) {
        if (!skippableBeforeBody(lines.at(j).kind))
            break;
        body += isBodyKind(lines.at(j));
    }
    return body;
}

// The headline of a page's first article: the first headline-like line in the page header
// (weather, dateline, labels, captions…), provided body text follows it.
qsizetype leadingHeadline(const QList<Line> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        if (l.kind == LineKind::Heading)
            return bodyLinesAfter(lines, i) >= 1 ? i : -1;
        if (isBodyKind(l) || l.kind == LineKind::Appeal || l.kind == LineKind::EndSection)
            return -1;
        if (l.kind == LineKind::Other && l.words >= 3)
            return -1;
    }
    return -1;
}

bool repeatedNext(const QList<Line> &lines, qsizetype i)
{
    return i + 1 < lines.size() && lines.at(i + 1).key == lines.at(i).key;
}

// A scraped byline block glues the headline to the outlet and author:
// "Some headlineThe Kyiv IndependentAuthor Name".
bool isGluedBylineOf(const Line &line, const QString &titleKey)
{
    return !titleKey.isEmpty() && line.key.size() > titleKey.size() && line.key.startsWith(titleKey);
}

// "The Kyiv IndependentAuthor Name" → "The Kyiv Independent": up to a lower→upper join.
QString leadingGluedName(QStringView rest)
{
    for (qsizetype i = 1; i < rest.size(); ++i) {
        if (rest[i - 1].isLower() && rest[i].isUpper())
            return rest.left(i).trimmed().toString();
    }
    return {};
}

// Markdown block markers are syntax, not text: "# Headline" is a heading whose words start
// after the marks, "> quote" a paragraph after its marker. The line's span moves past them
// so that titles and sentences point at the words themselves.
// ^(#{1,6}|>)[ \t]+(?=\S), written out (it runs on every line): the length of the
// marker with its spaces, 0 when none; `heading` tells a "#" marker from a quote's ">".
qsizetype blockMarkerLength(QStringView line, bool *heading)
{
    qsizetype i = 0;
    while (i < line.size() && i < 7 && line[i] == u'#')
        ++i;
    *heading = i > 0;
    if (i > 6 || (i == 0 && !line.startsWith(u'>')))
        return 0;
    if (i == 0)
        i = 1;
    const qsizetype marks = i;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    if (i == marks || i == line.size() || wordruns::isRegexSpace(line[i]))
        return 0;
    return i;
}

QList<Line> withoutBlockMarkers(QList<Line> lines)
{
    for (Line &l : lines) {
        bool heading = false;
        const qsizetype cut = blockMarkerLength(l.text, &heading);
        if (cut == 0)
            continue;
        l.span.start += cut;
        l.text.remove(0, cut);
        l.key = comparisonKey(l.text);
        if (heading)
            l.kind = LineKind::Heading;
    }
    return lines;
}

class Layouter
{
public:
    explicit Layouter(QStringView text) : m_text(text), m_lines(withoutBlockMarkers(classifyLines(text))) {}

    QList<ArticleLayout> run()
    {
        const qsizetype lead = leadingHeadline(m_lines);
        open(0, lead);
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (i == lead)
                continue;
            if (startsNewArticle(i)) {
                close(m_lines.at(i - 1).span.end);
                open(m_lines.at(i).span.start, i);
                continue;
            }
            place(i);
        }
        close(m_lines.isEmpty() ? m_text.size() : m_lines.last().span.end);
        return m_out;
    }

private:
    struct Current
    {
        ArticleLayout layout;
        qsizetype titleLine = -1;
        QString titleKey;
        bool inTail = false; // after the article's end (appeal, byline): all apparatus
        int body = 0;
        QSet<QString> seen;  // paragraph keys, to keep a repeated one once
        QString outlet;      // from a byline, the surest source
    };

    void open(qsizetype start, qsizetype titleLine)
    {
        m_cur = Current();
        m_cur.layout.span.start = start;
        m_cur.titleLine = titleLine;
        if (titleLine >= 0) {
            const Line &t = m_lines.at(titleLine);
            m_cur.layout.titleSpan = t.span;
            m_cur.titleKey = t.key;
            m_cur.seen.insert(t.key);
        }
    }

    void close(qsizetype end)
    {
        ArticleLayout &a = m_cur.layout;
        a.span.end = std::max(a.span.start, end);
        a.outlet = m_cur.outlet;
        if (a.outlet.isEmpty()) {
            const OutletFinder &finder = OutletFinder::instance();
            for (const TextSpan &p : std::as_const(a.paragraphs)) {
                a.outlet = finder.speakingIn(m_text.mid(p.start, p.length()));
                if (!a.outlet.isEmpty())
                    break;
            }
        }
        m_out.append(std::move(a));
    }

    bool startsNewArticle(qsizetype i) const
    {
        const Line &l = m_lines.at(i);
        if (l.kind != LineKind::Heading || l.key == m_cur.titleKey || m_cur.body == 0)
            return false;
        if (!repeatedNext(m_lines, i) && !m_cur.inTail)
            return false;
        return bodyLinesAfter(m_lines, i) >= 2;
    }

    void takeOutlet(const QString &hint)
    {
        if (!m_cur.outlet.isEmpty() || hint.isEmpty())
            return;
        // "BBC News, Jerusalem": what follows a byline's name may go on with a place or a
        // desk; a known outlet among its parts, else the first part.
        const OutletFinder &finder = OutletFinder::instance();
        const QList<QStringView> parts = QStringView(hint).split(u',');
        for (const QStringView part : parts)
            if (const QString known = finder.canonical(part); !known.isEmpty()) {
                m_cur.outlet = known;
                return;
            }
        const QString first = parts.first().trimmed().toString();
        if (!first.isEmpty() && first.size() <= 60 && first.at(0).isUpper() && !first.contains(u'@')
            && !finder.namesARole(hint))
            m_cur.outlet = first;
    }

    void place(qsizetype i)
    {
        const Line &l = m_lines.at(i);
        ArticleLayout &a = m_cur.layout;
        takeOutlet(OutletFinder::instance().ownedBy(l.text));
        if (l.kind == LineKind::Dateline) {
            a.datelines.append(l.span);
            return;
        }
        if (isGluedBylineOf(l, m_cur.titleKey)) {
            const QStringView rest = QStringView(l.text).mid(m_text.mid(a.titleSpan.start, a.titleSpan.length()).size());
            QString outlet = OutletFinder::instance().gluedIn(rest);
            if (outlet.isEmpty())
                outlet = OutletFinder::instance().canonical(leadingGluedName(rest));
            takeOutlet(outlet);
            a.boilerplate.append(l.span);
            m_cur.inTail = true;
            return;
        }
        if (l.kind == LineKind::Byline) {
            takeOutlet(l.outletHint);
            if (m_cur.body >= kBodyBeforeTail)
                m_cur.inTail = true;
            a.boilerplate.append(l.span);
            return;
        }
        if (l.kind == LineKind::Appeal || l.kind == LineKind::EndSection)
            m_cur.inTail = m_cur.inTail || m_cur.body > 0;
        const bool beforeTitle = m_cur.titleLine >= 0 && i < m_cur.titleLine;
        if (m_cur.inTail || beforeTitle || !isContentKind(l.kind) || m_cur.seen.contains(l.key)) {
            a.boilerplate.append(l.span);
            return;
        }
        // Page header lines before any body text (labels, short fragments) when no headline
        // was found: "Los Angeles", "Vue lecture".
        if (m_cur.body == 0 && m_cur.titleLine < 0 && l.kind == LineKind::Other && l.words < 3) {
            a.boilerplate.append(l.span);
            return;
        }
        m_cur.seen.insert(l.key);
        m_cur.body += isBodyKind(l);
        a.paragraphs.append(l.span);
    }

    QStringView m_text;
    QList<Line> m_lines;
    Current m_cur;
    QList<ArticleLayout> m_out;
};

} // namespace

QList<ArticleLayout> splitArticles(QStringView text)
{
    return Layouter(text).run();
}

} // namespace claimline
