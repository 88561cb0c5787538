// The Data sources page's models, as values and under QAbstractItemModelTester:
// the badge's precedence (one test per rule), the paged list (generations: a
// superseded page is refused; a token that does not advance ends the list;
// one request in flight), the failures table (newest first, narrowed to a day,
// copied as TSV and as ticket text), the events chart's buckets and layout as
// numbers, the failure onset, and the JSON editor's error positions.
#include "dailyaggregation.h"
#include "dailychartlayout.h"
#include "datasourcebadge.h"
#include "datasourcesmodel.h"
#include "jsontext.h"
#include "syncfailuresmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace cc;
using H = DataSource::Health;
using S = DataSource::SyncStatus;

class TestDataSources : public QObject
{
    Q_OBJECT

private slots:
    void badgeInactiveFirst();
    void badgeStaleBeforeDegraded();
    void badgeDegradedBeforeError();
    void badgeErrorBeforeHealthy();
    void badgeHealthy();
    void badgeUnknown();
    void pagingAndGenerations();
    void pagingStopsOnAStuckToken();
    void failedPageAndRetry();
    void updateAndRemove();
    void failuresByDayAndCopy();
    void eventBucketsAndLayout();
    void onset();
    void jsonErrors();
};

static DataSource source(const QString &id, const QString &name)
{
    DataSource s;
    s.id = id;
    s.name = name;
    s.sourceType = QStringLiteral("fhir");
    s.syncStrategy = QStringLiteral("manual");
    s.isActive = true;
    s.health = H::Healthy;
    s.rawHealth = QStringLiteral("healthy");
    return s;
}

static PlatformPage<DataSource> page(
    const QStringList &ids, std::optional<qint64> next, qint64 total)
{
    PlatformPage<DataSource> p;
    for (const QString &id : ids)
        p.items << source(id, QStringLiteral("Source ") + id);
    p.hasMore = next.has_value();
    p.continuationToken = next;
    p.total = total;
    return p;
}

void TestDataSources::badgeInactiveFirst()
{
    // Switched off wins over everything else it reports.
    const HealthBadge b = dataSourceBadge(false, true, H::Degraded, S::Error);
    QCOMPARE(b.text(), QStringLiteral("Inactive"));
    QCOMPARE(b.health(), Health::Disconnected);
    QVERIFY(!b.needsAttention());
}

void TestDataSources::badgeStaleBeforeDegraded()
{
    const HealthBadge b = dataSourceBadge(true, true, H::Degraded, S::Error);
    QCOMPARE(b.text(), QStringLiteral("Stale"));
    QVERIFY(b.needsAttention());
}

void TestDataSources::badgeDegradedBeforeError()
{
    const HealthBadge b = dataSourceBadge(true, false, H::Degraded, S::Error);
    QCOMPARE(b.text(), QStringLiteral("Degraded"));
    QVERIFY(b.needsAttention());
}

void TestDataSources::badgeErrorBeforeHealthy()
{
    const HealthBadge b = dataSourceBadge(true, false, H::Healthy, S::Error);
    QCOMPARE(b.text(), QStringLiteral("Error"));
    QCOMPARE(b.health(), Health::Error);
    QVERIFY(b.needsAttention());
}

void TestDataSources::badgeHealthy()
{
    QCOMPARE(
        dataSourceBadge(true, false, H::Healthy, S::Success).text(), QStringLiteral("Healthy"));
    QCOMPARE(dataSourceBadge(true, false, H::Healthy, S::None).text(), QStringLiteral("Healthy"));
    QVERIFY(!dataSourceBadge(true, false, H::Healthy, S::Success).needsAttention());
}

void TestDataSources::badgeUnknown()
{
    QCOMPARE(dataSourceBadge(true, false, H::Unknown, S::None).text(), QStringLiteral("Unknown"));
    // A health value from a newer platform is not guessed at.
    QCOMPARE(dataSourceBadge(true, false, H::Other, S::Success).text(), QStringLiteral("Unknown"));
}

