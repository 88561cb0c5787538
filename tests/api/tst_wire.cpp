// The wire format on its own (Core only): request bodies as connections-api.md
// spells them, typed errors (409 already_syncing details, 422 fields,
// Retry-After), the support bundle's CSV (quoting and formula neutralising),
// and the sign-in JSON (token responses, metadata, the keychain entry).
#include "apierror.h"
#include "connectionlistreader.h"
#include "jsoncodec.h"
#include "oauthwire.h"
#include "requests.h"
#include "supportbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace cc;

namespace {
QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
QJsonObject expected(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void connectBodies();
    void reconnectAndPatchBodies();
    void errorsFromResponses();
    void runsCsvQuotesAndNeutralisesFormulas();
    void supportBundleHasNoCredentialField();
    void signInJson();
    void bothConnectionDecodersAgree();
};

void TestWire::connectBodies()
{
    QCOMPARE(parsed(json::encode(ApiKeyConnectRequest{
                 QStringLiteral("fathom"), QStringLiteral("key-123"), QString()})),
        expected(R"({"connector_type":"fathom","api_key":"key-123"})"));
    QCOMPARE(parsed(json::encode(ApiKeyConnectRequest{
                 QStringLiteral("fathom"), QStringLiteral("key-123"), QStringLiteral("Calls")})),
        expected(R"({"connector_type":"fathom","api_key":"key-123","name":"Calls"})"));
    const QJsonObject oauth
        = expected("{\"connector_type\":\"hubspot\","
                   "\"return_to\":\"http://127.0.0.1:5000/connected?nonce=a%20b\"}");
    QCOMPARE(parsed(json::encode(OAuthConnectRequest{QStringLiteral("hubspot"), QString(),
                 QUrl(QStringLiteral("http://127.0.0.1:5000/connected?nonce=a b"))})),
        oauth);
    ResolvedHandle account;
    account.externalAccountId = QStringLiteral("42");
    account.displayName = QStringLiteral("Acme");
    account.followers = 1200;
    const QJsonObject handle
        = expected("{\"connector_type\":\"twitter\",\"account_handle\":\"acme\","
                   "\"external_account_id\":\"42\",\"display_name\":\"Acme\",\"followers\":1200}");
    QCOMPARE(parsed(json::encode(
                 HandleConnectRequest{QStringLiteral("twitter"), QStringLiteral("acme"), account})),
        handle);
    QCOMPARE(parsed(json::encode(WebhookConnectRequest{QStringLiteral("zendesk"), QString()})),
        expected(R"({"connector_type":"zendesk"})"));
}

void TestWire::reconnectAndPatchBodies()
{
    QCOMPARE(parsed(json::encode(ReconnectRequest{})), QJsonObject());
    ReconnectRequest key;
    key.apiKey = QStringLiteral("new-key");
    QCOMPARE(parsed(json::encode(key)), expected(R"({"api_key":"new-key"})"));
    ConnectionPatch rename;
    rename.name = QStringLiteral("New name");
    QCOMPARE(parsed(json::encode(rename)), expected(R"({"name":"New name"})"));
    ConnectionPatch noOwner;
    noOwner.ownerUserId = QString(); // set, and empty: JSON null clears it (guide)
    QCOMPARE(json::encode(noOwner), QByteArray(R"({"owner_user_id":null})"));
    ConnectionPatch owner;
    owner.ownerUserId = QStringLiteral("usr_1");
    QCOMPARE(parsed(json::encode(owner)), expected(R"({"owner_user_id":"usr_1"})"));
    QVERIFY(ConnectionPatch{}.isEmpty());
}

void TestWire::errorsFromResponses()
{
    const ApiError busy = ApiError::fromResponse(409,
        R"({"error":"already_syncing","message":"A sync is running.","details":)"
        R"({"last_poll_at":"2026-11-20T10:00:00Z","last_poll_duration_ms":42000,"sync_run_id":"run_7"}})",
        {});
    QCOMPARE(busy.kind, ApiError::Kind::Conflict);
    QCOMPARE(busy.code, QStringLiteral("already_syncing"));
    QVERIFY(busy.syncConflict.has_value());
    QCOMPARE(busy.syncConflict->lastPollDurationMs, 42000);
    QCOMPARE(busy.syncConflict->syncRunId, QStringLiteral("run_7"));
    QCOMPARE(busy.syncConflict->lastPollAtMs,
        QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
    const ApiError invalid = ApiError::fromResponse(422,
        R"({"error":"invalid_api_key","message":"No.","details":[{"field":"api_key","message":"rejected"}]})",
        {});
    QCOMPARE(invalid.kind, ApiError::Kind::Validation);
    QCOMPARE(invalid.fields.size(), 1);
    QCOMPARE(invalid.fields.first().field, QStringLiteral("api_key"));
    QVERIFY(!invalid.syncConflict);
    QCOMPARE(ApiError::fromResponse(429, {}, "7").retryAfterSeconds, 7);
    QCOMPARE(ApiError::fromResponse(429, {}, {}).retryAfterSeconds, -1);
    const QByteArray inTen
        = QDateTime::currentDateTimeUtc().addSecs(10).toString(Qt::RFC2822Date).toLatin1();
    const int seconds = ApiError::fromResponse(503, {}, inTen).retryAfterSeconds;
    QVERIFY2(seconds >= 8 && seconds <= 10, qPrintable(QString::number(seconds)));
    const ApiError garbage = ApiError::fromResponse(502, "<html>bad gateway</html>", {});
    QCOMPARE(garbage.kind, ApiError::Kind::Server);
    QCOMPARE(garbage.httpStatus, 502);
    QVERIFY(garbage.code.isEmpty());
}

void TestWire::runsCsvQuotesAndNeutralisesFormulas()
{
    SyncRun r;
    r.id = QStringLiteral("=HYPERLINK(\"http://evil\")");
    r.statusText = QStringLiteral("failed");
    r.triggeredBy = QStringLiteral("+manual");
    r.errorReason = QStringLiteral("@SUM(1,2)");
    const QByteArray csv = json::encodeRunsCsv({r});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.value(0),
        QByteArray("id,status,triggered_by,started_at,finished_at,streams_total,streams_failed,"
                   "records_written,error_reason"));
    // A leading ' keeps a spreadsheet from running the cell; quotes are doubled.
    const QByteArray line
        = "\"'=HYPERLINK(\"\"http://evil\"\")\",failed,'+manual,,,0,0,0,\"'@SUM(1,2)\"";
    QCOMPARE(lines.value(1), line);
}

void TestWire::supportBundleHasNoCredentialField()
{
    SupportBundle b;
    b.connection.id = QStringLiteral("con_1");
    b.connection.name = QStringLiteral("Acme");
    b.connection.scope = Scope::Business;
    SyncRun failed;
    failed.id = QStringLiteral("run_1");
    failed.status = RunStatus::Failed;
    failed.statusText = QStringLiteral("failed");
    SyncRun ok;
    ok.id = QStringLiteral("run_0");
    ok.status = RunStatus::Completed;
    ok.statusText = QStringLiteral("completed");
    b.runs = {failed, ok};
    const QJsonObject o = parsed(json::encodeSupportBundle(b));
    QCOMPARE(o.value(QStringLiteral("bundle_version")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("runs")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("failures")).toArray().size(), 1);
    const QJsonObject c = o.value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("scope")).toString(), QStringLiteral("business"));
    for (const QString &key : c.keys())
        QVERIFY2(!key.contains(QStringLiteral("key")) && !key.contains(QStringLiteral("token"))
                && !key.contains(QStringLiteral("secret")),
            qPrintable(key));
}

