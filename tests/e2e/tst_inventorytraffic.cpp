// What a console costs the platform on a large workspace (issue 12), counted
// on the wire by a proxy between the console, built through its composition
// root, and a sandbox seeded with scale:10000:
//  - settled: one small delta per background interval, never the list;
//  - ten rows in flight: one small delta per interval, whatever the inventory;
//  - pending rows (no consent page open here) never polled;
//  - a failure made on the server while the workspace is settled reaches the
//    table and the notifier within one background interval.
#include "connectionnotifier.h"
#include "connectionpoller.h"
#include "connectionsmodel.h"
#include "consolecontroller.h"
#include "countingproxy.h"
#include "httpclient.h"
#include "sandboxprocess.h"
#include "testconsole.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kKey = QStringLiteral("traffic-admin-key-1");
constexpr int kBackgroundMs = 3000;
} // namespace

class TestInventoryTraffic : public QObject
{
    Q_OBJECT

private slots:
    void costsKilobytesNotTheList();

private:
    QTemporaryDir m_dir;
};

void TestInventoryTraffic::costsKilobytesNotTheList()
{
    // A slow clock: no scheduled sync starts during the test, so every change
    // is one the test makes.
    SandboxProcess sb({QStringLiteral("--workspace"), QStringLiteral("scale=") + kKey,
        QStringLiteral("--seed"), QStringLiteral("scale:10000"), QStringLiteral("--time-scale"),
        QStringLiteral("0.001")});
    sb.setStartTimeout(180000);
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    HttpClient http;
    // One full list, as the console cost every poll before: the yardstick.
    const HttpResult whole = http.get(sb.api(QStringLiteral("/connections")), kKey);
    QCOMPARE(whole.status, 200);
    const qint64 fullList = whole.body.size();
    QVERIFY(fullList > 1000000);

    CountingProxy proxy(quint16(QUrl(sb.origin()).port()));
    QVERIFY(proxy.listen());
    TestConsole t(m_dir.filePath(QStringLiteral("traffic.ini")));
    t.console.show();
    QSignalSpy loaded(t.console.controller(), &ConsoleController::loaded);
    t.console.startWithServer(QUrl(proxy.origin()), kKey);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 120000);
    QCOMPARE(t.console.connections()->rowCount(), 10000);
    const qint64 firstLoad = proxy.bytesDown();
    ConnectionPoller *poller = t.console.controller()->poller();
    poller->setBackgroundIntervalMs(kBackgroundMs);
    QSignalSpy polled(poller, &ConnectionPoller::polled);
    QSignalSpy notified(t.console.notifier(), &ConnectionNotifier::notified);
    // The scale seed keeps about one row in a hundred pending.
    int pending = 0;
    for (int r = 0; r < t.console.connections()->rowCount(); ++r) {
        if (t.console.connections()->connectionAt(r).status == ConnectionStatus::Pending)
            ++pending;
    }
    QVERIFY(pending >= 50);
    QTRY_VERIFY_WITH_TIMEOUT(poller->isBackgroundWaiting(), 10000); // settled

    const auto logSince = [&sb](qsizetype from) {
        return sb.log().mid(from);
    };
    // Settled: three background refreshes.
    qsizetype mark = sb.log().size();
    proxy.reset();
    polled.clear();
    QElapsedTimer window;
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(polled.count(), 3, 4 * kBackgroundMs + 5000);
    const qint64 settledBytes = proxy.bytesDown() + proxy.bytesUp();
    QByteArray log = logSince(mark);
    const qsizetype settledRequests = log.count(" -> ");
    qInfo("settled: %lld bytes and %lld requests in %lld ms (3 intervals); one full list: %lld "
          "bytes; first load: %lld bytes",
        settledBytes, qint64(settledRequests), window.elapsed(), fullList, firstLoad);
    QCOMPARE(log.count("GET /api/platform/v1/connections?changed_since="), 3);
    QCOMPARE(log.count("/status"), 0); // pending rows are not polled
    QVERIFY2(settledBytes / 3 < fullList / 100, "a refresh must cost under 1 % of the list");
    QVERIFY(settledRequests <= 3 * 2);

    // Ten rows in flight, started on the server by someone else.
    QStringList inFlight;
    for (int i = 0; i < 10; ++i) {
        const HttpResult c = http.postJson(sb.api(QStringLiteral("/connections")), kKey,
            {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
                {QStringLiteral("api_key"), QStringLiteral("slow_traffic-%1").arg(i)}});
        QCOMPARE(c.status, 201);
        const QString id = c.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
        QCOMPARE(
            http.send("POST",
                    sb.api(QStringLiteral("/connections/") + id + QStringLiteral("/sync")), kKey)
                .status,
            202);
        inFlight << id;
    }
    // And one that is settled, with a key its provider will refuse on its next sync.
    const HttpResult made = http.postJson(sb.api(QStringLiteral("/connections")), kKey,
        {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
            {QStringLiteral("api_key"), QStringLiteral("config_error_traffic")}});
    QCOMPARE(made.status, 201);
    const QString victim
        = made.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    QTRY_VERIFY_WITH_TIMEOUT(poller->isPollingInFlight(), 2 * kBackgroundMs + 5000);
    QTRY_COMPARE_WITH_TIMEOUT(t.console.connections()->rowCount(), 10011, 5000);
    mark = sb.log().size();
    proxy.reset();
    polled.clear();
    window.restart();
    QTRY_COMPARE_WITH_TIMEOUT(polled.count(), 3, 20000);
    const qint64 busyBytes = proxy.bytesDown() + proxy.bytesUp();
    log = logSince(mark);
    qInfo("10 in flight: %lld bytes and %lld requests in %lld ms (3 polls)", busyBytes,
        qint64(log.count(" -> ")), window.elapsed());
    QCOMPARE(log.count("GET /api/platform/v1/connections?changed_since="), 3);
    QVERIFY2(busyBytes / 3 < fullList / 100, "a poll must cost under 1 % of the list");
    QVERIFY(log.count(" -> ") <= 3 * 2);

    // They end; the workspace settles again.
    for (const QString &id : std::as_const(inFlight)) {
        const HttpResult row = http.get(sb.api(QStringLiteral("/connections/") + id), kKey);
        const QString run = row.json()[QStringLiteral("last_run")][QStringLiteral("id")].toString();
        QCOMPARE(
            http.send("POST",
                    sb.url(QStringLiteral("/api/sandbox/runs/") + run + QStringLiteral("/finish")),
                    kKey)
                .status,
            200);
    }
    QTRY_VERIFY_WITH_TIMEOUT(poller->isBackgroundWaiting(), 10000);
    const int row = t.console.connections()->rowOf(inFlight.first());
    QVERIFY(row >= 0);
    QVERIFY(!t.console.connections()->connectionAt(row).isInFlight());
    QCOMPARE(t.console.connections()->connectionAt(row).status, ConnectionStatus::Connected);

    const int settled = t.console.connections()->rowOf(victim);
    QVERIFY(settled >= 0);
    QCOMPARE(t.console.connections()->connectionAt(settled).status, ConnectionStatus::Connected);

    // A sync starts on the server (its schedule, or someone else) and the
    // provider refuses it: nobody here presses F5.
    const HttpResult started = http.send(
        "POST", sb.api(QStringLiteral("/connections/") + victim + QStringLiteral("/sync")), kKey);
    QCOMPARE(started.status, 202);
    const QString run = started.json()[QStringLiteral("sync_run_id")].toString();
    QVERIFY(!run.isEmpty());
    notified.clear();
    QCOMPARE(http.send("POST",
                     sb.url(QStringLiteral("/api/sandbox/runs/") + run + QStringLiteral("/finish")),
                     kKey)
                 .status,
        200);
    QCOMPARE(http.get(sb.api(QStringLiteral("/connections/") + victim), kKey)
                 .json()[QStringLiteral("status")]
                 .toString(),
        QStringLiteral("error"));
    window.restart();
    const auto showsError = [&] {
        const int r = t.console.connections()->rowOf(victim);
        return r >= 0 && t.console.connections()->connectionAt(r).status == ConnectionStatus::Error;
    };
    // Within one background interval (and the request's own time).
    QTRY_VERIFY_WITH_TIMEOUT(showsError(), kBackgroundMs + 2000);
    const qint64 tableMs = window.elapsed();
    // The notifier merges what comes close together (its own short window).
    QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 1, 8000);
    qInfo("the failure showed in the table after %lld ms, notified after %lld ms", tableMs,
        window.elapsed());
    const QString text = notified.last().at(0).toString() + u' ' + notified.last().at(1).toString();
    QVERIFY2(text.contains(QStringLiteral("Fathom")), qPrintable(text));
}

QTEST_MAIN(TestInventoryTraffic)
#include "tst_inventorytraffic.moc"
