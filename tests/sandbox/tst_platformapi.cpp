// The platform API's contract (platform-workspaces and platform-data-sources
// .openapi.json in shared/specs): one test per operation, through every
// documented status, against the real sandbox over HTTP. Every response the
// sandbox sends here is recorded and, at the end, validated against the
// OpenAPI files by Ajv (tests/openapi/validate.mjs), not by our code.
#include "httpclient.h"
#include "openapivalidator.h"
#include "sandboxprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

namespace {

const QString kAdmin = QStringLiteral("pa-admin-key"); // demo's admin, the platform admin
const QString kViewer = QStringLiteral("pa-viewer-key");
const QString kOwner = QStringLiteral("pa-owner-key");
const QString kOther = QStringLiteral("pa-other-admin-key"); // another workspace's admin
const QString kOtherOwner = QStringLiteral("pa-other-owner-key");
const QString kUnknownId = QStringLiteral("00000000-0000-4000-8000-000000000000");

} // namespace

class TestPlatformApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listWorkspaces();
    void getWorkspace();
    void updateWorkspace();
    void provisionWorkspace();
    void environmentCheck();
    void convertEnvironment();
    void testCallerNumbers();
    void listDataSources();
    void demoDataSources();
    void createDataSource();
    void getUpdateDeleteDataSource();
    void statusAndHistory();
    void triggerSync();
    void triggerSyncRunnerDown();
    void listIntegrations();
    void createIntegrationValidatesEveryAuthType();
    void createUpdateDeleteIntegration();
    void healthCheck();
    void endpointTestStages();
    void endpointTestRetriesAndFailures();
    void archiveWorkspace();
    void secretsAreNeverEchoed();
    void validatorCatchesAWrongBody();
    void everyResponseMatchesTheOpenApiFiles();

private:
    HttpResult call(const QByteArray &method, const QString &path, const QString &key,
        const QByteArray &body = {});
    HttpResult get(const QString &path, const QString &key = kAdmin)
    {
        return call("GET", path, key);
    }
    // The 422's locations, each joined with '.', e.g. "body.name".
    static QStringList locations(const HttpResult &r);
    static QString detail(const HttpResult &r)
    {
        return r.json().value(QStringLiteral("detail")).toString();
    }
    QString workspaceId(const QString &slug);
    QJsonArray allDataSources(const QString &query = {});
    QJsonObject dataSourceNamed(const QString &name);
    int runValidator(const QStringList &records, const QStringList &extra, QByteArray *output);
    QJsonObject integrationNamed(const QString &name);
    HttpResult testEndpoint(
        const QString &integration, const QString &endpoint, const QByteArray &body);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;
    QString m_demo; // workspace ids
    QString m_staging;
    QString m_other;
    QStringList m_records;
    // Secret values this test sends: none may come back, or reach a log.
    QStringList m_secrets;
};

void TestPlatformApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_records << m_dir.filePath(QStringLiteral("responses.jsonl"));
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--workspace"), QStringLiteral("demo=") + kAdmin,
            QStringLiteral("--workspace"), QStringLiteral("other=") + kOther,
            QStringLiteral("--viewer-key"), QStringLiteral("demo=") + kViewer,
            QStringLiteral("--owner-key"), QStringLiteral("demo=") + kOwner,
            QStringLiteral("--owner-key"), QStringLiteral("other=") + kOtherOwner,
            QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--database"),
            m_dir.filePath(QStringLiteral("sandbox.sqlite")), QStringLiteral("--record-responses"),
            m_records.first(), QStringLiteral("--sync-cooldown"), QStringLiteral("30")});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_demo = workspaceId(QStringLiteral("demo"));
    m_staging = workspaceId(QStringLiteral("demo-staging"));
    m_other = workspaceId(QStringLiteral("other"));
    QVERIFY(!m_demo.isEmpty() && !m_staging.isEmpty() && !m_other.isEmpty());
}

HttpResult TestPlatformApi::call(
    const QByteArray &method, const QString &path, const QString &key, const QByteArray &body)
{
    return m_http.send(method, m_sandbox->url(path), key, body);
}

QStringList TestPlatformApi::locations(const HttpResult &r)
{
    QStringList out;
    const QJsonArray items = r.json().value(QStringLiteral("detail")).toArray();
    for (const QJsonValue &item : items) {
        QStringList parts;
        const QJsonArray loc = item[QStringLiteral("loc")].toArray();
        for (const QJsonValue &p : loc)
            parts << (p.isDouble() ? QString::number(p.toInt()) : p.toString());
        out << parts.join(u'.');
    }
    return out;
}

QString TestPlatformApi::workspaceId(const QString &slug)
{
    const HttpResult r = get(QStringLiteral("/v1/workspaces?limit=100"));
    const QJsonArray listed1 = r.json()[QStringLiteral("items")].toArray();
    for (const QJsonValue &w : listed1) {
        if (w[QStringLiteral("slug")].toString() == slug)
            return w[QStringLiteral("id")].toString();
    }
    return {};
}

QJsonArray TestPlatformApi::allDataSources(const QString &query)
{
    const HttpResult r = get(QStringLiteral("/v1/%1/data-sources?limit=100%2").arg(m_demo, query));
    return r.json()[QStringLiteral("items")].toArray();
}

QJsonObject TestPlatformApi::dataSourceNamed(const QString &name)
{
    const QJsonArray all = allDataSources();
    for (const QJsonValue &d : all) {
        if (d[QStringLiteral("name")].toString() == name)
            return d.toObject();
    }
    return {};
}

void TestPlatformApi::listWorkspaces()
{
    // The platform admin sees every workspace but the archived one.
    HttpResult r = get(QStringLiteral("/v1/workspaces"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("total")].toInt(), 4);
    QStringList slugs;
    const QJsonArray listed2 = r.json()[QStringLiteral("items")].toArray();
    for (const QJsonValue &w : listed2)
        slugs << w[QStringLiteral("slug")].toString();
    slugs.sort();
    QCOMPARE(slugs, QStringList({"demo", "demo-dev", "demo-staging", "other"}));
    for (const QString &id : {m_demo, m_staging, m_other})
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));

    // Paging with limit=1 to the last page.
    QStringList paged;
    int token = 0;
    for (int page = 0; page < 10; ++page) {
        r = get(QStringLiteral("/v1/workspaces?limit=1&continuation_token=%1").arg(token));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("items")].toArray().size(), 1);
        paged << o[QStringLiteral("items")][0][QStringLiteral("slug")].toString();
        if (!o[QStringLiteral("has_more")].toBool()) {
            QVERIFY(o[QStringLiteral("continuation_token")].isNull());
            break;
        }
        token = o[QStringLiteral("continuation_token")].toInt();
    }
    paged.sort();
    QCOMPARE(paged, slugs);

    // Anyone else sees the workspaces their key belongs to.
    r = get(QStringLiteral("/v1/workspaces"), kOther);
    QCOMPARE(r.json()[QStringLiteral("total")].toInt(), 1);
    QCOMPARE(r.json()[QStringLiteral("items")][0][QStringLiteral("slug")].toString(),
        QStringLiteral("other"));

    QCOMPARE(get(QStringLiteral("/v1/workspaces"), QString()).status, 401);
    QCOMPARE(get(QStringLiteral("/v1/workspaces"), QStringLiteral("wrong")).status, 401);
    for (const char *bad : {"limit=0", "limit=101", "limit=ten", "continuation_token=x"}) {
        r = get(QStringLiteral("/v1/workspaces?") + QLatin1String(bad));
        QCOMPARE(r.status, 422);
        QCOMPARE(locations(r).size(), 1);
        QVERIFY(locations(r).first().startsWith(QStringLiteral("query.")));
    }
    r = get(QStringLiteral("/v1/workspaces?limit=500&continuation_token=x"));
    QCOMPARE(locations(r), QStringList({"query.limit", "query.continuation_token"}));
}

