#include "ProjectSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace claimline::schema {

namespace {

// Tables shared by versions 1 and 2. Indexes (idx) are list positions in the Corpus.
QStringList commonTables()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE documents (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, path TEXT,"
                       " format TEXT, encoding TEXT, sha256 TEXT NOT NULL, content BLOB, text TEXT NOT NULL,"
                       " diagnostics TEXT)"),
        QStringLiteral("CREATE TABLE articles (idx INTEGER PRIMARY KEY, id TEXT NOT NULL,"
                       " document INTEGER NOT NULL REFERENCES documents(idx), start INTEGER, end INTEGER,"
                       " title_start INTEGER, title_end INTEGER, title TEXT, outlet TEXT, url TEXT,"
                       " published TEXT, published_from TEXT)"),
        QStringLiteral("CREATE TABLE claim_groups (idx INTEGER PRIMARY KEY, id TEXT, topic TEXT, measure TEXT,"
                       " label TEXT, dates_first TEXT, dates_last TEXT, min REAL, max REAL, disagreeing INTEGER)"),
        QStringLiteral("CREATE TABLE claims (idx INTEGER PRIMARY KEY, id TEXT NOT NULL,"
                       " document INTEGER NOT NULL REFERENCES documents(idx),"
                       " article INTEGER NOT NULL REFERENCES articles(idx), quote_start INTEGER, quote_end INTEGER,"
                       " figure_start INTEGER, figure_end INTEGER, topic TEXT, measure TEXT, low REAL, high REAL,"
                       " qualifier TEXT, unit TEXT, claimant TEXT, via TEXT, attributed INTEGER,"
                       " as_of_first TEXT, as_of_last TEXT, subject TEXT,"
                       " group_idx INTEGER REFERENCES claim_groups(idx))"),
        QStringLiteral("CREATE TABLE events (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT, label TEXT,"
                       " date_first TEXT, date_last TEXT)"),
        QStringLiteral("CREATE TABLE mentions (event INTEGER NOT NULL REFERENCES events(idx), ord INTEGER NOT NULL,"
                       " document INTEGER NOT NULL REFERENCES documents(idx),"
                       " article INTEGER NOT NULL REFERENCES articles(idx), start INTEGER, end INTEGER,"
                       " date_first TEXT, date_last TEXT, PRIMARY KEY (event, ord))"),
    };
}

QStringList currentOnlyTables()
{
    return {
        QStringLiteral("CREATE TABLE added_items (ord INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL UNIQUE,"
                       " payload TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE claimant_merges (merged TEXT PRIMARY KEY, into_name TEXT NOT NULL)"),
    };
}

QStringList version3Tables()
{
    return {QStringLiteral("CREATE TABLE event_edits (ord INTEGER PRIMARY KEY, payload TEXT NOT NULL)")};
}

} // namespace

bool exec(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool create(QSqlDatabase &db, QString *error)
{
    QStringList all = commonTables();
    all += QStringLiteral("CREATE TABLE reviews (kind TEXT NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL,"
                          " note TEXT, tags TEXT NOT NULL DEFAULT '[]', corrections TEXT, PRIMARY KEY (kind, key))");
    all += currentOnlyTables();
    all += version3Tables();
    all += QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
    all += QStringLiteral("PRAGMA user_version = %1").arg(kCurrentVersion);
    return exec(db, all, error);
}

bool createV1(QSqlDatabase &db, QString *error)
{
    QStringList all = commonTables();
    all += QStringLiteral("CREATE TABLE reviews (kind TEXT NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL,"
                          " note TEXT, corrections TEXT, PRIMARY KEY (kind, key))");
    all += QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
    all += QStringLiteral("PRAGMA user_version = 1");
    return exec(db, all, error);
}

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    QStringList all;
    if (fromVersion <= 1) {
        all += QStringLiteral("ALTER TABLE reviews ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'");
        all += currentOnlyTables();
    }
    if (fromVersion <= 2)
        all += version3Tables();
    all += QStringLiteral("PRAGMA user_version = %1").arg(kCurrentVersion);
    return exec(db, all, error);
}

} // namespace claimline::schema
