#pragma once

#include "apierror.h"
#include "records.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace cc {

class PlatformClient;

// Keeps pending / syncing connections fresh until they settle.
//
// One list request per interval whatever the number of rows in flight (never
// one status request per row); the interval stretches to twice the last
// request's duration on huge workspaces. On errors it backs off exponentially
// with ±20% jitter, never sooner than the server's Retry-After. It stops by
// itself when a result has nothing in flight.
class ConnectionPoller : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionPoller(PlatformClient *client, QObject *parent = nullptr);

    void setBaseIntervalMs(int ms) { m_baseMs = ms; }
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }

    // Starts polling when `anyInFlight` and not already polling.
    void watch(bool anyInFlight);
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

    PlatformClient *const m_client;
    QTimer m_timer;
    QElapsedTimer m_requestTimer;
    int m_baseMs = 2000;
    int m_maxBackoffMs = 60000;
    int m_failures = 0;
    int m_lastDelayMs = 0;
    bool m_requestOpen = false;
    int m_generation = 0;
};

} // namespace cc