void TestPlatformApi::getWorkspace()
{
    HttpResult r = get(QStringLiteral("/v1/workspaces/") + m_demo);
    QCOMPARE(r.status, 200);
    const QJsonObject w = r.json();
    QCOMPARE(w[QStringLiteral("environment")].toString(), QStringLiteral("production"));
    QCOMPARE(w[QStringLiteral("connector_type")].toString(), QStringLiteral("epic"));
    QVERIFY(!w[QStringLiteral("provisioned_at")].isNull());
    // /me names the same UUID.
    const HttpResult me = m_http.get(m_sandbox->api(QStringLiteral("/me")), kAdmin);
    QCOMPARE(me.json()[QStringLiteral("workspace")][QStringLiteral("id")].toString(), m_demo);

    // Unknown, other workspaces' and malformed ids.
    const HttpResult unknown = get(QStringLiteral("/v1/workspaces/") + kUnknownId);
    QCOMPARE(unknown.status, 404);
    const HttpResult foreign = get(QStringLiteral("/v1/workspaces/") + m_demo, kOther);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.body, unknown.body);
    r = get(QStringLiteral("/v1/workspaces/not-a-uuid"));
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList{"path.workspace_id"});
    QCOMPARE(get(QStringLiteral("/v1/workspaces/") + m_demo, QString()).status, 401);
    // A viewer reads.
    QCOMPARE(get(QStringLiteral("/v1/workspaces/") + m_demo, kViewer).status, 200);
}

void TestPlatformApi::updateWorkspace()
{
    const QString path = QStringLiteral("/v1/workspaces/") + m_staging;
    HttpResult r
        = call("PATCH", QStringLiteral("/v1/workspaces/") + m_demo, kViewer, R"({"name":"x"})");
    QCOMPARE(r.status, 403);
    QVERIFY(!detail(r).isEmpty());

    // Every bad field at once.
    r = call("PATCH", path, kAdmin,
        R"({"name":"   ","environment":"prod","region":"mars-1","connector_type":"paper"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r),
        QStringList({"body.name", "body.environment", "body.region", "body.connector_type"}));
    const QJsonArray items = r.json()[QStringLiteral("detail")].toArray();
    QCOMPARE(items[0][QStringLiteral("type")].toString(), QStringLiteral("string_too_short"));
    QCOMPARE(items[1][QStringLiteral("type")].toString(), QStringLiteral("literal_error"));
    r = call("PATCH", path, kAdmin, "{not json");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("detail")][0][QStringLiteral("type")].toString(),
        QStringLiteral("json_invalid"));

    const QString before = get(path).json()[QStringLiteral("updated_at")].toString();
    r = call("PATCH", path, kAdmin,
        R"({"name":"  Staging EU  ","region":"eu-central-1","connector_type":"cerner"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("name")].toString(), QStringLiteral("Staging EU"));
    QCOMPARE(r.json()[QStringLiteral("environment")].toString(), QStringLiteral("staging"));
    QVERIFY(r.json()[QStringLiteral("updated_at")].toString() > before);
    QCOMPARE(get(path).json()[QStringLiteral("name")].toString(), QStringLiteral("Staging EU"));

    QCOMPARE(
        call("PATCH", QStringLiteral("/v1/workspaces/") + kUnknownId, kAdmin, "{}").status, 404);
    QCOMPARE(call("PATCH", path, QString(), "{}").status, 401);
}

void TestPlatformApi::provisionWorkspace()
{
    const QString path = QStringLiteral("/v1/workspaces/%1/provision").arg(m_other);
    QVERIFY(get(QStringLiteral("/v1/workspaces/") + m_other)
                .json()[QStringLiteral("provisioned_at")]
                .isNull());
    QCOMPARE(call("POST", path, kViewer).status, 404); // demo's viewer: not their workspace
    HttpResult first = call("POST", path, kOther);
    QCOMPARE(first.status, 200);
    const QJsonObject ws = first.json()[QStringLiteral("workspace")].toObject();
    QVERIFY(!ws[QStringLiteral("provisioned_at")].isNull());
    QVERIFY(ws[QStringLiteral("backend_org_id")].toString().startsWith(QStringLiteral("org_")));
    // Idempotent: the second call changes nothing.
    HttpResult second = call("POST", path, kOther);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json()[QStringLiteral("workspace")].toObject(), ws);

    QCOMPARE(
        call("POST", QStringLiteral("/v1/workspaces/%1/provision").arg(m_demo), kViewer).status,
        403);
    QCOMPARE(
        call("POST", QStringLiteral("/v1/workspaces/%1/provision").arg(kUnknownId), kAdmin).status,
        404);
    QCOMPARE(call("POST", path, QString()).status, 401);
}

void TestPlatformApi::environmentCheck()
{
    const QString path = QStringLiteral("/v1/workspaces/%1/environment-check").arg(m_staging);
    const QJsonObject before = get(QStringLiteral("/v1/workspaces/") + m_staging).json();
    HttpResult r = get(path + QStringLiteral("?target=production"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("current")].toString(), QStringLiteral("staging"));
    QCOMPARE(r.json()[QStringLiteral("target")].toString(), QStringLiteral("production"));
    const QString warnings
        = r.json()[QStringLiteral("warnings")].toVariant().toStringList().join(u'\n');
    // The seeded staging workspace's test callers and its manual feed.
    QVERIFY2(warnings.contains(QStringLiteral("+15555550100")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("QA intake spreadsheet")), qPrintable(warnings));
    // Its built-in integrations call a loopback host, not a production one.
    QVERIFY2(warnings.contains(QStringLiteral("non-production host"))
            && warnings.contains(QStringLiteral("fhir_patient_search")),
        qPrintable(warnings));
    // The default target is production.
    QCOMPARE(get(path).json(), r.json());
    // It changed nothing.
    QCOMPARE(get(QStringLiteral("/v1/workspaces/") + m_staging).json(), before);

    r = get(path + QStringLiteral("?target=development"));
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList{"query.target"});
    QCOMPARE(get(path, QString()).status, 401);
    // A workspace in production, checked for production: one warning saying so.
    r = get(QStringLiteral("/v1/workspaces/%1/environment-check").arg(m_demo));
    QVERIFY(r.json()[QStringLiteral("warnings")].toVariant().toStringList().join(u'\n').contains(
        QStringLiteral("already in production")));
}

