#pragma once

#include "dailyaggregation.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>
#include <functional>

namespace cc {

// The geometry of the per-day chart, computed from data alone so tests check
// it as numbers, not pixels. Top band: records written per day. Bottom band:
// the day's runs stacked by outcome. Days with no runs are "empty" (drawn as an
// outline); days before the history that was loaded are "not loaded".
struct DailyChartLayout
{
    enum class Segment { Completed, Partial, Failed, RateLimited };
    // What the buckets count. Runs (a connection's history): records written
    // on top, runs by outcome below. Events (a data source's sync-history):
    // one band of events, synced (Completed) and failed (Failed), no records.
    enum class Series { Runs, Events };
    struct Bar
    {
        QDate date;
        QRectF slot; // the whole column: hit-testing and empty outlines
        QRectF records; // null when no records
        QVector<QPair<Segment, QRectF>> outcomes; // bottom up
        bool empty = false;
        bool notLoaded = false;
    };
    struct LegendEntry
    {
        Segment segment;
        QString label;
        QRectF swatch;
    };
    // A day named under the bars ("25 Nov"): the most recent day, then every
    // `tickStep` days back, as many as fit without overlapping.
    struct Tick
    {
        QDate date;
        qreal x; // the centre of its day's slot
        QString label;
    };

    QVector<Bar> bars;
    QVector<LegendEntry> legend;
    QVector<Tick> ticks;
    int tickStep = 0; // days between ticks: 1, 2, 7, 14 or 30
    QRectF recordsBand;
    QRectF runsBand;
    qint64 maxRecords = 0;
    int maxRuns = 0;
    Series series = Series::Runs;

    // `textWidth` measures a legend label (the widget passes its font
    // metrics); the legend wraps onto more rows when it does not fit.
    static DailyChartLayout compute(const QVector<DayBucket> &days, const QSizeF &size,
        const QDate &loadedFrom = {}, const std::function<qreal(const QString &)> &textWidth = {},
        Series series = Series::Runs);
    static constexpr qreal kLabelRow = 14; // above each band, for its caption
    static constexpr qreal kAxisRow = 16; // below the bars, for the day ticks
    // How a tick names its day (day and short month, in the locale's words).
    static QString tickLabel(const QDate &date);
    // The day under a point, or -1.
    int barAt(const QPointF &point) const;
    static QString segmentLabel(Segment s, Series series = Series::Runs);
    // Exact values of one day, for the tooltip.
    static QString dayText(const DayBucket &day, Series series = Series::Runs);
    // A text summary for assistive technology.
    static QString summary(const QVector<DayBucket> &days, Series series = Series::Runs);
    // The band captions ("runs/day (max 4)").
    QString bandCaption(bool recordsBand) const;
};

} // namespace cc
