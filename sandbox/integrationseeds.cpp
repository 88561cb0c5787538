// The integrations of --seed demo and of a provisioned workspace (see
// integrationsapi.h). They call the fake upstream, except the ones that show
// what the sandbox cannot reach.
#include "fakeupstream.h"
#include "integrationsapi.h"
#include "secretbox.h"
#include "store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace sandbox {

namespace {

QJsonObject endpoint(const char *name, const char *description, const char *method,
    const char *path, const char *inputSchema, const char *extra = "{}")
{
    QJsonObject e{{"name", name}, {"description", description}, {"method", method}, {"path", path},
        {"base_url", QJsonValue::Null}, {"auth", QJsonValue::Null},
        {"input_schema", QJsonDocument::fromJson(inputSchema).object()},
        {"response_mapping", QJsonValue::Null}, {"response_filter", QJsonValue::Null},
        {"result_template", QJsonValue::Null}, {"result_key", QJsonValue::Null},
        {"max_result_length", 0},
        {"retry_config",
            QJsonObject{{"max_retries", 2}, {"retry_on_status", QJsonArray{429, 502, 503, 504}}}},
        {"result_delivery", "interrupt"}, {"headers", QJsonObject{}}, {"body_format", "json"}};
    QJsonParseError pe;
    const QJsonObject more = QJsonDocument::fromJson(extra, &pe).object();
    if (pe.error != QJsonParseError::NoError || !QJsonDocument::fromJson(inputSchema).isObject())
        qFatal("integrationseeds: a seeded endpoint's JSON does not parse (%s)", name);
    for (auto it = more.begin(); it != more.end(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

struct Seed
{
    IntegrationRecord record;
    QHash<QString, QString> secrets; // path key -> value
};

} // namespace

static QVector<Seed> builtinSeeds(const QString &upstream)
{
    QVector<Seed> out;
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("fhir_patient_search");
        r.displayName = QStringLiteral("FHIR patient search");
        r.protocol = QStringLiteral("fhir");
        r.baseUrl = upstream + QStringLiteral("/fhir");
        r.builtin = true;
        r.auth = QJsonObject{{"type", "bearer_token"}};
        s.secrets.insert(
            QStringLiteral("token_ssm_param_path"), QLatin1String(FakeUpstream::kBearerToken));
        r.endpoints = QJsonArray{endpoint("search_patients", "Find patients by name or MRN", "GET",
            "/Patient",
            R"j({"type":"object","properties":{"name":{"type":"string","minLength":1},"_count":{"type":"integer","minimum":1,"maximum":50}},"required":["name"]})j",
            R"j({"response_filter":["entry[].resource.id","entry[].resource.name","entry[].resource.birthDate"],
                "response_mapping":{"patients":"entry[].resource"},"result_key":"patients",
                "result_template":"{{name[0].given[0]}} {{name[0].family}} (born {{birthDate}}, {{id}})",
                "max_result_length":2000})j")};
        out.push_back(s);
    }
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("appointments");
        r.displayName = QStringLiteral("Appointments (REST)");
        r.protocol = QStringLiteral("rest");
        r.baseUrl = upstream + QStringLiteral("/api");
        r.builtin = true;
        r.auth = QJsonObject{{"type", "api_key_header"}, {"header_name", "X-API-Key"}};
        s.secrets.insert(QStringLiteral("ssm_param_path"), QLatin1String(FakeUpstream::kApiKey));
        r.endpoints = QJsonArray{
            endpoint("list_appointments", "A patient's appointments", "GET", "/appointments",
                R"j({"type":"object","properties":{"patient_id":{"type":"string"}},"required":["patient_id"]})j",
                R"j({"response_filter":["data.items[].start","data.items[].reason","data.items[].status"],
                    "result_key":"data.items","result_template":"{{start}} {{reason}} ({{status}})"})j"),
            endpoint("book_appointment", "Book an appointment", "POST", "/appointments",
                R"j({"type":"object","properties":{"patient_id":{"type":"string"},"start":{"type":"string"},"reason":{"type":"string","maxLength":200}},"required":["patient_id","start"]})j",
                R"j({"response_mapping":{"id":"data.id","status":"data.status"},"result_template":"Booked {{id}} ({{status}})"})j")};
        out.push_back(s);
    }
    return out;
}

