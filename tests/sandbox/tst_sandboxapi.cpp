// Every call of connections-api.md and every documented status code, over real
// HTTP against a real connections-sandbox process on an ephemeral port.
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace {
const QString kAdmin = QStringLiteral("acme-admin-key-123");
const QString kOther = QStringLiteral("other-admin-key-456");
const QString kViewer = QStringLiteral("acme-viewer-key-789");
} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unauthenticated();
    void meAndMembers();
    void catalog();
    void listContract();
    void listAnswersConditionalRequests();
    void listPagination();
    void listDeltaSinceAToken();
    void getAndStatus();
    void runs();
    void unknownIdAndOtherWorkspaceAreIdentical404();
    void viewerGets403OnEveryWrite();
    void connectOAuth();
    void connectApiKey();
    void connectHandle();
    void connectWebhook();
    void connectValidation();
    void disconnectKeepsRowAndHistory();
    void reconnectInPlace();
    void patchNameAndOwner();
    void syncStartsRunAndConflicts();
    void syncRateLimitCarriesRetryAfter();
    void resolveHandle();
    void cadence();
    void routing();

private:
    QString createApiKeyConnection(
        const QString &type, const QString &key, const QString &name = {});
    const QJsonArray allConnections(const QString &key = kAdmin);

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("acme=") + kAdmin,
        QStringLiteral("--workspace"), QStringLiteral("other=") + kOther,
        QStringLiteral("--viewer-key"), QStringLiteral("acme=") + kViewer, QStringLiteral("--seed"),
        QStringLiteral("demo")}};
    HttpClient m_http;
};

void TestSandboxApi::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY(m_sandbox.origin().startsWith(QStringLiteral("http://127.0.0.1:")));
}

const QJsonArray TestSandboxApi::allConnections(const QString &key)
{
    const HttpResult r = m_http.get(m_sandbox.api(QStringLiteral("/connections")), key);
    return r.json().value(QStringLiteral("connections")).toArray();
}

QString TestSandboxApi::createApiKeyConnection(
    const QString &type, const QString &key, const QString &name)
{
    QJsonObject body{{QStringLiteral("connector_type"), type}, {QStringLiteral("api_key"), key}};
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    const HttpResult r
        = m_http.postJson(m_sandbox.api(QStringLiteral("/connections")), kAdmin, body);
    if (r.status != 201)
        return {};
    return r.json()
        .value(QStringLiteral("connection"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

void TestSandboxApi::unauthenticated()
{
    const HttpResult none = m_http.get(m_sandbox.api(QStringLiteral("/connections")));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), QStringLiteral("unauthorized"));
    QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
    QVERIFY(!none.json().value(QStringLiteral("message")).toString().isEmpty());

    const HttpResult wrong = m_http.get(
        m_sandbox.api(QStringLiteral("/connections")), QStringLiteral("not-a-real-key"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("unauthorized"));
}

void TestSandboxApi::meAndMembers()
{
    const QJsonObject me = m_http.get(m_sandbox.api(QStringLiteral("/me")), kAdmin).json();
    QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(me.value(QStringLiteral("platform_admin")).toBool(), true);
    QCOMPARE(
        me.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("slug")).toString(),
        QStringLiteral("acme"));
    QVERIFY(!me.value(QStringLiteral("user_id")).toString().isEmpty());

    const QJsonObject viewer = m_http.get(m_sandbox.api(QStringLiteral("/me")), kViewer).json();
    QCOMPARE(viewer.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));

    const QJsonArray members = m_http.get(m_sandbox.api(QStringLiteral("/members")), kAdmin)
                                   .json()
                                   .value(QStringLiteral("members"))
                                   .toArray();
    QStringList names;
    for (const QJsonValue &m : members) {
        QVERIFY(!m.toObject().value(QStringLiteral("user_id")).toString().isEmpty());
        QVERIFY(m.toObject().contains(QStringLiteral("email")));
        names << m.toObject().value(QStringLiteral("name")).toString();
    }
    QVERIFY2(names.contains(QStringLiteral("Alice Chen")), qPrintable(names.join(u',')));
    QVERIFY(!names.contains(QStringLiteral("Read-only Viewer")));
}

