// The guide's health precedence, one row per rule, plus the sandbox's choices
// for pending and paused (docs/sandbox.md) and the rules' relative order.
#include "health.h"

#include <QTest>

using sandbox::deriveHealth;
using sandbox::HealthInputs;

Q_DECLARE_METATYPE(HealthInputs)

namespace {
constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kHour = 3600 * 1000;

HealthInputs connectedWithCleanRun()
{
    HealthInputs in;
    in.status = QStringLiteral("connected");
    in.hasLastRun = true;
    in.lastRunStatus = QStringLiteral("completed");
    in.lastSuccessMs = kNow - 1 * kHour;
    in.nowMs = kNow;
    return in;
}
} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void precedence_data();
    void precedence();
};

void TestHealth::precedence_data()
{
    QTest::addColumn<HealthInputs>("in");
    QTest::addColumn<QString>("expected");

    HealthInputs in = connectedWithCleanRun();
    QTest::newRow("8 healthy: connected, recent, clean") << in << "healthy";

    in = connectedWithCleanRun();
    in.lastSuccessMs = kNow - 49 * kHour;
    QTest::newRow("7 stale: last good sync older than 48 h") << in << "stale";
    in.lastSuccessMs = kNow - 47 * kHour;
    QTest::newRow("7 not yet stale at 47 h") << in << "healthy";

    in = connectedWithCleanRun();
    in.lastRunStatus = QStringLiteral("skipped_locked");
    in.lastSuccessMs = kNow - 6 * 24 * kHour;
    QTest::newRow("7 stale: skipped runs do not refresh") << in << "stale";

    in = connectedWithCleanRun();
    in.lastRunStreamsFailed = 2;
    QTest::newRow("6 degraded: some streams failed") << in << "degraded";
    in.lastSuccessMs = kNow - 72 * kHour;
    QTest::newRow("6 degraded beats stale") << in << "degraded";

    in = connectedWithCleanRun();
    in.lastRunStatus = QStringLiteral("failed");
    in.lastRunErrorReason = QStringLiteral("transient");
    QTest::newRow("5 error: last run failed outright") << in << "error";
    in = connectedWithCleanRun();
    in.status = QStringLiteral("error");
    QTest::newRow("5 error: status error") << in << "error";

    in = connectedWithCleanRun();
    in.lastRunStatus = QStringLiteral("failed");
    in.lastRunErrorReason = QStringLiteral("rate_limit");
    in.status = QStringLiteral("error");
    QTest::newRow("4 rate_limited beats error") << in << "rate_limited";

    in.isSyncing = true;
    QTest::newRow("3 syncing beats rate_limited") << in << "syncing";

    in.credentialsInvalid = true;
    QTest::newRow("2 needs_reauth beats syncing") << in << "needs_reauth";

    in.status = QStringLiteral("disconnected");
    QTest::newRow("1 disconnected beats everything") << in << "disconnected";

    HealthInputs noRun;
    noRun.nowMs = kNow;
    noRun.status = QStringLiteral("connected");
    QTest::newRow("no run: connected -> healthy") << noRun << "healthy";
    noRun.status = QStringLiteral("error");
    QTest::newRow("no run: error -> error") << noRun << "error";
    noRun.status = QStringLiteral("syncing");
    QTest::newRow("no run: syncing -> syncing") << noRun << "syncing";
    noRun.status = QStringLiteral("disconnected");
    QTest::newRow("no run: disconnected") << noRun << "disconnected";
    noRun.status = QStringLiteral("pending");
    QTest::newRow("choice: pending -> needs_reauth") << noRun << "needs_reauth";
    noRun.isSyncing = true;
    QTest::newRow("pending with its first sync running -> syncing") << noRun << "syncing";
    noRun = HealthInputs();
    noRun.nowMs = kNow;
    noRun.status = QStringLiteral("paused");
    QTest::newRow("choice: paused, never ran -> stale") << noRun << "stale";

    in = connectedWithCleanRun();
    in.status = QStringLiteral("paused");
    QTest::newRow("choice: paused, recent good sync -> healthy") << in << "healthy";
    in.lastSuccessMs = kNow - 5 * 24 * kHour;
    QTest::newRow("choice: paused, old good sync -> stale") << in << "stale";
}

void TestHealth::precedence()
{
    QFETCH(HealthInputs, in);
    QFETCH(QString, expected);
    QCOMPARE(deriveHealth(in), expected);
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
