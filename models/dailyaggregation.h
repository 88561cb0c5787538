#pragma once

#include "platformrecords.h"
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

// A data source's sync-history timeline as the chart's buckets (Series::
// Events): runs = the day's events that synced or failed, completed = synced,
// failed = failed. Every day of the range is present, oldest first, the
// server's missing days as empty ones.
QVector<DayBucket> eventBuckets(
    const QVector<SyncHistoryDay> &timeline, const QDate &lastDay, int days);

// When the current failures began. A day is "elevated" when its failure
// rate is at least twice the range's typical (median) daily rate and five
// points above it, and its failures are more than chance would give at the
// typical rate (more than expected + 2·√expected, a Poisson count's two
// standard deviations): one failure among today's first dozen events is not
// an incident. The onset is the first day of the latest stretch of
// elevated days, where days without any event do not break the stretch (a
// stopped feed is no evidence of recovery). `day` is invalid when no day
// stands out; `typicalRate` and `failedDays` then tell a steady failure
// rate from none at all.
struct FailureOnset
{
    QDate day;
    double dayRate = 0; // the onset day's failure rate (0..1)
    double typicalRate = 0; // the median daily failure rate over days with events
    int failedDays = 0; // days with at least one failed event
};
FailureOnset failureOnset(const QVector<DayBucket> &days);

} // namespace cc
