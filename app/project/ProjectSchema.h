#pragma once

#include <QSqlDatabase>
#include <QString>

namespace claimline::schema {

// "CLML": PRAGMA application_id, so that other SQLite files are not taken for projects.
constexpr int kApplicationId = 0x434C4D4C;
// PRAGMA user_version. 1: first release (no tags, no added items, no claimant merges).
// 2: no event edits (splits and merges were written into the extraction's events).
constexpr int kCurrentVersion = 3;

// Creates the current schema in an empty database (inside the caller's transaction).
bool create(QSqlDatabase &db, QString *error);
// Brings a version-1 or -2 database to the current version (inside the caller's transaction).
bool migrate(QSqlDatabase &db, int fromVersion, QString *error);
// The version-1 schema, kept to build test fixtures and document the migration.
bool createV1(QSqlDatabase &db, QString *error);

// Runs each statement; stops at the first failure with the driver's message.
bool exec(QSqlDatabase &db, const QStringList &statements, QString *error);

} // namespace claimline::schema
