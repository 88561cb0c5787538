#pragma once

#include "records.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace sandbox {

class Store;

// The simulated ingestion of data sources (docs/sandbox.md, "Data sources").
//
// Every active data source whose strategy is not `manual` is polled at its
// interval, divided by --time-scale:
//   continuous 5 min, webhook 15 min, scheduled 1 h, or the "every N[m|h|d]"
//   its sync_schedule names.
// A poll ingests about events_per_day × interval / 1 day events; each fails
// with the source's failure rate, with a realistic sync_error. A manual
// trigger starts a poll that runs for 2 s / time-scale. A source whose
// profile is `stalled` is never polled: its upstream stopped answering.
// Outcomes are a pure function of the seed, the source and the poll's time.
//
// Health, from the stored events:
//   is_stale      active, and no poll for 3 intervals (manual: 7 days),
//                 scaled by --time-scale; never polled counts from creation.
//   health_status unknown until the first poll; degraded when stale, or when
//                 10 % or more of the newest 100 events failed; else healthy.
class DataSourceSimulator : public QObject
{
    Q_OBJECT

public:
    DataSourceSimulator(Store *store, double timeScale, quint32 seed, QObject *parent = nullptr);

    void start();

    // The interval between scheduled polls, in simulated ms.
    static qint64 intervalMs(const DataSourceRecord &d);
    bool isStale(const DataSourceRecord &d, qint64 nowMs) const;
    QString healthStatus(const DataSourceRecord &d, qint64 nowMs) const;

    // Starts a manual poll now; the caller checked it may run.
    void startManualPoll(DataSourceRecord &d, qint64 nowMs);
    qint64 manualPollMs() const;

    // The events of one poll of `d` covering (fromMs, toMs], at toMs.
    static QVector<DataSourceEvent> pollEvents(
        const DataSourceRecord &d, qint64 fromMs, qint64 toMs, quint32 seed);
    // Seeding: the events of one whole day, spread over it; exactly
    // round(count × failureRate) of them fail.
    static QVector<DataSourceEvent> dayEvents(const DataSourceRecord &d, qint64 dayStartMs,
        int count, double failureRate, QRandomGenerator &rng);

private:
    void tick();
    void finishPoll(DataSourceRecord &d, qint64 fromMs, qint64 nowMs);

    Store *const m_store;
    const double m_timeScale;
    const quint32 m_seed;
    QTimer m_timer;
};

} // namespace sandbox