static QVector<Seed> demoSeeds(const QString &upstream)
{
    QVector<Seed> out = builtinSeeds(upstream);
    auto add = [&out](Seed s) {
        out.push_back(std::move(s));
    };
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("lab_results");
        r.displayName = QStringLiteral("Lab results (flaky gateway)");
        r.baseUrl = upstream + QStringLiteral("/flaky/api");
        r.auth = QJsonObject{{"type", "api_key_header"}, {"header_name", "X-API-Key"}};
        s.secrets.insert(QStringLiteral("ssm_param_path"), QLatin1String(FakeUpstream::kApiKey));
        r.endpoints = QJsonArray{endpoint("list_patients",
            "Patients with results (the gateway fails twice, then answers)", "GET", "/patients",
            R"j({"type":"object","properties":{"search":{"type":"string"}}})j",
            R"j({"result_key":"data.items","result_template":"{{first_name}} {{last_name}} {{mrn}}"})j")};
        add(s);
    }
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("scheduling_legacy");
        r.displayName = QStringLiteral("Legacy scheduling (down)");
        r.baseUrl = upstream + QStringLiteral("/down/api");
        r.auth = QJsonObject{{"type", "bearer_token"}};
        s.secrets.insert(
            QStringLiteral("token_ssm_param_path"), QLatin1String(FakeUpstream::kBearerToken));
        r.endpoints = QJsonArray{endpoint("list_appointments", "Fails with 502 after its retries",
            "GET", "/appointments", R"j({"type":"object","properties":{}})j")};
        add(s);
    }
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("partner_portal");
        r.displayName = QStringLiteral("Partner portal (OAuth client credentials)");
        r.baseUrl = upstream + QStringLiteral("/api");
        r.auth = QJsonObject{{"type", "oauth2_client_credentials"},
            {"token_url", QString(upstream + QStringLiteral("/oauth/token"))},
            {"client_id", QLatin1String(FakeUpstream::kClientId)},
            {"scopes", QJsonArray{"patients.read"}}};
        s.secrets.insert(QStringLiteral("client_secret_ssm_param_path"),
            QLatin1String(FakeUpstream::kClientSecret));
        r.endpoints = QJsonArray{endpoint("get_patient", "One patient by id", "GET",
            "/patients/{patient_id}",
            R"j({"type":"object","properties":{"patient_id":{"type":"string","minLength":4}},"required":["patient_id"]})j",
            R"j({"response_mapping":{"name":"data.last_name","mrn":"data.mrn","dob":"data.dob"},"result_template":"{{name}}, {{mrn}}, born {{dob}}"})j")};
        add(s);
    }
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("epic_backend");
        r.displayName = QStringLiteral("Epic (SMART backend services)");
        r.protocol = QStringLiteral("fhir");
        r.baseUrl = QStringLiteral("https://fhir.epic.example.org/api/FHIR/R4");
        r.auth = QJsonObject{{"type", "smart_backend_services"},
            {"token_url", "https://fhir.epic.example.org/oauth2/token"},
            {"client_id", "cc-demo-epic"}, {"assertion_algorithm", "RS384"},
            {"assertion_kid", "cc-demo-2026"},
            {"scopes", QJsonArray{"system/Patient.read", "system/Appointment.read"}}};
        s.secrets.insert(QStringLiteral("private_key_ssm_param_path"),
            QStringLiteral("-----BEGIN PRIVATE KEY-----\\n(demo key, never used)\\n-----END "
                           "PRIVATE KEY-----"));
        r.endpoints = QJsonArray{endpoint("read_patient", "Patient read", "GET", "/Patient/{id}",
            R"j({"type":"object","properties":{"id":{"type":"string"}},"required":["id"]})j")};
        add(s);
    }
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("google_fhir_store");
        r.displayName = QStringLiteral("Google Healthcare FHIR store");
        r.protocol = QStringLiteral("fhir");
        r.enabled = false;
        r.baseUrl = QStringLiteral("https://healthcare.googleapis.com/v1/projects/acme/locations/"
                                   "us/datasets/clinical/fhirStores/main/fhir");
        r.auth = QJsonObject{{"type", "gcp_wif"},
            {"assertion_audience",
                "//iam.googleapis.com/projects/1234/locations/global/workloadIdentityPools/cc/"
                "providers/aws"},
            {"gcp_scopes", QJsonArray{"https://www.googleapis.com/auth/cloud-healthcare"}}};
        add(s);
    }
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("payer_eligibility");
        r.displayName = QStringLiteral("Payer eligibility (JWT bearer)");
        r.baseUrl = QStringLiteral("https://api.payer-staging.example.net/v3");
        r.auth = QJsonObject{{"type", "oauth2_jwt_bearer"},
            {"token_url", "https://api.payer-staging.example.net/oauth/token"},
            {"assertion_issuer", "cc-demo"}, {"assertion_subject", "cc-demo"},
            {"assertion_audience", "https://api.payer-staging.example.net"},
            {"assertion_algorithm", "ES384"}};
        s.secrets.insert(QStringLiteral("private_key_ssm_param_path"),
            QStringLiteral("-----BEGIN EC PRIVATE KEY-----\\n(demo key, never used)\\n-----END EC "
                           "PRIVATE KEY-----"));
        r.endpoints = QJsonArray{endpoint("check_eligibility", "Coverage check", "POST",
            "/eligibility",
            R"j({"type":"object","properties":{"member_id":{"type":"string"},"plan":{"type":"string","enum":["gold","silver","bronze"]}},"required":["member_id"]})j")};
        add(s);
    }
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("patient_tools");
        r.displayName = QStringLiteral("Patient tools (MCP over HTTP)");
        r.protocol = QStringLiteral("mcp");
        r.mcpTransport = QStringLiteral("http");
        r.mcpUrl = upstream + QStringLiteral("/mcp");
        r.mcpHeaders = QJsonObject{{"X-Client", "connections-sandbox"}};
        r.auth = QJsonObject{{"type", "bearer_token"}};
        s.secrets.insert(
            QStringLiteral("token_ssm_param_path"), QLatin1String(FakeUpstream::kBearerToken));
        r.endpoints = QJsonArray{endpoint("lookup_patient", "The lookup_patient tool", "POST",
            "lookup_patient",
            R"j({"type":"object","properties":{"query":{"type":"string","minLength":1}},"required":["query"]})j",
            R"j({"result_key":"result.structuredContent.items","result_template":"{{first_name}} {{last_name}} ({{mrn}})"})j")};
        add(s);
    }
    {
        Seed s;
        IntegrationRecord &r = s.record;
        r.name = QStringLiteral("local_notes");
        r.displayName = QStringLiteral("Local notes (MCP over stdio)");
        r.protocol = QStringLiteral("mcp");
        r.enabled = false;
        r.mcpTransport = QStringLiteral("stdio");
        r.mcpCommand = QStringLiteral("/usr/bin/notes-mcp");
        r.mcpArgs = QStringList{QStringLiteral("--read-only")};
        r.endpoints = QJsonArray{endpoint("search_notes", "Search notes", "POST", "search_notes",
            R"j({"type":"object","properties":{"query":{"type":"string"}},"required":["query"]})j")};
        add(s);
    }
    return out;
}