void TestPlatformApi::convertEnvironment()
{
    const QString path = QStringLiteral("/v1/workspaces/%1/convert-environment").arg(m_staging);
    QCOMPARE(call("POST", path, kViewer, R"({"target":"production","confirm_slug":"demo-staging"})")
                 .status,
        404); // demo's viewer cannot see the staging workspace
    QCOMPARE(call("POST", QStringLiteral("/v1/workspaces/%1/convert-environment").arg(m_demo),
                 kViewer, R"({"target":"staging","confirm_slug":"demo"})")
                 .status,
        403);
    HttpResult r = call("POST", path, kAdmin, R"({"target":"production","confirm_slug":"demo"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList{"body.confirm_slug"});
    r = call("POST", path, kAdmin, R"({"target":"staging","confirm_slug":"demo-staging"})");
    QCOMPARE(r.status, 422); // a no-op conversion
    QCOMPARE(locations(r), QStringList{"body.target"});
    r = call("POST", path, kAdmin, R"({"confirm_slug":"Not A Slug"})");
    QCOMPARE(locations(r), QStringList({"body.target", "body.confirm_slug"}));

    r = call("POST", path, kAdmin, R"({"target":"production","confirm_slug":"demo-staging"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("environment")].toString(), QStringLiteral("production"));
    // Recorded: the change is in the database.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("sandbox.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT from_environment, to_environment FROM"
                                      " environment_changes WHERE workspace_id='%1'")
                           .arg(m_staging)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("staging"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("production"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QCOMPARE(call("POST", QStringLiteral("/v1/workspaces/%1/convert-environment").arg(kUnknownId),
                 kAdmin, R"({"target":"staging","confirm_slug":"demo"})")
                 .status,
        404);
    QCOMPARE(call("POST", path, QString(), "{}").status, 401);
}

void TestPlatformApi::testCallerNumbers()
{
    const QString path = QStringLiteral("/v1/workspaces/%1/test-caller-numbers").arg(m_demo);
    HttpResult r = get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("numbers")].toArray().size(), 0);
    r = call("PUT", path, kAdmin,
        R"({"numbers":["+15551234567","0800 123","+15551234567","+4930901820"]})");
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList{"body.numbers.1"});
    QCOMPARE(r.json()[QStringLiteral("detail")][0][QStringLiteral("input")].toString(),
        QStringLiteral("0800 123"));
    r = call("PUT", path, kAdmin, R"({"numbers":["+15551234567","+4930901820","+15551234567"]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("numbers")].toVariant().toStringList(),
        QStringList({"+15551234567", "+4930901820"}));
    QCOMPARE(get(path, kViewer).json()[QStringLiteral("numbers")].toVariant().toStringList(),
        QStringList({"+15551234567", "+4930901820"}));
    QCOMPARE(call("PUT", path, kViewer, R"({"numbers":[]})").status, 403);
    QString many = QStringLiteral("[");
    for (int i = 0; i < 101; ++i)
        many += QStringLiteral("\"+1555000%1\",").arg(1000 + i);
    many.chop(1);
    r = call("PUT", path, kAdmin, (QStringLiteral("{\"numbers\":") + many + u"]}").toUtf8());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("detail")][0][QStringLiteral("type")].toString(),
        QStringLiteral("too_long"));
}

void TestPlatformApi::archiveWorkspace()
{
    const QString path = QStringLiteral("/v1/workspaces/%1/archive").arg(m_other);
    // Only the owner; the platform admin acts as an admin there.
    QCOMPARE(call("POST", path, kAdmin, R"({"slug":"other"})").status, 403);
    QCOMPARE(call("POST", path, kOther, R"({"slug":"other"})").status, 403);
    HttpResult r = call("POST", path, kOtherOwner, R"({"slug":"demo"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList{"body.slug"});
    r = call("POST", path, kOtherOwner, "{}");
    QCOMPARE(locations(r), QStringList{"body.slug"});
    QCOMPARE(r.json()[QStringLiteral("detail")][0][QStringLiteral("type")].toString(),
        QStringLiteral("missing"));
    QCOMPARE(call("POST", QStringLiteral("/v1/workspaces/%1/archive").arg(kUnknownId), kOwner,
                 R"({"slug":"demo"})")
                 .status,
        404);
    QCOMPARE(call("POST", path, QString(), "{}").status, 401);

    r = call("POST", path, kOtherOwner, R"({"slug":"other"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("slug")].toString(), QStringLiteral("other"));
    // Gone from the list, 404 to the platform admin, and its keys stop working.
    QCOMPARE(get(QStringLiteral("/v1/workspaces")).json()[QStringLiteral("total")].toInt(), 3);
    QCOMPARE(get(QStringLiteral("/v1/workspaces/") + m_other).status, 404);
    QCOMPARE(get(QStringLiteral("/v1/workspaces"), kOther).status, 401);
    // Its data stays.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check2"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("sandbox.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT slug, archived_at FROM workspaces WHERE id='%1'").arg(m_other)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("other"));
        QVERIFY(!q.value(1).isNull());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check2"));
}

void TestPlatformApi::listDataSources()
{
    const QString base = QStringLiteral("/v1/%1/data-sources").arg(m_demo);
    HttpResult r = get(base);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("total")].toInt(), 12);
    QCOMPARE(r.json()[QStringLiteral("items")].toArray().size(), 10); // the default limit

    // Paging with limit=5: 5, 5, 2.
    QList<int> sizes;
    QSet<QString> ids;
    QJsonValue token = 0;
    while (!token.isNull()) {
        r = get(base + QStringLiteral("?limit=5&continuation_token=%1").arg(token.toInt()));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json()[QStringLiteral("items")].toArray();
        sizes << int(items.size());
        for (const QJsonValue &d : items)
            ids.insert(d[QStringLiteral("id")].toString());
        token = r.json()[QStringLiteral("continuation_token")];
        QCOMPARE(r.json()[QStringLiteral("has_more")].toBool(), !token.isNull());
    }
    QCOMPARE(sizes, QList<int>({5, 5, 2}));
    QCOMPARE(ids.size(), 12);

    // Filters.
    auto names = [this](const QString &query) {
        QStringList out;
        const QJsonArray found = allDataSources(query);
        for (const QJsonValue &d : found)
            out << d[QStringLiteral("name")].toString();
        out.sort();
        return out;
    };
    QCOMPARE(names(QStringLiteral("&is_active=false")), QStringList{"Pilot REST import"});
    QCOMPARE(names(QStringLiteral("&source_type=ehr&source_type=fhir")),
        QStringList({"Allscripts legacy feed", "Cerner Millennium feed", "HAPI FHIR test server"}));
    QCOMPARE(names(QStringLiteral("&search=ALLSCRIPTS")), QStringList{"Allscripts legacy feed"});
    QCOMPARE(
        names(QStringLiteral("&search=fhir_store")), QStringList{"Google Healthcare FHIR store"});
    const QString someId
        = dataSourceNamed(QStringLiteral("Billing warehouse"))[QStringLiteral("id")].toString();
    QCOMPARE(names(QStringLiteral("&search=") + someId.left(13)), QStringList{"Billing warehouse"});
    QCOMPARE(names(QStringLiteral("&source_type=nothing")), QStringList());

    r = get(base + QStringLiteral("?is_active=maybe&limit=101"));
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList({"query.is_active", "query.limit"}));
    QCOMPARE(get(base, QString()).status, 401);
    QCOMPARE(get(base, kOther).status, 404);
}

void TestPlatformApi::demoDataSources()
{
    const QJsonArray all = allDataSources();
    QSet<QString> types;
    QSet<QString> strategies;
    for (const QJsonValue &d : all) {
        types.insert(d[QStringLiteral("source_type")].toString());
        strategies.insert(d[QStringLiteral("sync_strategy")].toString());
    }
    // Every source_type and sync_strategy of the file.
    QCOMPARE(types,
        QSet<QString>({"rest_api", "webhook", "file_drop", "fhir", "fhir_store", "ehr", "database",
            "custom", "smart_fhir", "customer_intake"}));
    QCOMPARE(strategies, QSet<QString>({"manual", "scheduled", "webhook", "continuous"}));
    // One is stale and degraded: it stopped three days ago.
    QStringList stale;
    for (const QJsonValue &d : all) {
        if (d[QStringLiteral("is_stale")].toBool())
            stale << d[QStringLiteral("name")].toString();
    }
    QCOMPARE(stale, QStringList{"Allscripts legacy feed"});
    const QJsonObject legacy = dataSourceNamed(QStringLiteral("Allscripts legacy feed"));
    QCOMPARE(legacy[QStringLiteral("health_status")].toString(), QStringLiteral("degraded"));
    const QDateTime lastSync = QDateTime::fromString(
        legacy[QStringLiteral("last_sync_at")].toString(), Qt::ISODateWithMs);
    QVERIFY(lastSync.daysTo(QDateTime::currentDateTimeUtc()) >= 3);
    // A feed with almost a third of its events failing is degraded but not stale.
    const QJsonObject hapi = dataSourceNamed(QStringLiteral("HAPI FHIR test server"));
    QCOMPARE(hapi[QStringLiteral("health_status")].toString(), QStringLiteral("degraded"));
    QCOMPARE(hapi[QStringLiteral("is_stale")].toBool(), false);
    QCOMPARE(
        dataSourceNamed(QStringLiteral("Epic production FHIR"))[QStringLiteral("health_status")]
            .toString(),
        QStringLiteral("healthy"));
}

