#pragma once

#include "ingest/ArticleLayout.h"
#include "ingest/Sidecar.h"
#include "model/Document.h"

#include <QList>
#include <optional>

namespace claimline {

// One file read, decoded and laid out into articles; the unit of parallel work.
struct ReadDocument
{
    Document document;
    QList<ArticleLayout> layouts;
    Sidecar sidecar;
};

// nullopt (with an Error diagnostic naming the file) when the file cannot be used:
// unreadable, too large, binary. Never throws.
std::optional<ReadDocument> readDocument(const QString &path, qint64 maxBytes, Diagnostics &diagnostics);
std::optional<ReadDocument> readDocumentFromBytes(const QString &path, const QByteArray &bytes,
                                                  Diagnostics &diagnostics);

} // namespace claimline
