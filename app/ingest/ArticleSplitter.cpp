#include "ArticleSplitter.h"

namespace claimline {

// STUB (owned by the text/ingest work): one article, one paragraph per non-empty line.
QList<ArticleLayout> splitArticles(QStringView text)
{
    ArticleLayout a;
    a.span = {0, text.size()};
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (!text.mid(start, end - start).trimmed().isEmpty())
            a.paragraphs.append({start, end});
        start = end + 1;
    }
    return {a};
}

} // namespace claimline
