#include "datasourcebadge.h"

#include <QCoreApplication>

namespace cc {

HealthBadge dataSourceBadge(
    bool isActive, bool isStale, DataSource::Health health, DataSource::SyncStatus lastSyncStatus)
{
    if (!isActive)
        return HealthBadge(Health::Disconnected,
            QCoreApplication::translate("DataSourceBadge", "Inactive"),
            QCoreApplication::translate("DataSourceBadge",
                "This data source is switched off: the platform does not poll it."));
    if (isStale)
        return HealthBadge(Health::Stale, QCoreApplication::translate("DataSourceBadge", "Stale"),
            QCoreApplication::translate("DataSourceBadge",
                "No poll for three sync intervals (seven days for a manual feed): the feed has "
                "stopped."));
    if (health == DataSource::Health::Degraded)
        return HealthBadge(Health::Degraded,
            QCoreApplication::translate("DataSourceBadge", "Degraded"),
            QCoreApplication::translate("DataSourceBadge",
                "10 % or more of its newest events failed. See the failures in History."));
    if (lastSyncStatus == DataSource::SyncStatus::Error)
        return HealthBadge(Health::Error, QCoreApplication::translate("DataSourceBadge", "Error"),
            QCoreApplication::translate("DataSourceBadge",
                "Events of the latest poll failed. See the failures in History."));
    if (health == DataSource::Health::Healthy)
        return HealthBadge(Health::Healthy,
            QCoreApplication::translate("DataSourceBadge", "Healthy"),
            QCoreApplication::translate(
                "DataSourceBadge", "Polled on time, and its newest events synced."));
    return HealthBadge(Health::Unknown, QCoreApplication::translate("DataSourceBadge", "Unknown"),
        QCoreApplication::translate("DataSourceBadge",
            "Not polled yet, or the platform reports a health this console does not know."));
}

} // namespace cc
