// Sync history models: RunsModel under QAbstractItemModelTester (a running
// run updating in place), Copy details, the "Why this badge?" explanation,
// and daily aggregation across time zones, a daylight-saving change, empty
// days and runs that cross midnight.
#include "dailyaggregation.h"
#include "dailybucketsmodel.h"
#include "healthexplanation.h"
#include "runsdayfilter.h"
#include "runsmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

namespace {
qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}
SyncRun run(const char *id, const char *status, const char *start, const char *finish = nullptr,
    int failedStreams = 0, const char *reason = nullptr, qint64 records = 100)
{
    SyncRun r;
    r.id = QString::fromLatin1(id);
    r.statusText = QString::fromLatin1(status);
    r.status = runStatusFromString(r.statusText);
    r.triggeredBy = QStringLiteral("schedule");
    r.startedAtMs = at(start);
    r.finishedAtMs = finish ? at(finish) : 0;
    r.streamsTotal = 4;
    r.streamsFailed = failedStreams;
    r.recordsWritten = records;
    r.errorReason = reason ? QString::fromLatin1(reason) : QString();
    return r;
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void runsModelUpdatesInPlace();
    void copyDetails();
    void explanationActions_data();
    void explanationActions();
    void explanationFacts();
    void dailyInTimeZones();
    void dailyAcrossDaylightSaving();
    void dailyEmptyDaysAndMidnight();
    void bucketsModelUnderTester();
    void dayFilterUnderTester();
};

