#pragma once

#include "records.h"

#include <QLatin1StringView>
#include <cstring>

// The keys of a Connection and of its run, as connections-api.md spells
// them, and where each value lands in the record. Both Connection decoders —
// jsoncodec's over QJsonObject and connectionlistreader's streaming one — walk
// this one table, so a key is written once (tst_wire's differential test
// keeps the two in step).
namespace cc::json::keys {

// How a value is read: text (interned when it has few distinct values, such
// as types and statuses), an ISO-8601 time, a boolean, or a number.
enum class Kind : quint8 { Text, InternedText, Time, Bool, Number };

enum class ConnectionField : quint8 {
    Id,
    ConnectorType,
    Name,
    Status,
    Health,
    Scope,
    OwnerUserId,
    LastError,
    Handle,
    DisplayName,
    AvatarUrl,
    LastSyncedAt,
    CreatedAt,
    IsSyncing,
};

struct ConnectionKey
{
    const char *name;
    ConnectionField field;
    Kind kind;
    bool required; // a string, or the record is malformed
};

// In the order the decoders check required fields (id, type, name, status).
inline constexpr ConnectionKey kConnection[] = {
    {"id", ConnectionField::Id, Kind::Text, true},
    {"connector_type", ConnectionField::ConnectorType, Kind::InternedText, true},
    {"name", ConnectionField::Name, Kind::Text, true},
    {"status", ConnectionField::Status, Kind::InternedText, true},
    {"health", ConnectionField::Health, Kind::InternedText, false},
    {"scope", ConnectionField::Scope, Kind::InternedText, false},
    {"owner_user_id", ConnectionField::OwnerUserId, Kind::InternedText, false},
    {"last_error", ConnectionField::LastError, Kind::Text, false},
    {"handle", ConnectionField::Handle, Kind::Text, false},
    {"display_name", ConnectionField::DisplayName, Kind::Text, false},
    {"avatar_url", ConnectionField::AvatarUrl, Kind::Text, false},
    {"last_synced_at", ConnectionField::LastSyncedAt, Kind::Time, false},
    {"created_at", ConnectionField::CreatedAt, Kind::Time, false},
    {"is_syncing", ConnectionField::IsSyncing, Kind::Bool, false},
};
// The key of the nested run object.
inline constexpr const char *kLastRun = "last_run";

enum class RunField : quint8 {
    Id,
    Status,
    TriggeredBy,
    StartedAt,
    FinishedAt,
    StreamsTotal,
    StreamsFailed,
    RecordsWritten,
    ErrorReason,
};

struct RunKey
{
    const char *name;
    RunField field;
    Kind kind;
    bool required;
};

inline constexpr RunKey kRun[] = {
    {"id", RunField::Id, Kind::Text, false},
    {"status", RunField::Status, Kind::InternedText, true},
    {"triggered_by", RunField::TriggeredBy, Kind::InternedText, false},
    {"started_at", RunField::StartedAt, Kind::Time, false},
    {"finished_at", RunField::FinishedAt, Kind::Time, false},
    {"streams_total", RunField::StreamsTotal, Kind::Number, false},
    {"streams_failed", RunField::StreamsFailed, Kind::Number, false},
    {"records_written", RunField::RecordsWritten, Kind::Number, false},
    {"error_reason", RunField::ErrorReason, Kind::InternedText, false},
};

// The entry for the key [begin, end), or nullptr for a key the contract does
// not name (skipped, never an error).
template<typename Key, size_t N>
const Key *find(const Key (&table)[N], const char *begin, const char *end)
{
    const size_t length = size_t(end - begin);
    for (const Key &k : table) {
        if (std::strlen(k.name) == length && std::memcmp(k.name, begin, length) == 0)
            return &k;
    }
    return nullptr;
}

// Where a decoded value goes: the one place that knows field → member.
void setText(Connection *c, ConnectionField field, const QString &value);
void setTime(Connection *c, ConnectionField field, qint64 ms);
void setBool(Connection *c, ConnectionField field, bool value);
void setText(SyncRun *run, RunField field, const QString &value);
void setTime(SyncRun *run, RunField field, qint64 ms);
// Numbers are clamped to the member's range (a JSON number may be anything).
void setNumber(SyncRun *run, RunField field, double value);

} // namespace cc::json::keys
