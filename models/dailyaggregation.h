#pragma once

#include "records.h"

#include <QDate>
#include <QTimeZone>
#include <QVector>

namespace cc {

// One calendar day of a connection's runs, in a given time zone.
struct DayBucket
{
    QDate date;
    int runs = 0;
    int completed = 0;
    int partial = 0; // completed with failed streams
    int failed = 0; // failed, other than rate limits
    int rateLimited = 0; // failed with error_reason rate_limit
    qint64 records = 0;
    qint64 durationMs = 0; // of finished runs
    int finished = 0;

    bool hasRuns() const { return runs > 0; }
};

// Per-day buckets for `days` days ending with `lastDay`, oldest first. Every
// day is present, empty ones included. A run belongs to the day it started on
// in `zone` (a run crossing midnight counts once, on its start day); days are
// calendar days, so a daylight-saving change gives a 23- or 25-hour day.
QVector<DayBucket> aggregateDaily(
    const QVector<SyncRun> &runs, const QTimeZone &zone, const QDate &lastDay, int days);

} // namespace cc
