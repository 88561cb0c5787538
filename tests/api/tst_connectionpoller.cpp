// The poller: up to kStatusPollLimit rows in flight polled by status, more by
// one list request per interval however many there are (counted at the
// sandbox); a row whose state changed fetched whole; stopping when nothing is
// in flight, and backing
// off on errors while honouring Retry-After; a pending row polled only while
// its consent page is open; the background refresh, paused while the window
// is away, finding a change made on the server.
#include "clienttestutil.h"
#include "connectionpoller.h"
#include "httpclient.h"
#include "platformclient.h"
#include "sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QThreadPool>

using namespace cc;

class TestConnectionPoller : public QObject
{
    Q_OBJECT

private slots:
    void requestCountStaysFlat();
    void statusPollFollowsARowToTheEnd();
    void stopsWhenNothingIsInFlight();
    void stopDropsTheAnswerInFlight();
    void backsOffAndHonoursRetryAfter();
    void pendingIsPolledOnlyWhileItsConsentIsOpen();
    void backgroundRefreshSeesServerSideChanges();

private:
    // Starts a sandbox with `syncing` connections mid-sync and counts the list
    // and status requests one poller sends in `windowMs`.
    QPair<int, int> countRequests(int syncing, int windowMs);
    // A client for the sandbox, signed in with its API key; null if the URL is refused.
    std::unique_ptr<PlatformClient> clientFor(const SandboxProcess &sb);
    QNetworkAccessManager m_nam;
};

std::unique_ptr<PlatformClient> TestConnectionPoller::clientFor(const SandboxProcess &sb)
{
    auto client = std::make_unique<PlatformClient>(&m_nam);
    if (!client->setServer(QUrl(sb.origin())))
        return nullptr;
    client->setTokenProvider([key = sb.apiKey()] { return key; });
    return client;
}

QPair<int, int> TestConnectionPoller::countRequests(int syncing, int windowMs)
{
    SandboxProcess sb;
    QString error;
    if (!sb.start(&error))
        return {-1, -1};
    HttpClient http;
    for (int i = 0; i < syncing; ++i) {
        // "slow_" keys make 40-minute runs: in flight for the whole test.
        const HttpResult r = http.postJson(sb.api(QStringLiteral("/connections")), sb.apiKey(),
            {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
                {QStringLiteral("api_key"), QStringLiteral("slow_key-%1").arg(i)}});
        http.send("POST",
            sb.api(QStringLiteral("/connections/")
                + r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString()
                + QStringLiteral("/sync")),
            sb.apiKey());
    }
    const int before = int(sb.log().count("GET /api/platform/v1/connections "));
    const std::unique_ptr<PlatformClient> client = clientFor(sb);
    if (!client)
        return {-1, -1};
    ConnectionPoller poller(client.get());
    poller.setBaseIntervalMs(100);
    QSignalSpy polled(&poller, &ConnectionPoller::polled);
    poller.watch(true);
    QTest::qWait(windowMs); // the measurement window itself
    poller.stop();
    const QByteArray log = sb.log();
    return {
        int(log.count("GET /api/platform/v1/connections ")) - before, int(log.count("/status"))};
}

