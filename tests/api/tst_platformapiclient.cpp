// PlatformApiClient against the real sandbox over HTTP: every workspace and
// data-source call with typed results, both error shapes (FastAPI's detail
// string and 422 locations, the 409 poll conflict, 429 Retry-After), and
// paging through continuation_token, with a scripted server for the tokens a
// platform should never send.
#include "clienttestutil.h"
#include "openapivalidator.h"
#include "platformapiclient.h"
#include "platformclient.h"
#include "sandboxprocess.h"
#include "scriptedhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("pac-admin-key");
const QString kViewer = QStringLiteral("pac-viewer-key");
} // namespace

class TestPlatformApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void workspaces();
    void workspaceWrites();
    void validationLocations();
    void forbiddenAndNotFound();
    void dataSources();
    void dataSourceWrites();
    void statusHistoryAndSync();
    void pagingFollowsContinuationTokens();
    void aTokenThatDoesNotMoveStops();
    void anEndlessListStopsAtThePageCap();
    void unknownEnumValuesAreKept();
    void integrations();
    void integrationWritesSendSecretsOnce();
    void endpointTestAndHealth();
    // Every /v1 answer this test got from the sandbox, checked by Ajv.
    void everySandboxResponseMatchesTheOpenApiFiles();

private:
    PlatformApiClient *api() { return m_api; }
    QString demoId();

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("demo=") + kAdmin,
        QStringLiteral("--viewer-key"), QStringLiteral("demo=") + kViewer, QStringLiteral("--seed"),
        QStringLiteral("demo"), QStringLiteral("--owner-key"), QStringLiteral("demo=pac-owner"),
        QStringLiteral("--record-responses"), m_dir.filePath(QStringLiteral("responses.jsonl"))}};
    QNetworkAccessManager m_nam;
    PlatformClient *m_client = nullptr;
    PlatformApiClient *m_api = nullptr;
    QString m_token = kAdmin;
};

void TestPlatformApiClient::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestPlatformApiClient::init()
{
    delete m_api;
    delete m_client;
    m_client = new PlatformClient(&m_nam, this);
    QVERIFY(m_client->setServer(QUrl(m_sandbox.origin())));
    m_client->setTokenProvider([this] { return m_token; });
    m_api = new PlatformApiClient(m_client, this);
    m_token = kAdmin;
}

QString TestPlatformApiClient::demoId()
{
    auto [all, error] = await<QVector<Workspace>>(
        [this](QObject *c, auto done) { api()->fetchAllWorkspaces(c, done); });
    for (const Workspace &w : all) {
        if (w.slug == u"demo")
            return w.id;
    }
    return {};
}

