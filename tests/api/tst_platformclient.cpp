// PlatformClient against the real sandbox over HTTP: every call, every error
// kind (with the sandbox's fault injection), the insecure-origin refusal, and
// that the bearer token never follows a redirect to another origin.
#include "clienttestutil.h"
#include "hostilehttpserver.h"
#include "httpclient.h"
#include "platformclient.h"
#include "sandboxprocess.h"
#include "scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("client-admin-key-1");
const QString kViewer = QStringLiteral("client-viewer-key-1");
} // namespace

class TestPlatformClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readCalls();
    void writeCalls();
    void unauthorizedForbiddenNotFound();
    void conflictAndValidation();
    void rateLimitedServerMalformedTruncated();
    void networkFailureAndTimeout();
    void insecureOriginIsRefused();
    void authorizationNeverCrossesOrigins();
    void sameOriginRedirectIsFollowed();
    void paginationIsFollowed();
    void anUnchangedListCostsA304();
    void aDeltaKeepsTheListFresh();
    void anExpiredDeltaListsAgain();
    void avatarsAreFetchedWithinBounds();
    // A hostile server cannot make the client exceed its caps or hang.
    void aBodyOf1GiBIsRefusedAtOnce();
    void anUndeclaredEndlessBodyStopsAtTheCap();
    void aByteEvery15sMeetsTheDeadline();
    void anEndlessCursorStopsAtThePageCap();
    void aRepeatedCursorStopsAtOnce();
    void answersForAnEarlierServerAreDropped();

private:
    void setFaults(const QString &spec);

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("acme=") + kAdmin,
        QStringLiteral("--viewer-key"), QStringLiteral("acme=") + kViewer, QStringLiteral("--seed"),
        QStringLiteral("demo")}};
    QNetworkAccessManager m_nam;
    PlatformClient *m_client = nullptr;
    QString m_token = kAdmin;
};

void TestPlatformClient::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestPlatformClient::init()
{
    delete m_client;
    m_client = new PlatformClient(&m_nam, this);
    QVERIFY(m_client->setServer(QUrl(m_sandbox.origin())));
    m_token = kAdmin;
    m_client->setTokenProvider([this] { return m_token; });
    setFaults(QString());
}

void TestPlatformClient::setFaults(const QString &spec)
{
    HttpClient http;
    const HttpResult r = http.send("PUT", m_sandbox.url(QStringLiteral("/api/sandbox/faults")),
        kAdmin, QJsonDocument(QJsonObject{{QStringLiteral("faults"), spec}}).toJson());
    QCOMPARE(r.status, 200);
}

void TestPlatformClient::readCalls()
{
    auto [me, e1] = await<Me>([this](QObject *c, auto done) { m_client->fetchMe(c, done); });
    QVERIFY(!e1.isError());
    QCOMPARE(me.workspaceSlug, QStringLiteral("acme"));
    QCOMPARE(me.role, QStringLiteral("admin"));
    QVERIFY(me.canWrite());

    auto [members, e2] = await<QVector<Member>>(
        [this](QObject *c, auto done) { m_client->fetchMembers(c, done); });
    QVERIFY(!e2.isError());
    QVERIFY(members.size() >= 4);

    auto [catalog, e3] = await<QVector<Connector>>(
        [this](QObject *c, auto done) { m_client->fetchCatalog(c, done); });
    QVERIFY(!e3.isError());
    QVERIFY(std::any_of(
        catalog.cbegin(), catalog.cend(), [](const Connector &k) { return !k.connectable; }));

    auto [rows, e4] = await<QVector<Connection>>(
        [this](QObject *c, auto done) { m_client->fetchConnections(c, done); });
    QVERIFY(!e4.isError());
    QVERIFY(rows.size() >= 25);
    QSet<Health> health;
    for (const Connection &r : std::as_const(rows))
        health.insert(r.health);
    QCOMPARE(health.size(), 8);

    const QString id = rows.first().id;
    auto [one, e5] = await<Connection>(
        [this, id](QObject *c, auto done) { m_client->fetchConnection(c, id, done); });
    QVERIFY(!e5.isError());
    QCOMPARE(one.id, id);

    auto [state, e5b] = await<ConnectionState>(
        [this, id](QObject *c, auto done) { m_client->fetchState(c, id, done); });
    QVERIFY(!e5b.isError());
    QCOMPARE(state.id, id);
    QCOMPARE(state.health, one.health);

    QString withRuns;
    for (const Connection &r : std::as_const(rows)) {
        if (r.name == u"Acme HubSpot")
            withRuns = r.id;
    }
    auto [runs, e6] = await<QVector<SyncRun>>(
        [this, withRuns](QObject *c, auto done) { m_client->fetchRuns(c, withRuns, 100, done); });
    QVERIFY(!e6.isError());
    QCOMPARE(runs.size(), 100);
    QVERIFY(runs.first().startedAtMs >= runs.last().startedAtMs);

    auto [cadences, e7] = await<QHash<QString, QString>>(
        [this](QObject *c, auto done) { m_client->fetchCadences(c, done); });
    QVERIFY(!e7.isError());
    QCOMPARE(cadences.value(QStringLiteral("hubspot")), QStringLiteral("1h"));

    auto [handle, e8] = await<ResolvedHandle>([this](QObject *c, auto done) {
        m_client->resolveHandle(c, QStringLiteral("twitter"), QStringLiteral("@client_test"), done);
    });
    QVERIFY2(!e8.isError(), qPrintable(e8.message()));
    QVERIFY(!handle.externalAccountId.isEmpty());
}