void TestPlatformApi::createDataSource()
{
    const QString base = QStringLiteral("/v1/%1/data-sources").arg(m_demo);
    const QByteArray longName(257, 'n');
    const QByteArray longType(65, 't');
    const QByteArray longSchedule(257, 's');
    HttpResult r = call("POST", base, kAdmin,
        "{\"name\":\"" + longName + "\",\"source_type\":\"fax\",\"entity_types\":[\"ok\",\""
            + longType + "\"],\"sync_strategy\":\"hourly\",\"sync_schedule\":\"" + longSchedule
            + "\",\"connection_config\":\"x\"}");
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r),
        QStringList({"body.name", "body.source_type", "body.connection_config",
            "body.entity_types.1", "body.sync_strategy", "body.sync_schedule"}));
    r = call("POST", base, kAdmin, R"({"display_name":null})");
    QCOMPARE(locations(r), QStringList({"body.name", "body.source_type"}));

    const QByteArray config
        = R"({"base_url":"https://x.example/fhir","nested":{"a":[1,2,{"b":null}]}})";
    r = call("POST", base, kAdmin,
        R"({"name":"Contract test feed","source_type":"fhir","entity_types":["Patient"],"connection_config":)"
            + config + R"(,"sync_strategy":"scheduled","sync_schedule":"every 15m"})");
    QCOMPARE(r.status, 201);
    const QJsonObject d = r.json();
    QVERIFY(!QUuid::fromString(d[QStringLiteral("id")].toString()).isNull());
    QCOMPARE(d[QStringLiteral("workspace_id")].toString(), m_demo);
    QCOMPARE(d[QStringLiteral("connection_config")].toObject(),
        QJsonDocument::fromJson(config).object());
    QCOMPARE(d[QStringLiteral("field_mappings")].toObject(), QJsonObject());
    QCOMPARE(d[QStringLiteral("health_status")].toString(), QStringLiteral("unknown"));
    QVERIFY(d[QStringLiteral("last_sync_at")].isNull());
    QCOMPARE(get(base + u'/' + d[QStringLiteral("id")].toString()).json(), d);

    QCOMPARE(call("POST", base, kViewer, R"({"name":"x","source_type":"fhir"})").status, 403);
    QCOMPARE(call("POST", base, QString(), "{}").status, 401);
}

void TestPlatformApi::getUpdateDeleteDataSource()
{
    const QString base = QStringLiteral("/v1/%1/data-sources").arg(m_demo);
    const QString id
        = dataSourceNamed(QStringLiteral("Custom referral script"))[QStringLiteral("id")]
              .toString();
    const QString path = base + u'/' + id;
    QCOMPARE(get(path).status, 200);
    QCOMPARE(get(path, kViewer).status, 200);
    // Upper case and without hyphens is the same UUID.
    QCOMPARE(get(base + u'/' + id.toUpper().remove(u'-')).status, 200);
    HttpResult r = get(base + QStringLiteral("/123"));
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList{"path.data_source_id"});
    const HttpResult unknown = get(base + u'/' + kUnknownId);
    QCOMPARE(unknown.status, 404);
    // Another workspace's data source is the same 404, even to the platform admin.
    const QString staged = QStringLiteral("/v1/%1/data-sources").arg(m_staging);
    const QString stagingId
        = get(staged).json()[QStringLiteral("items")][0][QStringLiteral("id")].toString();
    QCOMPARE(get(base + u'/' + stagingId).body, unknown.body);
    QCOMPARE(get(path, QString()).status, 401);

    r = call("PATCH", path, kAdmin,
        R"({"sync_strategy":"sometimes","is_active":"yes","entity_types":[""]})");
    QCOMPARE(r.status, 422);
    QCOMPARE(
        locations(r), QStringList({"body.entity_types.0", "body.sync_strategy", "body.is_active"}));
    r = call("PATCH", path, kAdmin,
        R"j({"display_name":"Referrals (Python)","is_active":false,"sync_schedule":null})j");
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json()[QStringLiteral("display_name")].toString(), QStringLiteral("Referrals (Python)"));
    QCOMPARE(r.json()[QStringLiteral("is_active")].toBool(), false);
    QCOMPARE(r.json()[QStringLiteral("name")].toString(), QStringLiteral("Custom referral script"));
    QCOMPARE(call("PATCH", base + u'/' + kUnknownId, kAdmin, "{}").status, 404);
    QCOMPARE(call("PATCH", path, kViewer, "{}").status, 403);
    QCOMPARE(call("PATCH", path, QString(), "{}").status, 401);

    QCOMPARE(call("DELETE", path, kViewer).status, 403);
    QCOMPARE(call("DELETE", path, QString()).status, 401);
    QCOMPARE(call("DELETE", base + QStringLiteral("/nope"), kAdmin).status, 422);
    r = call("DELETE", path, kAdmin);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(get(path).status, 404);
    QCOMPARE(call("DELETE", path, kAdmin).status, 404);
}

void TestPlatformApi::statusAndHistory()
{
    const QJsonObject epic = dataSourceNamed(QStringLiteral("Epic production FHIR"));
    const QString path = QStringLiteral("/v1/%1/data-sources/%2")
                             .arg(m_demo, epic[QStringLiteral("id")].toString());
    HttpResult status = get(path + QStringLiteral("/status"));
    QCOMPARE(status.status, 200);
    const QJsonObject s = status.json();
    QCOMPARE(s[QStringLiteral("name")].toString(), QStringLiteral("Epic production FHIR"));
    QCOMPARE(s[QStringLiteral("synced_count")].toInt() + s[QStringLiteral("failed_count")].toInt(),
        s[QStringLiteral("event_count")].toInt());
    QVERIFY(s[QStringLiteral("event_count")].toInt() > 1000);

    HttpResult r = get(path + QStringLiteral("/sync-history?days=90"));
    QCOMPARE(r.status, 200);
    const QJsonArray timeline = r.json()[QStringLiteral("timeline")].toArray();
    QCOMPARE(timeline.size(), 90);
    // Consecutive UTC days ending today.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int i = 0; i < 90; ++i)
        QCOMPARE(timeline[i][QStringLiteral("date")].toString(),
            today.addDays(i - 89).toString(Qt::ISODate));
    // The timeline accounts for every event the status counts (the poller
    // may add events between the two requests, never remove them).
    int sum = 0;
    for (const QJsonValue &day : timeline)
        sum += day[QStringLiteral("event_count")].toInt();
    QVERIFY2(sum >= s[QStringLiteral("event_count")].toInt(), qPrintable(QString::number(sum)));
    // The incident twelve days ago: at least a quarter of that day failed.
    const QJsonObject incident = timeline[89 - 12].toObject();
    QVERIFY2(incident[QStringLiteral("failed_count")].toInt() * 4
            >= incident[QStringLiteral("event_count")].toInt(),
        qPrintable(QJsonDocument(incident).toJson()));
    const QJsonArray failures = r.json()[QStringLiteral("recent_failures")].toArray();
    QVERIFY(!failures.isEmpty() && failures.size() <= 100);
    for (const QJsonValue &f : failures) {
        QVERIFY(!f[QStringLiteral("sync_error")].toString().isEmpty());
        QVERIFY(!f[QStringLiteral("fhir_resource_type")].toString().isEmpty());
        QVERIFY(f[QStringLiteral("fhir_resource_id")].toString().contains(u'-'));
    }
    QVERIFY(failures.first()[QStringLiteral("created_at")].toString()
        >= failures.last()[QStringLiteral("created_at")].toString());

    r = get(path + QStringLiteral("/sync-history?days=7"));
    QCOMPARE(r.json()[QStringLiteral("timeline")].toArray().size(), 7);
    QCOMPARE(get(path + QStringLiteral("/sync-history"))
                 .json()[QStringLiteral("timeline")]
                 .toArray()
                 .size(),
        30);
    for (const char *bad : {"days=0", "days=91", "days=week"}) {
        r = get(path + QStringLiteral("/sync-history?") + QLatin1String(bad));
        QCOMPARE(r.status, 422);
        QCOMPARE(locations(r), QStringList{"query.days"});
    }
    const QString unknown = QStringLiteral("/v1/%1/data-sources/%2").arg(m_demo, kUnknownId);
    for (const QString &tail : {QStringLiteral("/status"), QStringLiteral("/sync-history")}) {
        QCOMPARE(get(unknown + tail).status, 404);
        QCOMPARE(get(path + tail, QString()).status, 401);
        QCOMPARE(get(QStringLiteral("/v1/%1/data-sources/x").arg(m_demo) + tail).status, 422);
    }
}