void TestHistory::runsModelUpdatesInPlace()
{
    RunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(at("2026-11-20T12:00:00Z"));
    SyncRun running = run("r2", "running", "2026-11-20T11:59:00Z");
    model.setRuns(QStringLiteral("con_1"),
        {running, run("r1", "completed", "2026-11-20T10:00:00Z", "2026-11-20T10:01:30Z", 1)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RunsModel::DurationColumn).data().toString(),
        QStringLiteral("1 min 0 s so far"));
    QCOMPARE(model.index(1, RunsModel::StatusColumn).data().toString(), QStringLiteral("partial"));
    QCOMPARE(model.index(1, RunsModel::StreamsColumn).data().toString(), QStringLiteral("1 / 4"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    running.status = RunStatus::Completed;
    running.statusText = QStringLiteral("completed");
    running.finishedAtMs = at("2026-11-20T12:00:10Z");
    model.setRuns(QStringLiteral("con_1"), {running, model.runs().at(1)});
    QCOMPARE(reset.count(), 0); // the running run moved on in place
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        model.index(0, RunsModel::DurationColumn).data().toString(), QStringLiteral("1 min 10 s"));
    model.setRuns(QStringLiteral("con_1"),
        {run("r3", "running", "2026-11-20T12:00:20Z"), running, model.runs().at(1)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowOfRun(QStringLiteral("r1")), 2);
}

void TestHistory::copyDetails()
{
    RunsModel model;
    model.setUtc(true);
    model.setRuns(QStringLiteral("con_9"),
        {run("run_7", "failed", "2026-11-20T10:00:00Z", "2026-11-20T10:00:05Z", 4, "auth", 0)});
    const QString text = model.detailsText(0, QStringLiteral("Bob's Gmail"));
    for (const char *expected : {"Connection: Bob's Gmail (con_9)", "Run: run_7", "Status: failed",
             "Started: 2026-11-20 10:00:00 UTC", "Duration: 5 s", "Streams: 4 failed of 4",
             "Error reason: auth"}) {
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
}

void TestHistory::explanationActions_data()
{
    QTest::addColumn<Health>("health");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("action");
    QTest::newRow("needs_reauth") << Health::NeedsReauth << "auth"
                                  << int(HealthExplanation::Action::Reconnect);
    QTest::newRow("disconnected") << Health::Disconnected << ""
                                  << int(HealthExplanation::Action::Reconnect);
    QTest::newRow("rate_limited") << Health::RateLimited << "rate_limit"
                                  << int(HealthExplanation::Action::WaitForRateLimit);
    QTest::newRow("error config") << Health::Error << "config"
                                  << int(HealthExplanation::Action::CheckConfiguration);
    QTest::newRow("error transient")
        << Health::Error << "transient" << int(HealthExplanation::Action::SyncNow);
    QTest::newRow("degraded") << Health::Degraded << "" << int(HealthExplanation::Action::SyncNow);
    QTest::newRow("stale") << Health::Stale << "" << int(HealthExplanation::Action::SyncNow);
    QTest::newRow("healthy") << Health::Healthy << "" << int(HealthExplanation::Action::None);
}

void TestHistory::explanationActions()
{
    QFETCH(Health, health);
    QFETCH(QString, reason);
    QFETCH(int, action);
    Connection c;
    c.health = health;
    c.setStatusText(QStringLiteral("error"));
    c.lastRun = run("r", "failed", "2026-11-20T10:00:00Z", "2026-11-20T10:00:05Z");
    c.lastRun->errorReason = reason;
    const HealthExplanation e = HealthExplanation::explain(c, at("2026-11-20T11:00:00Z"), 3600);
    QCOMPARE(int(e.action), action);
    QVERIFY(!e.actionText.isEmpty());
    if (health == Health::RateLimited)
        QCOMPARE(e.retryAtMs, at("2026-11-20T11:00:00Z"));
}

void TestHistory::explanationFacts()
{
    Connection c;
    c.health = Health::Stale;
    c.setStatusText(QStringLiteral("connected"));
    c.lastSyncedAtMs = at("2026-11-15T10:00:00Z");
    c.lastRun = run("r", "skipped_locked", "2026-11-20T09:00:00Z", "2026-11-20T09:00:01Z");
    const HealthExplanation e = HealthExplanation::explain(c, at("2026-11-20T10:00:00Z"));
    const QString all = e.facts.join(u'\n');
    QVERIFY(all.contains(QStringLiteral("Status: connected")));
    QVERIFY(all.contains(QStringLiteral("No sync is running")));
    QVERIFY(all.contains(QStringLiteral("skipped_locked")));
    QVERIFY2(
        all.contains(QStringLiteral("older than the 48 h freshness threshold")), qPrintable(all));
}

void TestHistory::dailyInTimeZones()
{
    // 23:30 UTC on the 19th is already the 20th in Tokyo.
    const QVector<SyncRun> runs
        = {run("a", "completed", "2026-11-19T23:30:00Z", "2026-11-19T23:31:00Z")};
    const auto utc = aggregateDaily(runs, QTimeZone::utc(), QDate(2026, 11, 20), 2);
    QCOMPARE(utc[0].date, QDate(2026, 11, 19));
    QCOMPARE(utc[0].runs, 1);
    QCOMPARE(utc[1].runs, 0);
    const auto tokyo = aggregateDaily(runs, QTimeZone("Asia/Tokyo"), QDate(2026, 11, 20), 2);
    QCOMPARE(tokyo[0].runs, 0);
    QCOMPARE(tokyo[1].runs, 1);
}

void TestHistory::dailyAcrossDaylightSaving()
{
    // Berlin switches to summer time on 2026-03-29 (a 23-hour day).
    const QTimeZone berlin("Europe/Berlin");
    const QVector<SyncRun> runs = {
        run("before", "completed", "2026-03-28T22:30:00Z",
            "2026-03-28T22:31:00Z"), // 23:30 CET, the 28th
        run("after", "completed", "2026-03-28T23:30:00Z",
            "2026-03-28T23:31:00Z"), // 00:30 CET, the 29th
        run("late", "failed", "2026-03-29T21:59:00Z", "2026-03-29T22:00:00Z", 4,
            "transient"), // 23:59 CEST, the 29th
        run("next", "failed", "2026-03-29T22:00:00Z", "2026-03-29T22:01:00Z", 4,
            "rate_limit"), // 00:00 CEST, the 30th
    };
    const auto days = aggregateDaily(runs, berlin, QDate(2026, 3, 30), 3);
    QCOMPARE(days[0].date, QDate(2026, 3, 28));
    QCOMPARE(days[0].runs, 1);
    QCOMPARE(days[1].runs, 2);
    QCOMPARE(days[1].failed, 1);
    QCOMPARE(days[2].runs, 1);
    QCOMPARE(days[2].rateLimited, 1);
    QCOMPARE(days[2].failed, 0);
}

void TestHistory::dailyEmptyDaysAndMidnight()
{
    const QVector<SyncRun> runs = {
        run("cross", "completed", "2026-11-18T23:50:00Z", "2026-11-19T00:20:00Z", 1, nullptr,
            40), // partial, crosses midnight
        run("ok", "completed", "2026-11-20T08:00:00Z", "2026-11-20T08:01:00Z", 0, nullptr, 60),
    };
    const auto days = aggregateDaily(runs, QTimeZone::utc(), QDate(2026, 11, 21), 7);
    QCOMPARE(days.size(), 7);
    QCOMPARE(days.first().date, QDate(2026, 11, 15));
    QCOMPARE(days.last().date, QDate(2026, 11, 21));
    int withRuns = 0;
    for (const DayBucket &d : days)
        withRuns += d.hasRuns();
    QCOMPARE(withRuns, 2);
    const DayBucket &d18 = days[3];
    QCOMPARE(d18.date, QDate(2026, 11, 18));
    QCOMPARE(d18.partial, 1); // counted once, on its start day
    QCOMPARE(d18.durationMs, 30 * 60 * 1000);
    QCOMPARE(days[4].runs, 0); // the 19th stays empty
    QCOMPARE(days[5].records, 60);
}

void TestHistory::bucketsModelUnderTester()
{
    DailyBucketsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVector<SyncRun> runs
        = {run("a", "completed", "2026-11-20T08:00:00Z", "2026-11-20T08:01:00Z", 1),
            run("b", "failed", "2026-11-21T08:00:00Z", "2026-11-21T08:01:00Z", 4, "rate_limit")};
    model.setBuckets(aggregateDaily(runs, QTimeZone::utc(), QDate(2026, 11, 21), 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, DailyBucketsModel::PartialColumn).data().toInt(), 1);
    QCOMPARE(model.index(2, DailyBucketsModel::RateLimitedColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, DailyBucketsModel::RunsColumn).data().toInt(), 0);
    QCOMPARE(model.index(2, 0).data(DailyBucketsModel::BucketRole).value<DayBucket>().date,
        QDate(2026, 11, 21));
    // The runs table's status column carries an icon as well as the text.
    RunsModel runsModel;
    runsModel.setRuns(QStringLiteral("c"), runs);
    QVERIFY(!runsModel.index(0, RunsModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
}

void TestHistory::dayFilterUnderTester()
{
    // Both the runs and their day filter under the tester, made before they are filled.
    RunsModel runs;
    RunsDayFilter filter;
    QAbstractItemModelTester sourceTester(
        &runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&runs);
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setTimeZone(QTimeZone::utc());
    QVector<SyncRun> list;
    // 150 hourly runs, newest first, ending 2026-11-20 12:00 UTC.
    for (int h = 0; h < 150; ++h) {
        const QDateTime start
            = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC).addSecs(-3600 * h);
        const QByteArray iso = start.toString(Qt::ISODate).toLatin1();
        list << run(
            QByteArray("r" + QByteArray::number(h)).constData(), "completed", iso.constData());
    }
    runs.setRuns(QStringLiteral("con_1"), list);
    QCOMPARE(
        filter.rowCount(), RunsDayFilter::kDefaultRows); // the newest 100 until a day is chosen
    filter.setDay(QDate(2026, 11, 19)); // a whole day: 24 runs, 00:00 to 23:00
    QCOMPARE(filter.rowCount(), 24);
    QCOMPARE(filter.index(0, 0).data(RunsModel::RunIdRole).toString(), QStringLiteral("r13"));
    filter.setDay(QDate(2026, 11, 20)); // today: 00:00 to 12:00
    QCOMPARE(filter.rowCount(), 13);
    filter.setDay(QDate(2026, 10, 1)); // nothing then
    QCOMPARE(filter.rowCount(), 0);
    filter.setDay(QDate());
    QCOMPARE(filter.rowCount(), 100);
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