void TestConnectionPoller::requestCountStaysFlat()
{
    const int limit = ConnectionPoller::kStatusPollLimit;
    QCOMPARE(limit, 8); // the documented number
    const auto few = countRequests(2, 1200);
    const auto atLimit = countRequests(limit, 1200);
    const auto overLimit = countRequests(limit + 1, 1200);
    const auto many = countRequests(60, 1200);
    qInfo("in 1.2 s, list/status requests: %d/%d with 2 rows in flight, %d/%d with %d, %d/%d "
          "with %d, %d/%d with 60",
        few.first, few.second, atLimit.first, atLimit.second, limit, overLimit.first,
        overLimit.second, limit + 1, many.first, many.second);
    // Few: the first look is the list, then one status request per row and
    // interval, nothing else (the rows do not change in the window).
    QCOMPARE(few.first, 1);
    QCOMPARE(atLimit.first, 1);
    QVERIFY(few.second >= 2 * 4);
    QCOMPARE(few.second % 2, 0);
    const int fewRounds = few.second / 2;
    QVERIFY(atLimit.second % limit == 0);
    QVERIFY2(qAbs(atLimit.second / limit - fewRounds) <= 2, "rounds must not slow with rows");
    // Many: the list, one request per interval whatever the number of rows,
    // and never one status request per row.
    QCOMPARE(overLimit.second, 0);
    QCOMPARE(many.second, 0);
    QVERIFY(many.first >= 4);
    QVERIFY2(many.first <= overLimit.first + 2 && many.first >= overLimit.first - 2,
        "request count must not grow with rows in flight");
}

