// The 90-day chart's paint (issue 5: median under 1 ms), measured offscreen
// beside a baseline: the same bars drawn with one QPainter::drawText per day
// label and QPainterPath fills (what a naive chart does).
#include "dailybarschart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cc;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QVector<DayBucket> days;
    for (int i = 0; i < 90; ++i) {
        DayBucket d;
        d.date = QDate(2026, 8, 1).addDays(i);
        d.completed = 20 + i % 5;
        d.partial = i % 3;
        d.failed = i % 7 == 0 ? 2 : 0;
        d.rateLimited = i % 4 == 0 ? 3 : 0;
        d.runs = d.completed + d.partial + d.failed + d.rateLimited;
        d.records = 1000 + (i * 37) % 900;
        if (i % 11 == 0)
            d = DayBucket{d.date};
        days.push_back(d);
    }
    DailyBarsChart chart;
    chart.resize(720, 180);
    DailyBucketsModel model;
    model.setBuckets(days);
    chart.setModel(&model);
    QImage image(chart.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2); // HiDPI
    QElapsedTimer cold;
    cold.start();
    chart.render(&image); // builds the cached static layer
    const double first = cold.nsecsElapsed() / 1e6;
    std::vector<double> ours;
    std::vector<double> cached;
    std::vector<double> base;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        // A full draw on both sides: new data, so ours rebuilds its cached
        // layer, as the baseline redraws everything.
        model.setBuckets(days);
        t.start();
        chart.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
        ours.push_back(t.nsecsElapsed() / 1e6);
        // The same data again (an expose or a hover): ours blits its layer.
        // The baseline has no cache, so this has no baseline figure.
        t.restart();
        chart.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
        cached.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        for (int d = 0; d < days.size(); ++d) {
            QPainterPath path;
            path.addRoundedRect(
                QRectF(d * 8, 180 - days[d].records / 12.0, 6, days[d].records / 12.0), 2, 2);
            p.fillPath(path, Qt::blue);
            p.drawText(QPointF(d * 8, 178), days[d].date.toString(QStringLiteral("d")));
        }
        p.end();
        base.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ours.begin(), ours.end());
    std::sort(cached.begin(), cached.end());
    std::sort(base.begin(), base.end());
    std::printf("90-day chart paint, 720x180 @2x (median of 200)\n");
    std::printf("%-28s %9.3f ms   (after a data, size or palette change)\n",
        "first paint, cache cold", first);
    std::printf("full draw, new data (equal work on both sides):\n");
    std::printf("%-28s %9.3f ms\n%-28s %9.3f ms\n%-28s %9.1fx\n", "ours (DailyBarsChart)",
        ours[100], "baseline (paths + labels)", base[100], "ratio", base[100] / ours[100]);
    std::printf("%-28s %9.3f ms   (no baseline: it has no cache)   target: median < 1 ms\n",
        "ours, repaint of the same data", cached[100]);
    return 0;
}