void TestPlatformApi::triggerSync()
{
    const QJsonObject lab = dataSourceNamed(QStringLiteral("Lab results API"));
    const QString path = QStringLiteral("/v1/%1/data-sources/%2")
                             .arg(m_demo, lab[QStringLiteral("id")].toString());
    const QString before = lab[QStringLiteral("last_sync_at")].toString();
    HttpResult r = call("POST", path + QStringLiteral("/sync"), kAdmin);
    QCOMPARE(r.status, 202);
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("started"));
    QCOMPARE(r.json()[QStringLiteral("data_source_id")].toString(),
        lab[QStringLiteral("id")].toString());
    const QString triggeredAt = r.json()[QStringLiteral("triggered_at")].toString();

    // The poll runs for two seconds: a second trigger meanwhile is a 409.
    r = call("POST", path + QStringLiteral("/sync"), kAdmin);
    QCOMPARE(r.status, 409);
    QVERIFY(!r.json()[QStringLiteral("message")].toString().isEmpty());
    QCOMPARE(r.json()[QStringLiteral("details")][QStringLiteral("last_poll_at")].toString(),
        triggeredAt);
    QVERIFY(
        r.json()[QStringLiteral("details")][QStringLiteral("last_poll_duration_ms")].toInt() >= 0);

    // When it is done, last_sync_at moves; inside the cooldown, 429 with Retry-After.
    QTRY_VERIFY_WITH_TIMEOUT(
        get(path + QStringLiteral("/status")).json()[QStringLiteral("last_sync_at")].toString()
            >= triggeredAt,
        10000);
    QVERIFY(get(path).json()[QStringLiteral("last_sync_at")].toString() != before);
    r = call("POST", path + QStringLiteral("/sync"), kAdmin);
    QCOMPARE(r.status, 429);
    const int retryAfter = r.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 30, r.header("Retry-After").constData());
    QVERIFY(!detail(r).isEmpty());

    QCOMPARE(call("POST", QStringLiteral("/v1/%1/data-sources/not-a-uuid/sync").arg(m_demo), kAdmin)
                 .status,
        400);
    QCOMPARE(
        call("POST", QStringLiteral("/v1/%1/data-sources/%2/sync").arg(m_demo, kUnknownId), kAdmin)
            .status,
        404);
    QCOMPARE(
        call("POST", QStringLiteral("/v1/not-a-uuid/data-sources/%1/sync").arg(kUnknownId), kAdmin)
            .status,
        422);
    QCOMPARE(call("POST", path + QStringLiteral("/sync"), kViewer).status, 403);
    QCOMPARE(call("POST", path + QStringLiteral("/sync"), QString()).status, 401);
}

void TestPlatformApi::triggerSyncRunnerDown()
{
    m_records << m_dir.filePath(QStringLiteral("runner-down.jsonl"));
    SandboxProcess down({QStringLiteral("--workspace"), QStringLiteral("demo=") + kAdmin,
        QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--faults"),
        QStringLiteral("runner=down"), QStringLiteral("--record-responses"), m_records.last()});
    QString error;
    QVERIFY2(down.start(&error), qPrintable(error));
    const HttpResult list = m_http.get(down.url(QStringLiteral("/v1/workspaces")), kAdmin);
    const QString ws = list.json()[QStringLiteral("items")][0][QStringLiteral("id")].toString();
    const HttpResult sources
        = m_http.get(down.url(QStringLiteral("/v1/%1/data-sources").arg(ws)), kAdmin);
    const QString id = sources.json()[QStringLiteral("items")][0][QStringLiteral("id")].toString();
    const HttpResult r = m_http.send(
        "POST", down.url(QStringLiteral("/v1/%1/data-sources/%2/sync").arg(ws, id)), kAdmin);
    QCOMPARE(r.status, 503);
    QVERIFY(detail(r).contains(QStringLiteral("unreachable")));
}

int TestPlatformApi::runValidator(
    const QStringList &records, const QStringList &extra, QByteArray *output)
{
    return runOpenApiValidator(records, extra, m_dir.path(), output);
}

void TestPlatformApi::validatorCatchesAWrongBody()
{
    // The validator is not ours, but its use is: a wrong body must fail it.
    const QString bad = m_dir.filePath(QStringLiteral("bad.jsonl"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"method":"GET","path":"/v1/workspaces/00000000-0000-4000-8000-000000000000","query":"","status":200,"body":"{\"id\":\"not-a-uuid\",\"name\":\"x\"}"})"
        "\n");
    f.write(
        R"({"method":"GET","path":"/v1/workspaces","query":"","status":422,"body":"{\"detail\":\"not a list\"}"})"
        "\n");
    f.close();
    QByteArray output;
    QCOMPARE(runValidator({bad}, {}, &output), 1);
    QVERIFY2(output.contains("must have required property 'slug'"), output.constData());
    QVERIFY2(output.contains("must match format \"uuid\""), output.constData());
    QVERIFY2(output.contains("list-workspaces 422 does not match"), output.constData());
}

void TestPlatformApi::everyResponseMatchesTheOpenApiFiles()
{
    m_sandbox->stop(); // flushes nothing more: every line was flushed as written
    QByteArray output;
    // The statuses the files document that no request of a caller can
    // produce in the sandbox: every valid key may list workspaces, read its
    // workspace, run the (read-only) environment check, and read and test
    // integrations.
    const int code = runValidator(m_records,
        {QStringLiteral("--require-statuses"), QStringLiteral("--except"),
            QStringLiteral("list-workspaces:403"), QStringLiteral("--except"),
            QStringLiteral("get-workspace:403"), QStringLiteral("--except"),
            QStringLiteral("check-environment-conversion:403"), QStringLiteral("--except"),
            // Viewers may read and test integrations; integration ids are
            // plain strings in the file, so no path value fails validation.
            QStringLiteral("list-integrations:403"), QStringLiteral("--except"),
            QStringLiteral("get-integration:403"), QStringLiteral("--except"),
            QStringLiteral("get-integration:422"), QStringLiteral("--except"),
            QStringLiteral("test-integration-endpoint:403")},
        &output);
    qInfo().noquote() << output;
    QCOMPARE(code, 0);
}