void TestConnectionPoller::statusPollFollowsARowToTheEnd()
{
    SandboxProcess sb({QStringLiteral("--time-scale"), QStringLiteral("20")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    HttpClient http;
    const HttpResult r = http.postJson(sb.api(QStringLiteral("/connections")), sb.apiKey(),
        {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
            {QStringLiteral("api_key"), QStringLiteral("key-follow")}});
    const QString id = r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    QVERIFY(!id.isEmpty());
    const HttpResult started = http.send("POST",
        sb.api(QStringLiteral("/connections/") + id + QStringLiteral("/sync")), sb.apiKey());
    QVERIFY2(started.status == 202 || started.status == 409, started.body.constData());
    const std::unique_ptr<PlatformClient> client = clientFor(sb);
    QVERIFY(client);
    ConnectionPoller poller(client.get());
    poller.setBaseIntervalMs(50);
    QSignalSpy polled(&poller, &ConnectionPoller::polled);
    QSignalSpy updated(&poller, &ConnectionPoller::rowsUpdated);
    // The sync this console started: polled by status, the row fetched whole
    // whenever its state changes, until it is over.
    poller.watchId(id);
    QCOMPARE(poller.watchedIds(), QStringList{id});
    QTRY_VERIFY_WITH_TIMEOUT(!poller.isActive(), 20000);
    QCOMPARE(polled.count(), 0); // never the list
    QVERIFY(updated.count() >= 1);
    const QVector<Connection> last = updated.last().at(0).value<QVector<Connection>>();
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().id, id);
    QVERIFY(!last.first().isInFlight());
    QVERIFY(last.first().lastSyncedAtMs > 0 || !last.first().lastError.isEmpty());
    QVERIFY(poller.watchedIds().isEmpty());
    const QByteArray log = sb.log();
    const QByteArray rowPath = "GET /api/platform/v1/connections/" + id.toLatin1();
    QVERIFY(log.count(QByteArray(rowPath + "/status")) >= 1);
    // One whole fetch per change seen, never more.
    QCOMPARE(log.count(QByteArray(rowPath + " ")), qsizetype(updated.count()));
    QCOMPARE(log.count("GET /api/platform/v1/connections "), 0);
}

void TestConnectionPoller::stopsWhenNothingIsInFlight()
{
    SandboxProcess sb;
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const std::unique_ptr<PlatformClient> client = clientFor(sb);
    QVERIFY(client);
    ConnectionPoller poller(client.get());
    poller.setBaseIntervalMs(50);
    QSignalSpy polled(&poller, &ConnectionPoller::polled);
    poller.watch(true);
    QTRY_COMPARE(polled.count(), 1);
    // Nothing in flight: nothing is scheduled, so nothing more can come.
    QVERIFY(!poller.isActive());
}

void TestConnectionPoller::stopDropsTheAnswerInFlight()
{
    SandboxProcess sb({QStringLiteral("--faults"), QStringLiteral("latency=300ms")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const std::unique_ptr<PlatformClient> client = clientFor(sb);
    QVERIFY(client);
    ConnectionPoller poller(client.get());
    poller.setBaseIntervalMs(10);
    QSignalSpy polled(&poller, &ConnectionPoller::polled);
    QSignalSpy sent(client.get(), &PlatformClient::requestSent);
    QSignalSpy replied(&m_nam, &QNetworkAccessManager::finished);
    poller.watch(true);
    QTRY_COMPARE(sent.count(), 1); // the request is on its way…
    poller.stop(); // …when the user signs out
    QVERIFY(!poller.isActive());
    // The answer still arrives, is decoded on the thread pool, and comes back
    // to the poller, which drops it.
    QTRY_COMPARE_WITH_TIMEOUT(replied.count(), 1, 5000);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(polled.count(), 0);
    QVERIFY(!poller.isActive()); // and schedules nothing
    QCOMPARE(sent.count(), 1);
}

void TestConnectionPoller::backsOffAndHonoursRetryAfter()
{
    SandboxProcess sb({QStringLiteral("--faults"), QStringLiteral("5xx=1")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const std::unique_ptr<PlatformClient> client = clientFor(sb);
    QVERIFY(client);
    ConnectionPoller poller(client.get());
    poller.setBaseIntervalMs(40);
    QSignalSpy failed(&poller, &ConnectionPoller::pollFailed);
    poller.watch(true);
    QTRY_COMPARE(failed.count(), 1);
    const int first = poller.nextDelayMs();
    QTRY_COMPARE(failed.count(), 2);
    const int second = poller.nextDelayMs();
    QVERIFY2(second > first, qPrintable(QStringLiteral("%1 then %2").arg(first).arg(second)));
    QVERIFY(first >= 40 * 2 * 0.8 && first <= 40 * 2 * 1.2 + 1);

    HttpClient http;
    http.send("PUT", sb.url(QStringLiteral("/api/sandbox/faults")), sb.apiKey(),
        R"({"faults":"burst429=1/1,retry-after=3"})");
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 5000);
    QCOMPARE(failed.last().first().value<ApiError>().kind, ApiError::Kind::RateLimited);
    QVERIFY2(poller.nextDelayMs() >= 3000, qPrintable(QString::number(poller.nextDelayMs())));
    poller.stop();
}

void TestConnectionPoller::pendingIsPolledOnlyWhileItsConsentIsOpen()
{
    SandboxProcess sb;
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    HttpClient http;
    // A connection waiting for someone to finish its OAuth consent.
    const HttpResult created = http.postJson(sb.api(QStringLiteral("/connections")), sb.apiKey(),
        {{QStringLiteral("connector_type"), QStringLiteral("hubspot")},
            {QStringLiteral("return_to"), QStringLiteral("http://127.0.0.1:9/cb")}});
    QCOMPARE(created.status, 201);
    const QString id
        = created.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    const std::unique_ptr<PlatformClient> client = clientFor(sb);
    QVERIFY(client);
    ConnectionPoller poller(client.get());
    poller.setBaseIntervalMs(50);
    QSignalSpy polled(&poller, &ConnectionPoller::polled);
    // Nobody is at its consent page: one look, then nothing.
    poller.watch(true);
    QTRY_COMPARE(polled.count(), 1);
    const QVector<Connection> rows = polled.at(0).at(0).value<QVector<Connection>>();
    const auto row
        = std::find_if(rows.cbegin(), rows.cend(), [&](const Connection &c) { return c.id == id; });
    QVERIFY(row != rows.cend());
    QCOMPARE(row->status, ConnectionStatus::Pending);
    QVERIFY(!poller.needsPolling(*row));
    QVERIFY(!poller.isActive());
    const auto requests = [&] {
        return sb.log().count("GET /api/platform/v1/connections");
    };
    const auto statusRequests = [&] {
        return sb.log().count(
            QByteArray("GET /api/platform/v1/connections/" + id.toLatin1() + "/status"));
    };
    const qsizetype idle = requests();
    QTest::qWait(300); // six intervals' worth: none may be sent
    QCOMPARE(requests(), idle);
    // This console opened its consent page: its row is polled (by status)
    // until the page is done.
    poller.awaitConsent(id);
    QVERIFY(poller.needsPolling(*row));
    QTRY_VERIFY(statusRequests() >= 3);
    poller.consentDone(id);
    QTRY_VERIFY(!poller.isActive());
    const qsizetype after = requests();
    QTest::qWait(300);
    QCOMPARE(requests(), after);
}

void TestConnectionPoller::backgroundRefreshSeesServerSideChanges()
{
    SandboxProcess sb;
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const std::unique_ptr<PlatformClient> client = clientFor(sb);
    QVERIFY(client);
    ConnectionPoller poller(client.get());
    poller.setBaseIntervalMs(50);
    poller.setBackgroundIntervalMs(200);
    QSignalSpy polled(&poller, &ConnectionPoller::polled);
    poller.watch(true);
    QTRY_COMPARE(polled.count(), 1);
    // Settled: the background refresh waits, and comes.
    QVERIFY(poller.isBackgroundWaiting());
    QVERIFY(!poller.isPollingInFlight());
    QTRY_COMPARE(polled.count(), 2);
    // A sync started on the server (by someone else) shows up by itself, and
    // the poller follows it at the in-flight pace.
    HttpClient http;
    const HttpResult r = http.postJson(sb.api(QStringLiteral("/connections")), sb.apiKey(),
        {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
            {QStringLiteral("api_key"), QStringLiteral("slow_key-bg")}});
    const QString id = r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(
        http.send("POST", sb.api(QStringLiteral("/connections/") + id + QStringLiteral("/sync")),
                sb.apiKey())
            .status,
        202);
    const auto lastShowsItSyncing = [&] {
        const QVector<Connection> last = polled.last().at(0).value<QVector<Connection>>();
        return std::any_of(last.cbegin(), last.cend(),
            [&](const Connection &c) { return c.id == id && c.isInFlight(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(lastShowsItSyncing(), 5000);
    QVERIFY(poller.isPollingInFlight());
    poller.stop();

    // Hidden or minimised: nothing while away, one refresh at once on return.
    ConnectionPoller away(client.get());
    away.setBackgroundIntervalMs(100);
    QSignalSpy awayPolled(&away, &ConnectionPoller::polled);
    away.setPaused(true);
    away.watch(false); // settled, and away
    QVERIFY(!away.isActive());
    QTest::qWait(400); // four background intervals: none may be sent
    QCOMPARE(awayPolled.count(), 0);
    away.setPaused(false); // back on screen: at once
    QTRY_COMPARE_WITH_TIMEOUT(awayPolled.count(), 1, 2000);
    away.stop();

    // Back before the refresh came due: it waits out the rest of its
    // interval, not a new one, and sends nothing now.
    ConnectionPoller brief(client.get());
    brief.setBackgroundIntervalMs(60000);
    QSignalSpy briefPolled(&brief, &ConnectionPoller::polled);
    brief.setPaused(true);
    brief.watch(false);
    QVERIFY(!brief.isActive());
    brief.setPaused(false);
    QVERIFY(brief.isBackgroundWaiting());
    QVERIFY(!brief.isPollingInFlight());
    QVERIFY(brief.nextDelayMs() > 0 && brief.nextDelayMs() <= 60000);
    QCOMPARE(briefPolled.count(), 0);
    // And again, away while waiting: the same refresh, not a second one.
    brief.setPaused(true);
    QVERIFY(!brief.isActive());
    brief.setPaused(false);
    QVERIFY(brief.isBackgroundWaiting());
    QVERIFY2(brief.nextDelayMs() <= 60000, qPrintable(QString::number(brief.nextDelayMs())));
    QCOMPARE(briefPolled.count(), 0);
    brief.stop();
}

QTEST_GUILESS_MAIN(TestConnectionPoller)
#include "tst_connectionpoller.moc"
