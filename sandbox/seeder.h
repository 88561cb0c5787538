#pragma once

#include "records.h"

#include <QRandomGenerator>

namespace sandbox {

class Store;

// Fills a workspace for --seed. Deterministic for a given seed and "now".
//  demo     about 25 connections covering every status and health value, with
//           members, personal connectors, X / LinkedIn handles and 90 days of
//           history with realistic patterns (see docs/sandbox.md).
//  scale:N  N connections (up to 100,000) with a few recent runs each, for
//           benchmarks; a few hundred thousand rows in one transaction.
class Seeder
{
public:
    Seeder(Store *store, quint32 seed, double timeScale);

    void seedDemo(const Workspace &ws, qint64 nowMs);
    void seedScale(const Workspace &ws, int count, qint64 nowMs);

    // The platform API's demo (seeder_platform.cpp): `ws` becomes a
    // provisioned production workspace; a staging and an archived workspace
    // join it; about 12 data sources cover every source_type and
    // sync_strategy with 90 days of events (one stale and degraded). Returns
    // the workspaces it created.
    QVector<Workspace> seedPlatformDemo(const Workspace &ws, qint64 nowMs);
    // Data sources in proportion to a scale seed of `connections`.
    void seedPlatformScale(const Workspace &ws, int connections, qint64 nowMs);

    struct SourceSpec; // one seeded data source (seeder_platform.cpp)

private:
    QString id(const char *prefix);
    void addDataSource(const Workspace &ws, const SourceSpec &spec, qint64 nowMs);
    // Appends simulated scheduled runs in [from, until) to `c`.
    void history(ConnectionRecord &c, qint64 from, qint64 until, qint64 intervalMs);
    void forcedRun(ConnectionRecord &c, qint64 startMs, const QString &status,
        const QString &reason, int streamsFailed, const QString &message);

    Store *const m_store;
    const quint32 m_seed;
    const double m_timeScale;
    QRandomGenerator m_rng;
};

} // namespace sandbox
