#pragma once

#include <QSqlDatabase>
#include <QString>

namespace claimline::schema {

// "CLML": PRAGMA application_id, so that other SQLite files are not taken for projects.
constexpr int kApplicationId = 0x434C4D4C;
// PRAGMA user_version. 1: first release (no tags, no added items, no claimant merges).
constexpr int kCurrentVersion = 2;

// Creates the current schema in an empty database (inside the caller's transaction).
bool create(QSqlDatabase &db, QString *error);
// Brings a version-1 database to the current version (inside the caller's transaction).
bool migrateFromV1(QSqlDatabase &db, QString *error);
// The version-1 schema, kept to build test fixtures and document the migration.
bool createV1(QSqlDatabase &db, QString *error);

// Runs each statement; stops at the first failure with the driver's message.
bool exec(QSqlDatabase &db, const QStringList &statements, QString *error);

} // namespace claimline::schema
