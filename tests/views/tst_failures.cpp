// The Failures page: clustering and range changes (FailuresModel under
// QAbstractItemModelTester); and in the console as it ships (built through
// the composition root): cluster counts on the seeded demo workspace checked
// against the per-connection runs, the range control, opening an affected
// connection, and the per-connection fallback with its progress on a platform
// without GET /runs.
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "failuresmodel.h"
#include "failurespage.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "scriptedhttpserver.h"
#include "testconsole.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestFailures : public QObject
{
    Q_OBJECT

private slots:
    void clustersAndRanges();
    void countsOnSeededData();
    void fallbackWithoutTheExtension();
};

static WorkspaceRun failure(const char *conn, const char *type, const char *reason, qint64 ageHours,
    qint64 now, bool partial = false)
{
    WorkspaceRun w;
    w.connectionId = QString::fromLatin1(conn);
    w.connectorType = QString::fromLatin1(type);
    w.run.status = partial ? RunStatus::Completed : RunStatus::Failed;
    w.run.statusText = partial ? QStringLiteral("completed") : QStringLiteral("failed");
    w.run.streamsFailed = partial ? 1 : 4;
    w.run.errorReason = reason ? QString::fromLatin1(reason) : QString();
    w.run.startedAtMs = now - ageHours * 3600 * 1000;
    return w;
}

void TestFailures::clustersAndRanges()
{
    FailuresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 now = 1'800'000'000'000LL;
    WorkspaceRun ok = failure("c9", "hubspot", nullptr, 1, now);
    ok.run.status = RunStatus::Completed;
    ok.run.streamsFailed = 0; // a clean run is not a failure
    model.setRuns(
        {failure("c1", "gong", "rate_limit", 2, now), failure("c2", "gong", "rate_limit", 3, now),
            failure("c1", "gong", "rate_limit", 200, now),
            failure("c3", "salesforce", nullptr, 5, now, true),
            failure("c4", "pipedrive", "config", 24 * 20, now), ok},
        now);
    model.setRangeDays(30);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalFailures(), 5);
    QCOMPARE(model.index(0, FailuresModel::ReasonColumn).data(FailuresModel::ReasonRole).toString(),
        QStringLiteral("rate_limit"));
    QCOMPARE(model.index(0, FailuresModel::FailuresColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, FailuresModel::ConnectionsColumn).data().toInt(), 2);
    QCOMPARE(model.connectionsOf(0), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    model.setRangeDays(7);
    QCOMPARE(model.rowCount(), 2); // the 20-day-old config failure drops out
    QCOMPARE(model.index(0, FailuresModel::FailuresColumn).data().toInt(), 2);
    QCOMPARE(model.totalFailures(), 3);
}