QJsonObject TestPlatformApi::integrationNamed(const QString &name)
{
    const HttpResult r
        = get(QStringLiteral("/v1/%1/integrations?limit=20&search=%2").arg(m_demo, name));
    const QJsonArray listed3 = r.json()[QStringLiteral("items")].toArray();
    for (const QJsonValue &i : listed3) {
        if (i[QStringLiteral("name")].toString() == name)
            return i.toObject();
    }
    return {};
}

HttpResult TestPlatformApi::testEndpoint(
    const QString &integration, const QString &endpoint, const QByteArray &body)
{
    const QString id = integrationNamed(integration)[QStringLiteral("id")].toString();
    return call("POST",
        QStringLiteral("/v1/%1/integrations/%2/endpoints/%3/test").arg(m_demo, id, endpoint),
        kViewer, body);
}

void TestPlatformApi::listIntegrations()
{
    const QString base = QStringLiteral("/v1/%1/integrations").arg(m_demo);
    HttpResult r = get(base + QStringLiteral("?limit=20"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("total")].toInt(), 10);
    QSet<QString> protocols;
    QSet<QString> authTypes;
    int builtins = 0;
    const QJsonArray listed4 = r.json()[QStringLiteral("items")].toArray();
    for (const QJsonValue &i : listed4) {
        protocols.insert(i[QStringLiteral("protocol")].toString());
        if (i[QStringLiteral("auth")].isObject())
            authTypes.insert(i[QStringLiteral("auth")][QStringLiteral("type")].toString());
        builtins += i[QStringLiteral("builtin")].toBool();
        QVERIFY(!QUuid::fromString(i[QStringLiteral("id")].toString()).isNull());
    }
    QCOMPARE(protocols, QSet<QString>({"rest", "fhir", "mcp"}));
    QCOMPARE(authTypes,
        QSet<QString>({"api_key_header", "bearer_token", "oauth2_client_credentials",
            "oauth2_jwt_bearer", "gcp_wif", "smart_backend_services"}));
    QCOMPARE(builtins, 2);

    // Paging to the last page with limit=3: 3, 3, 3, 1.
    QList<int> sizes;
    QJsonValue token = 0;
    while (!token.isNull()) {
        r = get(base + QStringLiteral("?limit=3&continuation_token=%1").arg(token.toInt()));
        sizes << int(r.json()[QStringLiteral("items")].toArray().size());
        token = r.json()[QStringLiteral("continuation_token")];
    }
    QCOMPARE(sizes, QList<int>({3, 3, 3, 1}));

    auto names = [&](const QString &query) {
        QStringList out;
        const QJsonArray listed = get(base + QStringLiteral("?limit=20&") + query)
                                      .json()[QStringLiteral("items")]
                                      .toArray();
        for (const QJsonValue &i : listed)
            out << i[QStringLiteral("name")].toString();
        return out;
    };
    QCOMPARE(
        names(QStringLiteral("enabled=false")), QStringList({"google_fhir_store", "local_notes"}));
    QCOMPARE(names(QStringLiteral("protocol=mcp")), QStringList({"local_notes", "patient_tools"}));
    QCOMPARE(names(QStringLiteral("search=PATIENT")),
        QStringList({"fhir_patient_search", "patient_tools"}));
    QCOMPARE(names(QStringLiteral("sort_by=-name")).first(), QStringLiteral("scheduling_legacy"));
    QCOMPARE(names(QStringLiteral("sort_by=name")).first(), QStringLiteral("appointments"));
    QCOMPARE(names(QStringLiteral("sort_by=-created_at")).size(), 10);

    r = get(base + QStringLiteral("?limit=21&sort_by=size&search="));
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList({"query.search", "query.sort_by", "query.limit"}));
    QCOMPARE(get(base + QStringLiteral("?search=") + QString(201, u'x')).status, 422);
    QCOMPARE(get(base, QString()).status, 401);
    QCOMPARE(get(base, kViewer).status, 200);
    QCOMPARE(get(base, kOther).status, 404);
}

