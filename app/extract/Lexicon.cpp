#include "Lexicon.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QtDebug>

namespace claimline {

namespace {

QJsonObject readJsonObject(const QString &path, bool mustExist)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (mustExist)
            qWarning("lexicon %s: cannot open", qPrintable(path));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("lexicon %s: not a JSON object (%s at offset %d); ignored", qPrintable(path),
                 qPrintable(error.errorString()), error.offset);
        return {};
    }
    return doc.object();
}

QJsonValue merged(const QJsonValue &base, const QJsonValue &extra)
{
    if (base.isObject() && extra.isObject()) {
        QJsonObject out = base.toObject();
        const QJsonObject add = extra.toObject();
        for (auto it = add.begin(); it != add.end(); ++it)
            out.insert(it.key(), merged(out.value(it.key()), it.value()));
        return out;
    }
    if (base.isArray() && extra.isArray()) {
        QJsonArray out = base.toArray();
        for (const QJsonValue &v : extra.toArray())
            out.append(v);
        return out;
    }
    return extra.isUndefined() ? base : extra;
}

} // namespace

QJsonObject loadLexicon(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QJsonObject> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;

    const QString fileName = name + QStringLiteral(".json");
    QJsonObject lexicon = readJsonObject(QStringLiteral(":/lexicon/") + fileName, true);
    const QString overrideDir = qEnvironmentVariable("CLAIMLINE_LEXICON_DIR");
    if (!overrideDir.isEmpty()) {
        const QJsonObject extra = readJsonObject(overrideDir + u'/' + fileName, false);
        lexicon = merged(lexicon, extra).toObject();
    }
    cache.insert(name, lexicon);
    return lexicon;
}

} // namespace claimline