void TestDataSources::pagingAndGenerations()
{
    DataSourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<QPair<quint64, qint64>> asked;
    model.setFetcher([&asked](quint64 g, qint64 token) { asked << qMakePair(g, token); });
    QVERIFY(!model.canFetchMore({})); // nothing until a restart
    model.restart();
    const quint64 first = model.generation();
    // A view (here the tester) asks for the first page on the reset itself.
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.last(), qMakePair(first, qint64(0)));
    // One request in flight: asking again does nothing.
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(asked.size(), 1);
    QVERIFY(model.appendPage(first, page({QStringLiteral("a"), QStringLiteral("b")}, 2, 3)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.total(), std::optional<qint64>(3));
    // The next page is asked for with the server's token (the tester, like a
    // view, may already have asked: never twice).
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.last(), qMakePair(first, qint64(2)));

    // A new filter: the late answer of the superseded request is refused.
    model.restart();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.generation() != first);
    QVERIFY(!model.appendPage(first, page({QStringLiteral("c")}, std::nullopt, 3)));
    QCOMPARE(model.rowCount(), 0);
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(asked.size(), 3);
    QCOMPARE(asked.last(), qMakePair(model.generation(), qint64(0)));
    QVERIFY(model.appendPage(model.generation(), page({QStringLiteral("z")}, std::nullopt, 1)));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(DataSourcesModel::IdRole).toString(), QStringLiteral("z"));
    QVERIFY(!model.canFetchMore({})); // the last page
    // An answer nobody asked for is refused too.
    QVERIFY(!model.appendPage(model.generation(), page({QStringLiteral("y")}, std::nullopt, 1)));
    QCOMPARE(model.rowCount(), 1);
}

void TestDataSources::pagingStopsOnAStuckToken()
{
    DataSourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher([](quint64, qint64) {});
    model.restart();
    model.fetchMore({});
    QVERIFY(model.appendPage(model.generation(), page({QStringLiteral("a")}, 5, 10)));
    model.fetchMore({});
    // "More", with a token that goes back: the listing ends, and the row that
    // came again is not listed twice.
    QVERIFY(model.appendPage(
        model.generation(), page({QStringLiteral("a"), QStringLiteral("b")}, 5, 10)));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.hasMore());
    QVERIFY(!model.canFetchMore({}));
}

void TestDataSources::failedPageAndRetry()
{
    DataSourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int asked = 0;
    model.setFetcher([&asked](quint64, qint64) { ++asked; });
    QSignalSpy failed(&model, &DataSourcesModel::loadFailed);
    model.restart();
    model.fetchMore({});
    QVERIFY(model.failPage(model.generation(), QStringLiteral("The server failed (500).")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model.lastError(), QStringLiteral("The server failed (500)."));
    // A failed page is not asked for again by scrolling (no hammering) …
    QVERIFY(!model.canFetchMore({}));
    // … until the user retries.
    model.retry();
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(asked, 2);
}

void TestDataSources::updateAndRemove()
{
    DataSourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher([](quint64, qint64) {});
    model.restart();
    model.fetchMore({});
    model.appendPage(model.generation(), page({QStringLiteral("a"), QStringLiteral("b")}, {}, 2));
    DataSource changed = model.sourceAt(1);
    changed.isStale = true;
    model.update(changed);
    QCOMPARE(
        model.index(1, DataSourcesModel::HealthColumn).data().toString(), QStringLiteral("Stale"));
    QVERIFY(model.index(1, 0).data(DataSourcesModel::NeedsAttentionRole).toBool());
    model.update(source(QStringLiteral("unlisted"), QStringLiteral("x"))); // ignored
    QCOMPARE(model.rowCount(), 2);
    model.remove(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.total(), std::optional<qint64>(1));
    // Display: the display name when there is one, the name otherwise.
    changed.displayName = QStringLiteral("Shown name");
    model.update(changed);
    QCOMPARE(model.index(0, DataSourcesModel::NameColumn).data().toString(),
        QStringLiteral("Shown name"));
    QCOMPARE(
        model.index(0, DataSourcesModel::TypeColumn).data().toString(), QStringLiteral("FHIR"));
}

static SyncFailure failureAt(const char *id, const QDateTime &at, const char *error)
{
    SyncFailure f;
    f.eventId = QString::fromLatin1(id);
    f.eventType = QStringLiteral("Patient.updated");
    f.fhirResourceType = QStringLiteral("Patient");
    f.fhirResourceId = QStringLiteral("pat-") + f.eventId;
    f.syncError = QString::fromLatin1(error);
    f.createdAtMs = at.toMSecsSinceEpoch();
    return f;
}

void TestDataSources::failuresByDayAndCopy()
{
    SyncFailuresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUtc(true);
    const QDateTime d1(QDate(2026, 11, 20), QTime(23, 30), Qt::UTC);
    const QDateTime d2(QDate(2026, 11, 21), QTime(0, 15), Qt::UTC);
    model.setFailures({failureAt("e1", d1, "Timeout after 30 s"),
        failureAt("e2", d2, "HTTP 422\tfrom\nupstream"), failureAt("e3", d2.addSecs(60), "x")});
    QCOMPARE(model.rowCount(), 3);
    // Newest first.
    QCOMPARE(
        model.index(0, SyncFailuresModel::EventIdColumn).data().toString(), QStringLiteral("e3"));
    model.setDay(QDate(2026, 11, 21));
    QCOMPARE(model.rowCount(), 2);
    model.setDay(QDate(2026, 11, 20));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(
        model.index(0, SyncFailuresModel::EventIdColumn).data().toString(), QStringLiteral("e1"));
    model.setDay({});
    QCOMPARE(model.rowCount(), 3);

    const QString tsv = model.toTsv({1});
    const QStringList lines = tsv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
        QStringLiteral("Time\tEvent type\tFHIR resource\tResource id\tError\tEvent id"));
    // A tab or line break in a value never shifts the columns.
    QCOMPARE(lines.at(1),
        QStringLiteral("2026-11-21 00:15:00 UTC\tPatient.updated\tPatient\tpat-e2\tHTTP 422 "
                       "from upstream\te2"));
    const QString ticket = model.toTicketText({0, 2}, QStringLiteral("Epic"));
    QVERIFY(ticket.startsWith(QStringLiteral("Data source: Epic — 2 failed event(s)")));
    QVERIFY(ticket.contains(QStringLiteral("Event e3 (Patient.updated) at 2026-11-21 00:16:00 UTC\n"
                                           "  FHIR resource: Patient/pat-e3\n  Error: x")));
    QVERIFY(ticket.contains(QStringLiteral("Error: Timeout after 30 s")));

    // In New York, the 00:15 UTC event belongs to 20 November.
    model.setUtc(false);
    qputenv("TZ", "America/New_York");
    QCOMPARE(model.dayOf(model.failureAt(1)), QDate(2026, 11, 20));
    qunsetenv("TZ");
}