void TestSandboxApi::catalog()
{
    const HttpResult r = m_http.get(m_sandbox.api(QStringLiteral("/connections/catalog")), kAdmin);
    QCOMPARE(r.status, 200);
    QHash<QString, QJsonObject> byType;
    const QJsonArray connectors = r.json().value(QStringLiteral("connectors")).toArray();
    for (const QJsonValue &v : connectors)
        byType.insert(v.toObject().value(QStringLiteral("type")).toString(), v.toObject());
    const QStringList launch = {QStringLiteral("hubspot"), QStringLiteral("salesforce"),
        QStringLiteral("gong"), QStringLiteral("gmail"), QStringLiteral("outlook"),
        QStringLiteral("slack"), QStringLiteral("notion"), QStringLiteral("notion_knowledge_sync"),
        QStringLiteral("pipedrive"), QStringLiteral("fathom"), QStringLiteral("granola"),
        QStringLiteral("fireflies"), QStringLiteral("grain"), QStringLiteral("aircall"),
        QStringLiteral("pylon"), QStringLiteral("twitter"), QStringLiteral("linkedin"),
        QStringLiteral("circleback")};
    for (const QString &t : launch)
        QVERIFY2(byType.contains(t), qPrintable(t));
    QCOMPARE(byType[QStringLiteral("hubspot")].value(QStringLiteral("authMethod")).toString(),
        QStringLiteral("oauth_redirect"));
    QCOMPARE(byType[QStringLiteral("fireflies")].value(QStringLiteral("authMethod")).toString(),
        QStringLiteral("api_key"));
    QVERIFY(byType[QStringLiteral("fireflies")]
                .value(QStringLiteral("description"))
                .toString()
                .contains(QStringLiteral("Business")));
    QCOMPARE(byType[QStringLiteral("twitter")].value(QStringLiteral("authMethod")).toString(),
        QStringLiteral("handle"));
    QCOMPARE(byType[QStringLiteral("twitter")].value(QStringLiteral("category")).toString(),
        QStringLiteral("social"));
    QCOMPARE(byType[QStringLiteral("gmail")].value(QStringLiteral("scope")).toString(),
        QStringLiteral("personal"));
    QCOMPARE(byType[QStringLiteral("notion_knowledge_sync")]
                 .value(QStringLiteral("direction"))
                 .toString(),
        QStringLiteral("outbound"));
    QCOMPARE(
        byType[QStringLiteral("circleback")].value(QStringLiteral("connectable")).toBool(), false);
    QCOMPARE(byType[QStringLiteral("circleback")]
                 .value(QStringLiteral("not_connectable_reason"))
                 .toString(),
        QStringLiteral("coming_soon"));
    int webhooks = 0;
    for (const QJsonObject &c : std::as_const(byType)) {
        webhooks += c.value(QStringLiteral("authMethod")).toString() == u"webhook";
        QVERIFY(c.value(QStringLiteral("streams")).isArray());
    }
    QCOMPARE(webhooks, 1);

    const HttpResult crm
        = m_http.get(m_sandbox.api(QStringLiteral("/connections/catalog?category=crm")), kAdmin);
    const QJsonArray crmConnectors = crm.json().value(QStringLiteral("connectors")).toArray();
    for (const QJsonValue &v : crmConnectors)
        QCOMPARE(v.toObject().value(QStringLiteral("category")).toString(), QStringLiteral("crm"));
    QCOMPARE(crm.json().value(QStringLiteral("connectors")).toArray().size(), 3);

    const HttpResult bad = m_http.get(
        m_sandbox.api(QStringLiteral("/connections/catalog?category=weather")), kAdmin);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json()
                 .value(QStringLiteral("details"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
        QStringLiteral("category"));
}

void TestSandboxApi::listContract()
{
    const QJsonArray list = allConnections();
    QVERIFY(list.size() >= 25);
    QSet<QString> health;
    QSet<QString> statuses;
    QString previousCreated = QStringLiteral("9999");
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        for (const char *field :
            {"id", "kind", "connector_type", "name", "status", "scope", "last_synced_at",
                "last_error", "is_syncing", "health", "last_run", "owner_user_id", "created_at"}) {
            QVERIFY2(c.contains(QString::fromLatin1(field)), field);
        }
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("first_party"));
        const QString created = c.value(QStringLiteral("created_at")).toString();
        QVERIFY2(created <= previousCreated, "newest first");
        previousCreated = created;
        health.insert(c.value(QStringLiteral("health")).toString());
        statuses.insert(c.value(QStringLiteral("status")).toString());
        if (c.value(QStringLiteral("connector_type")).toString() == u"twitter") {
            QVERIFY(!c.value(QStringLiteral("handle")).toString().isEmpty());
            QVERIFY(
                c.value(QStringLiteral("avatar_url")).toString().startsWith(m_sandbox.origin()));
        }
        const QJsonValue run = c.value(QStringLiteral("last_run"));
        if (run.isObject()) {
            for (const char *field : {"status", "triggered_by", "started_at", "finished_at",
                     "streams_total", "streams_failed", "records_written", "error_reason"}) {
                QVERIFY2(run.toObject().contains(QString::fromLatin1(field)), field);
            }
        }
    }
    const QSet<QString> allHealth = {QStringLiteral("disconnected"), QStringLiteral("needs_reauth"),
        QStringLiteral("syncing"), QStringLiteral("rate_limited"), QStringLiteral("error"),
        QStringLiteral("degraded"), QStringLiteral("stale"), QStringLiteral("healthy")};
    QCOMPARE(health, allHealth);
    for (const char *s : {"pending", "connected", "syncing", "error", "paused", "disconnected"})
        QVERIFY2(statuses.contains(QString::fromLatin1(s)), s);
}

void TestSandboxApi::listPagination()
{
    const QJsonArray all = allConnections();
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        QString path = QStringLiteral("/connections?limit=7");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpResult r = m_http.get(m_sandbox.api(path), kAdmin);
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QVERIFY(body.contains(QStringLiteral("next_cursor")));
        const QJsonArray page = body.value(QStringLiteral("connections")).toArray();
        QVERIFY(page.size() <= 7);
        for (const QJsonValue &v : page)
            seen << v.toObject().value(QStringLiteral("id")).toString();
        cursor = body.value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 50);
    QStringList expected;
    for (const QJsonValue &v : all)
        expected << v.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(seen, expected);

    const HttpResult badLimit
        = m_http.get(m_sandbox.api(QStringLiteral("/connections?limit=0")), kAdmin);
    QCOMPARE(badLimit.status, 422);
    QCOMPARE(badLimit.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("limit"));
    const HttpResult badCursor
        = m_http.get(m_sandbox.api(QStringLiteral("/connections?limit=5&cursor=%%%")), kAdmin);
    QCOMPARE(badCursor.status, 422);
    QCOMPARE(badCursor.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("cursor"));
}