void TestPlatformApi::createIntegrationValidatesEveryAuthType()
{
    const QString base = QStringLiteral("/v1/%1/integrations").arg(m_demo);
    // Each type without its fields names exactly them.
    const QList<QPair<QByteArray, QStringList>> cases = {
        {"api_key_header", {"body.auth.header_name", "body.auth.api_key_value"}},
        {"bearer_token", {"body.auth.bearer_token_value"}},
        {"oauth2_client_credentials",
            {"body.auth.token_url", "body.auth.client_id", "body.auth.client_secret_value"}},
        {"oauth2_jwt_bearer",
            {"body.auth.token_url", "body.auth.assertion_issuer", "body.auth.assertion_audience",
                "body.auth.private_key_value"}},
        {"gcp_wif", {"body.auth.assertion_audience", "body.auth.gcp_scopes"}},
        {"smart_backend_services",
            {"body.auth.token_url", "body.auth.client_id", "body.auth.assertion_algorithm",
                "body.auth.private_key_value"}},
    };
    for (const auto &[type, expected] : cases) {
        const HttpResult r = call("POST", base, kAdmin,
            R"({"name":"t_)" + type
                + R"(","display_name":"T","base_url":"http://127.0.0.1:9/","auth":{"type":")" + type
                + R"("}})");
        QCOMPARE(r.status, 422);
        QCOMPARE(locations(r), expected);
    }
    // And with them, each is created, its secret replaced by a path.
    const QList<QPair<QByteArray, QByteArray>> valid = {
        {"api_key_header",
            R"("header_name":"X-Key","api_key_value":{"value":"S3CR3T-api-key-value-1"})"},
        {"bearer_token", R"("bearer_token_value":{"value":"S3CR3T-bearer-value-2"})"},
        {"oauth2_client_credentials",
            R"("token_url":"http://127.0.0.1:9/token","client_id":"c","client_secret_value":{"value":"S3CR3T-client-secret-3"})"},
        {"oauth2_jwt_bearer",
            R"("token_url":"http://127.0.0.1:9/t","assertion_issuer":"i","assertion_audience":"a","private_key_value":{"value":"S3CR3T-private-key-4"})"},
        {"gcp_wif", R"("assertion_audience":"//iam.example/a","gcp_scopes":["s"])"},
        {"smart_backend_services",
            R"("token_url":"http://127.0.0.1:9/t","client_id":"c","assertion_algorithm":"RS384","private_key_ssm_param_path":"/existing/key")"},
    };
    m_secrets << "S3CR3T-api-key-value-1"
              << "S3CR3T-bearer-value-2"
              << "S3CR3T-client-secret-3"
              << "S3CR3T-private-key-4";
    for (const auto &[type, fields] : valid) {
        const HttpResult r = call("POST", base, kAdmin,
            R"({"name":"valid_)" + type
                + R"(","display_name":"V","base_url":"http://127.0.0.1:9/","auth":{"type":")" + type
                + "\"," + fields + "}}");
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonObject auth = r.json()[QStringLiteral("auth")].toObject();
        QCOMPARE(auth[QStringLiteral("type")].toString(), QString::fromLatin1(type));
        for (const char *value :
            {"api_key_value", "bearer_token_value", "client_secret_value", "private_key_value"})
            QVERIFY(!auth.contains(QLatin1String(value)));
        QVERIFY(!r.body.contains("S3CR3T"));
    }
    QVERIFY(get(QStringLiteral("/v1/%1/integrations?search=valid_api_key_header").arg(m_demo))
                .json()[QStringLiteral("items")][0][QStringLiteral("auth")]
                       [QStringLiteral("ssm_param_path")]
                .toString()
                .startsWith(QStringLiteral("/sandbox/demo/integrations/valid_api_key_header/")));
}

void TestPlatformApi::createUpdateDeleteIntegration()
{
    const QString base = QStringLiteral("/v1/%1/integrations").arg(m_demo);
    // Many problems at once, down into the endpoints.
    HttpResult r = call("POST", base, kAdmin,
        R"({"name":"Bad Name!","protocol":"soap","endpoints":[{"name":"a","description":"d","path":"/a"},{"name":"b","description":"d"},{"name":"a","description":"d","path":"/c","method":"FETCH"}]})");
    QCOMPARE(r.status, 422);
    // (A rest integration, the default protocol, also needs its base_url.)
    QCOMPARE(locations(r),
        QStringList({"body.name", "body.display_name", "body.protocol", "body.endpoints.1.path",
            "body.endpoints.2.method", "body.endpoints.2.name", "body.base_url"}));
    r = call("POST", base, kAdmin,
        R"({"name":"mcp_thing","display_name":"M","protocol":"mcp","mcp_transport":"sse"})");
    QCOMPARE(locations(r), QStringList{"body.mcp_url"});

    const QString upstream = QUrl(
        integrationNamed(QStringLiteral("appointments"))[QStringLiteral("base_url")].toString())
                                 .adjusted(QUrl::RemovePath)
                                 .toString();
    m_secrets << "upstream-demo-key";
    const QByteArray create
        = R"({"name":"contract_appointments","display_name":"Contract","base_url":")"
        + upstream.toUtf8()
        + R"(/api","auth":{"type":"api_key_header","header_name":"X-API-Key","api_key_value":{"value":"upstream-demo-key"}},
        "endpoints":[{"name":"list","description":"d","method":"GET","path":"/appointments","input_schema":{"type":"object","properties":{"patient_id":{"type":"string"}},"required":["patient_id"]},"result_key":"total"}]})";
    r = call("POST", base, kAdmin, create);
    QCOMPARE(r.status, 201);
    const QString id = r.json()[QStringLiteral("id")].toString();
    QCOMPARE(r.json()[QStringLiteral("builtin")].toBool(), false);
    QCOMPARE(r.json()[QStringLiteral("endpoints")][0][QStringLiteral("retry_config")]
                     [QStringLiteral("max_retries")]
                         .toInt(),
        2);
    QCOMPARE(call("POST", base, kAdmin, create).status, 409);
    QCOMPARE(call("POST", base, kViewer, create).status, 403);
    QCOMPARE(call("POST", base, QString(), create).status, 401);
    QCOMPARE(
        call("POST", QStringLiteral("/v1/%1/integrations").arg(kUnknownId), kAdmin, create).status,
        404);
    // The stored secret works: the endpoint test authenticates.
    r = testEndpoint(QStringLiteral("contract_appointments"), QStringLiteral("list"),
        R"({"params":{"patient_id":"pat-1001"}})");
    QCOMPARE(r.json()[QStringLiteral("status_code")].toInt(), 200);
    QCOMPARE(r.json()[QStringLiteral("final_result")].toString(), QStringLiteral("2"));

    // PUT: fields left out stay; auth without a value keeps the stored secret.
    const QString one = base + u'/' + id;
    r = call("PUT", one, kAdmin,
        R"j({"display_name":"Contract (renamed)","auth":{"type":"api_key_header","header_name":"X-API-Key"}})j");
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json()[QStringLiteral("display_name")].toString(), QStringLiteral("Contract (renamed)"));
    QCOMPARE(r.json()[QStringLiteral("endpoints")].toArray().size(), 1);
    QVERIFY(
        !r.json()[QStringLiteral("auth")][QStringLiteral("ssm_param_path")].toString().isEmpty());
    QCOMPARE(testEndpoint(QStringLiteral("contract_appointments"), QStringLiteral("list"),
                 R"({"params":{"patient_id":"pat-1001"}})")
                 .json()[QStringLiteral("status_code")]
                 .toInt(),
        200);
    // A new, wrong secret replaces it: the upstream refuses.
    m_secrets << "S3CR3T-wrong-key-5";
    r = call("PUT", one, kAdmin,
        R"({"auth":{"type":"api_key_header","header_name":"X-API-Key","api_key_value":{"value":"S3CR3T-wrong-key-5"}}})");
    QCOMPARE(r.status, 200);
    r = testEndpoint(QStringLiteral("contract_appointments"), QStringLiteral("list"),
        R"({"params":{"patient_id":"pat-1001"}})");
    QCOMPARE(r.json()[QStringLiteral("status_code")].toInt(), 401);
    QVERIFY(r.json()[QStringLiteral("error")].toString().contains(QStringLiteral("HTTP 401")));
    r = call("PUT", one, kAdmin, R"({"protocol":"soap","enabled":"no"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList({"body.protocol", "body.enabled"}));
    QCOMPARE(call("PUT", base + u'/' + kUnknownId, kAdmin, "{}").status, 404);
    QCOMPARE(call("PUT", one, kViewer, "{}").status, 403);
    QCOMPARE(call("PUT", one, QString(), "{}").status, 401);
    QCOMPARE(get(one).json()[QStringLiteral("display_name")].toString(),
        QStringLiteral("Contract (renamed)"));
    QCOMPARE(get(base + QStringLiteral("/nope")).status, 404);
    QCOMPARE(get(one, QString()).status, 401);

    // Delete: never a built-in; otherwise 204, then 404.
    const QString builtin
        = integrationNamed(QStringLiteral("fhir_patient_search"))[QStringLiteral("id")].toString();
    r = call("DELETE", base + u'/' + builtin, kAdmin);
    QCOMPARE(r.status, 422);
    QVERIFY(r.json()[QStringLiteral("detail")][0][QStringLiteral("msg")].toString().contains(
        QStringLiteral("built-in")));
    QCOMPARE(call("DELETE", one, kViewer).status, 403);
    QCOMPARE(call("DELETE", one, QString()).status, 401);
    r = call("DELETE", one, kAdmin);
    QCOMPARE(r.status, 204);
    QCOMPARE(get(one).status, 404);
    QCOMPARE(call("DELETE", one, kAdmin).status, 404);
}

void TestPlatformApi::healthCheck()
{
    const HttpResult r
        = get(QStringLiteral("/v1/%1/integrations/health-check").arg(m_demo), kViewer);
    QCOMPARE(r.status, 200);
    const QJsonObject all = r.json()[QStringLiteral("integrations")].toObject();
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : all)
        byName.insert(v[QStringLiteral("name")].toString(), v.toObject());
    QVERIFY(!byName.contains(QStringLiteral("google_fhir_store"))); // disabled
    QCOMPARE(
        byName.value(QStringLiteral("fhir_patient_search"))[QStringLiteral("status")].toString(),
        QStringLiteral("healthy"));
    QCOMPARE(
        byName.value(QStringLiteral("fhir_patient_search"))[QStringLiteral("status_code")].toInt(),
        200);
    QVERIFY(
        byName.value(QStringLiteral("fhir_patient_search"))[QStringLiteral("latency_ms")].toDouble()
        >= 0);
    QCOMPARE(byName.value(QStringLiteral("scheduling_legacy"))[QStringLiteral("status")].toString(),
        QStringLiteral("unhealthy"));
    QCOMPARE(
        byName.value(QStringLiteral("scheduling_legacy"))[QStringLiteral("status_code")].toInt(),
        502);
    QCOMPARE(byName.value(QStringLiteral("epic_backend"))[QStringLiteral("status")].toString(),
        QStringLiteral("unreachable"));
    QVERIFY(
        byName.value(QStringLiteral("epic_backend"))[QStringLiteral("error")].toString().contains(
            QStringLiteral("loopback")));
    QVERIFY(!r.json()[QStringLiteral("checked_at")].toString().isEmpty());
}

