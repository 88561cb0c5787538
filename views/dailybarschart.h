#pragma once

#include "dailybucketsmodel.h"
#include "dailychartlayout.h"

#include <QPixmap>
#include <QWidget>

namespace cc {

// Per-day bars (our own QPainter widget, no Qt Charts): records written on
// top, runs by outcome below — failed, partial and rate-limited told apart by
// colour and by pattern — empty days outlined, unloaded days hatched. Follows
// the palette (light and dark), draws crisp on HiDPI, shows exact values on
// hover and offers a text summary to assistive technology. Clicking a day
// emits daySelected (clicking it again clears the selection).
class DailyBarsChart : public QWidget
{
    Q_OBJECT

public:
    explicit DailyBarsChart(QWidget *parent = nullptr);

    // The chart paints the model's buckets and follows its resets.
    void setModel(DailyBucketsModel *model);
    DailyBucketsModel *model() const { return m_model; }
    void setLoadedFrom(const QDate &day);
    // Runs (a connection) or events (a data source): legend, bands, tooltip.
    void setSeries(DailyChartLayout::Series series);
    const QVector<DayBucket> &days() const { return m_days; }
    DailyChartLayout layout() const;
    QDate selectedDay() const { return m_selected; }
    void setSelectedDay(const QDate &day);
    QSize sizeHint() const override { return {420, 170}; }

Q_SIGNALS:
    void daySelected(const QDate &day); // invalid date: selection cleared

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Everything but the selection, drawn once per data / size / palette /
    // pixel-ratio change; a paint is then one blit (issue 5: median < 1 ms).
    void renderStatic(QPainter *p, const DailyChartLayout &l) const;
    QPixmap m_cache;
    qint64 m_cachePaletteKey = -1;

    void reload();
    DailyBucketsModel *m_model = nullptr;
    QVector<DayBucket> m_days;
    QDate m_loadedFrom;
    QDate m_selected;
    DailyChartLayout::Series m_series = DailyChartLayout::Series::Runs;
};

} // namespace cc
