#pragma once

#include "apierror.h"
#include "records.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace cc {

class PlatformClient;

// Keeps the inventory fresh.
//
// While rows are in flight it polls the list, one request per interval
// whatever the number of rows (never one status request per row); the
// interval stretches to twice the last request's duration on huge
// workspaces. In flight means syncing; a pending row (waiting for someone to
// finish an OAuth consent) counts only while a browser flow this console
// started for it is open (awaitConsent … consentDone): otherwise a pending
// row needs a person, not a poll.
//
// Once nothing is in flight it refreshes in the background at a slow
// interval (setBackgroundIntervalMs; 0, the default, is off), paused while
// the window is hidden or minimised and resumed at once when it shows, so a
// scheduled sync that starts or fails server-side appears without F5.
//
// On errors it backs off exponentially with ±20% jitter, never sooner than
// the server's Retry-After.
class ConnectionPoller : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionPoller(PlatformClient *client, QObject *parent = nullptr);

    void setBaseIntervalMs(int ms) { m_baseMs = ms; }
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }

    // Slow refreshes once nothing is in flight (0: none).
    void setBackgroundIntervalMs(int ms);
    int backgroundIntervalMs() const { return m_backgroundMs; }
    // Hidden or minimised window: no background refresh meanwhile; on
    // resume, one at once if it was waiting.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Starts polling when `anyInFlight` and not already polling.
    void watch(bool anyInFlight);
    // Polls, or waits for the background refresh, as `rows` need.
    void watchRows(const QVector<Connection> &rows);
    // A browser flow this console opened for `id` (its OAuth consent) is
    // waiting: its pending row is polled until consentDone().
    void awaitConsent(const QString &id);
    void consentDone(const QString &id);
    // What makes a row worth a poll now.
    bool needsPolling(const Connection &c) const;
    // A poll for rows in flight (or its request) is scheduled; the background
    // refresh waiting does not count.
    bool isPollingInFlight() const { return isActive() && !m_backgroundWait; }
    bool isBackgroundWaiting() const { return m_backgroundWait && m_timer.isActive(); }
    // Nothing more: no request, and the answer of one in flight is dropped.
    void stop();
    bool isActive() const { return m_timer.isActive() || m_requestOpen; }
    int nextDelayMs() const { return m_lastDelayMs; }
    int consecutiveFailures() const { return m_failures; }

Q_SIGNALS:
    void polled(const QVector<cc::Connection> &rows);
    void pollFailed(const cc::ApiError &error);

private:
    void tick();
    void scheduleIn(int ms);
    void scheduleBackground();

    PlatformClient *const m_client;
    QTimer m_timer;
    QElapsedTimer m_requestTimer;
    int m_baseMs = 2000;
    int m_maxBackoffMs = 60000;
    int m_failures = 0;
    int m_lastDelayMs = 0;
    bool m_requestOpen = false;
    int m_generation = 0;
    int m_backgroundMs = 0;
    bool m_paused = false;
    bool m_backgroundWait = false; // the timer is the background refresh's
    bool m_backgroundMissed = false; // it was waiting, or came to wait, while paused
    QDeadlineTimer m_backgroundDue; // when that refresh is due
    QSet<QString> m_awaiting;
};

} // namespace cc
