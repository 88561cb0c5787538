#pragma once

#include "apierror.h"
#include "records.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace cc {

class PlatformClient;

// Keeps the inventory fresh.
//
// While rows are in flight it polls them. In flight means syncing; a pending
// row (waiting for someone to finish an OAuth consent) counts only while a
// browser flow this console started for it is open (awaitConsent …
// consentDone): otherwise a pending row needs a person, not a poll.
//  - Up to kStatusPollLimit rows in flight: one GET /connections/:id/status
//    each per interval, at most kStatusConcurrency at a time; a row whose
//    state changed is fetched whole (GET /connections/:id) and emitted with
//    rowsUpdated. A few hundred bytes per row, whatever the inventory size.
//  - More: the list, one request per interval whatever the number of rows,
//    which PlatformClient makes a delta (changed_since), else a conditional
//    request (If-None-Match), else the plain list. The interval stretches to
//    twice the last request's duration on huge workspaces.
// The list also comes whenever the background interval has passed since the
// last one, so rows not in flight stay fresh while a few are polled.
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
    static constexpr int kStatusPollLimit = 8;
    static constexpr int kStatusConcurrency = 4;

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

    // Starts polling when `anyInFlight` and not already polling; the next
    // poll is a list (something changed, and which rows is not known).
    void watch(bool anyInFlight);
    // Polls, or waits for the background refresh, as `rows` (the whole
    // inventory, just listed) need.
    void watchRows(const QVector<Connection> &rows);
    // Row `id` is in flight (a sync this console started): polled by status.
    void watchId(const QString &id);
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
    // The rows polled by status now (tests).
    QStringList watchedIds() const { return m_inFlight.keys(); }

Q_SIGNALS:
    // The whole inventory, listed.
    void polled(const QVector<cc::Connection> &rows);
    // Rows polled by status whose state changed, fetched whole.
    void rowsUpdated(const QVector<cc::Connection> &rows);
    void pollFailed(const cc::ApiError &error);

private:
    struct Round; // one status round
    void tick();
    void pollList();
    void pollStatuses();
    void pump(const std::shared_ptr<Round> &round);
    void finishRound(const std::shared_ptr<Round> &round);
    void failed(const ApiError &error);
    void succeeded(int took);
    void track(const QVector<Connection> &rows);
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
    QHash<QString, Connection> m_inFlight; // as last seen
    bool m_listDue = false; // the next poll lists
    QElapsedTimer m_sinceList;
};

} // namespace cc