void TestWire::signInJson()
{
    const TokenResponse t = json::decodeTokenResponse(
        R"({"access_token":"at","token_type":"Bearer","expires_in":3600,"refresh_token":"rt"})");
    QCOMPARE(t.accessToken, QStringLiteral("at"));
    QCOMPARE(t.refreshToken, QStringLiteral("rt"));
    QCOMPARE(t.expiresInSeconds, 3600);
    const TokenResponse e
        = json::decodeTokenResponse(R"({"error":"invalid_grant","error_description":"revoked"})");
    QCOMPARE(e.error, QStringLiteral("invalid_grant"));
    QVERIFY(e.accessToken.isEmpty());
    QCOMPARE(json::decodeTokenResponse("not json").expiresInSeconds, -1);
    AuthServerMetadata m;
    QVERIFY(json::decodeAuthServerMetadata(
        R"({"issuer":"https://id.example","authorization_endpoint":"https://id.example/a",)"
        R"("token_endpoint":"https://id.example/t","code_challenge_methods_supported":["S256"],)"
        R"("scopes_supported":["openid","offline_access"],)"
        R"("authorization_response_iss_parameter_supported":true})",
        &m));
    QCOMPARE(m.tokenEndpoint, QUrl(QStringLiteral("https://id.example/t")));
    QCOMPARE(m.scopesSupported,
        (QStringList{QStringLiteral("openid"), QStringLiteral("offline_access")}));
    QVERIFY(m.issParameterSupported);
    QVERIFY(!json::decodeAuthServerMetadata("[]", &m));
    StoredCredential oauth;
    oauth.kind = StoredCredential::Kind::OAuth;
    oauth.refreshToken = QStringLiteral("rt");
    oauth.tokenEndpoint = QUrl(QStringLiteral("https://id.example/t"));
    oauth.clientId = QStringLiteral("console");
    StoredCredential back;
    QVERIFY(json::decodeStoredCredential(json::encodeStoredCredential(oauth), &back));
    QCOMPARE(back.kind, StoredCredential::Kind::OAuth);
    QCOMPARE(back.refreshToken, QStringLiteral("rt"));
    QCOMPARE(back.tokenEndpoint, oauth.tokenEndpoint);
    QVERIFY(!json::encodeStoredCredential(oauth).contains(QStringLiteral("access")));
    QVERIFY(!json::decodeStoredCredential(QStringLiteral("garbage"), &back));
    QVERIFY(!json::decodeStoredCredential(QStringLiteral(R"({"kind":"oauth"})"), &back));
}

