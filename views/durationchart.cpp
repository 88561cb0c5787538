#include "durationchart.h"

#include "statuspalette.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace cc {

DurationChart::DurationChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("durationChart"));
    setMinimumHeight(70);
    setMouseTracking(true);
    setAccessibleName(tr("Run duration over time"));
}

void DurationChart::setRuns(const QVector<SyncRun> &runs, qint64 fromMs, qint64 toMs)
{
    m_runs = runs;
    m_from = fromMs;
    m_to = toMs;
    setAccessibleDescription(DurationChartLayout::summary(runs, fromMs, toMs));
    update();
}

DurationChartLayout DurationChart::layout() const
{
    return DurationChartLayout::compute(m_runs, m_from, m_to, QSizeF(size()));
}

void DurationChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const DurationChartLayout l = layout();
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    p.setPen(grid);
    p.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    p.setPen(text);
    p.drawText(QRectF(0, 0, width(), 16), Qt::AlignLeft,
        tr("Run duration (longest %1 s)").arg(l.maxDurationMs / 1000));
    if (l.points.isEmpty())
        return;
    // Few runs: a line through them. Many (hourly syncs): dots only, lighter,
    // so the shape of the cloud shows instead of a scribble.
    const bool dense = l.points.size() > 150;
    if (!dense) {
        QPainterPath line;
        line.moveTo(l.points.first().position);
        for (const auto &pt : l.points)
            line.lineTo(pt.position);
        QColor lineColor = palette().color(QPalette::Highlight);
        lineColor.setAlpha(110);
        p.setPen(QPen(lineColor, 1.2));
        p.drawPath(line);
    }
    QColor dot = palette().color(QPalette::Highlight);
    if (dense)
        dot.setAlpha(120);
    const qreal radius = dense ? 1.4 : 2.5;
    for (const auto &pt : l.points) {
        if (pt.failed) {
            p.setPen(
                QPen(StatusPalette::forPalette(palette()).color(StatusPalette::Tone::Error), 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(pt.position - QPointF(3, 3), QSizeF(6, 6)));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(dot);
            p.drawEllipse(pt.position, radius, radius);
        }
    }
}

bool DurationChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const DurationChartLayout l = layout();
        const int i = l.pointNear(help->pos());
        if (i >= 0) {
            const auto &pt = l.points.at(i);
            const QString when = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(pt.startedAtMs), QLocale::ShortFormat);
            const int seconds = int(pt.durationMs / 1000);
            // Whole sentences, so that a translation can be grammatical.
            QToolTip::showText(help->globalPos(),
                pt.failed ? tr("The run of %1 took %n s and failed.", nullptr, seconds).arg(when)
                          : tr("The run of %1 took %n s.", nullptr, seconds).arg(when),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace cc
