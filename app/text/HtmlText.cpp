#include "HtmlText.h"

#include <QSet>
#include <QStringList>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace claimline {

namespace {

// Deeper than this, content is dropped: real pages nest a few dozen levels, and a page
// nested thousands deep is an attack or a broken generator. libxml2 itself stops at 256
// without HTML_PARSE_HUGE; cutting earlier lets us tell the analyst.
constexpr int kMaxDepth = 200;

// <embed> is void in HTML5 but libxml2's HTML 4 parser nests what follows inside it, so
// it is walked through like any inline element (it has no text of its own).
const QSet<QByteArray> &droppedElements()
{
    static const QSet<QByteArray> set = {"script", "style",  "noscript", "template", "nav",    "footer",
                                         "aside",  "form",   "iframe",   "object",   "svg",
                                         "button", "select", "textarea", "canvas", "math",
                                         "audio",  "video",  "map",      "dialog"};
    return set;
}

const QSet<QByteArray> &blockElements()
{
    static const QSet<QByteArray> set = {
        "p",       "div",    "h1",         "h2",     "h3",         "h4",      "h5",   "h6",
        "li",      "tr",     "section",    "article", "header",    "blockquote", "pre", "table",
        "ul",      "ol",     "dl",         "dt",     "dd",         "main",    "figure", "figcaption",
        "caption", "address", "hr",        "body",   "details",    "summary", "td",   "th"};
    return set;
}

QByteArray nameOf(const xmlNode *node)
{
    return QByteArray(reinterpret_cast<const char *>(node->name)).toLower();
}

QString textOf(const xmlNode *node)
{
    xmlChar *content = xmlNodeGetContent(node);
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
    xmlFree(content);
    return s;
}

// A table of figures (short cells, no table inside) reads as pipe rows, "Sagaing | 39 | 71",
// one line per row, which the extractor reads as a table; a cell per paragraph would lose
// its column. A layout table (a page set out in cells) reads as blocks like any other.
constexpr qsizetype kMaxDataCellLength = 200;
constexpr int kMaxDataCells = 5000;

bool isDataTable(const xmlNode *table)
{
    int cells = 0;
    const xmlNode *node = table->children;
    while (node) {
        if (node->type == XML_ELEMENT_NODE) {
            const QByteArray name = nameOf(node);
            if (name == "table")
                return false;
            if ((name == "td" || name == "th") && (++cells > kMaxDataCells || textOf(node).size() > kMaxDataCellLength))
                return false;
            if (node->children) {
                node = node->children;
                continue;
            }
        }
        while (node != table && !node->next)
            node = node->parent;
        node = node == table ? nullptr : node->next;
    }
    return true;
}

// Gathers paragraphs: whitespace is collapsed inside a block, <br> keeps a line break.
class TextBuilder
{
public:
    void text(const xmlChar *content, bool preformatted)
    {
        const QString s = QString::fromUtf8(reinterpret_cast<const char *>(content));
        if (preformatted) {
            m_current += s;
            m_pendingSpace = false;
            return;
        }
        for (const QChar c : s) {
            if (c.isSpace()) { // NBSP included
                m_pendingSpace = !m_current.isEmpty() && !m_current.endsWith(u'\n');
                continue;
            }
            if (m_pendingSpace)
                m_current += u' ';
            m_pendingSpace = false;
            m_current += c;
        }
    }
    void cellSeparator()
    {
        m_pendingSpace = false;
        m_current += QStringLiteral(" | ");
    }
    void lineBreak()
    {
        m_pendingSpace = false;
        m_current += u'\n';
    }
    void paragraphBreak()
    {
        m_pendingSpace = false;
        QStringList lines = m_current.split(u'\n');
        for (QString &line : lines)
            line = line.trimmed();
        lines.removeAll(QString());
        if (!lines.isEmpty())
            m_paragraphs.append(lines.join(u'\n'));
        m_current.clear();
    }
    QStringList &paragraphs() { return m_paragraphs; }

private:
    QStringList m_paragraphs;
    QString m_current;
    bool m_pendingSpace = false;
};

} // namespace