void TestPlatformClient::writeCalls()
{
    auto [key, e1] = await<ConnectResult>([this](QObject *c, auto done) {
        m_client->connectConnector(c,
            ApiKeyConnectRequest{
                QStringLiteral("fathom"), QStringLiteral("slow_client-key-1"), QString()},
            done);
    });
    QVERIFY(!e1.isError());
    QCOMPARE(key.mode, QStringLiteral("connected"));
    const QString id = key.connection->id;

    auto [oauth, e2] = await<ConnectResult>([this](QObject *c, auto done) {
        m_client->connectConnector(c, OAuthConnectRequest{QStringLiteral("hubspot"), {}, {}}, done);
    });
    QVERIFY(!e2.isError());
    QVERIFY(oauth.authorizeUrl.startsWith(m_sandbox.origin()));

    auto [hook, e3] = await<ConnectResult>([this](QObject *c, auto done) {
        m_client->connectConnector(c, WebhookConnectRequest{QStringLiteral("zendesk"), {}}, done);
    });
    QVERIFY(!e3.isError());
    QVERIFY(!hook.signingSecret.isEmpty());

    auto [patched, e4] = await<Connection>([this, id](QObject *c, auto done) {
        ConnectionPatch patch;
        patch.name = QStringLiteral("Renamed by client");
        m_client->patchConnection(c, id, patch, done);
    });
    QVERIFY(!e4.isError());
    QCOMPARE(patched.name, QStringLiteral("Renamed by client"));

    auto [ack, e5]
        = await<SyncAck>([this, id](QObject *c, auto done) { m_client->triggerSync(c, id, done); });
    QVERIFY(!e5.isError());
    QCOMPARE(ack.connectionId, id);
    QVERIFY(!ack.syncRunId.isEmpty());

    auto [gone, e6] = await<QString>(
        [this, id](QObject *c, auto done) { m_client->disconnectConnection(c, id, done); });
    QVERIFY(!e6.isError());
    QCOMPARE(gone, id);

    auto [back, e7] = await<ConnectResult>([this, id](QObject *c, auto done) {
        ReconnectRequest request;
        request.apiKey = QStringLiteral("client-key-2");
        m_client->reconnect(c, id, request, done);
    });
    QVERIFY(!e7.isError());
    QCOMPARE(back.connection->id, id);
}