void TestSandboxApi::listDeltaSinceAToken()
{
    // The first page says how many rows there are and hands out a changes
    // token; later pages do not.
    const QJsonArray all = allConnections();
    const HttpResult first
        = m_http.get(m_sandbox.api(QStringLiteral("/connections?limit=3")), kAdmin);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(first.header("ETag").isEmpty());
    QCOMPARE(first.json()[QStringLiteral("total")].toInt(), int(all.size()));
    QString token = first.json()[QStringLiteral("changes_token")].toString();
    QVERIFY(!token.isEmpty());
    const HttpResult second
        = m_http.get(m_sandbox.api(QStringLiteral("/connections?limit=3&cursor=")
                         + first.json()[QStringLiteral("next_cursor")].toString()),
            kAdmin);
    QCOMPARE(second.status, 200);
    QVERIFY(!second.json().contains(QStringLiteral("changes_token")));

    const auto delta = [&](const QString &since) {
        return m_http.get(m_sandbox.api(QStringLiteral("/connections?changed_since=")
                              + QString::fromLatin1(QUrl::toPercentEncoding(since))),
            kAdmin);
    };
    const auto ids = [](const QJsonArray &rows) {
        QStringList out;
        for (const QJsonValue &v : rows)
            out << v.toObject().value(QStringLiteral("id")).toString();
        return out;
    };
    // A row renamed, a row added and a row purged: the delta has the first
    // two whole and the id of the third, and a token for next time.
    const QString renamed = all.at(0).toObject().value(QStringLiteral("id")).toString();
    const QString purged = all.at(1).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(
        m_http
            .send("PATCH", m_sandbox.api(QStringLiteral("/connections/") + renamed), kAdmin,
                QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Delta name")}})
                    .toJson(QJsonDocument::Compact))
            .status,
        200);
    const QString added
        = createApiKeyConnection(QStringLiteral("fathom"), QStringLiteral("key-delta"));
    QVERIFY(!added.isEmpty());
    QCOMPARE(m_http
                 .send("DELETE",
                     m_sandbox.url(QStringLiteral("/api/sandbox/connections/") + purged), kAdmin)
                 .status,
        200);
    const HttpResult changed = delta(token);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject body = changed.json();
    const QJsonArray rows = body.value(QStringLiteral("connections")).toArray();
    const QStringList changedIds = ids(rows);
    QVERIFY(changedIds.contains(renamed));
    QVERIFY(changedIds.contains(added));
    QVERIFY(!changedIds.contains(purged));
    QVERIFY2(rows.size() < all.size(), "a delta, not the list");
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(QStringLiteral("id")).toString() == renamed)
            QCOMPARE(v.toObject().value(QStringLiteral("name")).toString(),
                QStringLiteral("Delta name"));
    }
    QCOMPARE(body.value(QStringLiteral("removed")).toArray(), QJsonArray{purged});
    QVERIFY(!ids(allConnections()).contains(purged));
    const QString next = body.value(QStringLiteral("changes_token")).toString();
    QVERIFY(!next.isEmpty() && next != token);
    // Nothing written since: nothing in it (the demo's syncs run on a
    // schedule hours long), and the purge is not repeated.
    const HttpResult quiet = delta(next);
    QCOMPARE(quiet.status, 200);
    QCOMPARE(quiet.json()[QStringLiteral("removed")].toArray().size(), 0);
    QVERIFY(!ids(quiet.json()[QStringLiteral("connections")].toArray()).contains(renamed));
    // Another workspace sees none of this workspace's changes.
    const HttpResult otherDelta
        = m_http.get(m_sandbox.api(QStringLiteral("/connections?changed_since=") + token), kOther);
    QCOMPARE(otherDelta.status, 200);
    QVERIFY(!ids(otherDelta.json()[QStringLiteral("connections")].toArray()).contains(renamed));
    QCOMPARE(otherDelta.json()[QStringLiteral("removed")].toArray().size(), 0);

    // Garbage is refused with the field; a token of another run of the
    // server (or from its future) has expired: list again.
    const HttpResult garbage = delta(QStringLiteral("not a token"));
    QCOMPARE(garbage.status, 422);
    QCOMPARE(garbage.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("changed_since"));
    const QByteArray decoded
        = QByteArray::fromBase64(next.toLatin1(), QByteArray::Base64UrlEncoding);
    const QList<QByteArray> parts = decoded.split(':');
    QCOMPARE(parts.size(), 3);
    const auto forged = [](const QByteArray &plain) {
        return QString::fromLatin1(
            plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const HttpResult otherRun = delta(forged("another-run:" + parts.at(1) + ':' + parts.at(2)));
    QCOMPARE(otherRun.status, 410);
    QCOMPARE(
        otherRun.json()[QStringLiteral("error")].toString(), QStringLiteral("changes_expired"));
    const HttpResult future = delta(forged(parts.at(0) + ':'
        + QByteArray::number(parts.at(1).toLongLong() + 1000) + ':' + parts.at(2)));
    QCOMPARE(future.status, 410);
    // The purge route is the platform's, not a workspace member's.
    QCOMPARE(m_http
                 .send("DELETE",
                     m_sandbox.url(QStringLiteral("/api/sandbox/connections/") + renamed), kOther)
                 .status,
        403);
}

void TestSandboxApi::getAndStatus()
{
    const QJsonObject first = allConnections().first().toObject();
    const QString id = first.value(QStringLiteral("id")).toString();
    const HttpResult one = m_http.get(m_sandbox.api(QStringLiteral("/connections/") + id), kAdmin);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QStringLiteral("name")).toString(),
        first.value(QStringLiteral("name")).toString());

    const HttpResult st = m_http.get(
        m_sandbox.api(QStringLiteral("/connections/") + id + QStringLiteral("/status")), kAdmin);
    QCOMPARE(st.status, 200);
    QStringList keys = st.json().keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList{QStringLiteral("health"), QStringLiteral("id"), QStringLiteral("is_syncing"),
            QStringLiteral("last_error"), QStringLiteral("last_synced_at"),
            QStringLiteral("status")}));
}

