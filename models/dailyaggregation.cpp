#include "dailyaggregation.h"

#include <QDateTime>

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

} // namespace cc
