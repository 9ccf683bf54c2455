#pragma once

#include "ProjectData.h"

#include <QJsonObject>
#include <optional>

namespace claimline {

// JSON forms of review records and of analyst-added items, as stored in the project file
// and exported. Spans here are UTF-16 offsets (internal), unlike claimline-extract/1.
QJsonObject reviewToJson(const ReviewRecord &record);
ReviewRecord reviewFromJson(const QJsonObject &o);
QJsonObject correctionsToJson(const ClaimCorrections &c);
ClaimCorrections correctionsFromJson(const QJsonObject &o);

QJsonObject addedClaimToJson(const AddedClaim &added);
AddedClaim addedClaimFromJson(const QJsonObject &o);
QJsonObject addedEventToJson(const AddedEvent &added);
AddedEvent addedEventFromJson(const QJsonObject &o);

QJsonObject eventEditToJson(const EventEdit &edit);
std::optional<EventEdit> eventEditFromJson(const QJsonObject &o);

QJsonValue intervalToJson(const DayInterval &iv);
DayInterval intervalFromJson(const QJsonValue &v);

} // namespace claimline
