#pragma once

#include "ProjectData.h"

#include <QSqlDatabase>
#include <optional>

namespace claimline {

// Row-level reading and writing of a project in an open database of the current schema.
// Transactions are the caller's (ProjectStore).
bool writeProjectTables(QSqlDatabase &db, const ProjectData &data, QString *error);
std::optional<ProjectData> readProjectTables(QSqlDatabase &db, QString *error);

} // namespace claimline