void TestPlatformClient::unauthorizedForbiddenNotFound()
{
    QSignalSpy unauthorized(m_client, &PlatformClient::unauthorized);
    m_token = QStringLiteral("wrong");
    auto [_, e1] = await<Me>([this](QObject *c, auto done) { m_client->fetchMe(c, done); });
    QCOMPARE(e1.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(e1.httpStatus, 401);
    QCOMPARE(unauthorized.count(), 1);
    QVERIFY(!e1.message().isEmpty());

    m_token = kViewer;
    auto [__, e2] = await<ConnectResult>([this](QObject *c, auto done) {
        m_client->connectConnector(c, OAuthConnectRequest{QStringLiteral("hubspot"), {}, {}}, done);
    });
    QCOMPARE(e2.kind, ApiError::Kind::Forbidden);
    QCOMPARE(e2.code, QStringLiteral("forbidden"));

    m_token = kAdmin;
    auto [___, e3] = await<Connection>([this](QObject *c, auto done) {
        m_client->fetchConnection(c, QStringLiteral("con_nope"), done);
    });
    QCOMPARE(e3.kind, ApiError::Kind::NotFound);
    QCOMPARE(e3.code, QStringLiteral("not_found"));
}

void TestPlatformClient::conflictAndValidation()
{
    auto [rows, e0] = await<QVector<Connection>>(
        [this](QObject *c, auto done) { m_client->fetchConnections(c, done); });
    QString healthy;
    for (const Connection &r : std::as_const(rows)) {
        if (r.status == ConnectionStatus::Connected)
            healthy = r.id;
    }
    auto [_, e1] = await<ConnectResult>([this, healthy](QObject *c, auto done) {
        m_client->reconnect(c, healthy, ReconnectRequest{}, done);
    });
    QCOMPARE(e1.kind, ApiError::Kind::Conflict);
    QCOMPARE(e1.code, QStringLiteral("already_healthy"));
    QVERIFY(!e1.serverMessage.isEmpty());

    auto [__, e2] = await<ConnectResult>([this](QObject *c, auto done) {
        m_client->connectConnector(c,
            ApiKeyConnectRequest{
                QStringLiteral("fathom"), QStringLiteral("invalid-key"), QString()},
            done);
    });
    QCOMPARE(e2.kind, ApiError::Kind::Validation);
    QCOMPARE(e2.code, QStringLiteral("invalid_api_key"));
    QCOMPARE(e2.fields.value(0).field, QStringLiteral("api_key"));
}

void TestPlatformClient::rateLimitedServerMalformedTruncated()
{
    setFaults(QStringLiteral("burst429=1/1,retry-after=9"));
    auto [_, e1] = await<Me>([this](QObject *c, auto done) { m_client->fetchMe(c, done); });
    QCOMPARE(e1.kind, ApiError::Kind::RateLimited);
    QCOMPARE(e1.retryAfterSeconds, 9);
    QVERIFY(e1.message().contains(QStringLiteral("9")));

    setFaults(QStringLiteral("5xx=1"));
    auto [__, e2] = await<QVector<Connection>>(
        [this](QObject *c, auto done) { m_client->fetchConnections(c, done); });
    QCOMPARE(e2.kind, ApiError::Kind::Server);
    QVERIFY(e2.httpStatus >= 500);
    QVERIFY(e2.isTransient());

    setFaults(QStringLiteral("malformed=1"));
    auto [___, e3] = await<QVector<Connection>>(
        [this](QObject *c, auto done) { m_client->fetchConnections(c, done); });
    QCOMPARE(e3.kind, ApiError::Kind::Malformed);

    setFaults(QStringLiteral("truncated=1"));
    auto [rows, e4] = await<QVector<Connection>>(
        [this](QObject *c, auto done) { m_client->fetchConnections(c, done); });
    QCOMPARE(e4.kind, ApiError::Kind::Malformed);
    QVERIFY(rows.isEmpty());

    setFaults(QStringLiteral("runner=down"));
    auto [list, e5] = await<QVector<Connection>>(
        [this](QObject *c, auto done) { m_client->fetchConnections(c, done); });
    QVERIFY(!e5.isError());
    const QString id = list.first().id;
    auto [____, e6]
        = await<SyncAck>([this, id](QObject *c, auto done) { m_client->triggerSync(c, id, done); });
    QCOMPARE(e6.kind, ApiError::Kind::Server);
    QCOMPARE(e6.code, QStringLiteral("runner_unavailable"));
    QCOMPARE(e6.retryAfterSeconds, 30);
}

void TestPlatformClient::networkFailureAndTimeout()
{
    PlatformClient dead(&m_nam);
    QVERIFY(dead.setServer(QUrl(QStringLiteral("http://127.0.0.1:1"))));
    auto [_, e1] = await<Me>([&dead](QObject *c, auto done) { dead.fetchMe(c, done); });
    QCOMPARE(e1.kind, ApiError::Kind::Network);

    setFaults(QStringLiteral("latency=2s"));
    m_client->setTimeoutMs(300);
    auto [__, e2] = await<Me>([this](QObject *c, auto done) { m_client->fetchMe(c, done); });
    QCOMPARE(e2.kind, ApiError::Kind::Timeout);
}

void TestPlatformClient::insecureOriginIsRefused()
{
    PlatformClient client(&m_nam);
    QString why;
    QVERIFY(!client.setServer(QUrl(QStringLiteral("http://platform.example.com")), &why));
    QVERIFY(why.contains(QStringLiteral("https")));
    QVERIFY(!PlatformClient::isAllowedOrigin(QUrl(QStringLiteral("http://10.0.0.5:8080"))));
    QVERIFY(!PlatformClient::isAllowedOrigin(QUrl(QStringLiteral("ftp://127.0.0.1"))));
    // A name is resolved, and a bearer token must not follow a lookup (RFC 8252 §8.3).
    QVERIFY(!PlatformClient::isAllowedOrigin(QUrl(QStringLiteral("http://localhost:8080"))));
    QVERIFY(PlatformClient::isAllowedOrigin(QUrl(QStringLiteral("https://platform.example.com"))));
    QVERIFY(PlatformClient::isAllowedOrigin(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
    QVERIFY(PlatformClient::isAllowedOrigin(QUrl(QStringLiteral("http://[::1]:8080"))));
    // A client with no accepted server sends nothing and says why.
    auto [_, e] = await<Me>([&client](QObject *c, auto done) { client.fetchMe(c, done); });
    QCOMPARE(e.kind, ApiError::Kind::InsecureServer);
}

void TestPlatformClient::authorizationNeverCrossesOrigins()
{
    ScriptedHttpServer other([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(
            200, R"({"user_id":"evil","role":"admin"})", {{"Content-Type", "application/json"}});
    });
    QVERIFY(other.listen());
    const QByteArray target = other.origin().toLatin1() + "/api/platform/v1/me";
    ScriptedHttpServer api([target](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(302, {}, {{"Location", target}});
    });
    QVERIFY(api.listen());

    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(api.origin())));
    client.setTokenProvider([] { return QStringLiteral("secret-bearer-token"); });
    for (const QByteArray &verb : {QByteArray("GET"), QByteArray("POST")}) {
        ApiError error;
        if (verb == "GET") {
            error = await<Me>([&client](QObject *c, auto done) { client.fetchMe(c, done); }).second;
        } else {
            error = await<SyncAck>([&client](QObject *c, auto done) {
                client.triggerSync(c, QStringLiteral("x"), done);
            }).second;
        }
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY(error.detail.contains(QStringLiteral("not followed")));
    }
    QCOMPARE(api.requests().size(), 2);
    QVERIFY(api.requests().first().hasHeader("Authorization"));
    for (const auto &r : other.requests())
        QVERIFY2(!r.hasHeader("Authorization"), r.head.constData());
    QCOMPARE(other.requests().size(), 0);
}

void TestPlatformClient::sameOriginRedirectIsFollowed()
{
    ScriptedHttpServer api([](const ScriptedHttpServer::Request &r) {
        if (r.target == "/api/platform/v1/me")
            return ScriptedHttpServer::response(307, {}, {{"Location", "/api/platform/v2/me"}});
        return ScriptedHttpServer::response(200,
            R"({"user_id":"u1","role":"viewer","workspace":{"slug":"moved"}})",
            {{"Content-Type", "application/json"}});
    });
    QVERIFY(api.listen());
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(api.origin())));
    client.setTokenProvider([] { return QStringLiteral("tok"); });
    auto [me, e] = await<Me>([&client](QObject *c, auto done) { client.fetchMe(c, done); });
    QVERIFY2(!e.isError(), qPrintable(e.message() + e.detail));
    QCOMPARE(me.workspaceSlug, QStringLiteral("moved"));
    QCOMPARE(api.requests().size(), 2);
    QVERIFY(api.requests().at(1).hasHeader("Authorization"));
}