void TestPlatformApiClient::workspaces()
{
    auto [all, error] = await<QVector<Workspace>>(
        [this](QObject *c, auto done) { api()->fetchAllWorkspaces(c, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    // demo, demo-staging and demo-dev; the archived one is not listed
    QCOMPARE(all.size(), 3);
    QStringList slugs;
    for (const Workspace &w : all)
        slugs << w.slug;
    slugs.sort();
    QCOMPARE(slugs, QStringList({"demo", "demo-dev", "demo-staging"}));
    const Workspace &demo = *std::find_if(
        all.cbegin(), all.cend(), [](const Workspace &w) { return w.slug == u"demo"; });
    QCOMPARE(demo.environment, Workspace::Environment::Production);
    QCOMPARE(demo.region, QStringLiteral("us-east-1"));
    QCOMPARE(demo.connectorType, QStringLiteral("epic"));
    QVERIFY(demo.provisionedAtMs > 0);
    QVERIFY(demo.createdAtMs > 0 && demo.updatedAtMs >= demo.createdAtMs);

    auto [one, oneError]
        = await<Workspace>([&](QObject *c, auto done) { api()->fetchWorkspace(c, demo.id, done); });
    QVERIFY(!oneError.isError());
    QCOMPARE(one.slug, QStringLiteral("demo"));

    auto [page, pageError] = await<PlatformPage<Workspace>>(
        [this](QObject *c, auto done) { api()->fetchWorkspacePage(c, 0, 1, done); });
    QVERIFY(!pageError.isError());
    QCOMPARE(page.items.size(), 1);
    QVERIFY(page.hasMore);
    QCOMPARE(page.continuationToken.value_or(-1), 1);
    QCOMPARE(page.total.value_or(-1), 3);

    auto [check, checkError] = await<EnvironmentCheck>([&](QObject *c, auto done) {
        api()->checkEnvironment(c, demo.id, QStringLiteral("staging"), done);
    });
    QVERIFY(!checkError.isError());
    QCOMPARE(check.current, QStringLiteral("production"));
    QCOMPARE(check.target, QStringLiteral("staging"));
    QVERIFY(!check.warnings.isEmpty());
}

void TestPlatformApiClient::workspaceWrites()
{
    const QString id = demoId();
    WorkspacePatch patch;
    patch.name = QStringLiteral("Demo Health");
    patch.region = QStringLiteral("eu-central-1");
    auto [updated, error] = await<Workspace>(
        [&](QObject *c, auto done) { api()->updateWorkspace(c, id, patch, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(updated.name, QStringLiteral("Demo Health"));
    QCOMPARE(updated.region, QStringLiteral("eu-central-1"));
    QCOMPARE(updated.connectorType, QStringLiteral("epic")); // not sent, kept

    auto [provisioned, pError]
        = await<Workspace>([&](QObject *c, auto done) { api()->provisionWorkspace(c, id, done); });
    QVERIFY(!pError.isError());
    QCOMPARE(provisioned.provisionedAtMs, updated.provisionedAtMs);

    auto [numbers, nError] = await<QStringList>([&](QObject *c, auto done) {
        api()->updateTestCallers(
            c, id, {QStringLiteral("+15550001111"), QStringLiteral("+15550001111")}, done);
    });
    QVERIFY(!nError.isError());
    QCOMPARE(numbers, QStringList{"+15550001111"});
    auto [stored, sError]
        = await<QStringList>([&](QObject *c, auto done) { api()->fetchTestCallers(c, id, done); });
    QVERIFY(!sError.isError());
    QCOMPARE(stored, QStringList{"+15550001111"});

    auto [converted, cError] = await<Workspace>([&](QObject *c, auto done) {
        api()->convertEnvironment(c, id, QStringLiteral("staging"), QStringLiteral("demo"), done);
    });
    QVERIFY2(!cError.isError(), qPrintable(cError.message()));
    QCOMPARE(converted.environment, Workspace::Environment::Staging);
}

void TestPlatformApiClient::validationLocations()
{
    const QString id = demoId();
    WorkspacePatch patch;
    patch.name = QStringLiteral("  ");
    patch.environment = QStringLiteral("prod");
    auto [ws, error] = await<Workspace>(
        [&](QObject *c, auto done) { api()->updateWorkspace(c, id, patch, done); });
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.fields.size(), 2);
    QCOMPARE(error.fields[0].location, QStringList({"body", "name"}));
    QCOMPARE(error.fields[0].field, QStringLiteral("name"));
    QCOMPARE(error.fields[0].type, QStringLiteral("string_too_short"));
    QCOMPARE(error.fields[1].field, QStringLiteral("environment"));
    QVERIFY(error.fields[1].message.contains(QStringLiteral("'production'")));

    // A nested location keeps its index.
    auto [numbers, nError] = await<QStringList>([&](QObject *c, auto done) {
        api()->updateTestCallers(
            c, id, {QStringLiteral("+15550001111"), QStringLiteral("555")}, done);
    });
    QCOMPARE(nError.kind, ApiError::Kind::Validation);
    QCOMPARE(nError.fields.size(), 1);
    QCOMPARE(nError.fields[0].location, QStringList({"body", "numbers", "1"}));
    QCOMPARE(nError.fields[0].field, QStringLiteral("numbers.1"));

    // The archive's slug must match.
    auto [archived, aError] = await<Workspace>([&](QObject *c, auto done) {
        api()->archiveWorkspace(c, id, QStringLiteral("wrong-slug"), done);
    });
    QCOMPARE(aError.kind, ApiError::Kind::Forbidden); // an admin may not archive
    QVERIFY(!aError.serverMessage.isEmpty());
    m_token = QStringLiteral("pac-owner");
    auto [archived2, aError2] = await<Workspace>([&](QObject *c, auto done) {
        api()->archiveWorkspace(c, id, QStringLiteral("wrong-slug"), done);
    });
    QCOMPARE(aError2.kind, ApiError::Kind::Validation);
    QCOMPARE(aError2.fields[0].field, QStringLiteral("slug"));
}

void TestPlatformApiClient::forbiddenAndNotFound()
{
    const QString id = demoId();
    m_token = kViewer;
    WorkspacePatch patch;
    patch.name = QStringLiteral("x");
    auto [ws, error] = await<Workspace>(
        [&](QObject *c, auto done) { api()->updateWorkspace(c, id, patch, done); });
    QCOMPARE(error.kind, ApiError::Kind::Forbidden);
    // FastAPI's {"detail": "..."} is the server's message.
    QCOMPARE(error.serverMessage, QStringLiteral("Requires the admin or owner role."));
    QVERIFY(error.message().contains(error.serverMessage));

    m_token = kAdmin;
    auto [none, nError] = await<Workspace>([&](QObject *c, auto done) {
        api()->fetchWorkspace(c, QStringLiteral("00000000-0000-4000-8000-000000000000"), done);
    });
    QCOMPARE(nError.kind, ApiError::Kind::NotFound);
    QCOMPARE(nError.serverMessage, QStringLiteral("Workspace not found"));

    m_token = QStringLiteral("nobody");
    QSignalSpy unauthorized(m_client, &PlatformClient::unauthorized);
    auto [none2, uError]
        = await<Workspace>([&](QObject *c, auto done) { api()->fetchWorkspace(c, id, done); });
    QCOMPARE(uError.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(unauthorized.count(), 1);
}

void TestPlatformApiClient::dataSources()
{
    const QString ws = demoId();
    auto [all, error] = await<QVector<DataSource>>(
        [&](QObject *c, auto done) { api()->fetchAllDataSources(c, ws, {}, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(all.size(), 12);
    QStringList degraded;
    for (const DataSource &d : all) {
        QVERIFY(d.knownSourceType());
        QVERIFY(d.knownSyncStrategy());
        QCOMPARE(d.workspaceId, ws);
        if (d.health == DataSource::Health::Degraded)
            degraded << d.name;
    }
    degraded.sort();
    QCOMPARE(degraded, QStringList({"Allscripts legacy feed", "HAPI FHIR test server"}));

    DataSourceFilter filter;
    filter.sourceTypes = {QStringLiteral("ehr")};
    filter.search = QStringLiteral("allscripts legacy");
    auto [found, fError] = await<QVector<DataSource>>(
        [&](QObject *c, auto done) { api()->fetchAllDataSources(c, ws, filter, done); });
    QVERIFY(!fError.isError());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].name, QStringLiteral("Allscripts legacy feed"));
    QVERIFY(found[0].isStale);
    QVERIFY(found[0].entityTypes.has_value());

    DataSourceFilter inactive;
    inactive.isActive = false;
    auto [page, pError] = await<PlatformPage<DataSource>>(
        [&](QObject *c, auto done) { api()->fetchDataSourcePage(c, ws, inactive, 0, 5, done); });
    QVERIFY(!pError.isError());
    QCOMPARE(page.items.size(), 1);
    QVERIFY(!page.hasMore);
    QVERIFY(!page.items[0].isActive);
    QVERIFY(!page.items[0].entityTypes.has_value()); // null in the seed
}

void TestPlatformApiClient::dataSourceWrites()
{
    const QString ws = demoId();
    DataSourceCreate create;
    create.name = QStringLiteral("Client test feed");
    create.sourceType = QStringLiteral("rest_api");
    create.connectionConfig
        = QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://x.example")}};
    create.entityTypes = {QStringLiteral("order")};
    create.syncStrategy = QStringLiteral("scheduled");
    create.syncSchedule = QStringLiteral("every 10m");
    auto [made, error] = await<DataSource>(
        [&](QObject *c, auto done) { api()->createDataSource(c, ws, create, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(made.name, create.name);
    QCOMPARE(made.connectionConfig, create.connectionConfig);
    QCOMPARE(made.syncSchedule.value_or(QString()), QStringLiteral("every 10m"));
    QCOMPARE(made.health, DataSource::Health::Unknown);
    const QString madeId = made.id; // a structured binding cannot be captured (C++17)

    DataSourcePatch patch;
    patch.displayName = QStringLiteral("Orders");
    patch.isActive = false;
    auto [changed, cError] = await<DataSource>(
        [&](QObject *c, auto done) { api()->updateDataSource(c, ws, madeId, patch, done); });
    QVERIFY(!cError.isError());
    QCOMPARE(changed.displayName, QStringLiteral("Orders"));
    QVERIFY(!changed.isActive);

    DataSourceCreate bad;
    bad.sourceType = QStringLiteral("fax");
    auto [none, vError] = await<DataSource>(
        [&](QObject *c, auto done) { api()->createDataSource(c, ws, bad, done); });
    QCOMPARE(vError.kind, ApiError::Kind::Validation);
    QStringList fields;
    for (const ApiError::FieldError &f : vError.fields)
        fields << f.field;
    QCOMPARE(fields, QStringList({"name", "source_type"}));

    auto [deleted, dError] = await<QString>(
        [&](QObject *c, auto done) { api()->deleteDataSource(c, ws, madeId, done); });
    QVERIFY(!dError.isError());
    QCOMPARE(deleted, made.id);
    auto [gone, gError] = await<DataSource>(
        [&](QObject *c, auto done) { api()->fetchDataSource(c, ws, madeId, done); });
    QCOMPARE(gError.kind, ApiError::Kind::NotFound);
}

void TestPlatformApiClient::statusHistoryAndSync()
{
    const QString ws = demoId();
    DataSourceFilter filter;
    filter.search = QStringLiteral("Epic production");
    auto [found, fError] = await<QVector<DataSource>>(
        [&](QObject *c, auto done) { api()->fetchAllDataSources(c, ws, filter, done); });
    QCOMPARE(found.size(), 1);
    const QString id = found[0].id;

    auto [status, sError] = await<DataSourceStatus>(
        [&](QObject *c, auto done) { api()->fetchDataSourceStatus(c, ws, id, done); });
    QVERIFY(!sError.isError());
    QCOMPARE(status.eventCount, status.syncedCount + status.failedCount);
    QVERIFY(status.failedCount > 0);

    auto [history, hError] = await<DataSourceHistory>(
        [&](QObject *c, auto done) { api()->fetchDataSourceHistory(c, ws, id, 14, done); });
    QVERIFY(!hError.isError());
    QCOMPARE(history.timeline.size(), 14);
    QCOMPARE(history.timeline.last().date, QDateTime::currentDateTimeUtc().date());
    QVERIFY(!history.recentFailures.isEmpty());
    QVERIFY(!history.recentFailures[0].syncError.isEmpty());
    QVERIFY(history.recentFailures[0].createdAtMs > 0);

    auto [ack, aError] = await<DataSourceSyncAck>(
        [&](QObject *c, auto done) { api()->triggerDataSourceSync(c, ws, id, done); });
    QVERIFY2(!aError.isError(), qPrintable(aError.message()));
    QCOMPARE(ack.dataSourceId, id);
    QVERIFY(ack.triggeredAtMs > 0);
    // While the poll runs: the 409 names it.
    auto [ack2, conflict] = await<DataSourceSyncAck>(
        [&](QObject *c, auto done) { api()->triggerDataSourceSync(c, ws, id, done); });
    QCOMPARE(conflict.kind, ApiError::Kind::Conflict);
    QVERIFY(conflict.syncConflict.has_value());
    QCOMPARE(conflict.syncConflict->lastPollAtMs, ack.triggeredAtMs);
    QCOMPARE(conflict.serverMessage, QStringLiteral("The data source is already syncing."));
    // After it: the cooldown's 429 with Retry-After.
    QTRY_VERIFY_WITH_TIMEOUT((await<DataSourceStatus>([&](QObject *c, auto done) {
        api()->fetchDataSourceStatus(c, ws, id, done);
    }).first.lastSyncAtMs >= ack.triggeredAtMs),
        10000);
    auto [ack3, limited] = await<DataSourceSyncAck>(
        [&](QObject *c, auto done) { api()->triggerDataSourceSync(c, ws, id, done); });
    QCOMPARE(limited.kind, ApiError::Kind::RateLimited);
    QVERIFY(limited.retryAfterSeconds >= 1 && limited.retryAfterSeconds <= 10);
}

namespace {
// A page of n workspaces starting at `offset`, with the token the script wants.
QByteArray workspacePage(int offset, int n, const QJsonValue &next)
{
    QJsonArray items;
    for (int i = 0; i < n; ++i) {
        items.append(QJsonObject{{"id",
                                     QStringLiteral("00000000-0000-4000-8000-%1")
                                         .arg(offset + i, 12, 10, QLatin1Char('0'))},
            {"slug", QStringLiteral("ws-%1").arg(offset + i)}, {"name", "W"},
            {"environment", "staging"}, {"backend_org_id", QJsonValue::Null},
            {"region", "us-east-1"}, {"connector_type", QJsonValue::Null},
            {"provisioned_at", QJsonValue::Null}, {"created_at", "2026-01-01T00:00:00Z"},
            {"updated_at", "2026-01-02T00:00:00Z"}});
    }
    return QJsonDocument(QJsonObject{{"items", items}, {"has_more", !next.isNull()},
                             {"continuation_token", next}, {"total", 250}})
        .toJson(QJsonDocument::Compact);
}

int tokenOf(const QByteArray &target)
{
    return QUrlQuery(QUrl(QString::fromLatin1(target)).query())
        .queryItemValue(QStringLiteral("continuation_token"))
        .toInt();
}
} // namespace

void TestPlatformApiClient::pagingFollowsContinuationTokens()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &r) {
        const int token = tokenOf(r.target);
        const int n = std::min(100, 250 - token);
        return ScriptedHttpServer::response(
            200, workspacePage(token, n, token + n < 250 ? QJsonValue(token + n) : QJsonValue()));
    });
    QVERIFY(server.listen());
    QVERIFY(m_client->setServer(QUrl(server.origin())));
    auto [all, error] = await<QVector<Workspace>>(
        [this](QObject *c, auto done) { api()->fetchAllWorkspaces(c, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(all.size(), 250);
    QCOMPARE(all.last().slug, QStringLiteral("ws-249"));
    QCOMPARE(server.requests().size(), 3);
    QVERIFY(server.requests()[0].target.contains("limit=100&continuation_token=0"));
    QVERIFY(server.requests()[2].target.contains("continuation_token=200"));
}

void TestPlatformApiClient::aTokenThatDoesNotMoveStops()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(200, workspacePage(0, 2, 0)); // always "0" again
    });
    QVERIFY(server.listen());
    QVERIFY(m_client->setServer(QUrl(server.origin())));
    auto [all, error] = await<QVector<Workspace>>(
        [this](QObject *c, auto done) { api()->fetchAllWorkspaces(c, done); });
    QCOMPARE(error.kind, ApiError::Kind::Malformed);
    QVERIFY(all.isEmpty());
    QCOMPARE(server.requests().size(), 1);
}

void TestPlatformApiClient::anEndlessListStopsAtThePageCap()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &r) {
        const int token = tokenOf(r.target);
        return ScriptedHttpServer::response(200, workspacePage(token, 1, token + 1));
    });
    QVERIFY(server.listen());
    QVERIFY(m_client->setServer(QUrl(server.origin())));
    m_client->setMaxPages(5);
    auto [all, error] = await<QVector<Workspace>>(
        [this](QObject *c, auto done) { api()->fetchAllWorkspaces(c, done); });
    QCOMPARE(error.kind, ApiError::Kind::TooLarge);
    QCOMPARE(server.requests().size(), 5);
}

void TestPlatformApiClient::unknownEnumValuesAreKept()
{
    QByteArray page = workspacePage(0, 1, QJsonValue());
    page.replace("\"staging\"", "\"sandbox-only\"");
    ScriptedHttpServer server([page](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(200, page);
    });
    QVERIFY(server.listen());
    QVERIFY(m_client->setServer(QUrl(server.origin())));
    auto [all, error] = await<QVector<Workspace>>(
        [this](QObject *c, auto done) { api()->fetchAllWorkspaces(c, done); });
    QVERIFY(!error.isError());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].environment, Workspace::Environment::Unknown);
    QCOMPARE(all[0].rawEnvironment, QStringLiteral("sandbox-only"));

    // A required field missing is Malformed and names the field.
    QByteArray broken = workspacePage(0, 1, QJsonValue());
    broken.replace("\"slug\"", "\"slugs\"");
    ScriptedHttpServer server2([broken](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(200, broken);
    });
    QVERIFY(server2.listen());
    QVERIFY(m_client->setServer(QUrl(server2.origin())));
    auto [none, bError] = await<QVector<Workspace>>(
        [this](QObject *c, auto done) { api()->fetchAllWorkspaces(c, done); });
    QCOMPARE(bError.kind, ApiError::Kind::Malformed);
    QVERIFY2(bError.detail.contains(QStringLiteral("items[0].slug")), qPrintable(bError.detail));
}

void TestPlatformApiClient::integrations()
{
    const QString ws = demoId();
    auto [all, error] = await<QVector<Integration>>(
        [&](QObject *c, auto done) { api()->fetchAllIntegrations(c, ws, {}, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(all.size(), 10); // 20 per page at most: one page
    const QVector<Integration> list = all;
    const auto named = [&list](const QString &name) {
        for (const Integration &i : list) {
            if (i.name == name)
                return i;
        }
        return Integration{};
    };
    const Integration fhir = named(QStringLiteral("fhir_patient_search"));
    QCOMPARE(fhir.protocol, Integration::Protocol::Fhir);
    QVERIFY(fhir.builtin);
    QVERIFY(fhir.auth.has_value());
    QCOMPARE(fhir.auth->type, QStringLiteral("bearer_token"));
    QVERIFY(fhir.auth->tokenSsmParamPath.startsWith(QStringLiteral("/sandbox/")));
    QCOMPARE(fhir.endpoints.size(), 1);
    QCOMPARE(fhir.endpoints[0].method, QStringLiteral("GET"));
    QCOMPARE(fhir.endpoints[0].resultKey.value_or(QString()), QStringLiteral("patients"));
    QCOMPARE(fhir.endpoints[0].inputSchema[QStringLiteral("required")].toArray().size(), 1);
    const QString fhirId = fhir.id;
    auto [one, oneError] = await<Integration>(
        [&](QObject *c, auto done) { api()->fetchIntegration(c, ws, fhirId, done); });
    QVERIFY(!oneError.isError());
    QCOMPARE(one.name, QStringLiteral("fhir_patient_search"));
    QCOMPARE(one.endpoints.size(), 1);
    const Integration mcp = named(QStringLiteral("local_notes"));
    QCOMPARE(mcp.protocol, Integration::Protocol::Mcp);
    QCOMPARE(mcp.mcpTransport.value_or(QString()), QStringLiteral("stdio"));
    QCOMPARE(mcp.mcpArgs.value_or(QStringList()), QStringList{"--read-only"});

    // Sorting and filtering go to the server.
    IntegrationFilter filter;
    filter.sortBy = QStringLiteral("-name");
    filter.enabled = true;
    auto [page, pError] = await<PlatformPage<Integration>>(
        [&](QObject *c, auto done) { api()->fetchIntegrationPage(c, ws, filter, 0, 3, done); });
    QVERIFY(!pError.isError());
    QCOMPARE(page.items.size(), 3);
    QCOMPARE(page.items[0].name, QStringLiteral("scheduling_legacy"));
    QVERIFY(page.hasMore);
    QCOMPARE(page.total.value_or(0), 8);
}

void TestPlatformApiClient::integrationWritesSendSecretsOnce()
{
    // Every debug message of the client, captured: a secret must be in none.
    static QStringList messages;
    messages.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &m) { messages << m; });
    const QString ws = demoId();
    IntegrationDraft draft;
    draft.name = QStringLiteral("client_created");
    draft.displayName = QStringLiteral("Created by the client");
    draft.baseUrl = QStringLiteral("http://127.0.0.1:9/api");
    IntegrationAuth auth;
    auth.type = QStringLiteral("api_key_header");
    auth.headerName = QStringLiteral("X-Key");
    draft.auth = auth;
    IntegrationEndpoint e;
    e.name = QStringLiteral("ping");
    e.description = QStringLiteral("Ping");
    e.method = QStringLiteral("GET");
    e.path = QStringLiteral("/ping");
    draft.endpoints = QVector<IntegrationEndpoint>{e};
    IntegrationSecrets secrets;
    secrets.apiKey = QStringLiteral("client-secret-VALUE-77");
    auto [made, error] = await<Integration>(
        [&](QObject *c, auto done) { api()->createIntegration(c, ws, draft, secrets, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QVERIFY(made.auth->ssmParamPath.endsWith(QStringLiteral("/client_created/api_key")));
    QCOMPARE(made.endpoints.size(), 1);
    const QString madeId = made.id;

    // An update without a secret keeps the stored one.
    IntegrationDraft rename;
    rename.displayName = QStringLiteral("Renamed");
    rename.auth = auth;
    auto [renamed, rError] = await<Integration>(
        [&](QObject *c, auto done) { api()->updateIntegration(c, ws, madeId, rename, {}, done); });
    QVERIFY(!rError.isError());
    QCOMPARE(renamed.displayName, QStringLiteral("Renamed"));
    QCOMPARE(renamed.auth->ssmParamPath, made.auth->ssmParamPath);

    // A duplicate name: 409 with the reason; a built-in cannot be deleted.
    auto [dup, dError] = await<Integration>(
        [&](QObject *c, auto done) { api()->createIntegration(c, ws, draft, secrets, done); });
    QCOMPARE(dError.kind, ApiError::Kind::Conflict);
    QVERIFY(dError.serverMessage.contains(QStringLiteral("already taken")));
    IntegrationFilter builtin;
    builtin.search = QStringLiteral("appointments");
    auto [found, fError] = await<QVector<Integration>>(
        [&](QObject *c, auto done) { api()->fetchAllIntegrations(c, ws, builtin, done); });
    QCOMPARE(found.size(), 1);
    const QString builtinId = found[0].id;
    auto [none, bError] = await<QString>(
        [&](QObject *c, auto done) { api()->deleteIntegration(c, ws, builtinId, done); });
    QCOMPARE(bError.kind, ApiError::Kind::Validation);
    QCOMPARE(bError.fields[0].location, QStringList({"path", "integration_id"}));
    auto [gone, gError] = await<QString>(
        [&](QObject *c, auto done) { api()->deleteIntegration(c, ws, madeId, done); });
    QVERIFY(!gError.isError());
    QCOMPARE(gone, madeId);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!messages.isEmpty()); // the debug log was on, and said something
    for (const QString &m : std::as_const(messages))
        QVERIFY2(!m.contains(QStringLiteral("client-secret-VALUE-77")), qPrintable(m));
}

void TestPlatformApiClient::endpointTestAndHealth()
{
    const QString ws = demoId();
    IntegrationFilter filter;
    filter.search = QStringLiteral("lab_results");
    auto [found, fError] = await<QVector<Integration>>(
        [&](QObject *c, auto done) { api()->fetchAllIntegrations(c, ws, filter, done); });
    QCOMPARE(found.size(), 1);
    const QString labId = found[0].id;
    auto [result, error] = await<EndpointTestResult>([&](QObject *c, auto done) {
        api()->testEndpoint(c, ws, labId, QStringLiteral("list_patients"),
            QJsonObject{{QStringLiteral("search"), QStringLiteral("hamilton")}}, done);
    });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(result.statusCode.value_or(0), 200);
    QCOMPARE(result.retries, 2);
    QVERIFY(result.durationMs > 0);
    QVERIFY(result.rawResponse.isObject());
    QCOMPARE(result.finalResult.value_or(QString()), QStringLiteral("Margaret Hamilton MRN-40222"));
    QVERIFY(result.error.isEmpty());

    // The input schema is checked: the 422 points at the parameter.
    IntegrationFilter fhir;
    fhir.search = QStringLiteral("fhir_patient_search");
    auto [f, e2] = await<QVector<Integration>>(
        [&](QObject *c, auto done) { api()->fetchAllIntegrations(c, ws, fhir, done); });
    QCOMPARE(f.size(), 1);
    const QString fhirId = f[0].id;
    auto [bad, vError] = await<EndpointTestResult>([&](QObject *c, auto done) {
        api()->testEndpoint(c, ws, fhirId, QStringLiteral("search_patients"), {}, done);
    });
    QCOMPARE(vError.kind, ApiError::Kind::Validation);
    QCOMPARE(vError.fields[0].location, QStringList({"body", "params", "name"}));

    auto [health, hError] = await<IntegrationHealth>(
        [&](QObject *c, auto done) { api()->checkIntegrationHealth(c, ws, done); });
    QVERIFY(!hError.isError());
    QVERIFY(health.checkedAtMs > 0);
    QVERIFY(health.entries.size() >= 7);
    bool sawHealthy = false;
    bool sawUnreachable = false;
    for (const IntegrationHealth::Entry &entry : health.entries) {
        sawHealthy
            = sawHealthy || (entry.status == IntegrationHealth::Status::Healthy && entry.latencyMs);
        sawUnreachable = sawUnreachable || entry.status == IntegrationHealth::Status::Unreachable;
        QVERIFY(!entry.integrationId.isEmpty());
    }
    QVERIFY(sawHealthy && sawUnreachable);
}

void TestPlatformApiClient::everySandboxResponseMatchesTheOpenApiFiles()
{
    m_sandbox.stop();
    QByteArray output;
    const int code = runOpenApiValidator(
        {m_dir.filePath(QStringLiteral("responses.jsonl"))}, {}, m_dir.path(), &output);
    qInfo().noquote() << output;
    QCOMPARE(code, 0);
}

QTEST_GUILESS_MAIN(TestPlatformApiClient)
#include "tst_platformapiclient.moc"
