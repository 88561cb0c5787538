#include "dailyaggregation.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <climits>
#include <cmath>

namespace cc {

QVector<DayBucket> aggregateDaily(
    const QVector<SyncRun> &runs, const QTimeZone &zone, const QDate &lastDay, int days)
{
    QVector<DayBucket> out(qMax(0, days));
    const QDate first = lastDay.addDays(-(days - 1));
    for (int i = 0; i < days; ++i)
        out[i].date = first.addDays(i);
    for (const SyncRun &r : runs) {
        if (r.startedAtMs <= 0)
            continue;
        const QDate day = QDateTime::fromMSecsSinceEpoch(r.startedAtMs, zone).date();
        const qint64 index = first.daysTo(day);
        if (index < 0 || index >= days)
            continue;
        DayBucket &b = out[int(index)];
        ++b.runs;
        b.records += r.recordsWritten;
        if (r.finishedAtMs > r.startedAtMs) {
            b.durationMs += r.finishedAtMs - r.startedAtMs;
            ++b.finished;
        }
        if (r.status == RunStatus::Failed) {
            if (r.errorReason == u"rate_limit")
                ++b.rateLimited;
            else
                ++b.failed;
        } else if (r.status == RunStatus::Completed) {
            if (r.streamsFailed > 0)
                ++b.partial;
            else
                ++b.completed;
        }
    }
    return out;
}

QVector<DayBucket> eventBuckets(
    const QVector<SyncHistoryDay> &timeline, const QDate &lastDay, int days)
{
    QHash<QDate, const SyncHistoryDay *> byDate;
    for (const SyncHistoryDay &d : timeline)
        byDate.insert(d.date, &d);
    QVector<DayBucket> out;
    out.reserve(days);
    for (int i = days - 1; i >= 0; --i) {
        DayBucket b;
        b.date = lastDay.addDays(-i);
        if (const SyncHistoryDay *d = byDate.value(b.date)) {
            b.completed = int(std::clamp<qint64>(d->syncedCount, 0, INT_MAX / 2));
            b.failed = int(std::clamp<qint64>(d->failedCount, 0, INT_MAX / 2));
            b.runs = b.completed + b.failed;
        }
        out.push_back(b);
    }
    return out;
}

FailureOnset failureOnset(const QVector<DayBucket> &days)
{
    FailureOnset out;
    QVector<double> rates;
    for (const DayBucket &d : days) {
        if (d.hasRuns())
            rates << double(d.failed) / double(d.runs);
        out.failedDays += d.failed > 0 ? 1 : 0;
    }
    if (rates.isEmpty() || out.failedDays == 0)
        return out;
    std::sort(rates.begin(), rates.end());
    const qsizetype n = rates.size();
    out.typicalRate = n % 2 ? rates.at(n / 2) : (rates.at(n / 2 - 1) + rates.at(n / 2)) / 2;
    const double threshold = std::max(2 * out.typicalRate, out.typicalRate + 0.05);
    const double typical = out.typicalRate;
    const auto elevated = [threshold, typical](const DayBucket &d) {
        if (d.failed <= 0 || double(d.failed) / double(d.runs) < threshold)
            return false;
        const double expected = typical * double(d.runs);
        return double(d.failed) > expected + 2 * std::sqrt(expected);
    };
    int i = int(days.size()) - 1;
    while (i >= 0 && !elevated(days.at(i)))
        --i;
    if (i < 0)
        return out;
    int onset = i;
    for (; i >= 0; --i) {
        if (elevated(days.at(i)))
            onset = i;
        else if (days.at(i).hasRuns())
            break; // an ordinary day with events: the stretch began after it
    }
    out.day = days.at(onset).date;
    out.dayRate = double(days.at(onset).failed) / double(days.at(onset).runs);
    return out;
}

} // namespace cc