void TestPlatformClient::paginationIsFollowed()
{
    ScriptedHttpServer api([](const ScriptedHttpServer::Request &r) {
        const QByteArray row
            = R"({"id":"con_%1","connector_type":"hubspot","name":"Row %1","status":"connected","health":"healthy"})";
        if (r.target.contains("cursor=page2")) {
            return ScriptedHttpServer::response(200,
                "{\"connections\":[" + QByteArray(row).replace("%1", "3")
                    + "],\"next_cursor\":null}");
        }
        return ScriptedHttpServer::response(200,
            "{\"connections\":[" + QByteArray(row).replace("%1", "1") + ","
                + QByteArray(row).replace("%1", "2") + "],\"next_cursor\":\"page2\"}");
    });
    QVERIFY(api.listen());
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(api.origin())));
    auto [rows, e] = await<QVector<Connection>>(
        [&client](QObject *c, auto done) { client.fetchConnections(c, done); });
    QVERIFY(!e.isError());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.last().id, QStringLiteral("con_3"));
    QCOMPARE(api.requests().size(), 2);
}

void TestPlatformClient::avatarsAreFetchedWithinBounds()
{
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    ScriptedHttpServer images([png](const ScriptedHttpServer::Request &r) {
        if (r.target == "/a.png")
            return ScriptedHttpServer::response(200, png, {{"Content-Type", "image/png"}});
        if (r.target == "/elsewhere.png")
            return ScriptedHttpServer::response(
                302, {}, {{"Location", "http://127.0.0.1:1/steal-the-token"}});
        if (r.target == "/huge.png")
            return ScriptedHttpServer::response(
                200, QByteArray(2 * 1024 * 1024, 'x'), {{"Content-Type", "image/png"}});
        return ScriptedHttpServer::response(
            200, "<html>no</html>", {{"Content-Type", "text/html"}});
    });
    QVERIFY(images.listen());
    // The images live on the platform's own origin: the token would be allowed there, and
    // still is not sent.
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(images.origin())));
    client.setTokenProvider([] { return QStringLiteral("bearer-that-must-not-leave"); });
    auto [bytes, e1] = await<QByteArray>([&](QObject *c, auto done) {
        client.fetchAvatar(c, QUrl(images.origin() + QStringLiteral("/a.png")), done);
    });
    QVERIFY2(!e1.isError(), qPrintable(e1.message()));
    QCOMPARE(bytes, png);
    QCOMPARE(images.requests().size(), 1);
    QVERIFY(!images.requests().first().hasHeader("Authorization"));
    // A redirect is not followed: one request, and an error.
    auto [_, e2] = await<QByteArray>([&](QObject *c, auto done) {
        client.fetchAvatar(c, QUrl(images.origin() + QStringLiteral("/elsewhere.png")), done);
    });
    QVERIFY(e2.isError());
    QVERIFY2(e2.detail.contains(QStringLiteral("redirect")), qPrintable(e2.detail));
    QCOMPARE(images.requests().size(), 2);
    // More than 1 MiB: refused.
    auto [__, e3] = await<QByteArray>([&](QObject *c, auto done) {
        client.fetchAvatar(c, QUrl(images.origin() + QStringLiteral("/huge.png")), done);
    });
    QCOMPARE(e3.kind, ApiError::Kind::Malformed);
    QVERIFY2(e3.detail.contains(QStringLiteral("1 MiB")), qPrintable(e3.detail));
    // Not an image: refused.
    auto [___, e4] = await<QByteArray>([&](QObject *c, auto done) {
        client.fetchAvatar(c, QUrl(images.origin() + QStringLiteral("/page")), done);
    });
    QCOMPARE(e4.kind, ApiError::Kind::Malformed);
    QVERIFY(e4.detail.contains(QStringLiteral("text/html")));
    // Plain http to another computer: refused before anything is sent.
    QSignalSpy sent(&client, &PlatformClient::requestSent);
    auto [____, e5] = await<QByteArray>([&](QObject *c, auto done) {
        client.fetchAvatar(c, QUrl(QStringLiteral("http://avatars.example.com/a.png")), done);
    });
    QCOMPARE(e5.kind, ApiError::Kind::InsecureServer);
    QCOMPARE(sent.count(), 0);
}