void TestSandboxApi::runs()
{
    QString busy;
    for (const QJsonValue &v : allConnections()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == u"Acme HubSpot")
            busy = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!busy.isEmpty());
    const QString base = QStringLiteral("/connections/") + busy + QStringLiteral("/runs");
    const QJsonArray def
        = m_http.get(m_sandbox.api(base), kAdmin).json().value(QStringLiteral("runs")).toArray();
    QCOMPARE(def.size(), 25);
    const QJsonArray capped = m_http.get(m_sandbox.api(base + QStringLiteral("?limit=500")), kAdmin)
                                  .json()
                                  .value(QStringLiteral("runs"))
                                  .toArray();
    QCOMPARE(capped.size(), 100);
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &v : capped) {
        const QString started = v.toObject().value(QStringLiteral("started_at")).toString();
        QVERIFY(started <= previous);
        previous = started;
        QVERIFY(!v.toObject().value(QStringLiteral("id")).toString().isEmpty());
    }
    const HttpResult bad = m_http.get(m_sandbox.api(base + QStringLiteral("?limit=abc")), kAdmin);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("limit"));
}

void TestSandboxApi::unknownIdAndOtherWorkspaceAreIdentical404()
{
    const QString acmeId
        = allConnections().first().toObject().value(QStringLiteral("id")).toString();
    const QString unknown = QStringLiteral("con_doesnotexist0000");
    struct Call
    {
        QByteArray method;
        QString suffix;
        QByteArray body;
    };
    const QList<Call> calls = {{"GET", {}, {}}, {"GET", QStringLiteral("/status"), {}},
        {"GET", QStringLiteral("/runs"), {}}, {"DELETE", {}, {}}, {"PATCH", {}, R"({"name":"x"})"},
        {"POST", QStringLiteral("/reconnect"), "{}"}, {"POST", QStringLiteral("/sync"), {}}};
    for (const Call &call : calls) {
        const HttpResult foreign = m_http.send(call.method,
            m_sandbox.api(QStringLiteral("/connections/") + acmeId + call.suffix), kOther,
            call.body);
        const HttpResult missing = m_http.send(call.method,
            m_sandbox.api(QStringLiteral("/connections/") + unknown + call.suffix), kOther,
            call.body);
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.body, missing.body);
        QCOMPARE(foreign.errorCode(), QStringLiteral("not_found"));
    }
    // And the row is untouched for its owner.
    QCOMPARE(
        m_http.get(m_sandbox.api(QStringLiteral("/connections/") + acmeId), kAdmin).status, 200);
}

void TestSandboxApi::viewerGets403OnEveryWrite()
{
    const QString id = allConnections().first().toObject().value(QStringLiteral("id")).toString();
    const QString c = QStringLiteral("/connections/") + id;
    struct Call
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
    };
    const QList<Call> writes = {
        {"POST", m_sandbox.api(QStringLiteral("/connections")),
            R"({"connector_type":"fathom","api_key":"goodkey-1234"})"},
        {"DELETE", m_sandbox.api(c), {}},
        {"PATCH", m_sandbox.api(c), R"({"name":"x"})"},
        {"POST", m_sandbox.api(c + QStringLiteral("/reconnect")), "{}"},
        {"POST", m_sandbox.api(c + QStringLiteral("/sync")), {}},
        {"PUT", m_sandbox.url(QStringLiteral("/api/admin/connector-cadence/hubspot")),
            R"({"cadence":"1h"})"},
        {"PUT", m_sandbox.url(QStringLiteral("/api/sandbox/faults")), R"({"faults":""})"},
    };
    for (const Call &w : writes) {
        const HttpResult r = m_http.send(w.method, w.url, kViewer, w.body);
        QVERIFY2(r.status == 403, qPrintable(w.url.path() + u' ' + QString::number(r.status)));
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    }
    QCOMPARE(m_http.get(m_sandbox.api(c), kViewer).status, 200);
    QCOMPARE(m_http.get(m_sandbox.api(c + QStringLiteral("/runs")), kViewer).status, 200);
}

