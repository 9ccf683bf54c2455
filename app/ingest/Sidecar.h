#pragma once

#include "model/Diagnostic.h"

#include <QDate>
#include <QString>

namespace claimline {

// NAME.meta.json beside NAME.ext: {"title", "outlet", "published": "YYYY-MM-DD", "url"};
// each present field overrides what is inferred for the file's (first) article.
struct Sidecar
{
    bool present = false;
    QString title;
    QString outlet;
    QString url;
    QDate published;
};

Sidecar readSidecarFor(const QString &inputPath, Diagnostics &diagnostics);

} // namespace claimline
