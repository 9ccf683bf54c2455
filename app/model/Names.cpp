#include "Article.h"
#include "Claim.h"
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

QString asOfSourceName(AsOfSource s)
{
    switch (s) {
    case AsOfSource::Text: return QStringLiteral("text");
    case AsOfSource::OtherReport: return QStringLiteral("other_report");
    case AsOfSource::Publication: return QStringLiteral("publication");
    case AsOfSource::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

AsOfSource asOfSourceFromName(QStringView name)
{
    for (const AsOfSource s : {AsOfSource::Text, AsOfSource::OtherReport, AsOfSource::Publication})
        if (name == asOfSourceName(s))
            return s;
    return AsOfSource::Unknown;
}

} // namespace claimline
