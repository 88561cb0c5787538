// The per-day chart as a model of its layout: bar geometry, stacking order,
// empty and not-loaded days, hit testing and the legend, for known data.
#include "dailychartlayout.h"
#include "durationchartlayout.h"
#include "translations.h"

#include <QLocale>
#include <QTest>

using namespace cc;
using Segment = DailyChartLayout::Segment;

class TestChartLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void geometryForKnownData();
    void legendAndSummary();
    void dayTicks();
    void durationPoints();

private:
    cc::Translations m_english{QLocale(QLocale::English)};
};

static DayBucket day(int d, int completed, int partial, int failed, int limited, qint64 records)
{
    DayBucket b;
    b.date = QDate(2026, 11, d);
    b.completed = completed;
    b.partial = partial;
    b.failed = failed;
    b.rateLimited = limited;
    b.runs = completed + partial + failed + limited;
    b.records = records;
    return b;
}

void TestChartLayout::initTestCase()
{
    // The plural forms are English's translation ("1 day", "2 days").
    m_english.install();
}

void TestChartLayout::geometryForKnownData()
{
    const QVector<DayBucket> days = {day(1, 0, 0, 0, 0, 0), day(2, 2, 1, 1, 0, 500),
        day(3, 0, 0, 0, 0, 0), day(4, 4, 0, 0, 0, 1000)};
    const DailyChartLayout l
        = DailyChartLayout::compute(days, QSizeF(400, 224), QDate(2026, 11, 2));
    QCOMPARE(l.bars.size(), 4);
    QCOMPARE(l.maxRecords, 1000);
    QCOMPARE(l.maxRuns, 4);
    // 4 slots of 100 px; bars are 80 px wide and centred.
    QCOMPARE(l.bars[1].slot.left(), 100.0);
    QCOMPARE(l.bars[1].records.width(), 80.0);
    QCOMPARE(l.bars[1].records.left(), 110.0);
    // Records scale to the band: day 2 has half of day 4's.
    QCOMPARE(l.bars[1].records.height() * 2, l.bars[3].records.height());
    QCOMPARE(l.bars[3].records.height(), l.recordsBand.height());
    QCOMPARE(l.bars[3].records.bottom(), l.recordsBand.bottom());
    // Outcomes stack bottom-up: completed, partial, failed, rate limited.
    const auto &stack = l.bars[1].outcomes;
    QCOMPARE(stack.size(), 3);
    QCOMPARE(stack[0].first, Segment::Completed);
    QCOMPARE(stack[1].first, Segment::Partial);
    QCOMPARE(stack[2].first, Segment::Failed);
    QCOMPARE(stack[0].second.bottom(), l.runsBand.bottom());
    QCOMPARE(stack[1].second.bottom(), stack[0].second.top());
    QCOMPARE(stack[0].second.height(), l.runsBand.height() / 2); // 2 of max 4
    // Day 1 predates the loaded history; day 3 simply had no runs.
    QVERIFY(l.bars[0].notLoaded);
    QVERIFY(!l.bars[0].empty);
    QVERIFY(l.bars[2].empty);
    QVERIFY(!l.bars[2].notLoaded);
    QVERIFY(l.bars[2].records.isNull());
    QVERIFY(l.bars[2].outcomes.isEmpty());
    // Hit testing.
    QCOMPARE(l.barAt(QPointF(150, 100)), 1);
    QCOMPARE(l.barAt(QPointF(399, 200)), 3);
    QCOMPARE(l.barAt(QPointF(150, 2)), -1); // the legend row
}

void TestChartLayout::dayTicks()
{
    // 90 days in 400 px: 4.44 px a day. A label 50 wide needs 58 px with its
    // gap, so ticks are 14 days apart (7 days are only 31 px), counted back
    // from the last day: days 89, 75, 61, 47, 33, 19 and 5.
    QVector<DayBucket> days;
    for (int i = 0; i < 90; ++i) {
        DayBucket d = day(1, 1, 0, 0, 0, 0);
        d.date = QDate(2026, 9, 3).addDays(i);
        days.push_back(d);
    }
    const DailyChartLayout l = DailyChartLayout::compute(
        days, QSizeF(400, 200), {}, [](const QString &) { return 50.0; });
    QCOMPARE(l.tickStep, 14);
    QCOMPARE(l.ticks.size(), 7);
    QCOMPARE(l.ticks.last().date, QDate(2026, 12, 1)); // the most recent day
    QCOMPARE(l.ticks.first().date, QDate(2026, 9, 8));
    QCOMPARE(l.ticks.first().x, 5.5 * 400 / 90);
    QCOMPARE(l.ticks.last().label, QLocale().toString(QDate(2026, 12, 1), QStringLiteral("d MMM")));
    // The bars end above the ticks' row.
    QCOMPARE(l.runsBand.bottom(), 200.0 - DailyChartLayout::kAxisRow);
    // A week in 700 px: every day.
    const DailyChartLayout week = DailyChartLayout::compute(
        days.mid(83), QSizeF(700, 200), {}, [](const QString &) { return 50.0; });
    QCOMPARE(week.tickStep, 1);
    QCOMPARE(week.ticks.size(), 7);
}

