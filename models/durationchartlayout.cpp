#include "durationchartlayout.h"

#include <QCoreApplication>
#include <algorithm>

namespace cc {

DurationChartLayout DurationChartLayout::compute(
    const QVector<SyncRun> &runs, qint64 fromMs, qint64 toMs, const QSizeF &size)
{
    DurationChartLayout l;
    l.plot = QRectF(4, 18, qMax<qreal>(0, size.width() - 8), qMax<qreal>(0, size.height() - 24));
    QVector<const SyncRun *> in;
    for (const SyncRun &r : runs) {
        if (r.finishedAtMs > r.startedAtMs && r.startedAtMs >= fromMs && r.startedAtMs <= toMs) {
            in << &r;
            l.maxDurationMs = qMax(l.maxDurationMs, r.finishedAtMs - r.startedAtMs);
        }
    }
    std::sort(in.begin(), in.end(),
        [](const SyncRun *a, const SyncRun *b) { return a->startedAtMs < b->startedAtMs; });
    const qreal span = qMax<qint64>(1, toMs - fromMs);
    for (const SyncRun *r : std::as_const(in)) {
        const qint64 d = r->finishedAtMs - r->startedAtMs;
        const qreal x = l.plot.left() + l.plot.width() * qreal(r->startedAtMs - fromMs) / span;
        const qreal y = l.plot.bottom()
            - (l.maxDurationMs > 0 ? l.plot.height() * qreal(d) / qreal(l.maxDurationMs) : 0);
        l.points.push_back({QPointF(x, y), d, r->startedAtMs, r->status == RunStatus::Failed});
    }
    return l;
}

int DurationChartLayout::pointNear(const QPointF &p, qreal radius) const
{
    int best = -1;
    qreal bestDistance = radius * radius;
    for (int i = 0; i < points.size(); ++i) {
        const QPointF d = points.at(i).position - p;
        const qreal distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QString DurationChartLayout::summary(const QVector<SyncRun> &runs, qint64 fromMs, qint64 toMs)
{
    QVector<qint64> d;
    for (const SyncRun &r : runs) {
        if (r.finishedAtMs > r.startedAtMs && r.startedAtMs >= fromMs && r.startedAtMs <= toMs)
            d << (r.finishedAtMs - r.startedAtMs);
    }
    if (d.isEmpty())
        return QCoreApplication::translate(
            "DurationChartLayout", "No finished runs in this range.");
    std::sort(d.begin(), d.end());
    const qsizetype n = d.size();
    // The median of an even count is the mean of the two middle values.
    const qint64 median = n % 2 ? d.at(n / 2) : (d.at(n / 2 - 1) + d.at(n / 2)) / 2;
    return QCoreApplication::translate("DurationChartLayout",
        "%n finished runs; median duration %1 s, longest %2 s.", nullptr, int(n))
        .arg(qRound64(median / 1000.0))
        .arg(qRound64(d.last() / 1000.0));
}

} // namespace cc
