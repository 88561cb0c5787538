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

private:
    QString id(const char *prefix);
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