void TestChartLayout::legendAndSummary()
{
    const DailyChartLayout l
        = DailyChartLayout::compute({day(1, 1, 0, 0, 1, 10)}, QSizeF(300, 200));
    QCOMPARE(l.legend.size(), 4);
    QCOMPARE(l.legend[0].label, QStringLiteral("Completed"));
    QCOMPARE(l.legend[3].label, QStringLiteral("Rate limited"));
    for (int i = 1; i < 4; ++i) {
        const QRectF a = l.legend[i - 1].swatch;
        const QRectF b = l.legend[i].swatch;
        QVERIFY(
            b.top() > a.top() || b.left() > a.right()); // same row left to right, or wrapped below
    }
    // Narrow: the legend wraps onto a second row and the bands start below it.
    const DailyChartLayout narrow = DailyChartLayout::compute({day(1, 1, 0, 0, 1, 10)},
        QSizeF(160, 200), {}, [](const QString &t) { return 7.0 * t.size(); });
    QVERIFY(narrow.legend.last().swatch.top() > narrow.legend.first().swatch.top());
    for (const auto &e : narrow.legend)
        QVERIFY(e.swatch.left() + 12 <= 160);
    QVERIFY(narrow.recordsBand.top() > narrow.legend.last().swatch.bottom());
    const QString summary
        = DailyChartLayout::summary({day(1, 1, 0, 0, 1, 10), day(2, 0, 0, 0, 0, 0)});
    QCOMPARE(summary,
        QStringLiteral("Last 2 days. 2 runs: 0 failed, 0 partial, 1 rate limited. Records written: "
                       "10. 1 day without runs."));
    QCOMPARE(DailyChartLayout::summary({day(1, 1, 0, 0, 0, 0)}),
        QStringLiteral(
            "Last 1 day. 1 run: 0 failed, 0 partial, 0 rate limited. Records written: 0. "
            "0 days without runs."));
    QCOMPARE(DailyChartLayout::summary(
                 {day(1, 2, 0, 0, 0, 0), day(2, 0, 0, 0, 0, 0), day(3, 0, 0, 0, 0, 0)}),
        QStringLiteral(
            "Last 3 days. 2 runs: 0 failed, 0 partial, 0 rate limited. Records written: 0. 2 days "
            "without runs."));
    QVERIFY(DailyChartLayout::dayText(day(2, 0, 0, 0, 0, 0)).contains(QStringLiteral("no runs")));
}

void TestChartLayout::durationPoints()
{
    const qint64 from = 1'000'000'000'000LL;
    auto run = [](qint64 startMin, qint64 seconds, bool failed) {
        SyncRun r;
        r.startedAtMs = from + startMin * 60000;
        r.finishedAtMs = r.startedAtMs + seconds * 1000;
        r.status = failed ? RunStatus::Failed : RunStatus::Completed;
        return r;
    };
    SyncRun running = run(50, 0, false);
    running.finishedAtMs = 0; // still running: not plotted
    const QVector<SyncRun> runs = {run(30, 20, false), run(0, 40, true), running,
        run(200, 10, false)}; // last one out of range
    const DurationChartLayout l
        = DurationChartLayout::compute(runs, from, from + 100 * 60000, QSizeF(208, 124));
    QCOMPARE(l.points.size(), 2);
    QCOMPARE(l.maxDurationMs, 40000);
    QCOMPARE(l.plot, QRectF(4, 18, 200, 100));
    QCOMPARE(l.points[0].position, QPointF(4, 18)); // oldest first; the longest at the top
    QVERIFY(l.points[0].failed);
    QCOMPARE(l.points[1].position, QPointF(4 + 60, 18 + 50)); // 30 of 100 min, half the longest
    QCOMPARE(l.pointNear(QPointF(65, 67)), 1);
    QCOMPARE(l.pointNear(QPointF(150, 20)), -1);
    QCOMPARE(DurationChartLayout::summary(runs, from, from + 100 * 60000),
        QStringLiteral("2 finished runs; median duration 30 s, longest 40 s."));
    // An odd count: the middle one.
    QCOMPARE(
        DurationChartLayout::summary(
            {run(30, 20, false), run(0, 40, true), run(10, 25, false)}, from, from + 100 * 60000),
        QStringLiteral("3 finished runs; median duration 25 s, longest 40 s."));
    QCOMPARE(DurationChartLayout::summary({run(30, 20, false)}, from, from + 100 * 60000),
        QStringLiteral("1 finished run; median duration 20 s, longest 20 s."));
}

QTEST_GUILESS_MAIN(TestChartLayout)
#include "tst_chartlayout.moc"