void TestDataSources::eventBucketsAndLayout()
{
    SyncHistoryDay a;
    a.date = QDate(2026, 11, 28);
    a.eventCount = 12;
    a.syncedCount = 9;
    a.failedCount = 3;
    SyncHistoryDay b;
    b.date = QDate(2026, 11, 30);
    b.eventCount = 6;
    b.syncedCount = 6;
    const QVector<DayBucket> days = eventBuckets({b, a}, QDate(2026, 11, 30), 4);
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(0).date, QDate(2026, 11, 27));
    QVERIFY(!days.at(0).hasRuns()); // the server's missing day is an empty one
    QCOMPARE(days.at(1).runs, 12);
    QCOMPARE(days.at(1).completed, 9);
    QCOMPARE(days.at(1).failed, 3);
    QCOMPARE(days.at(3).runs, 6);

    // 400 wide, 200 high, each legend label 50 wide: one legend row.
    const DailyChartLayout l = DailyChartLayout::compute(
        days, QSizeF(400, 200), {}, [](const QString &) { return 50.0; },
        DailyChartLayout::Series::Events);
    QCOMPARE(l.legend.size(), 2); // synced, failed: nothing else applies to events
    QCOMPARE(l.legend.at(0).label, QStringLiteral("Synced"));
    QCOMPARE(l.legend.at(1).label, QStringLiteral("Failed events"));
    QCOMPARE(l.recordsBand.height(), 0.0); // one band only
    QCOMPARE(l.maxRuns, 12);
    // Legend row 20 + 4 spacing from y=4 → plot at 24; caption row 14 → band from 38, down
    // to the day ticks' row of 16 at the bottom: 38..184.
    QCOMPARE(l.runsBand, QRectF(0, 38, 400, 146));
    QCOMPARE(l.bars.size(), 4);
    const auto &busy = l.bars.at(1);
    QCOMPARE(busy.outcomes.size(), 2);
    QCOMPARE(busy.outcomes.at(0).first, DailyChartLayout::Segment::Completed);
    QCOMPARE(busy.outcomes.at(0).second.height(), 146.0 * 9 / 12);
    QCOMPARE(busy.outcomes.at(1).first, DailyChartLayout::Segment::Failed);
    QCOMPARE(busy.outcomes.at(1).second.height(), 146.0 * 3 / 12);
    QCOMPARE(busy.outcomes.at(1).second.top(), 38.0); // the tallest day fills the band
    QCOMPARE(l.bars.at(3).outcomes.at(0).second.height(), 146.0 * 6 / 12);
    // 100 px a day leaves room for every day's tick (labels 50 wide).
    QCOMPARE(l.tickStep, 1);
    QCOMPARE(l.ticks.size(), 4);
    QCOMPARE(l.ticks.at(0).date, QDate(2026, 11, 27));
    QCOMPARE(l.ticks.at(0).x, 50.0);
    QCOMPARE(l.ticks.at(3).x, 350.0);
    QVERIFY(l.bars.at(0).empty);
    QCOMPARE(DailyChartLayout::dayText(days.at(1), DailyChartLayout::Series::Events),
        QLocale().toString(QDate(2026, 11, 28), QLocale::ShortFormat)
            + QStringLiteral(": 12 events — 9 synced, 3 failed"));
    QCOMPARE(l.bandCaption(false), QStringLiteral("events/day (max 12)"));
}

