#pragma once

#include "records.h"

#include <QStringList>

namespace cc {

// "Why this badge?": the inputs behind a connection's derived health in plain
// words (status, syncing, the last run's outcome and reason, the age of the
// last good sync against the 48 h threshold) and the action that fits.
struct HealthExplanation
{
    enum class Action { None, Reconnect, WaitForRateLimit, CheckConfiguration, SyncNow };

    QStringList facts;
    QString summary;
    Action action = Action::None;
    QString actionText;
    qint64 retryAtMs = 0; // WaitForRateLimit: when the next sync will retry (0 = unknown)

    // `cadenceSeconds` is the connector type's sync cadence (0 when unknown).
    static HealthExplanation explain(const Connection &c, qint64 nowMs, qint64 cadenceSeconds = 0);
};

} // namespace cc
