#include "Article.h"
#include "Document.h"

namespace claimline {

QString sourceFormatName(SourceFormat f)
{
    switch (f) {
    case SourceFormat::PlainText: return QStringLiteral("text");
    case SourceFormat::Markdown: return QStringLiteral("markdown");
    case SourceFormat::Html: return QStringLiteral("html");
    }
    return {};
}

QString dateProvenanceName(DateProvenance p)
{
    switch (p) {
    case DateProvenance::Sidecar: return QStringLiteral("sidecar");
    case DateProvenance::Dateline: return QStringLiteral("dateline");
    case DateProvenance::Content: return QStringLiteral("content");
    case DateProvenance::Corpus: return QStringLiteral("corpus");
    case DateProvenance::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

} // namespace claimline