static void insertSeeds(
    Store *store, const SecretBox *box, const Workspace &ws, QVector<Seed> seeds, qint64 now)
{
    store->beginTransaction();
    for (Seed &s : seeds) {
        if (store->integrationByName(ws.id, s.record.name))
            continue;
        IntegrationRecord &r = s.record;
        r.id = QUuid::createUuidV5(QUuid::fromString(ws.id), r.name).toString(QUuid::WithoutBraces);
        r.workspaceId = ws.id;
        r.createdAt = r.updatedAt = now;
        if (r.auth) {
            QJsonObject auth = *r.auth;
            for (auto it = s.secrets.begin(); it != s.secrets.end(); ++it) {
                static const QHash<QString, QString> kinds{
                    {QStringLiteral("ssm_param_path"), QStringLiteral("api_key")},
                    {QStringLiteral("token_ssm_param_path"), QStringLiteral("bearer_token")},
                    {QStringLiteral("client_secret_ssm_param_path"),
                        QStringLiteral("client_secret")},
                    {QStringLiteral("private_key_ssm_param_path"), QStringLiteral("private_key")}};
                const QString path = QStringLiteral("/sandbox/%1/integrations/%2/%3")
                                         .arg(ws.slug, r.name, kinds.value(it.key()));
                store->putSecret(path, r.id, box->seal(it.value().toUtf8()));
                auth.insert(it.key(), path);
            }
            r.auth = auth;
        }
        store->insertIntegration(r);
    }
    store->commit();
}

void IntegrationsApi::seedBuiltins(const Workspace &ws)
{
    insertSeeds(m_routes->store(), m_box, ws, builtinSeeds(m_upstream),
        QDateTime::currentMSecsSinceEpoch());
}

void IntegrationsApi::seedDemo(const Workspace &ws, qint64 nowMs)
{
    insertSeeds(m_routes->store(), m_box, ws, demoSeeds(m_upstream), nowMs);
}

void IntegrationsApi::seedScale(const Workspace &ws, int connections, qint64 nowMs)
{
    // The built-ins, and one more integration per 1,000 connections (at most
    // 200), cycling through the demo's, numbered.
    const QVector<Seed> demo = demoSeeds(m_upstream);
    QVector<Seed> seeds = builtinSeeds(m_upstream);
    const int extra = std::clamp(connections / 1000, 1, 200);
    for (int i = 0; i < extra; ++i) {
        Seed s = demo.at(2 + i % (demo.size() - 2));
        s.record.name += QStringLiteral("_%1").arg(i + 1);
        s.record.displayName += QStringLiteral(" #%1").arg(i + 1);
        seeds.push_back(s);
    }
    insertSeeds(m_routes->store(), m_box, ws, seeds, nowMs);
}

} // namespace sandbox