void TestPlatformClient::anUnchangedListCostsA304()
{
    // A workspace of its own, whose list stays the same unless written to.
    SandboxProcess sb{{QStringLiteral("--workspace"), QStringLiteral("etag=") + kAdmin,
        QStringLiteral("--viewer-key"), QStringLiteral("etag=") + kViewer, QStringLiteral("--seed"),
        QStringLiteral("demo")}};
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(sb.origin())));
    QString token = kAdmin;
    client.setTokenProvider([&token] { return token; });
    const auto fetch = [&client] {
        return await<QVector<Connection>>(
            [&client](QObject *c, auto done) { client.fetchConnections(c, done); });
    };
    const auto answers = [&sb](const char *status) {
        return sb.log().count(
            QByteArray(QByteArray("GET /api/platform/v1/connections -> ") + status));
    };
    auto [first, e1] = fetch();
    QVERIFY(!e1.isError());
    QVERIFY(!first.isEmpty());
    const QString firstId = first.first().id;
    // Unchanged: the server says so with a 304, and the rows are the ones held.
    auto [second, e2] = fetch();
    QVERIFY(!e2.isError());
    QCOMPARE(answers("304"), 1);
    QCOMPARE(client.listNotModifiedCount(), 1);
    QCOMPARE(second, first);
    // Changed on the server: the whole list again, with the change.
    HttpClient http;
    QCOMPARE(http.send("PATCH", sb.api(QStringLiteral("/connections/") + firstId), kAdmin,
                     QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}})
                         .toJson(QJsonDocument::Compact))
                 .status,
        200);
    auto [third, e3] = fetch();
    QVERIFY(!e3.isError());
    QCOMPARE(client.listNotModifiedCount(), 1);
    const auto renamed = std::find_if(
        third.cbegin(), third.cend(), [&firstId](const Connection &c) { return c.id == firstId; });
    QVERIFY(renamed != third.cend());
    QCOMPARE(renamed->name, QStringLiteral("Renamed"));
    auto [fourth, e4] = fetch(); // and that one is held in its turn
    QVERIFY(!e4.isError());
    QCOMPARE(client.listNotModifiedCount(), 2);
    QCOMPARE(fourth, third);
    // Another sign-in (here: another key) never reuses what was held…
    token = kViewer;
    const qsizetype before200 = answers("200");
    auto [fifth, e5] = fetch();
    QVERIFY2(!e5.isError(), qPrintable(e5.detail));
    QCOMPARE(answers("200"), before200 + 1);
    QCOMPARE(client.listNotModifiedCount(), 2);
    // …nor does one after forget() (signed out).
    client.forget();
    auto [sixth, e6] = fetch();
    QVERIFY(!e6.isError());
    QCOMPARE(answers("200"), before200 + 2);
    QCOMPARE(client.listNotModifiedCount(), 2);
}