void TestPlatformApi::endpointTestStages()
{
    HttpResult r = testEndpoint(QStringLiteral("fhir_patient_search"),
        QStringLiteral("search_patients"), R"({"params":{"name":"hopper"}})");
    QCOMPARE(r.status, 200);
    const QJsonObject t = r.json();
    QCOMPARE(t[QStringLiteral("status_code")].toInt(), 200);
    QCOMPARE(t[QStringLiteral("retries")].toInt(), 0);
    QVERIFY(t[QStringLiteral("error")].isNull());
    QVERIFY(t[QStringLiteral("duration_ms")].toDouble() > 0);
    // Each stage, on the fake upstream's known patient.
    QCOMPARE(t[QStringLiteral("raw_response")][QStringLiteral("resourceType")].toString(),
        QStringLiteral("Bundle"));
    QCOMPARE(t[QStringLiteral("raw_response")][QStringLiteral("entry")][0]
              [QStringLiteral("resource")][QStringLiteral("gender")]
                  .toString(),
        QStringLiteral("female"));
    QCOMPARE(t[QStringLiteral("after_filter")].toObject(),
        QJsonDocument::fromJson(
            R"({"entry":[{"resource":{"id":"pat-1002","name":[{"family":"Hopper","given":["Grace"]}],"birthDate":"1956-12-09"}}]})")
            .object());
    QCOMPARE(t[QStringLiteral("after_mapping")].toObject(),
        QJsonDocument::fromJson(
            R"({"patients":[{"id":"pat-1002","name":[{"family":"Hopper","given":["Grace"]}],"birthDate":"1956-12-09"}]})")
            .object());
    QCOMPARE(t[QStringLiteral("final_result")].toString(),
        QStringLiteral("Grace Hopper (born 1956-12-09, pat-1002)"));

    // OAuth client credentials, for real, against the upstream's token endpoint.
    r = testEndpoint(QStringLiteral("partner_portal"), QStringLiteral("get_patient"),
        R"({"params":{"patient_id":"pat-1003"}})");
    QCOMPARE(r.json()[QStringLiteral("final_result")].toString(),
        QStringLiteral("Turing, MRN-40213, born 1972-06-23"));
    // MCP over HTTP: a tools/call.
    r = testEndpoint(QStringLiteral("patient_tools"), QStringLiteral("lookup_patient"),
        R"({"params":{"query":"grace"}})");
    QCOMPARE(r.json()[QStringLiteral("final_result")].toString(),
        QStringLiteral("Grace Hopper (MRN-40212)"));
    // A POST with a JSON body.
    r = testEndpoint(QStringLiteral("appointments"), QStringLiteral("book_appointment"),
        R"({"params":{"patient_id":"pat-1001","start":"2026-12-24T10:00:00Z","reason":"Flu shot"}})");
    QCOMPARE(r.json()[QStringLiteral("status_code")].toInt(), 201);
    QVERIFY(r.json()[QStringLiteral("final_result")].toString().startsWith(
        QStringLiteral("Booked appt-new-")));

    // Params are checked against the input_schema first.
    r = testEndpoint(QStringLiteral("fhir_patient_search"), QStringLiteral("search_patients"),
        R"({"params":{"_count":0}})");
    QCOMPARE(r.status, 422);
    QCOMPARE(locations(r), QStringList({"body.params.name", "body.params._count"}));
    QCOMPARE(
        testEndpoint(QStringLiteral("fhir_patient_search"), QStringLiteral("nope"), "{}").status,
        404);
    QCOMPARE(call("POST",
                 QStringLiteral("/v1/%1/integrations/%2/endpoints/x/test").arg(m_demo, kUnknownId),
                 kAdmin)
                 .status,
        404);
    QCOMPARE(call("POST",
                 QStringLiteral("/v1/%1/integrations/%2/endpoints/x/test").arg(m_demo, kUnknownId),
                 QString())
                 .status,
        401);
}

void TestPlatformApi::endpointTestRetriesAndFailures()
{
    // The flaky gateway fails twice, then answers: two retries.
    HttpResult r = testEndpoint(QStringLiteral("lab_results"), QStringLiteral("list_patients"),
        R"({"params":{"search":"turing"}})");
    QCOMPARE(r.json()[QStringLiteral("status_code")].toInt(), 200);
    QCOMPARE(r.json()[QStringLiteral("retries")].toInt(), 2);
    QCOMPARE(r.json()[QStringLiteral("final_result")].toString(),
        QStringLiteral("Alan Turing MRN-40213"));
    // A backend that is down: 502 after the retries, no later stage.
    r = testEndpoint(
        QStringLiteral("scheduling_legacy"), QStringLiteral("list_appointments"), "{}");
    QCOMPARE(r.json()[QStringLiteral("status_code")].toInt(), 502);
    QCOMPARE(r.json()[QStringLiteral("retries")].toInt(), 2);
    QCOMPARE(r.json()[QStringLiteral("error")].toString(),
        QStringLiteral("HTTP 502 from the upstream after 2 retries"));
    QVERIFY(r.json()[QStringLiteral("final_result")].isNull());
    QCOMPARE(r.json()[QStringLiteral("raw_response")][QStringLiteral("error")].toString(),
        QStringLiteral("bad gateway: the upstream's backend is down"));
    // The upstream's switch: the next request fails once, the retry succeeds.
    const QString upstream = QUrl(
        integrationNamed(QStringLiteral("appointments"))[QStringLiteral("base_url")].toString())
                                 .adjusted(QUrl::RemovePath)
                                 .toString();
    QCOMPARE(m_http
                 .send("POST", QUrl(upstream + QStringLiteral("/_control/fail-next")), {},
                     R"({"status":503,"count":1})")
                 .status,
        200);
    r = testEndpoint(QStringLiteral("fhir_patient_search"), QStringLiteral("search_patients"),
        R"({"params":{"name":"knuth"}})");
    QCOMPARE(r.json()[QStringLiteral("retries")].toInt(), 1);
    QCOMPARE(r.json()[QStringLiteral("final_result")].toString(),
        QStringLiteral("Donald Knuth (born 1968-01-10, pat-1007)"));
    // What the sandbox cannot reach, or cannot sign for, it says so.
    r = testEndpoint(
        QStringLiteral("epic_backend"), QStringLiteral("read_patient"), R"({"params":{"id":"x"}})");
    QVERIFY(r.json()[QStringLiteral("status_code")].isNull());
    QVERIFY(r.json()[QStringLiteral("error")].toString().contains(QStringLiteral("loopback")));
}

void TestPlatformApi::secretsAreNeverEchoed()
{
    QVERIFY(m_secrets.size() >= 5);
    QByteArray everything;
    for (const QString &file : std::as_const(m_records)) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        everything += f.readAll();
    }
    everything += m_sandbox->log();
    // And at rest: the database and its write-ahead log hold only sealed boxes.
    for (const char *suffix : {"", "-wal"}) {
        QFile db(m_dir.filePath(QStringLiteral("sandbox.sqlite")) + QLatin1String(suffix));
        if (db.open(QIODevice::ReadOnly))
            everything += db.readAll();
    }
    QVERIFY(everything.size() > 100000);
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!everything.contains(secret.toUtf8()), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestPlatformApi)
#include "tst_platformapi.moc"
