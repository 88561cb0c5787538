#include "connectionkeys.h"

#include "clampedinteger.h"

namespace cc::json::keys {

using json::clampedInteger;

void setText(Connection *c, ConnectionField field, const QString &value)
{
    switch (field) {
    case ConnectionField::Id:
        c->id = value;
        break;
    case ConnectionField::ConnectorType:
        c->connectorType = value;
        break;
    case ConnectionField::Name:
        c->name = value;
        break;
    case ConnectionField::Status:
        c->setStatusText(value);
        break;
    case ConnectionField::Health:
        c->setHealthText(value);
        break;
    case ConnectionField::Scope:
        c->scope = scopeFromString(value);
        break;
    case ConnectionField::OwnerUserId:
        c->setOwnerUserId(value);
        break;
    case ConnectionField::LastError:
        c->lastError = value;
        break;
    case ConnectionField::Handle:
        c->setHandle(value);
        break;
    case ConnectionField::DisplayName:
        c->setDisplayName(value);
        break;
    case ConnectionField::AvatarUrl:
        c->setAvatarUrl(value);
        break;
    case ConnectionField::LastSyncedAt:
    case ConnectionField::CreatedAt:
    case ConnectionField::IsSyncing:
        break;
    }
}

void setTime(Connection *c, ConnectionField field, qint64 ms)
{
    if (field == ConnectionField::LastSyncedAt)
        c->lastSyncedAtMs = ms;
    else if (field == ConnectionField::CreatedAt)
        c->createdAtMs = ms;
}

void setBool(Connection *c, ConnectionField field, bool value)
{
    if (field == ConnectionField::IsSyncing)
        c->isSyncing = value;
}

void setText(SyncRun *run, RunField field, const QString &value)
{
    switch (field) {
    case RunField::Id:
        run->id = value;
        break;
    case RunField::Status:
        run->statusText = value;
        run->status = runStatusFromString(value);
        break;
    case RunField::TriggeredBy:
        run->triggeredBy = value;
        break;
    case RunField::ErrorReason:
        run->errorReason = value;
        break;
    default:
        break;
    }
}

void setTime(SyncRun *run, RunField field, qint64 ms)
{
    if (field == RunField::StartedAt)
        run->startedAtMs = ms;
    else if (field == RunField::FinishedAt)
        run->finishedAtMs = ms;
}

void setNumber(SyncRun *run, RunField field, double value)
{
    switch (field) {
    case RunField::StreamsTotal:
        run->streamsTotal = clampedInteger<int>(value);
        break;
    case RunField::StreamsFailed:
        run->streamsFailed = clampedInteger<int>(value);
        break;
    case RunField::RecordsWritten:
        run->recordsWritten = clampedInteger<qint64>(value);
        break;
    default:
        break;
    }
}

} // namespace cc::json::keys
