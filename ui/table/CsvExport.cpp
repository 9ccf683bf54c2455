#include "CsvExport.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QSaveFile>

namespace claimline::ui {

QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
                       || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString toCsv(const QAbstractItemModel &model)
{
    QString out;
    const int columns = model.columnCount();
    QStringList fields;
    for (int c = 0; c < columns; ++c)
        fields.append(csvField(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
    out += fields.join(u',') + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < columns; ++c)
            fields.append(csvField(model.index(r, c).data(Qt::DisplayRole).toString()));
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

bool writeCsv(const QAbstractItemModel &model, QIODevice &device)
{
    const QByteArray bytes = toCsv(model).toUtf8();
    return device.write(bytes) == bytes.size();
}

QString exportCsvFile(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!writeCsv(model, file)) {
        file.cancelWriting();
        return file.errorString();
    }
    return file.commit() ? QString() : file.errorString();
}

} // namespace claimline::ui
