#include "health.h"

namespace sandbox {

QString deriveHealth(const HealthInputs &in)
{
    const QString &status = in.status;
    if (status == u"disconnected")
        return QStringLiteral("disconnected");
    if (in.credentialsInvalid)
        return QStringLiteral("needs_reauth");
    if (in.isSyncing || status == u"syncing")
        return QStringLiteral("syncing");
    if (status == u"pending")
        return QStringLiteral("needs_reauth");

    if (!in.hasLastRun) {
        // "A connection with last_run: null derives health from status alone."
        if (status == u"error")
            return QStringLiteral("error");
        if (status == u"paused")
            return QStringLiteral("stale");
        return QStringLiteral("healthy");
    }

    const bool failed = in.lastRunStatus == u"failed";
    if (failed && in.lastRunErrorReason == u"rate_limit")
        return QStringLiteral("rate_limited");
    if (status == u"error" || failed)
        return QStringLiteral("error");
    if (in.lastRunStatus == u"completed" && in.lastRunStreamsFailed > 0)
        return QStringLiteral("degraded");
    if (!in.lastSuccessMs || in.nowMs - *in.lastSuccessMs > in.staleAfterMs)
        return QStringLiteral("stale");
    return QStringLiteral("healthy");
}

} // namespace sandbox
