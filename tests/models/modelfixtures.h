#pragma once

#include "records.h"

#include <QVector>

// Deterministic connection rows for model tests and benchmarks.
namespace fixtures {

inline cc::Connection connection(int i)
{
    static const char *const types[]
        = {"hubspot", "salesforce", "gmail", "slack", "fathom", "twitter"};
    static const cc::Health health[] = {cc::Health::Healthy, cc::Health::Healthy, cc::Health::Stale,
        cc::Health::Error, cc::Health::Degraded, cc::Health::RateLimited, cc::Health::Syncing,
        cc::Health::NeedsReauth, cc::Health::Disconnected, cc::Health::Healthy};
    cc::Connection c;
    c.id = QStringLiteral("con_%1").arg(i, 8, 10, QLatin1Char('0'));
    c.connectorType = QString::fromLatin1(types[i % 6]);
    c.name = QStringLiteral("Connection %1").arg(i, 6, 10, QLatin1Char('0'));
    c.setHealthText(cc::healthToString(health[i % 10]));
    c.setStatusText(c.health == cc::Health::Disconnected ? QStringLiteral("disconnected")
                                                         : QStringLiteral("connected"));
    c.scope = c.connectorType == u"gmail" ? cc::Scope::Personal : cc::Scope::Business;
    c.lastSyncedAtMs = 1'700'000'000'000LL + qint64(i % 997) * 60000;
    c.createdAtMs = 1'690'000'000'000LL + i;
    if (c.health == cc::Health::Error)
        c.lastError = QStringLiteral("Timed out waiting for upstream %1").arg(i % 7);
    c.isSyncing = c.health == cc::Health::Syncing;
    return c;
}

inline QVector<cc::Connection> connections(int n)
{
    QVector<cc::Connection> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.push_back(connection(i));
    return out;
}

} // namespace fixtures
