#pragma once

#include "apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QSet>
#include <QSharedData>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// Typed records of the platform contract (../shared/specs/connections-api.md).
// Unknown enum values decode to Unknown and keep their raw text for display;
// times are milliseconds since the epoch (0 = absent) to keep rows small.
namespace cc {

enum class Health : quint8 {
    Unknown,
    Healthy,
    Stale,
    Degraded,
    Error,
    RateLimited,
    Syncing,
    NeedsReauth,
    Disconnected,
};
Health healthFromString(QStringView text);
QString healthToString(Health health);
// All known values, in the guide's precedence order (most severe first).
const QVector<Health> &allHealthValues();

enum class ConnectionStatus : quint8 {
    Unknown,
    Pending,
    Connected,
    Syncing,
    Error,
    Paused,
    Disconnected
};
ConnectionStatus connectionStatusFromString(QStringView text);
// The platform's spelling; empty for Unknown.
QString connectionStatusToString(ConnectionStatus status);

enum class RunStatus : quint8 { Unknown, Pending, Running, Completed, Failed, SkippedLocked };
RunStatus runStatusFromString(QStringView text);

enum class AuthMethod : quint8 { Unknown, OAuthRedirect, ApiKey, Webhook, Handle };
AuthMethod authMethodFromString(QStringView text);

// The ownership axis of connectors and connections (guide): a workspace's
// ("business") or one member's ("personal").
enum class Scope : quint8 { Unknown, Business, Personal };
Scope scopeFromString(QStringView text);
// The platform's spelling; empty for Unknown.
QString scopeToString(Scope scope);

struct SyncRun
{
    QString id;
    RunStatus status = RunStatus::Unknown;
    QString statusText;
    QString triggeredBy;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0; // 0 while running
    int streamsTotal = 0;
    int streamsFailed = 0;
    qint64 recordsWritten = 0;
    QString errorReason; // auth|rate_limit|transient|config|unknown, empty for none
};

// The fields most rows leave empty, and the raw text of an enum value this
// console does not know: kept behind one shared pointer so that a row of the
// 100,000-row inventory stays small (issue 3's memory target).
struct ConnectionRareFields : QSharedData
{
    QString ownerUserId;
    QString handle;
    QString displayName;
    QString avatarUrl;
    QString unknownStatusText; // set only when status is Unknown
    QString unknownHealthText; // set only when health is Unknown
};

struct Connection
{
    QString id;
    QString connectorType;
    QString name;
    QString lastError;
    qint64 lastSyncedAtMs = 0;
    qint64 createdAtMs = 0;
    std::optional<SyncRun> lastRun;
    // A digest of every decoded field, computed off the UI thread, so a poll
    // can tell changed rows apart with one integer compare. 0 = not computed.
    quint64 fingerprint = 0;
    ConnectionStatus status = ConnectionStatus::Unknown;
    Health health = Health::Unknown;
    Scope scope = Scope::Unknown;
    bool isSyncing = false;
    bool isPersonal() const { return scope == Scope::Personal; }
    QString scopeText() const { return scopeToString(scope); }

    // The status as the platform spells it ("connected" …), also when unknown.
    QString statusText() const;
    // Sets the text and the enum decoded from it.
    void setStatusText(const QString &text);
    // The health as the platform spells it; empty when the platform sent none.
    QString healthText() const;
    void setHealthText(const QString &text);
    QString ownerUserId() const { return m_rare ? m_rare->ownerUserId : QString(); }
    void setOwnerUserId(const QString &userId);
    // Public-handle connectors (X, LinkedIn …) only.
    QString handle() const { return m_rare ? m_rare->handle : QString(); }
    void setHandle(const QString &handle);
    QString displayName() const { return m_rare ? m_rare->displayName : QString(); }
    void setDisplayName(const QString &text);
    QString avatarUrl() const { return m_rare ? m_rare->avatarUrl : QString(); }
    void setAvatarUrl(const QString &url);

    // Pending or syncing: the poller keeps it fresh until it settles.
    bool isInFlight() const
    {
        return isSyncing || status == ConnectionStatus::Pending
            || status == ConnectionStatus::Syncing || health == Health::Syncing;
    }
    bool operator==(const Connection &o) const;
    bool operator!=(const Connection &o) const { return !(*this == o); }

private:
    ConnectionRareFields &rare();
    QSharedDataPointer<ConnectionRareFields> m_rare;
};

struct Connector
{
    QString type;
    QString name;
    QString category;
    AuthMethod authMethod = AuthMethod::Unknown;
    QString authMethodText;
    Scope scope = Scope::Unknown;
    QString direction;
    bool connectable = true;
    QString notConnectableReason;
    QStringList streams;
    QString description;
};

struct Me
{
    QString userId;
    QString name;
    QString email;
    QString role; // owner|admin|member|viewer
    bool platformAdmin = false;
    QString workspaceId;
    QString workspaceName;
    QString workspaceSlug;

    bool canWrite() const { return role != u"viewer"; }
};

// GET /api/admin/connector-cadence: the cadence in force per connector type;
// with the sandbox's additions (absent elsewhere: empty), each connector's
// default and the types a platform admin has overridden.
struct CadenceTable
{
    QHash<QString, QString> current;
    QHash<QString, QString> defaults;
    QSet<QString> overrides;
    // The guide's presets, shortest first.
    static const QStringList &presets();
};

struct Member
{
    QString userId;
    QString name;
    QString email;
};

// A run from the workspace-wide runs extension (GET /runs), or one gathered
// per connection when the platform lacks it.
struct WorkspaceRun
{
    SyncRun run;
    QString connectionId;
    QString connectorType;
};

// GET /connections/:id/status: just the sync state.
struct ConnectionState
{
    QString id;
    QString statusText;
    ConnectionStatus status = ConnectionStatus::Unknown;
    Health health = Health::Unknown;
    Scope scope = Scope::Unknown;
    bool isSyncing = false;
    bool isPersonal() const { return scope == Scope::Personal; }
    QString scopeText() const { return scopeToString(scope); }
    qint64 lastSyncedAtMs = 0;
    QString lastError;
};

// The 202 answer to POST /connections/:id/sync.
struct SyncAck
{
    QString connectionId;
    QString syncRunId;
    qint64 triggeredAtMs = 0;
};

// The answer to connect and reconnect, routed on "mode".
struct ConnectResult
{
    QString mode; // oauth_redirect|connected|already_connected|webhook
    QString authorizeUrl;
    QString existingId;
    QString webhookUrl;
    QString signingSecret; // shown once, never stored
    std::optional<Connection> connection;
};

struct ResolvedHandle
{
    QString externalAccountId;
    QString displayName;
    qint64 followers = 0;
    QString avatarUrl;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::Health)
Q_DECLARE_METATYPE(cc::Connection)
Q_DECLARE_METATYPE(cc::ApiError)
