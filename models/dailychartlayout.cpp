#include "dailychartlayout.h"

#include <QCoreApplication>
#include <QLocale>

namespace cc {

namespace {
constexpr qreal kLegendHeight = 20;
constexpr qreal kGap = 0.2; // of a slot, between bars
} // namespace

QString DailyChartLayout::segmentLabel(Segment s, Series series)
{
    if (series == Series::Events) {
        return s == Segment::Completed
            ? QCoreApplication::translate("DailyChartLayout", "Synced")
            : QCoreApplication::translate("DailyChartLayout", "Failed events");
    }
    switch (s) {
    case Segment::Completed:
        return QCoreApplication::translate("DailyChartLayout", "Completed");
    case Segment::Partial:
        return QCoreApplication::translate("DailyChartLayout", "Partial");
    case Segment::Failed:
        return QCoreApplication::translate("DailyChartLayout", "Failed");
    case Segment::RateLimited:
        return QCoreApplication::translate("DailyChartLayout", "Rate limited");
    }
    return QString();
}

DailyChartLayout DailyChartLayout::compute(const QVector<DayBucket> &days, const QSizeF &size,
    const QDate &loadedFrom, const std::function<qreal(const QString &)> &textWidth, Series series)
{
    DailyChartLayout l;
    l.series = series;
    const Segment order[]
        = {Segment::Completed, Segment::Partial, Segment::Failed, Segment::RateLimited};
    const bool events = series == Series::Events;
    qreal x = 0;
    qreal y = 4;
    for (Segment s : order) {
        if (events && s != Segment::Completed && s != Segment::Failed)
            continue; // an event is synced or failed
        const QString label = segmentLabel(s, series);
        const qreal width = 12 + 5 + (textWidth ? textWidth(label) : 7.0 * label.size());
        if (x > 0 && x + width > size.width()) { // wrap
            x = 0;
            y += kLegendHeight;
        }
        l.legend.push_back({s, label, QRectF(x, y, 12, 12)});
        x += width + 14;
    }
    const qreal plotTop = y - 4 + kLegendHeight + 4;
    const qreal plotHeight = qMax<qreal>(0, size.height() - plotTop);
    // The day ticks take the bottom row; the bands share what is above it.
    const qreal bandsArea = qMax<qreal>(0, plotHeight - kAxisRow);
    // Each band has a caption row above it; events have one band only.
    if (events) {
        const qreal bandHeight = qMax<qreal>(0, bandsArea - kLabelRow);
        l.recordsBand = QRectF(0, plotTop, size.width(), 0);
        l.runsBand = QRectF(0, plotTop + kLabelRow, size.width(), bandHeight);
    } else {
        const qreal bandsHeight = qMax<qreal>(0, bandsArea - 2 * kLabelRow);
        l.recordsBand = QRectF(0, plotTop + kLabelRow, size.width(), bandsHeight * 0.55);
        l.runsBand = QRectF(
            0, l.recordsBand.bottom() + kLabelRow + 2, size.width(), bandsHeight * 0.45 - 2);
    }
    for (const DayBucket &d : days) {
        l.maxRecords = qMax(l.maxRecords, d.records);
        l.maxRuns = qMax(l.maxRuns, d.runs);
    }
    const qreal slot = days.isEmpty() ? 0 : size.width() / days.size();
    const qreal width = slot * (1 - kGap);
    for (int i = 0; i < days.size(); ++i) {
        const DayBucket &d = days.at(i);
        Bar b;
        b.date = d.date;
        const qreal left = i * slot + (slot - width) / 2;
        b.slot = QRectF(i * slot, plotTop, slot, plotHeight);
        b.notLoaded = loadedFrom.isValid() && d.date < loadedFrom;
        b.empty = !b.notLoaded && !d.hasRuns();
        if (d.records > 0 && l.maxRecords > 0) {
            const qreal h = l.recordsBand.height() * qreal(d.records) / qreal(l.maxRecords);
            b.records = QRectF(left, l.recordsBand.bottom() - h, width, h);
        }
        if (d.runs > 0 && l.maxRuns > 0) {
            qreal bottom = l.runsBand.bottom();
            const int counts[] = {d.completed, d.partial, d.failed, d.rateLimited};
            for (int k = 0; k < 4; ++k) {
                if (counts[k] == 0)
                    continue;
                const qreal h = l.runsBand.height() * qreal(counts[k]) / qreal(l.maxRuns);
                b.outcomes.push_back({order[k], QRectF(left, bottom - h, width, h)});
                bottom -= h;
            }
        }
        l.bars.push_back(b);
    }
    // Ticks: the fewest days apart that leave room for a label (and a gap)
    // between two of them, counted back from the most recent day.
    if (!days.isEmpty() && slot > 0) {
        const qreal labelWidth = (textWidth ? textWidth(tickLabel(days.last().date)) : 7.0 * 6) + 8;
        for (const int step : {1, 2, 7, 14, 30}) {
            l.tickStep = step;
            if (slot * step >= labelWidth)
                break;
        }
        for (int i = int(days.size()) - 1; i >= 0; i -= l.tickStep) {
            const QDate date = days.at(i).date;
            l.ticks.prepend({date, (i + 0.5) * slot, tickLabel(date)});
        }
    }
    return l;
}

QString DailyChartLayout::tickLabel(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

int DailyChartLayout::barAt(const QPointF &p) const
{
    for (int i = 0; i < bars.size(); ++i) {
        if (bars.at(i).slot.contains(p))
            return i;
    }
    return -1;
}

QString DailyChartLayout::dayText(const DayBucket &d, Series series)
{
    const QLocale locale;
    if (series == Series::Events) {
        if (!d.hasRuns())
            return QCoreApplication::translate("DailyChartLayout", "%1: no events")
                .arg(locale.toString(d.date, QLocale::ShortFormat));
        return QCoreApplication::translate(
            "DailyChartLayout", "%1: %n events — %2 synced, %3 failed", nullptr, d.runs)
            .arg(locale.toString(d.date, QLocale::ShortFormat))
            .arg(d.completed)
            .arg(d.failed);
    }
    if (!d.hasRuns())
        return QCoreApplication::translate("DailyChartLayout", "%1: no runs")
            .arg(locale.toString(d.date, QLocale::ShortFormat));
    return QCoreApplication::translate("DailyChartLayout",
        "%1: %2 runs — %3 completed, %4 partial, %5 failed, %6 rate limited; %7 records written")
        .arg(locale.toString(d.date, QLocale::ShortFormat))
        .arg(d.runs)
        .arg(d.completed)
        .arg(d.partial)
        .arg(d.failed)
        .arg(d.rateLimited)
        .arg(locale.toString(d.records));
}

QString DailyChartLayout::summary(const QVector<DayBucket> &days, Series series)
{
    if (series == Series::Events) {
        int events = 0, failed = 0, empty = 0;
        for (const DayBucket &d : days) {
            events += d.runs;
            failed += d.failed;
            empty += d.hasRuns() ? 0 : 1;
        }
        return QStringList{QCoreApplication::translate(
                               "DailyChartLayout", "Last %n days.", nullptr, int(days.size())),
            QCoreApplication::translate(
                "DailyChartLayout", "%n events, %1 of them failed.", nullptr, events)
                .arg(failed),
            QCoreApplication::translate(
                "DailyChartLayout", "%n days without events.", nullptr, empty)}
            .join(u' ');
    }
    int runs = 0, failed = 0, partial = 0, limited = 0, empty = 0;
    qint64 records = 0;
    for (const DayBucket &d : days) {
        runs += d.runs;
        failed += d.failed;
        partial += d.partial;
        limited += d.rateLimited;
        records += d.records;
        empty += d.hasRuns() ? 0 : 1;
    }
    // One sentence per count, each with its own plural.
    return QStringList{
        QCoreApplication::translate("DailyChartLayout", "Last %n days.", nullptr, int(days.size())),
        QCoreApplication::translate(
            "DailyChartLayout", "%n runs: %1 failed, %2 partial, %3 rate limited.", nullptr, runs)
            .arg(failed)
            .arg(partial)
            .arg(limited),
        QCoreApplication::translate("DailyChartLayout", "Records written: %1.")
            .arg(QLocale().toString(records)),
        QCoreApplication::translate("DailyChartLayout", "%n days without runs.", nullptr, empty)}
        .join(u' ');
}

QString DailyChartLayout::bandCaption(bool records) const
{
    if (records)
        return QCoreApplication::translate("DailyChartLayout", "records/day (max %1)")
            .arg(QLocale().toString(maxRecords));
    if (series == Series::Events)
        return QCoreApplication::translate("DailyChartLayout", "events/day (max %1)")
            .arg(QLocale().toString(maxRuns));
    return QCoreApplication::translate("DailyChartLayout", "runs/day (max %1)")
        .arg(QLocale().toString(maxRuns));
}

} // namespace cc
