#pragma once

#include <QJsonObject>
#include <QString>

namespace claimline {

class ProjectModel;

// claimline-extract/1 of the effective corpus (corrections and merges applied), with a
// "review" object on every claim and event (key, state, note, tags, corrections, added),
// plus "claimant_merges" and "orphaned_reviews" at the top.
QJsonObject projectToJson(const ProjectModel &model);

// One row per claim of the effective corpus, RFC 4180 quoting (CRLF line ends), UTF-8.
QString projectToCsv(const ProjectModel &model);

} // namespace claimline
