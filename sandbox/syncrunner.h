#pragma once

#include "records.h"

#include <QObject>
#include <QTimer>
#include <map>

namespace sandbox {

class Store;

// What one simulated run does. Outcomes are a pure function of the runner's
// seed, the connection, its behaviour profile, the run's index and the hour it
// starts in, so a given seed replays the same history.
//
// Profiles (column `profile`, chosen by the seeder or by an API key's prefix,
// see docs/sandbox.md):
//   clean          about 1 run in 100 fails transiently
//   flaky          about 1 run in 6 fails transiently
//   partial        most runs lose one or two streams (degraded)
//   afternoon_rate_limit  runs between 12:00 and 18:00 UTC mostly hit the
//                  provider's rate limit
//   token_revoked  the next run finds the token revoked (needs_reauth)
//   config_error   every run fails with a configuration error
//   locked         every run is skipped_locked (the connection goes stale)
//   slow           clean, but a run takes 40 simulated minutes
struct RunOutcome
{
    QString status; // completed|failed|skipped_locked
    QString errorReason;
    QString errorMessage;
    int streamsFailed = 0;
    qint64 recordsWritten = 0;
    qint64 durationSimSeconds = 0;
    QString newAuthState; // empty: unchanged
};

RunOutcome simulateRun(const ConnectionRecord &c, quint32 seed, quint64 runIndex, qint64 startMs);

// Folds a finished run into its connection: status, last_synced_at,
// last_error and, for auth failures, the credential state.
void applyFinishedRun(ConnectionRecord &c, const RunRecord &r, const QString &newAuthState);

// The simulated sync runner: scheduled syncs at each connector type's cadence,
// manual syncs, and finishing runs. --time-scale X divides every simulated
// duration and cadence by X (timestamps stay real wall-clock time).
// Lives on the sandbox's event-loop thread.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    SyncRunner(Store *store, double timeScale, quint32 seed, QObject *parent = nullptr);

    // Loads running runs and the schedule from the store and starts the clock.
    void start();

    // Starts a run on `c` now (the caller checked it may run) and updates `c`.
    RunRecord startRun(ConnectionRecord &c, const QString &triggeredBy);

    // Puts a connection (new, reconnected or resumed) on the schedule.
    void scheduleFromNow(const ConnectionRecord &c);

    // Effective cadence of a connector type: the admin override or the default.
    QString cadenceFor(const QString &connectorType) const;
    void cadenceChanged(const QString &connectorType);

    double timeScale() const { return m_timeScale; }
    quint32 seed() const { return m_seed; }
    qint64 scaledMs(qint64 simSeconds) const;
    // When a manual sync may be triggered again after one was, in real ms.
    qint64 manualCooldownMs() const { return m_manualCooldownMs; }
    void setManualCooldownMs(qint64 ms) { m_manualCooldownMs = ms; }

    static QString newId(const char *prefix);

    // Sandbox only (POST /api/sandbox/runs/:id/finish): the run ends now, as
    // it would have at its planned time, so a test need not wait for it.
    enum class FinishNow { Finished, NotFound, NotRunning };
    FinishNow finishNow(const QString &workspaceId, const QString &runId);

private:
    void tick();
    void reschedule();
    void finishRun(const QString &runId);
    void scheduleNext(const ConnectionRecord &c, qint64 fromMs);

    Store *const m_store;
    const double m_timeScale;
    const quint32 m_seed;
    qint64 m_manualCooldownMs = 10000;
    QTimer m_timer;
    std::multimap<qint64, QString> m_finishQueue; // planned finish -> run id
    std::multimap<qint64, QString> m_dueQueue; // due time -> connection id
};

} // namespace sandbox