void TestSandboxApi::connectOAuth()
{
    const HttpResult r = m_http.postJson(m_sandbox.api(QStringLiteral("/connections")), kAdmin,
        {{QStringLiteral("connector_type"), QStringLiteral("hubspot")},
            {QStringLiteral("name"), QStringLiteral("New HubSpot")},
            {QStringLiteral("return_to"), QStringLiteral("http://127.0.0.1:9/cb")}});
    QCOMPARE(r.status, 201);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QStringLiteral("mode")).toString(), QStringLiteral("oauth_redirect"));
    QVERIFY(body.value(QStringLiteral("authorize_url")).toString().startsWith(m_sandbox.origin()));
    const QJsonObject c = body.value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("New HubSpot"));
    QCOMPARE(c.value(QStringLiteral("health")).toString(), QStringLiteral("needs_reauth"));
    QVERIFY(c.value(QStringLiteral("last_run")).isNull());

    // A personal connector defaults its scope and owner from the caller.
    const HttpResult gmail = m_http.postJson(m_sandbox.api(QStringLiteral("/connections")), kAdmin,
        {{QStringLiteral("connector_type"), QStringLiteral("gmail")}});
    QCOMPARE(gmail.status, 201);
    const QJsonObject g = gmail.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(g.value(QStringLiteral("scope")).toString(), QStringLiteral("personal"));
    QCOMPARE(g.value(QStringLiteral("owner_user_id")).toString(),
        m_http.get(m_sandbox.api(QStringLiteral("/me")), kAdmin)
            .json()
            .value(QStringLiteral("user_id"))
            .toString());
}

void TestSandboxApi::connectApiKey()
{
    const QString key = QStringLiteral("fathom-live-key-0001");
    const HttpResult r = m_http.postJson(m_sandbox.api(QStringLiteral("/connections")), kAdmin,
        {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
            {QStringLiteral("api_key"), key}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("mode")).toString(), QStringLiteral("connected"));
    const QJsonObject c = r.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QVERIFY(c.value(QStringLiteral("last_run")).isNull()); // connect does not start a sync
    QVERIFY(!r.body.contains(key.toUtf8()));
    const HttpResult again = m_http.get(
        m_sandbox.api(QStringLiteral("/connections/") + c.value(QStringLiteral("id")).toString()),
        kAdmin);
    QVERIFY(!again.body.contains(key.toUtf8()));

    for (const QString &badKey : {QStringLiteral("invalid-key-123456"), QStringLiteral("short")}) {
        const HttpResult bad
            = m_http.postJson(m_sandbox.api(QStringLiteral("/connections")), kAdmin,
                {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
                    {QStringLiteral("api_key"), badKey}});
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorCode(), QStringLiteral("invalid_api_key"));
        QCOMPARE(bad.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
            QStringLiteral("api_key"));
        QVERIFY(!bad.body.contains(badKey.toUtf8()));
    }
    const HttpResult missing = m_http.postJson(m_sandbox.api(QStringLiteral("/connections")),
        kAdmin, {{QStringLiteral("connector_type"), QStringLiteral("fathom")}});
    QCOMPARE(missing.status, 422);
    QCOMPARE(missing.errorCode(), QStringLiteral("validation_error"));
    QCOMPARE(missing.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("api_key"));
}

void TestSandboxApi::connectHandle()
{
    const HttpResult resolved = m_http.get(
        m_sandbox.api(
            QStringLiteral("/connections/resolve-handle?connector_type=twitter&handle=newco_hq")),
        kAdmin);
    QCOMPARE(resolved.status, 200);
    const QJsonObject acct = resolved.json();
    const QJsonObject body{{QStringLiteral("connector_type"), QStringLiteral("twitter")},
        {QStringLiteral("account_handle"), QStringLiteral("newco_hq")},
        {QStringLiteral("external_account_id"), acct.value(QStringLiteral("external_account_id"))},
        {QStringLiteral("display_name"), acct.value(QStringLiteral("display_name"))},
        {QStringLiteral("followers"), acct.value(QStringLiteral("followers"))}};
    const HttpResult first
        = m_http.postJson(m_sandbox.api(QStringLiteral("/connections")), kAdmin, body);
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json().value(QStringLiteral("mode")).toString(), QStringLiteral("connected"));
    const QJsonObject c = first.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("handle")).toString(), QStringLiteral("newco_hq"));
    QCOMPARE(c.value(QStringLiteral("display_name")).toString(),
        acct.value(QStringLiteral("display_name")).toString());

    const HttpResult second
        = m_http.postJson(m_sandbox.api(QStringLiteral("/connections")), kAdmin, body);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("mode")).toString(),
        QStringLiteral("already_connected"));
    QCOMPARE(second.json().value(QStringLiteral("existing_id")).toString(),
        c.value(QStringLiteral("id")).toString());
}

