#include "healthexplanation.h"

#include "connectionsmodel.h"
#include "healthbadge.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cc {

namespace {
constexpr qint64 kStaleMs = 48LL * 3600 * 1000;
} // namespace

HealthExplanation HealthExplanation::explain(const Connection &c, qint64 now, qint64 cadenceSeconds)
{
    HealthExplanation e;
    e.facts << QCoreApplication::translate("HealthExplanation", "Status: %1.").arg(c.statusText());
    e.facts << (c.isSyncing
            ? QCoreApplication::translate("HealthExplanation", "A sync is running now.")
            : QCoreApplication::translate("HealthExplanation", "No sync is running now."));
    if (c.lastRun) {
        const SyncRun &r = *c.lastRun;
        QString outcome = r.statusText;
        if (r.status == RunStatus::Completed && r.streamsFailed > 0)
            outcome = QCoreApplication::translate(
                "HealthExplanation", "completed, but %1 of %2 streams failed")
                          .arg(r.streamsFailed)
                          .arg(r.streamsTotal);
        const QString started = ConnectionsModel::relativeTime(r.startedAtMs, now);
        e.facts << (r.errorReason.isEmpty()
                ? QCoreApplication::translate("HealthExplanation", "Last run: %1, started %2.")
                      .arg(outcome, started)
                : QCoreApplication::translate(
                    "HealthExplanation", "Last run: %1 (reason: %2), started %3.")
                      .arg(outcome, r.errorReason, started));
    } else {
        e.facts << QCoreApplication::translate("HealthExplanation", "It has never run.");
    }
    if (c.lastSyncedAtMs > 0) {
        const bool old = now - c.lastSyncedAtMs > kStaleMs;
        e.facts << (old ? QCoreApplication::translate("HealthExplanation",
                        "Last good sync %1: older than the 48 h freshness threshold.")
                        : QCoreApplication::translate("HealthExplanation",
                            "Last good sync %1: within the 48 h freshness threshold."))
                       .arg(ConnectionsModel::relativeTime(c.lastSyncedAtMs, now));
    } else {
        e.facts << QCoreApplication::translate(
            "HealthExplanation", "It has never synced successfully.");
    }

    e.summary = HealthBadge(c.health).meaning();
    const QString reason = c.lastRun ? c.lastRun->errorReason : QString();
    switch (c.health) {
    case Health::NeedsReauth:
    case Health::Disconnected:
        e.action = Action::Reconnect;
        e.actionText = QCoreApplication::translate("HealthExplanation", "Reconnect");
        break;
    case Health::RateLimited:
        e.action = Action::WaitForRateLimit;
        if (c.lastRun && cadenceSeconds > 0)
            e.retryAtMs = c.lastRun->startedAtMs + cadenceSeconds * 1000;
        e.actionText = e.retryAtMs > now
            ? QCoreApplication::translate(
                "HealthExplanation", "Wait for the rate limit: the next sync retries at %1.")
                  .arg(
                      QDateTime::fromMSecsSinceEpoch(e.retryAtMs).toString(QStringLiteral("HH:mm")))
            : QCoreApplication::translate(
                "HealthExplanation", "Wait for the rate limit: the next scheduled sync retries.");
        break;
    case Health::Error:
        if (reason == u"config") {
            e.action = Action::CheckConfiguration;
            e.actionText = QCoreApplication::translate("HealthExplanation",
                "Check the configuration at the provider (see the last error), then sync.");
        } else if (reason == u"auth") {
            e.action = Action::Reconnect;
            e.actionText = QCoreApplication::translate("HealthExplanation", "Reconnect");
        } else {
            e.action = Action::SyncNow;
            e.actionText = QCoreApplication::translate("HealthExplanation", "Sync now");
        }
        break;
    case Health::Degraded:
    case Health::Stale:
        e.action = Action::SyncNow;
        e.actionText = QCoreApplication::translate("HealthExplanation", "Sync now");
        break;
    case Health::Syncing:
    case Health::Healthy:
    case Health::Unknown:
        e.actionText = QCoreApplication::translate("HealthExplanation", "Nothing to do.");
        break;
    }
    return e;
}

} // namespace cc
