#pragma once

#include "durationchartlayout.h"

#include <QWidget>

namespace cc {

// Run duration over time (QPainter): a dot per finished run, failed runs as
// hollow red squares (shape and colour), a line through them; exact values on
// hover; a text summary for assistive technology; palette- and HiDPI-aware.
class DurationChart : public QWidget
{
    Q_OBJECT

public:
    explicit DurationChart(QWidget *parent = nullptr);
    void setRuns(const QVector<SyncRun> &runs, qint64 fromMs, qint64 toMs);
    DurationChartLayout layout() const;
    QSize sizeHint() const override { return {420, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QVector<SyncRun> m_runs;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace cc