void TestFailures::countsOnSeededData()
{
    SandboxProcess sb({QStringLiteral("--seed"), QStringLiteral("demo")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const QString key = sb.apiKey();
    QTemporaryDir dir;
    TestConsole t(dir.filePath(QStringLiteral("s.ini")));
    t.console.show();
    QVERIFY(t.startWithKey(sb.origin(), key));
    HttpClient http;
    QVector<Connection> rows;
    for (int r = 0; r < t.console.connections()->rowCount(); ++r)
        rows << t.console.connections()->connectionAt(r);
    FailuresModel &failures = *t.console.failures();
    FailuresPage &page = *t.console.failuresPage();
    QSignalSpy loaded(t.console.failuresController(), &FailuresController::loaded);
    t.console.window()->showPage(&page); // the page loads when first shown
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY(!t.console.failuresController()->usedFallback());

    // Independently: the rate-limit failures of every Gong connection in `days`.
    QStringList gongIds;
    const auto gongRateLimits = [&](int days) {
        const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - days * 24LL * 3600 * 1000;
        int count = 0;
        gongIds.clear();
        for (const Connection &c : std::as_const(rows)) {
            if (c.connectorType != u"gong")
                continue;
            const QJsonArray runs = http.get(sb.api(QStringLiteral("/connections/") + c.id
                                                 + QStringLiteral("/runs?since=")
                                                 + QDateTime::fromMSecsSinceEpoch(cutoff, Qt::UTC)
                                                       .toString(Qt::ISODate)),
                                            key)
                                        .json()[QStringLiteral("runs")]
                                        .toArray();
            int mine = 0;
            for (const QJsonValue &r : runs)
                mine += r[QStringLiteral("status")].toString() == u"failed"
                    && r[QStringLiteral("error_reason")].toString() == u"rate_limit";
            count += mine;
            if (mine > 0)
                gongIds << c.id;
        }
        return count;
    };
    const int expected = gongRateLimits(30);
    QVERIFY(expected > 5);
    int row = -1;
    for (int r = 0; r < failures.rowCount(); ++r) {
        if (failures.index(r, 0).data(FailuresModel::ReasonRole).toString() == u"rate_limit"
            && failures.index(r, 0).data(FailuresModel::ConnectorTypeRole).toString() == u"gong")
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(failures.index(row, FailuresModel::FailuresColumn).data().toInt(), expected);
    QCOMPARE(failures.connectionsOf(row), gongIds);

    // Choose the cluster, then open an affected connection.
    QTableView *table = page.findChild<QTableView *>(QStringLiteral("failuresTable"));
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(FailuresModel::ReasonRole).toString() == u"rate_limit"
            && table->model()->index(r, 0).data(FailuresModel::ConnectorTypeRole).toString()
                == u"gong")
            table->setCurrentIndex(table->model()->index(r, 0));
    }
    QListWidget *affected = page.findChild<QListWidget *>(QStringLiteral("affectedConnections"));
    QCOMPARE(affected->count(), gongIds.size());
    QVERIFY(affected->item(0)->text().startsWith(QStringLiteral("Gong calls")));
    if (!qEnvironmentVariableIsEmpty("CC_SCREENSHOT_DIR")) { // for a person to look at
        QVERIFY(QTest::qWaitForWindowExposed(t.console.window()));
        t.console.window()->grab().save(
            qEnvironmentVariable("CC_SCREENSHOT_DIR") + QStringLiteral("/failures.png"));
    }
    // Activating an affected connection opens it on the Connections page.
    Q_EMIT affected->itemActivated(affected->item(0));
    QVERIFY(t.console.window()->connectionsPage()->isVisible());
    QCOMPARE(t.console.window()->connectionsPage()->selectedConnectionId(), gongIds.first());
    // The range: 7 days counts only the last week's failures.
    auto *range = page.findChild<QComboBox *>(QStringLiteral("failuresRange"));
    range->setCurrentIndex(range->findData(7));
    const int lastWeek = gongRateLimits(7);
    QVERIFY(lastWeek < expected);
    int row7 = -1;
    for (int r = 0; r < failures.rowCount(); ++r) {
        if (failures.index(r, 0).data(FailuresModel::ReasonRole).toString() == u"rate_limit"
            && failures.index(r, 0).data(FailuresModel::ConnectorTypeRole).toString() == u"gong")
            row7 = r;
    }
    QCOMPARE(row7 >= 0 ? failures.index(row7, FailuresModel::FailuresColumn).data().toInt() : 0,
        lastWeek);
    range->setCurrentIndex(range->findData(30));
}

void TestFailures::fallbackWithoutTheExtension()
{
    const QByteArray recent
        = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate).toLatin1();
    // A platform with the contract's calls only: six connections, no GET /runs.
    ScriptedHttpServer platform([recent](const ScriptedHttpServer::Request &r) {
        const QByteArray path = r.target.split('?').first();
        if (path == "/api/platform/v1/me")
            return ScriptedHttpServer::response(200,
                R"({"user_id":"u1","name":"Ada","email":"ada@example.com","role":"admin",)"
                R"("platform_admin":false,"workspace":{"id":"w1","name":"Scripted","slug":"s"}})");
        if (path == "/api/platform/v1/connections/catalog")
            return ScriptedHttpServer::response(200,
                R"({"connectors":[{"type":"hubspot","name":"HubSpot","category":"crm",)"
                R"("authMethod":"oauth_redirect","scope":"business","direction":"inbound",)"
                R"("connectable":true,"streams":[],"description":""}]})");
        if (path == "/api/platform/v1/members")
            return ScriptedHttpServer::response(200, R"({"members":[]})");
        if (path == "/api/platform/v1/connections") {
            QByteArray list;
            for (const char *id : {"con_a", "con_b", "con_c", "con_d", "con_e", "con_f"})
                list += QByteArray(list.isEmpty() ? "" : ",") + R"({"id":")" + id
                    + R"(","kind":"first_party","connector_type":"hubspot","name":")" + id
                    + R"(","status":"connected","scope":"business","last_synced_at":null,)"
                      R"("last_error":null,"is_syncing":false,"health":"healthy","last_run":null})";
            return ScriptedHttpServer::response(200, R"({"connections":[)" + list + "]}");
        }
        if (!path.endsWith("/runs") || path == "/api/platform/v1/runs")
            return ScriptedHttpServer::response(
                404, R"({"error":"not_found","message":"No such endpoint."})");
        const QByteArray reason = r.target.contains("con_a") ? "transient" : "config";
        return ScriptedHttpServer::response(200,
            R"({"runs":[{"id":"r1","status":"failed","started_at":")" + recent
                + R"(","error_reason":")" + reason
                + R"("},{"id":"r0","status":"completed","started_at":")" + recent + R"("}]})");
    });
    QVERIFY(platform.listen());
    QTemporaryDir dir;
    TestConsole t(dir.filePath(QStringLiteral("s.ini")));
    t.console.show();
    t.console.startWithServer(QUrl(platform.origin()), QStringLiteral("scripted-key"));
    QTRY_COMPARE_WITH_TIMEOUT(t.console.connections()->rowCount(), 6, 15000);
    FailuresModel &failures = *t.console.failures();
    auto *progress
        = t.console.failuresPage()->findChild<QProgressBar *>(QStringLiteral("failuresProgress"));
    QSignalSpy steps(progress, &QProgressBar::valueChanged);
    QSignalSpy loaded(t.console.failuresController(), &FailuresController::loaded);
    const int before = int(platform.requests().size());
    t.console.window()->showPage(t.console.failuresPage());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY(t.console.failuresController()->usedFallback());
    QCOMPARE(failures.totalFailures(), 6);
    QCOMPARE(failures.rowCount(), 2); // transient (con_a) and config (the other five)
    QCOMPARE(failures.index(0, FailuresModel::FailuresColumn).data().toInt(), 5);
    // One failed /runs request, then one request per connection…
    QCOMPARE(int(platform.requests().size()) - before, 1 + 6);
    // …with the progress bar counting them, then out of the way.
    QCOMPARE(progress->maximum(), 6);
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.last().first().toInt(), 6);
    QVERIFY(!progress->isVisible());
}

QTEST_MAIN(TestFailures)
#include "tst_failures.moc"