void TestPlatformClient::aDeltaKeepsTheListFresh()
{
    SandboxProcess sb{{QStringLiteral("--workspace"), QStringLiteral("delta=") + kAdmin,
        QStringLiteral("--seed"), QStringLiteral("demo")}};
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(sb.origin())));
    client.setTokenProvider([] { return kAdmin; });
    // The first load, paged: the first page brings a changes token.
    int pages = 0;
    qint64 lastTotal = -1;
    auto [first, e1] = await<QVector<Connection>>([&](QObject *c, auto done) {
        client.fetchConnections(c, done, [&](const QVector<Connection> &, qint64, qint64 total) {
            ++pages;
            lastTotal = total;
        });
    });
    QVERIFY(!e1.isError());
    QVERIFY(pages >= 1);
    QCOMPARE(lastTotal, qint64(first.size()));
    QVERIFY(client.holdsChangesToken());
    QVERIFY(first.size() >= 3);
    // A rename, a new row and a purge on the server.
    HttpClient http;
    const QString renamed = first.at(0).id;
    const QString purged = first.at(1).id;
    QCOMPARE(http.send("PATCH", sb.api(QStringLiteral("/connections/") + renamed), kAdmin,
                     QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}})
                         .toJson(QJsonDocument::Compact))
                 .status,
        200);
    const HttpResult created = http.postJson(sb.api(QStringLiteral("/connections")), kAdmin,
        {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
            {QStringLiteral("api_key"), QStringLiteral("key-delta")}});
    QCOMPARE(created.status, 201);
    const QString added
        = created.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    QCOMPARE(
        http.send("DELETE", sb.url(QStringLiteral("/api/sandbox/connections/") + purged), kAdmin)
            .status,
        200);
    // The next look asks for the changes only, and merges them.
    const qsizetype deltasBefore = sb.log().count("changed_since");
    auto [second, e2] = await<QVector<Connection>>(
        [&client](QObject *c, auto done) { client.fetchConnections(c, done); });
    QVERIFY2(!e2.isError(), qPrintable(e2.detail));
    QCOMPARE(client.listDeltaCount(), 1);
    QCOMPARE(sb.log().count("changed_since"), deltasBefore + 1);
    QCOMPARE(second.size(), first.size()); // one more, one fewer
    const QVector<Connection> merged0 = second;
    const auto find = [&merged0](const QString &id) {
        return std::find_if(
            merged0.cbegin(), merged0.cend(), [&id](const Connection &c) { return c.id == id; });
    };
    QVERIFY(find(renamed) != merged0.cend());
    QCOMPARE(find(renamed)->name, QStringLiteral("Renamed"));
    QVERIFY(find(added) != merged0.cend());
    QVERIFY(find(purged) == merged0.cend());
    // The merged list holds what a fresh full list holds.
    QStringList merged;
    for (const Connection &c : second)
        merged << c.id;
    QStringList listed;
    const QJsonArray full = http.get(sb.api(QStringLiteral("/connections")), kAdmin)
                                .json()[QStringLiteral("connections")]
                                .toArray();
    for (const QJsonValue &v : full)
        listed << v.toObject().value(QStringLiteral("id")).toString();
    merged.sort();
    listed.sort();
    QCOMPARE(merged, listed);
    // Another sign-in never reuses the token.
    client.forget();
    QVERIFY(!client.holdsChangesToken());
}

