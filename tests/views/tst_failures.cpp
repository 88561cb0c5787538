// The Failures page: clustering and range changes (under
// QAbstractItemModelTester), cluster counts on the seeded demo workspace
// checked against the per-connection runs, opening an affected connection,
// and the per-connection fallback on a platform without GET /runs.
#include "connectionsmodel.h"
#include "failurescontroller.h"
#include "failuresmodel.h"
#include "failurespage.h"
#include "platformclient.h"
#include "sandboxprocess.h"
#include "scriptedhttpserver.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
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
    QNetworkAccessManager nam;
    PlatformClient client(&nam);
    QVERIFY(client.setServer(QUrl(sb.origin())));
    const QString key = sb.apiKey();
    client.setTokenProvider([key] { return key; });
    ConnectionsModel connections;
    HttpClient http;
    QVector<Connection> rows;
    {
        std::optional<bool> done;
        QObject ctx;
        client.fetchConnections(&ctx, [&](const QVector<Connection> &r, const ApiError &) {
            rows = r;
            done = true;
        });
        QTRY_VERIFY(done.has_value());
    }
    connections.applyConnections(rows);
    FailuresModel failures;
    FailuresPage page(&failures, &connections);
    FailuresController controller(&client, &connections, &failures, &page);
    QSignalSpy loaded(&controller, &FailuresController::loaded);
    controller.load();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY(!controller.usedFallback());

    // Independently: the rate-limit failures of every Gong connection in 30 days.
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - 30LL * 24 * 3600 * 1000;
    int expected = 0;
    QStringList gongIds;
    for (const Connection &c : std::as_const(rows)) {
        if (c.connectorType != u"gong")
            continue;
        const QJsonArray runs
            = http.get(
                      sb.api(QStringLiteral("/connections/") + c.id + QStringLiteral("/runs?since=")
                          + QDateTime::fromMSecsSinceEpoch(cutoff, Qt::UTC).toString(Qt::ISODate)),
                      key)
                  .json()[QStringLiteral("runs")]
                  .toArray();
        int mine = 0;
        for (const QJsonValue &r : runs)
            mine += r[QStringLiteral("status")].toString() == u"failed"
                && r[QStringLiteral("error_reason")].toString() == u"rate_limit";
        expected += mine;
        if (mine > 0)
            gongIds << c.id;
    }
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
        page.resize(1200, 600);
        page.show();
        QTest::qWait(200);
        page.grab().save(
            qEnvironmentVariable("CC_SCREENSHOT_DIR") + QStringLiteral("/failures.png"));
    }
    QSignalSpy open(&page, &FailuresPage::openConnectionRequested);
    Q_EMIT affected->itemActivated(affected->item(0));
    QCOMPARE(open.first().first().toString(), gongIds.first());
}

void TestFailures::fallbackWithoutTheExtension()
{
    const QByteArray recent
        = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate).toLatin1();
    ScriptedHttpServer platform([recent](const ScriptedHttpServer::Request &r) {
        if (r.target.startsWith("/api/platform/v1/runs"))
            return ScriptedHttpServer::response(
                404, R"({"error":"not_found","message":"No such endpoint."})");
        const QByteArray reason = r.target.contains("con_a") ? "transient" : "config";
        return ScriptedHttpServer::response(200,
            R"({"runs":[{"id":"r1","status":"failed","started_at":")" + recent
                + R"(","error_reason":")" + reason
                + R"("},{"id":"r0","status":"completed","started_at":")" + recent + R"("}]})");
    });
    QVERIFY(platform.listen());
    QNetworkAccessManager nam;
    PlatformClient client(&nam);
    QVERIFY(client.setServer(QUrl(platform.origin())));
    ConnectionsModel connections;
    QVector<Connection> rows;
    for (const char *id : {"con_a", "con_b", "con_c", "con_d", "con_e", "con_f"}) {
        Connection c;
        c.id = QString::fromLatin1(id);
        c.name = c.id;
        c.connectorType = QStringLiteral("hubspot");
        rows << c;
    }
    connections.applyConnections(rows);
    FailuresModel failures;
    FailuresPage page(&failures, &connections);
    FailuresController controller(&client, &connections, &failures, &page);
    QSignalSpy loaded(&controller, &FailuresController::loaded);
    controller.load();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY(controller.usedFallback());
    QCOMPARE(failures.totalFailures(), 6);
    QCOMPARE(failures.rowCount(), 2); // transient (con_a) and config (the other five)
    QCOMPARE(failures.index(0, FailuresModel::FailuresColumn).data().toInt(), 5);
    // One failed /runs request, then one request per connection.
    QCOMPARE(platform.requests().size(), 1 + 6);
}

QTEST_MAIN(TestFailures)
#include "tst_failures.moc"
