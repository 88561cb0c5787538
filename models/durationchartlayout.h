#pragma once

#include "records.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

namespace cc {

// Run duration over time, as geometry: one point per finished run within
// [fromMs, toMs], x by start time and y by duration (longest at the top), plus
// the hit test and a text summary. Tested as numbers, like DailyChartLayout.
struct DurationChartLayout
{
    struct Point
    {
        QPointF position;
        qint64 durationMs = 0;
        qint64 startedAtMs = 0;
        bool failed = false;
    };
    QVector<Point> points; // oldest first
    QRectF plot;
    qint64 maxDurationMs = 0;

    static DurationChartLayout compute(
        const QVector<SyncRun> &runs, qint64 fromMs, qint64 toMs, const QSizeF &size);
    int pointNear(const QPointF &p, qreal radius = 6) const;
    static QString summary(const QVector<SyncRun> &runs, qint64 fromMs, qint64 toMs);
};

} // namespace cc