void TestSandboxApi::connectWebhook()
{
    const HttpResult r = m_http.postJson(m_sandbox.api(QStringLiteral("/connections")), kAdmin,
        {{QStringLiteral("connector_type"), QStringLiteral("zendesk")}});
    QCOMPARE(r.status, 201);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QStringLiteral("mode")).toString(), QStringLiteral("webhook"));
    const QString secret = body.value(QStringLiteral("signing_secret")).toString();
    QVERIFY(secret.size() > 20);
    const QString url = body.value(QStringLiteral("webhook_url")).toString();
    QVERIFY(url.startsWith(m_sandbox.origin() + QStringLiteral("/hooks/")));
    const QString id = body.value(QStringLiteral("connection"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    // Shown once: never again on a read.
    QVERIFY(!m_http.get(m_sandbox.api(QStringLiteral("/connections/") + id), kAdmin)
                 .body.contains(secret.toUtf8()));
    QVERIFY(!m_http.get(m_sandbox.api(QStringLiteral("/connections")), kAdmin)
                 .body.contains(secret.toUtf8()));
    QCOMPARE(m_http.send("POST", QUrl(url), {}, "{}").status, 202);
}

void TestSandboxApi::connectValidation()
{
    auto post = [this](const QByteArray &raw) {
        return m_http.send("POST", m_sandbox.api(QStringLiteral("/connections")), kAdmin, raw);
    };
    HttpResult r = post(R"({"connector_type":"circleback","api_key":"whatever-123"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("connector_not_connectable"));
    r = post(R"({"connector_type":"myspace"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("unknown_connector"));
    r = post(R"({"name":"no type"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("connector_type"));
    r = post(R"({"connector_type": "fathom", )");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("body"));
    r = post(R"({"connector_type":"hubspot","name":""})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("name"));
    r = post(R"({"connector_type":"hubspot","scope":"galactic"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("scope"));
}

void TestSandboxApi::disconnectKeepsRowAndHistory()
{
    QString id;
    for (const QJsonValue &v : allConnections()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == u"Fathom recordings")
            id = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!id.isEmpty());
    const QUrl runsUrl
        = m_sandbox.api(QStringLiteral("/connections/") + id + QStringLiteral("/runs?limit=100"));
    const int runsBefore
        = m_http.get(runsUrl, kAdmin).json().value(QStringLiteral("runs")).toArray().size();
    QVERIFY(runsBefore > 0);
    const HttpResult r
        = m_http.send("DELETE", m_sandbox.api(QStringLiteral("/connections/") + id), kAdmin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("disconnected")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), id);
    const QJsonObject after
        = m_http.get(m_sandbox.api(QStringLiteral("/connections/") + id), kAdmin).json();
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("disconnected"));
    QCOMPARE(after.value(QStringLiteral("health")).toString(), QStringLiteral("disconnected"));
    QCOMPARE(m_http.get(runsUrl, kAdmin).json().value(QStringLiteral("runs")).toArray().size(),
        runsBefore);

    const HttpResult sync = m_http.send("POST",
        m_sandbox.api(QStringLiteral("/connections/") + id + QStringLiteral("/sync")), kAdmin);
    QCOMPARE(sync.status, 409);
    QCOMPARE(sync.errorCode(), QStringLiteral("connection_disconnected"));
}

void TestSandboxApi::reconnectInPlace()
{
    const QString id
        = createApiKeyConnection(QStringLiteral("pylon"), QStringLiteral("pylon-key-00001"));
    QVERIFY(!id.isEmpty());
    const QUrl reconnect
        = m_sandbox.api(QStringLiteral("/connections/") + id + QStringLiteral("/reconnect"));
    HttpResult r = m_http.send("POST", reconnect, kAdmin, R"({"api_key":"pylon-key-00002"})");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("already_healthy"));

    QCOMPARE(
        m_http.send("DELETE", m_sandbox.api(QStringLiteral("/connections/") + id), kAdmin).status,
        200);
    r = m_http.send("POST", reconnect, kAdmin, R"({"api_key":"invalid-pylon-key"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_api_key"));
    r = m_http.send("POST", reconnect, kAdmin, R"({"api_key":"pylon-key-00002"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("mode")).toString(), QStringLiteral("connected"));
    const QJsonObject c = r.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(c.value(QStringLiteral("is_syncing")).toBool(), true);
    QCOMPARE(c.value(QStringLiteral("last_run"))
                 .toObject()
                 .value(QStringLiteral("triggered_by"))
                 .toString(),
        QStringLiteral("reconnect"));

    // The seeded needs_reauth Aircall connection keeps its id and its history.
    QString aircall;
    for (const QJsonValue &v : allConnections()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == u"Aircall (support line)")
            aircall = v.toObject().value(QStringLiteral("id")).toString();
    }
    const QUrl runs = m_sandbox.api(
        QStringLiteral("/connections/") + aircall + QStringLiteral("/runs?limit=100"));
    const QJsonArray before
        = m_http.get(runs, kAdmin).json().value(QStringLiteral("runs")).toArray();
    r = m_http.send("POST",
        m_sandbox.api(QStringLiteral("/connections/") + aircall + QStringLiteral("/reconnect")),
        kAdmin, R"({"api_key":"aircall-new-key-1"})");
    QCOMPARE(r.status, 200);
    const QJsonArray after
        = m_http.get(runs, kAdmin).json().value(QStringLiteral("runs")).toArray();
    QCOMPARE(after.size(), qMin(100, int(before.size()) + 1));
    QCOMPARE(after.at(1).toObject().value(QStringLiteral("id")),
        before.at(0).toObject().value(QStringLiteral("id")));

    // OAuth reconnect hands out a fresh authorize_url for the same row.
    QString bob;
    for (const QJsonValue &v : allConnections()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == u"Bob's Gmail")
            bob = v.toObject().value(QStringLiteral("id")).toString();
    }
    r = m_http.send("POST",
        m_sandbox.api(QStringLiteral("/connections/") + bob + QStringLiteral("/reconnect")), kAdmin,
        "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("mode")).toString(), QStringLiteral("oauth_redirect"));
    QVERIFY(r.json()
                .value(QStringLiteral("authorize_url"))
                .toString()
                .contains(QStringLiteral("/sandbox/providers/gmail/")));
    QCOMPARE(r.json()
                 .value(QStringLiteral("connection"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
        bob);
}

void TestSandboxApi::patchNameAndOwner()
{
    const QString id
        = createApiKeyConnection(QStringLiteral("grain"), QStringLiteral("grain-key-0001"));
    const QUrl url = m_sandbox.api(QStringLiteral("/connections/") + id);
    HttpResult r = m_http.send("PATCH", url, kAdmin, R"j({"name":"Grain (renamed)"})j");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("updated")).toBool(), true);
    QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("name")].toString(),
        QStringLiteral("Grain (renamed)"));
    r = m_http.send("PATCH", url, kAdmin, R"({"name":"   "})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("name"));
    r = m_http.send("PATCH", url, kAdmin, R"({"owner_user_id":null})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_owner"));

    QString alicesGmail;
    for (const QJsonValue &v : allConnections()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == u"Alice's Gmail")
            alicesGmail = v.toObject().value(QStringLiteral("id")).toString();
    }
    const QJsonArray members = m_http.get(m_sandbox.api(QStringLiteral("/members")), kAdmin)
                                   .json()
                                   .value(QStringLiteral("members"))
                                   .toArray();
    QString bobId;
    for (const QJsonValue &m : members) {
        if (m.toObject().value(QStringLiteral("name")).toString() == u"Bob Okafor")
            bobId = m.toObject().value(QStringLiteral("user_id")).toString();
    }
    const QUrl gmail = m_sandbox.api(QStringLiteral("/connections/") + alicesGmail);
    r = m_http.send("PATCH", gmail, kAdmin,
        QJsonDocument(QJsonObject{{QStringLiteral("owner_user_id"), bobId}}).toJson());
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json()[QStringLiteral("connection")][QStringLiteral("owner_user_id")].toString(), bobId);
    r = m_http.send("PATCH", gmail, kAdmin, R"({"owner_user_id":"usr_not_a_member"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_owner"));
    r = m_http.send("PATCH", gmail, kAdmin, R"({"owner_user_id":null})");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json()[QStringLiteral("connection")][QStringLiteral("owner_user_id")].isNull());
    r = m_http.send("PATCH", gmail, kAdmin, "{}");
    QCOMPARE(r.status, 422);
}