HtmlText htmlToText(const QString &html, const QString &fileName)
{
    HtmlText out;
    const QByteArray utf8 = html.toUtf8();
    htmlDocPtr doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                        | HTML_PARSE_RECOVER);
    if (!doc) {
        out.diagnostics.append({Diagnostic::Severity::Warning, fileName, -1,
                                QStringLiteral("HTML could not be parsed; read as plain text")});
        out.text = html;
        return out;
    }

    TextBuilder builder;
    QString firstH1;
    int firstH1Paragraph = -1;
    bool truncated = false;
    int preDepth = 0;
    const xmlNode *dataTable = nullptr; // the table being read as pipe rows (they do not nest)
    int cellsInRow = 0;

    // Iterative walk over the node tree: no recursion, whatever the nesting.
    xmlNode *root = xmlDocGetRootElement(doc);
    xmlNode *node = root;
    int depth = 0;
    while (node) {
        bool descend = false;
        if (node->type == XML_ELEMENT_NODE) {
            const QByteArray name = nameOf(node);
            if (name == "title" && out.title.isEmpty()) {
                out.title = textOf(node);
            } else if (name == "br") {
                builder.lineBreak();
            } else if (!droppedElements().contains(name)) {
                if (depth >= kMaxDepth) {
                    truncated = true;
                } else {
                    if (dataTable && name == "tr") {
                        builder.lineBreak();
                        cellsInRow = 0;
                    } else if (dataTable && (name == "td" || name == "th")) {
                        if (cellsInRow++ > 0)
                            builder.cellSeparator();
                    } else if (blockElements().contains(name) && (!dataTable || name == "caption")) {
                        builder.paragraphBreak();
                    }
                    if (name == "table" && !dataTable && isDataTable(node))
                        dataTable = node;
                    if (name == "h1" && firstH1.isEmpty()) {
                        firstH1 = textOf(node);
                        firstH1Paragraph = int(builder.paragraphs().size());
                    }
                    if (name == "pre")
                        ++preDepth;
                    descend = node->children != nullptr;
                    if (!descend && name == "pre")
                        --preDepth;
                    if (!descend && node == dataTable)
                        dataTable = nullptr;
                }
            }
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            builder.text(node->content, preDepth > 0);
        }

        if (descend) {
            node = node->children;
            ++depth;
            continue;
        }
        // Leave finished elements (closing their blocks) until one has a next sibling.
        while (node && node != root && !node->next) {
            node = node->parent;
            --depth;
            if (node && node->type == XML_ELEMENT_NODE) {
                const QByteArray name = nameOf(node);
                if (name == "pre")
                    --preDepth;
                if (node == dataTable)
                    dataTable = nullptr;
                if (dataTable && name == "tr")
                    builder.lineBreak();
                else if (blockElements().contains(name) && (!dataTable || name == "caption"))
                    builder.paragraphBreak();
            }
        }
        node = (node && node != root) ? node->next : nullptr;
    }
    builder.paragraphBreak();
    xmlFreeDoc(doc);

    QStringList &paragraphs = builder.paragraphs();
    // The headline leads the text, where the article splitter looks for it.
    if (firstH1Paragraph > 0 && firstH1Paragraph < paragraphs.size() && paragraphs.at(firstH1Paragraph) == firstH1)
        paragraphs.move(firstH1Paragraph, 0);
    if (out.title.isEmpty())
        out.title = firstH1;
    out.text = paragraphs.join(QStringLiteral("\n\n"));
    if (truncated)
        out.diagnostics.append({Diagnostic::Severity::Warning, fileName, -1,
                                QStringLiteral("HTML nested deeper than %1 levels; the deeper content was dropped")
                                    .arg(kMaxDepth)});
    return out;
}

} // namespace claimline