void TestPlatformClient::anExpiredDeltaListsAgain()
{
    // A platform that restarted: the token held no longer means anything (410).
    const QByteArray row
        = R"({"id":"con_%1","connector_type":"hubspot","name":"Row %1","status":"connected","health":"healthy"})";
    int listings = 0;
    ScriptedHttpServer api([&](const ScriptedHttpServer::Request &r) {
        if (r.target.contains("changed_since=t1")) {
            return ScriptedHttpServer::response(
                410, R"({"error":"changes_expired","message":"List again."})");
        }
        ++listings;
        const QByteArray id = listings == 1 ? "1" : "2";
        return ScriptedHttpServer::response(200,
            "{\"connections\":[" + QByteArray(row).replace("%1", id)
                + "],\"next_cursor\":null,\"total\":1,\"changes_token\":\"t" + id + "\"}");
    });
    QVERIFY(api.listen());
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(api.origin())));
    auto [first, e1] = await<QVector<Connection>>([&client](QObject *c, auto done) {
        client.fetchConnections(c, done, [](const QVector<Connection> &, qint64, qint64) {});
    });
    QVERIFY(!e1.isError());
    QCOMPARE(first.size(), 1);
    QVERIFY(client.holdsChangesToken());
    auto [second, e2] = await<QVector<Connection>>(
        [&client](QObject *c, auto done) { client.fetchConnections(c, done); });
    QVERIFY2(!e2.isError(), qPrintable(e2.detail));
    QCOMPARE(client.listDeltaExpiredCount(), 1);
    QCOMPARE(client.listDeltaCount(), 0);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().id, QStringLiteral("con_2")); // the list as it is now
    QCOMPARE(api.requests().size(), 3);
    QVERIFY(api.requests().at(1).target.contains("changed_since=t1"));
    QVERIFY(api.requests().at(2).target.contains("limit="));
}

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"

void TestPlatformClient::aBodyOf1GiBIsRefusedAtOnce()
{
    HostileHttpServer server(HostileHttpServer::Mode::Huge, 1024LL * 1024 * 1024);
    QVERIFY(server.listen());
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(server.origin())));
    // The connections list has the larger cap (64 MiB); 1 GiB is past it.
    auto [rows, e] = await<QVector<Connection>>(
        [&client](QObject *c, auto done) { client.fetchConnections(c, done); });
    QCOMPARE(e.kind, ApiError::Kind::TooLarge);
    QVERIFY2(e.detail.contains(QStringLiteral("64 MiB")), qPrintable(e.detail));
    QVERIFY2(e.message().contains(QStringLiteral("64 MiB")), qPrintable(e.message()));
    QVERIFY(rows.isEmpty());
    // Refused on the declared length, long before 1 GiB was sent.
    QVERIFY2(server.bytesSent() < 64LL * 1024 * 1024, QByteArray::number(server.bytesSent()));
    QTRY_VERIFY(server.clientClosed());
}

void TestPlatformClient::anUndeclaredEndlessBodyStopsAtTheCap()
{
    // No Content-Length: the client must count, and stop at 4 MiB for /me.
    HostileHttpServer server(HostileHttpServer::Mode::HugeUndeclared, 1024LL * 1024 * 1024);
    QVERIFY(server.listen());
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(server.origin())));
    auto [_, e] = await<Me>([&client](QObject *c, auto done) { client.fetchMe(c, done); });
    QCOMPARE(e.kind, ApiError::Kind::TooLarge);
    QVERIFY2(e.detail.contains(QStringLiteral("4 MiB")), qPrintable(e.detail));
    // Stopped near the cap (what was in flight aside), nowhere near the gigabyte.
    QVERIFY2(server.bytesSent() < 16LL * 1024 * 1024, QByteArray::number(server.bytesSent()));
    QTRY_VERIFY(server.clientClosed());
}