namespace {

// Every field of a decoded row, as text: two decoders agree when these agree.
QString describe(const Connection &c)
{
    QStringList f = {c.id, c.connectorType, c.name, c.statusText(), QString::number(int(c.status)),
        c.healthText(), QString::number(int(c.health)), c.scopeText(), c.ownerUserId(), c.lastError,
        c.handle(), c.displayName(), c.avatarUrl(), QString::number(c.lastSyncedAtMs),
        QString::number(c.createdAtMs), c.isSyncing ? QStringLiteral("syncing") : QString(),
        QString::number(c.fingerprint)};
    if (c.lastRun) {
        const SyncRun &r = *c.lastRun;
        f << QStringLiteral("run") << r.id << r.statusText << QString::number(int(r.status))
          << r.triggeredBy << QString::number(r.startedAtMs) << QString::number(r.finishedAtMs)
          << QString::number(r.streamsTotal) << QString::number(r.streamsFailed)
          << QString::number(r.recordsWritten) << r.errorReason;
    }
    return f.join(u'|');
}

// A value of a random JSON type (strings with escapes, huge and odd numbers,
// nested values), for keys the contract names and keys it does not.
QJsonValue randomValue(QRandomGenerator &rng, const QString &likely)
{
    switch (rng.bounded(9)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return QJsonValue(rng.bounded(2) == 0);
    case 2: {
        static const double numbers[] = {0, -5, 3.7, 1e300, -1e300, 2147483648.0, 12};
        return numbers[rng.bounded(7)];
    }
    case 3:
        return QJsonArray{1, QStringLiteral("x"), QJsonObject{{QStringLiteral("a"), 1}}};
    case 4:
        return QJsonObject{{QStringLiteral("nested"), QJsonArray{QJsonValue::Null}}};
    case 5:
        return QStringLiteral("2026-11-%1T10:00:00.%2Z")
            .arg(10 + rng.bounded(18))
            .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
    case 6:
        return QStringLiteral("quote \" tab \t é \u00e9 \U0001F600 newline \n end");
    default:
        return likely;
    }
}

QJsonObject randomRow(QRandomGenerator &rng, int i)
{
    static const char *const keys[] = {"id", "connector_type", "name", "status", "health", "scope",
        "owner_user_id", "last_error", "handle", "display_name", "avatar_url", "last_synced_at",
        "created_at", "is_syncing", "kind", "followers", "surprise"};
    static const char *const likely[] = {"con_", "hubspot", "Row", "connected", "healthy",
        "personal", "usr_1", "", "acme", "Acme", "https://a.example/x.png", "2026-11-20T10:00:00Z",
        "2026-01-01T00:00:00+02:00", "true", "first_party", "3", "?"};
    QJsonObject o;
    for (int k = 0; k < int(std::size(keys)); ++k) {
        const int dice = int(rng.bounded(10));
        if (dice == 0)
            continue; // missing
        QString value = QString::fromLatin1(likely[k]);
        if (k == 0)
            value += QString::number(i);
        // Mostly the contract's type (so rows decode), sometimes anything.
        o.insert(QLatin1String(keys[k]),
            dice < 8 && k != 13
                ? QJsonValue(value)
                : (k == 13 && dice < 8 ? QJsonValue(dice % 2 == 0) : randomValue(rng, value)));
    }
    if (rng.bounded(3) != 0) {
        static const char *const runKeys[] = {"id", "status", "triggered_by", "started_at",
            "finished_at", "streams_total", "streams_failed", "records_written", "error_reason"};
        QJsonObject run;
        for (const char *k : runKeys) {
            const int dice = int(rng.bounded(10));
            if (dice == 0)
                continue;
            const bool number
                = QByteArray(k).startsWith("streams") || QByteArray(k) == "records_written";
            run.insert(QLatin1String(k),
                dice < 7 ? (number ? QJsonValue(double(rng.bounded(100)))
                                   : QJsonValue(QStringLiteral("completed")))
                         : randomValue(rng, QStringLiteral("failed")));
        }
        o.insert(QStringLiteral("last_run"),
            rng.bounded(8) == 0 ? randomValue(rng, {}) : QJsonValue(run));
    }
    return o;
}

} // namespace

