#include "Sidecar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace claimline {

namespace {

// NAME.ext.meta.json wins over NAME.meta.json: it cannot belong to a sibling NAME.other.
QString sidecarPathFor(const QString &inputPath)
{
    const QString full = inputPath + QStringLiteral(".meta.json");
    if (QFileInfo::exists(full))
        return full;
    const QFileInfo info(inputPath);
    const QString base = info.dir().filePath(info.completeBaseName() + QStringLiteral(".meta.json"));
    if (!info.suffix().isEmpty() && QFileInfo::exists(base))
        return base;
    return {};
}

} // namespace

Sidecar readSidecarFor(const QString &inputPath, Diagnostics &diagnostics)
{
    Sidecar out;
    const QString path = sidecarPathFor(inputPath);
    if (path.isEmpty())
        return out;
    const auto warn = [&](const QString &message, qint64 offset = -1) {
        diagnostics.append({Diagnostic::Severity::Warning, path, offset, message});
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(QStringLiteral("cannot read metadata: %1; ignored").arg(file.errorString()));
        return out;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        warn(QStringLiteral("corrupt metadata JSON (%1); ignored").arg(error.errorString()), error.offset);
        return out;
    }
    if (!doc.isObject()) {
        warn(QStringLiteral("metadata is not a JSON object; ignored"));
        return out;
    }
    const QJsonObject o = doc.object();
    out.present = true;
    out.title = o.value(u"title").toString().simplified();
    out.outlet = o.value(u"outlet").toString().simplified();
    out.url = o.value(u"url").toString().trimmed();
    const QString published = o.value(u"published").toString().trimmed();
    if (!published.isEmpty()) {
        out.published = QDate::fromString(published.left(10), Qt::ISODate);
        if (!out.published.isValid())
            warn(QStringLiteral("\"published\" is not a YYYY-MM-DD date: %1; ignored").arg(published));
    }
    return out;
}

} // namespace claimline
