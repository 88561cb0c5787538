#include "records.h"

#include <iterator>

namespace cc {

namespace {
template<typename E, size_t N>
E lookup(QStringView text, const std::pair<const char16_t *, E> (&table)[N], E fallback)
{
    for (const auto &entry : table) {
        if (text == QStringView(entry.first))
            return entry.second;
    }
    return fallback;
}

const std::pair<const char16_t *, Health> kHealth[] = {{u"healthy", Health::Healthy},
    {u"stale", Health::Stale}, {u"degraded", Health::Degraded}, {u"error", Health::Error},
    {u"rate_limited", Health::RateLimited}, {u"syncing", Health::Syncing},
    {u"needs_reauth", Health::NeedsReauth}, {u"disconnected", Health::Disconnected}};
} // namespace

Health healthFromString(QStringView text)
{
    return lookup(text, kHealth, Health::Unknown);
}

QString healthToString(Health health)
{
    // Preallocated: no allocation per call (rows derive their health text).
    static const QString names[] = {QStringLiteral("unknown"), QStringLiteral("healthy"),
        QStringLiteral("stale"), QStringLiteral("degraded"), QStringLiteral("error"),
        QStringLiteral("rate_limited"), QStringLiteral("syncing"), QStringLiteral("needs_reauth"),
        QStringLiteral("disconnected")};
    const auto i = size_t(health);
    return i < std::size(names) ? names[i] : names[0];
}

const QVector<Health> &allHealthValues()
{
    static const QVector<Health> values
        = {Health::Disconnected, Health::NeedsReauth, Health::Syncing, Health::RateLimited,
            Health::Error, Health::Degraded, Health::Stale, Health::Healthy};
    return values;
}

Scope scopeFromString(QStringView text)
{
    static const std::pair<const char16_t *, Scope> table[]
        = {{u"business", Scope::Business}, {u"personal", Scope::Personal}};
    return lookup(text, table, Scope::Unknown);
}

QString scopeToString(Scope scope)
{
    static const QString names[]
        = {QString(), QStringLiteral("business"), QStringLiteral("personal")};
    const auto i = size_t(scope);
    return i < std::size(names) ? names[i] : names[0];
}

ConnectionStatus connectionStatusFromString(QStringView text)
{
    static const std::pair<const char16_t *, ConnectionStatus> table[] = {
        {u"pending", ConnectionStatus::Pending}, {u"connected", ConnectionStatus::Connected},
        {u"syncing", ConnectionStatus::Syncing}, {u"error", ConnectionStatus::Error},
        {u"paused", ConnectionStatus::Paused}, {u"disconnected", ConnectionStatus::Disconnected}};
    return lookup(text, table, ConnectionStatus::Unknown);
}

QString connectionStatusToString(ConnectionStatus status)
{
    // Shared, preallocated strings: the status column asks for these per paint.
    static const QString names[] = {QString(), QStringLiteral("pending"),
        QStringLiteral("connected"), QStringLiteral("syncing"), QStringLiteral("error"),
        QStringLiteral("paused"), QStringLiteral("disconnected")};
    const auto i = size_t(status);
    return i < std::size(names) ? names[i] : QString();
}

RunStatus runStatusFromString(QStringView text)
{
    static const std::pair<const char16_t *, RunStatus> table[] = {{u"pending", RunStatus::Pending},
        {u"running", RunStatus::Running}, {u"completed", RunStatus::Completed},
        {u"failed", RunStatus::Failed}, {u"skipped_locked", RunStatus::SkippedLocked}};
    return lookup(text, table, RunStatus::Unknown);
}

AuthMethod authMethodFromString(QStringView text)
{
    static const std::pair<const char16_t *, AuthMethod> table[]
        = {{u"oauth_redirect", AuthMethod::OAuthRedirect}, {u"api_key", AuthMethod::ApiKey},
            {u"webhook", AuthMethod::Webhook}, {u"handle", AuthMethod::Handle}};
    return lookup(text, table, AuthMethod::Unknown);
}

static bool sameRun(const std::optional<SyncRun> &a, const std::optional<SyncRun> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->id == b->id && a->status == b->status && a->finishedAtMs == b->finishedAtMs
        && a->streamsFailed == b->streamsFailed && a->recordsWritten == b->recordsWritten
        && a->errorReason == b->errorReason && a->startedAtMs == b->startedAtMs;
}

ConnectionRareFields &Connection::rare()
{
    if (!m_rare)
        m_rare = new ConnectionRareFields;
    return *m_rare; // detaches a shared copy
}

QString Connection::statusText() const
{
    return status == ConnectionStatus::Unknown && m_rare ? m_rare->unknownStatusText
                                                         : connectionStatusToString(status);
}

void Connection::setStatusText(const QString &text)
{
    status = connectionStatusFromString(text);
    if (status == ConnectionStatus::Unknown && !text.isEmpty())
        rare().unknownStatusText = text;
    else if (m_rare && !m_rare->unknownStatusText.isNull())
        rare().unknownStatusText.clear();
}

QString Connection::healthText() const
{
    if (health != Health::Unknown)
        return healthToString(health);
    return m_rare ? m_rare->unknownHealthText : QString();
}

void Connection::setHealthText(const QString &text)
{
    health = healthFromString(text);
    if (health == Health::Unknown && !text.isEmpty())
        rare().unknownHealthText = text;
    else if (m_rare && !m_rare->unknownHealthText.isNull())
        rare().unknownHealthText.clear();
}

void Connection::setOwnerUserId(const QString &userId)
{
    if (m_rare || !userId.isEmpty())
        rare().ownerUserId = userId;
}

void Connection::setHandle(const QString &handle)
{
    if (m_rare || !handle.isEmpty())
        rare().handle = handle;
}

void Connection::setDisplayName(const QString &text)
{
    if (m_rare || !text.isEmpty())
        rare().displayName = text;
}

void Connection::setAvatarUrl(const QString &url)
{
    if (m_rare || !url.isEmpty())
        rare().avatarUrl = url;
}

bool Connection::operator==(const Connection &o) const
{
    if (fingerprint != 0 && o.fingerprint != 0)
        return fingerprint == o.fingerprint && id == o.id;
    return id == o.id && status == o.status && health == o.health && isSyncing == o.isSyncing
        && lastSyncedAtMs == o.lastSyncedAtMs && name == o.name && lastError == o.lastError
        && ownerUserId() == o.ownerUserId() && statusText() == o.statusText()
        && healthText() == o.healthText() && connectorType == o.connectorType && scope == o.scope
        && handle() == o.handle() && displayName() == o.displayName()
        && avatarUrl() == o.avatarUrl() && createdAtMs == o.createdAtMs
        && sameRun(lastRun, o.lastRun);
}

const QStringList &CadenceTable::presets()
{
    static const QStringList values{QStringLiteral("1m"), QStringLiteral("10m"),
        QStringLiteral("30m"), QStringLiteral("1h"), QStringLiteral("6h"), QStringLiteral("1d")};
    return values;
}

} // namespace cc