void TestWire::bothConnectionDecodersAgree()
{
    // Thousands of random pages: the streaming decoder and the QJsonDocument
    // one must accept the same pages, decode every field of every row alike,
    // and name the same field when they refuse a page.
    QRandomGenerator rng(20261201);
    int accepted = 0;
    int refused = 0;
    for (int page = 0; page < 3000; ++page) {
        QJsonArray rows;
        const int n = int(rng.bounded(4));
        for (int i = 0; i < n; ++i)
            rows.append(randomRow(rng, i));
        QJsonObject body{{QStringLiteral("connections"), rows}};
        if (rng.bounded(4) == 0)
            body.insert(QStringLiteral("next_cursor"), QStringLiteral("c%1").arg(page));
        const QByteArray bytes = QJsonDocument(body).toJson(
            rng.bounded(2) ? QJsonDocument::Compact : QJsonDocument::Indented);
        QVector<Connection> fast, dom;
        QString fastNext, domNext;
        json::Error fastError, domError;
        const bool fastOk = json::readConnectionPage(bytes, &fast, &fastNext, &fastError);
        const bool domOk = json::decodeConnectionPageDom(bytes, &dom, &domNext, &domError);
        QVERIFY2(fastOk == domOk,
            qPrintable(QStringLiteral("page %1: streaming %2 (%3), DOM %4 (%5)\n%6")
                           .arg(page)
                           .arg(fastOk)
                           .arg(fastError.text())
                           .arg(domOk)
                           .arg(domError.text(), QString::fromUtf8(bytes))));
        if (!fastOk) {
            QCOMPARE(fastError.field, domError.field);
            ++refused;
            continue;
        }
        ++accepted;
        QCOMPARE(fastNext, domNext);
        QCOMPARE(fast.size(), dom.size());
        for (qsizetype i = 0; i < fast.size(); ++i)
            QCOMPARE(describe(fast.at(i)), describe(dom.at(i)));
    }
    // Both outcomes were exercised, plenty of times.
    qInfo("%d pages accepted, %d refused", accepted, refused);
    QVERIFY(accepted > 300);
    QVERIFY(refused > 300);
}

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