void TestPlatformClient::aByteEvery15sMeetsTheDeadline()
{
    // Each byte comes before the 20 s idle timeout would fire, so only the
    // overall deadline can end this. The test shortens it from 120 s to 35 s.
    HostileHttpServer server(HostileHttpServer::Mode::Trickle, 1000, 15000);
    QVERIFY(server.listen());
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(server.origin())));
    client.setDeadlineMs(35000);
    QElapsedTimer clock;
    clock.start();
    auto [_, e] = await<Me>([&client](QObject *c, auto done) { client.fetchMe(c, done); }, 60000);
    QCOMPARE(e.kind, ApiError::Kind::Timeout);
    QVERIFY2(e.detail.contains(QStringLiteral("35 s")), qPrintable(e.detail));
    // Bytes did arrive meanwhile (the idle timeout had no reason to fire).
    QVERIFY2(server.bytesSent() >= 2, QByteArray::number(server.bytesSent()));
    QVERIFY(clock.elapsed() >= 30000);
}

void TestPlatformClient::anEndlessCursorStopsAtThePageCap()
{
    // Every page hands out a new cursor, forever.
    int served = 0;
    ScriptedHttpServer api([&served](const ScriptedHttpServer::Request &) {
        ++served;
        return ScriptedHttpServer::response(200,
            "{\"connections\":[{\"id\":\"con_" + QByteArray::number(served)
                + "\",\"connector_type\":\"hubspot\",\"name\":\"n\",\"status\":\"connected\","
                  "\"health\":\"healthy\"}],\"next_cursor\":\"c"
                + QByteArray::number(served) + "\"}");
    });
    QVERIFY(api.listen());
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(api.origin())));
    // The cap is 2000 pages; this one-connection-per-request server takes about
    // 60 ms a page, so the test lowers it to keep to its time.
    client.setMaxPages(40);
    auto [rows, e] = await<QVector<Connection>>(
        [&client](QObject *c, auto done) { client.fetchConnections(c, done); }, 60000);
    QCOMPARE(e.kind, ApiError::Kind::TooLarge);
    QVERIFY2(e.detail.contains(QStringLiteral("40 pages")), qPrintable(e.detail));
    QVERIFY(rows.isEmpty()); // no partial list passed off as the whole
    QCOMPARE(served, 40);
}

void TestPlatformClient::aRepeatedCursorStopsAtOnce()
{
    ScriptedHttpServer api([](const ScriptedHttpServer::Request &r) {
        // a → b → a → …
        const QByteArray next = r.target.contains("cursor=b") ? "a" : "b";
        return ScriptedHttpServer::response(
            200, "{\"connections\":[],\"next_cursor\":\"" + next + "\"}");
    });
    QVERIFY(api.listen());
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(api.origin())));
    auto [rows, e] = await<QVector<Connection>>(
        [&client](QObject *c, auto done) { client.fetchConnections(c, done); });
    QCOMPARE(e.kind, ApiError::Kind::Malformed);
    QVERIFY2(e.detail.contains(QStringLiteral("repeats")), qPrintable(e.detail));
    // first page (→ b), the b page (→ a), the a page (→ b: seen before): three requests.
    QCOMPARE(api.requests().size(), 3);
}

void TestPlatformClient::answersForAnEarlierServerAreDropped()
{
    // A slow server A; the client moves to B before A answers. A's answer must
    // not reach the caller as if it were B's.
    setFaults(QStringLiteral("latency=1s"));
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(QUrl(m_sandbox.origin())));
    client.setTokenProvider([] { return kAdmin; });
    QObject context;
    int calls = 0;
    QSignalSpy replies(&m_nam, &QNetworkAccessManager::finished);
    client.fetchMe(&context, [&calls](const Me &, const ApiError &) { ++calls; });
    ScriptedHttpServer other([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(404, "{}");
    });
    QVERIFY(other.listen());
    QVERIFY(client.setServer(QUrl(other.origin())));
    // A's answer arrives (the network layer saw it finish) and goes unseen.
    QTRY_COMPARE_WITH_TIMEOUT(replies.count(), 1, 10000);
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
    // forget() does the same without a server change (signed out).
    auto [me, e] = await<Me>([&client](QObject *c, auto done) { client.fetchMe(c, done); });
    QCOMPARE(e.kind, ApiError::Kind::NotFound);
    replies.clear();
    client.fetchMe(&context, [&calls](const Me &, const ApiError &) { ++calls; });
    client.forget();
    QTRY_COMPARE(replies.count(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}
