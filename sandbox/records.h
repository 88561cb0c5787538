#pragma once

#include <QString>
#include <optional>

namespace sandbox {

// Who a bearer token speaks for.
struct Principal
{
    QString workspaceId;
    QString userId;
    QString role; // owner|admin|member|viewer
    bool platformAdmin = false;
    QString tokenFamily; // set for OAuth access tokens

    bool isValid() const { return !workspaceId.isEmpty(); }
    bool canWrite() const { return role != u"viewer"; }
};

struct Workspace
{
    QString id;
    QString slug;
    QString name;
};

struct User
{
    QString id;
    QString workspaceId;
    QString name;
    QString email;
    QString role;
    bool platformAdmin = false;
    bool member = true; // shown in /members and valid as an owner
};

struct RunRecord
{
    QString id;
    QString connectionId;
    QString workspaceId;
    QString status; // pending|running|completed|failed|skipped_locked
    QString triggeredBy;
    qint64 startedAt = 0;
    std::optional<qint64> finishedAt;
    int streamsTotal = 0;
    int streamsFailed = 0;
    qint64 recordsWritten = 0;
    QString errorReason; // empty for none
    QString errorMessage; // becomes the connection's last_error
    qint64 plannedFinishAt = 0; // when a running run will finish (sandbox-internal)
};

struct ConnectionRecord
{
    QString id;
    QString workspaceId;
    QString connectorType;
    QString name;
    QString status; // pending|connected|syncing|error|paused|disconnected
    QString scope;
    QString ownerUserId;
    QString handle;
    QString displayName;
    QString avatarUrl;
    QString externalAccountId;
    qint64 followers = 0;
    qint64 createdAt = 0;
    std::optional<qint64> lastSyncedAt;
    QString lastError;
    QString authState = QStringLiteral("ok"); // ok|expired|revoked
    QString profile = QStringLiteral("clean"); // simulated behaviour, see syncrunner.h
    bool paused = false;
    QString credentialDigest; // salted digest of the provider key, never the key
    QString lastRunId;
    std::optional<RunRecord> lastRun;
};

} // namespace sandbox
