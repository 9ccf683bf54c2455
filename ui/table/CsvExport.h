#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace claimline::ui {

// RFC 4180 CSV of a table model as it is shown (the header row, then every row, in the
// model's order): fields with a comma, quote or line break are quoted, quotes doubled,
// records end with CRLF, UTF-8 without BOM.
QString csvField(const QString &text);
QString toCsv(const QAbstractItemModel &model);
bool writeCsv(const QAbstractItemModel &model, QIODevice &device);
// Writes to a file path; returns an empty string on success, else the error to show.
QString exportCsvFile(const QAbstractItemModel &model, const QString &path);

} // namespace claimline::ui