void TestSandboxApi::syncStartsRunAndConflicts()
{
    // "slow_" keys make a 40-simulated-minute run: it is still running below.
    const QString id
        = createApiKeyConnection(QStringLiteral("granola"), QStringLiteral("slow_granola-key"));
    const QUrl sync = m_sandbox.api(QStringLiteral("/connections/") + id + QStringLiteral("/sync"));
    const HttpResult r = m_http.send("POST", sync, kAdmin);
    QCOMPARE(r.status, 202);
    const QJsonObject ack = r.json();
    QCOMPARE(ack.value(QStringLiteral("status")).toString(), QStringLiteral("started"));
    QCOMPARE(ack.value(QStringLiteral("connection_id")).toString(), id);
    QVERIFY(!ack.value(QStringLiteral("triggered_at")).toString().isEmpty());
    const QString runId = ack.value(QStringLiteral("sync_run_id")).toString();
    const QJsonArray runs
        = m_http
              .get(m_sandbox.api(QStringLiteral("/connections/") + id + QStringLiteral("/runs")),
                  kAdmin)
              .json()
              .value(QStringLiteral("runs"))
              .toArray();
    QCOMPARE(runs.first().toObject().value(QStringLiteral("id")).toString(), runId);
    QCOMPARE(runs.first().toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("running"));
    QCOMPARE(runs.first().toObject().value(QStringLiteral("triggered_by")).toString(),
        QStringLiteral("manual"));
    QVERIFY(runs.first().toObject().value(QStringLiteral("finished_at")).isNull());
    const QJsonObject st
        = m_http
              .get(m_sandbox.api(QStringLiteral("/connections/") + id + QStringLiteral("/status")),
                  kAdmin)
              .json();
    QCOMPARE(st.value(QStringLiteral("health")).toString(), QStringLiteral("syncing"));
    QCOMPARE(st.value(QStringLiteral("is_syncing")).toBool(), true);

    QTest::qWait(50);
    const HttpResult again = m_http.send("POST", sync, kAdmin);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("already_syncing"));
    const QJsonObject details = again.json().value(QStringLiteral("details")).toObject();
    QVERIFY(!details.value(QStringLiteral("last_poll_at")).toString().isEmpty());
    QVERIFY(details.value(QStringLiteral("last_poll_duration_ms")).toInteger() >= 50);
}