void TestDataSources::onset()
{
    const auto day = [](int d, int synced, int failed) {
        DayBucket b;
        b.date = QDate(2026, 11, d);
        b.completed = synced;
        b.failed = failed;
        b.runs = synced + failed;
        return b;
    };
    // No failure at all.
    FailureOnset none = failureOnset({day(1, 5, 0), day(2, 5, 0)});
    QVERIFY(!none.day.isValid());
    QCOMPARE(none.failedDays, 0);
    // A steady 2 % baseline, then an incident from the 4th (40 %, then an
    // empty day that does not end it, then 50 %), then ordinary days again:
    // the latest stretch of elevated days began on the 4th.
    const FailureOnset incident = failureOnset({day(1, 98, 2), day(2, 98, 2), day(3, 98, 2),
        day(4, 60, 40), day(5, 0, 0), day(6, 50, 50), day(7, 98, 2), day(8, 98, 2)});
    QCOMPARE(incident.day, QDate(2026, 11, 4));
    QCOMPARE(incident.dayRate, 0.4);
    QCOMPARE(incident.typicalRate, 0.02);
    // An ordinary day with events inside ends a stretch: the later one is named.
    QCOMPARE(failureOnset({day(1, 98, 2), day(2, 60, 40), day(3, 98, 2), day(4, 98, 2),
                              day(5, 60, 40), day(6, 98, 2)})
                 .day,
        QDate(2026, 11, 5));
    // 30 % every day: failures, but no day stands out.
    const FailureOnset steady = failureOnset({day(1, 70, 30), day(2, 70, 30), day(3, 70, 30)});
    QVERIFY(!steady.day.isValid());
    QCOMPARE(steady.failedDays, 3);
    QCOMPARE(steady.typicalRate, 0.3);
    // Below five points above the baseline is noise, even at twice the rate.
    QVERIFY(!failureOnset({day(1, 99, 1), day(2, 99, 1), day(3, 98, 2)}).day.isValid());
    // Today has begun: 1 failure in its first 13 events (7.7 %) after a 2 %
    // baseline is chance (0.26 expected, 1.28 at two deviations), so the
    // incident of the 4th is still the one named; 3 of 13 is not chance.
    const QVector<DayBucket> calm{
        day(1, 98, 2), day(2, 98, 2), day(3, 98, 2), day(4, 60, 40), day(5, 98, 2), day(6, 98, 2)};
    QCOMPARE(failureOnset(calm + QVector<DayBucket>{day(7, 12, 1)}).day, QDate(2026, 11, 4));
    QCOMPARE(failureOnset(calm + QVector<DayBucket>{day(7, 10, 3)}).day, QDate(2026, 11, 7));
    // A feed that never failed: its first failures are no chance at all.
    QCOMPARE(failureOnset({day(1, 3, 0), day(2, 3, 0), day(3, 3, 0), day(4, 1, 2)}).day,
        QDate(2026, 11, 4));
}

void TestDataSources::jsonErrors()
{
    QVERIFY(JsonObjectText::parse(QString()).ok);
    QVERIFY(JsonObjectText::parse(QStringLiteral("  \n")).ok);
    const JsonObjectText good = JsonObjectText::parse(QStringLiteral("{\"a\": 1}"));
    QVERIFY(good.ok);
    QCOMPARE(good.object.value(QStringLiteral("a")).toInt(), 1);
    // A missing comma on line 3.
    const JsonObjectText bad
        = JsonObjectText::parse(QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}"));
    QVERIFY(!bad.ok);
    QCOMPARE(bad.line, 3);
    QVERIFY(bad.message.startsWith(QStringLiteral("Line 3, column ")));
    // Characters, not bytes: "é" is two bytes in UTF-8.
    const JsonObjectText accent = JsonObjectText::parse(QStringLiteral("{\"é\": 1,,}"));
    const JsonObjectText ascii = JsonObjectText::parse(QStringLiteral("{\"e\": 1,,}"));
    QVERIFY(!accent.ok);
    QCOMPARE(accent.line, 1);
    QVERIFY(accent.offset >= 7 && accent.offset <= 9); // at the second comma
    QCOMPARE(accent.offset, ascii.offset);
    QCOMPARE(accent.column, accent.offset + 1);
    // An array is JSON, but not an object.
    const JsonObjectText array = JsonObjectText::parse(QStringLiteral("[1, 2]"));
    QVERIFY(!array.ok);
    QVERIFY(array.message.contains(QStringLiteral("JSON object")));
}

QTEST_GUILESS_MAIN(TestDataSources)
#include "tst_datasources.moc"
