#include "DocumentReader.h"

#include "ingest/ArticleSplitter.h"
#include "ingest/OutletFinder.h"
#include "ingest/Sha256.h"
#include "text/HtmlText.h"
#include "text/TextDecoder.h"

#include <QFile>
#include <QFileInfo>

namespace claimline {

namespace {

SourceFormat formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return SourceFormat::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return SourceFormat::Markdown;
    return SourceFormat::PlainText;
}

Diagnostic error(const QString &path, const QString &message)
{
    return {Diagnostic::Severity::Error, path, -1, message};
}

// Megabytes as --max-size counts them (MiB), the limit without spurious decimals.
Diagnostic tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    constexpr double kMegabyte = 1024.0 * 1024.0;
    return error(path, QStringLiteral("skipped: %1 MB is over the %2 MB size limit (raise it with --max-size, or File › Import Size Limit in the app)")
                           .arg(double(size) / kMegabyte, 0, 'f', 1)
                           .arg(QString::number(double(maxBytes) / kMegabyte, 'g', 6)));
}

} // namespace

std::optional<ReadDocument> readDocument(const QString &path, qint64 maxBytes, Diagnostics &diagnostics)
{
    // Checked again here, not only when collecting: a file replaced by a pipe in between
    // would block open() for ever.
    if (!QFileInfo(path).isFile()) {
        diagnostics.append(error(path, QStringLiteral("not a regular file (a pipe, socket or device); skipped")));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.append(error(path, QStringLiteral("cannot read: %1").arg(file.errorString())));
        return std::nullopt;
    }
    if (maxBytes > 0 && file.size() > maxBytes) {
        diagnostics.append(tooLarge(path, file.size(), maxBytes));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        diagnostics.append(error(path, QStringLiteral("read failed: %1").arg(file.errorString())));
        return std::nullopt;
    }
    if (maxBytes > 0 && bytes.size() > maxBytes) { // it grew while we read
        diagnostics.append(tooLarge(path, bytes.size(), maxBytes));
        return std::nullopt;
    }
    return readDocumentFromBytes(path, bytes, diagnostics);
}

std::optional<ReadDocument> readDocumentFromBytes(const QString &path, const QByteArray &bytes,
                                                  Diagnostics &diagnostics)
{
    ReadDocument out;
    Document &doc = out.document;
    doc.path = path;
    doc.fileName = QFileInfo(path).fileName();
    doc.format = formatOf(path);
    doc.sha256 = sha256(bytes).toHex();
    doc.id = QStringLiteral("doc-") + QString::fromLatin1(doc.sha256.left(12));

    DecodedText decoded = decodeBytes(bytes, doc.fileName);
    doc.diagnostics += decoded.diagnostics;
    if (decoded.looksBinary) {
        doc.diagnostics.append(error(path, QStringLiteral("not a text file (binary content); skipped")));
        diagnostics += doc.diagnostics;
        return std::nullopt;
    }
    doc.encoding = decoded.encoding;
    QString pageTitle;
    if (doc.format == SourceFormat::Html) {
        HtmlText html = htmlToText(decoded.text, doc.fileName);
        doc.text = std::move(html.text);
        doc.diagnostics += html.diagnostics;
        pageTitle = std::move(html.title);
    } else {
        doc.text = std::move(decoded.text);
    }
    diagnostics += doc.diagnostics;
    out.layouts = splitArticles(doc.text);
    // A page's <title> names its site ("Headline | Al Jazeera"): the outlet of articles
    // whose own lines name none.
    if (const QString site = OutletFinder::instance().namedByPageTitle(pageTitle); !site.isEmpty())
        for (ArticleLayout &layout : out.layouts)
            if (layout.outlet.isEmpty())
                layout.outlet = site;
    out.sidecar = readSidecarFor(path, diagnostics);
    return out;
}

} // namespace claimline