void TestSandboxApi::syncRateLimitCarriesRetryAfter()
{
    // A fast simulation so the first run finishes, then a second manual sync
    // inside the cooldown answers 429 with Retry-After.
    SandboxProcess fast({QStringLiteral("--time-scale"), QStringLiteral("200"),
        QStringLiteral("--sync-cooldown"), QStringLiteral("30")});
    QString error;
    QVERIFY2(fast.start(&error), qPrintable(error));
    const HttpResult created
        = m_http.postJson(fast.api(QStringLiteral("/connections")), fast.apiKey(),
            {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
                {QStringLiteral("api_key"), QStringLiteral("fathom-key-1234")}});
    QCOMPARE(created.status, 201);
    const QString id
        = created.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    const QUrl sync = fast.api(QStringLiteral("/connections/") + id + QStringLiteral("/sync"));
    QCOMPARE(m_http.send("POST", sync, fast.apiKey()).status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_http
             .get(fast.api(QStringLiteral("/connections/") + id + QStringLiteral("/status")),
                 fast.apiKey())
             .json()
             .value(QStringLiteral("is_syncing"))
             .toBool(),
        10000);
    const HttpResult limited = m_http.send("POST", sync, fast.apiKey());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 30, limited.header("Retry-After").constData());
}

void TestSandboxApi::resolveHandle()
{
    HttpResult r = m_http.get(
        m_sandbox.api(QStringLiteral(
            "/connections/resolve-handle?connector_type=linkedin&handle=%40acme_labs")),
        kAdmin);
    QCOMPARE(r.status, 200);
    for (const char *f : {"external_account_id", "display_name", "followers", "avatar_url"})
        QVERIFY2(r.json().contains(QString::fromLatin1(f)), f);
    r = m_http.get(m_sandbox.api(QStringLiteral(
                       "/connections/resolve-handle?connector_type=twitter&handle=unknown_ghost")),
        kAdmin);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("handle_not_found"));
    r = m_http.get(m_sandbox.api(QStringLiteral(
                       "/connections/resolve-handle?connector_type=twitter&handle=a")),
        kAdmin);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("handle"));
    r = m_http.get(m_sandbox.api(QStringLiteral(
                       "/connections/resolve-handle?connector_type=hubspot&handle=acme")),
        kAdmin);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("connector_type"));
}

void TestSandboxApi::cadence()
{
    const QUrl all = m_sandbox.url(QStringLiteral("/api/admin/connector-cadence"));
    HttpResult r = m_http.get(all, kViewer);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("cadences")][QStringLiteral("hubspot")].toString(),
        QStringLiteral("1h"));
    const QUrl hubspot = m_sandbox.url(QStringLiteral("/api/admin/connector-cadence/hubspot"));
    r = m_http.send("PUT", hubspot, kAdmin, R"({"cadence":"6h"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(m_http.get(all, kViewer)
                 .json()[QStringLiteral("cadences")][QStringLiteral("hubspot")]
                 .toString(),
        QStringLiteral("6h"));
    r = m_http.send("PUT", hubspot, kAdmin, R"({"cadence":"7m"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("cadence"));
    r = m_http.send("PUT", hubspot, kAdmin, R"({"cadence":null})");
    QCOMPARE(r.status, 200);
    QCOMPARE(m_http.get(all, kAdmin)
                 .json()[QStringLiteral("cadences")][QStringLiteral("hubspot")]
                 .toString(),
        QStringLiteral("1h"));
    r = m_http.send("PUT", m_sandbox.url(QStringLiteral("/api/admin/connector-cadence/myspace")),
        kAdmin, R"({"cadence":"1h"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("unknown_connector"));
}

void TestSandboxApi::routing()
{
    const HttpResult wrongMethod
        = m_http.send("PUT", m_sandbox.api(QStringLiteral("/connections")), kAdmin, "{}");
    QCOMPARE(wrongMethod.status, 405);
    QVERIFY(wrongMethod.header("Allow").contains("GET"));
    QVERIFY(wrongMethod.header("Allow").contains("POST"));
    const HttpResult nowhere = m_http.get(m_sandbox.api(QStringLiteral("/nowhere")), kAdmin);
    QCOMPARE(nowhere.status, 404);
    QCOMPARE(nowhere.errorCode(), QStringLiteral("not_found"));
}

void TestSandboxApi::listAnswersConditionalRequests()
{
    // A strong ETag (RFC 9110 §8.8.3), stable while nothing changes; 304
    // without a body to an If-None-Match that holds; a new one after a write.
    const QUrl list = m_sandbox.api(QStringLiteral("/connections"));
    const HttpResult first = m_http.get(list, kAdmin);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY2(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10, etag.constData());
    QCOMPARE(m_http.get(list, kAdmin).header("ETag"), etag);
    const auto conditional = [&](const QByteArray &tags) {
        return m_http.send(
            "GET", list, kAdmin, {}, "application/json", 15000, {{"If-None-Match", tags}});
    };
    const HttpResult same = conditional(etag);
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("ETag"), etag);
    QCOMPARE(conditional("\"stale\", " + etag).status, 304); // any of a list
    QCOMPARE(conditional("*").status, 304);
    QCOMPARE(conditional("\"stale\"").status, 200);
    // A write changes the list, and so the tag.
    const QString id
        = first.json()[QStringLiteral("connections")][0][QStringLiteral("id")].toString();
    QCOMPARE(m_http
                 .send("PATCH", m_sandbox.api(QStringLiteral("/connections/") + id), kAdmin,
                     QJsonDocument(
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed for ETag")}})
                         .toJson(QJsonDocument::Compact))
                 .status,
        200);
    const HttpResult changed = conditional(etag);
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.header("ETag") != etag);
    QVERIFY(changed.body.contains("Renamed for ETag"));
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
