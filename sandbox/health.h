#pragma once

#include <QString>
#include <optional>

namespace sandbox {

// What the platform knows about a connection when it derives its health badge.
// Every field is a plain fact stored by the sandbox; deriveHealth() folds them.
struct HealthInputs
{
    QString status; // pending|connected|syncing|error|paused|disconnected
    bool credentialsInvalid = false; // provider token expired or revoked
    bool isSyncing = false;
    bool hasLastRun = false;
    QString lastRunStatus; // pending|running|completed|failed|skipped_locked
    QString lastRunErrorReason; // auth|rate_limit|transient|config|unknown or empty
    int lastRunStreamsFailed = 0;
    std::optional<qint64> lastSuccessMs; // finish of the last completed run
    qint64 nowMs = 0;
    qint64 staleAfterMs = 48LL * 3600 * 1000;
};

// The guide's precedence, first match wins (connections-guide.md, "Connection
// health and statuses"). Choices where the guide is silent, documented in
// docs/sandbox.md and pinned by tst_health:
//  - pending (authorization not finished) -> needs_reauth: nothing can sync
//    until someone completes the provider's consent, which is what Reconnect does.
//  - paused -> like connected for freshness: healthy while the last good sync
//    is recent, stale once it is older than the threshold.
QString deriveHealth(const HealthInputs &in);

} // namespace sandbox
