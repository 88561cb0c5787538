// The platform API's part of --seed (see seeder.h).
#include "datasourcesimulator.h"
#include "platformids.h"
#include "seeder.h"
#include "store.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

namespace {
constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
} // namespace

struct Seeder::SourceSpec
{
    const char *name;
    const char *displayName;
    const char *type;
    const char *strategy;
    const char *schedule; // nullptr for null
    const char *config; // JSON object
    const char *entities; // comma-separated, nullptr for null
    int eventsPerDay;
    double failureRate;
    int incidentDaysAgo; // 0 for none: two days at 40 % failures
    int stalledDaysAgo; // 0 for none: no event since, failures rising before
    bool active;
};

namespace {

const Seeder::SourceSpec *demoSources(int *count);

} // namespace

void Seeder::addDataSource(const Workspace &ws, const SourceSpec &spec, qint64 now)
{
    DataSourceRecord d;
    d.id = uuidFrom(m_rng);
    d.workspaceId = ws.id;
    d.name = QString::fromUtf8(spec.name);
    d.displayName = spec.displayName ? QString::fromUtf8(spec.displayName) : QString();
    d.sourceType = QString::fromLatin1(spec.type);
    d.syncStrategy = QString::fromLatin1(spec.strategy);
    if (spec.schedule)
        d.syncSchedule = QString::fromLatin1(spec.schedule);
    d.connectionConfig = QJsonDocument::fromJson(spec.config).toJson(QJsonDocument::Compact);
    if (spec.entities)
        d.entityTypes = QString::fromLatin1(spec.entities).split(u',', Qt::SkipEmptyParts);
    d.fieldMappings = QByteArrayLiteral("{\"mrn\":\"identifier[0].value\",\"dob\":\"birthDate\"}");
    d.isActive = spec.active;
    d.eventsPerDay = spec.eventsPerDay;
    d.failureRate = spec.failureRate;
    d.discoveredBy = QStringLiteral("seed");
    d.profile = spec.stalledDaysAgo > 0 ? QStringLiteral("stalled") : QStringLiteral("normal");
    d.createdAt = now - 91 * kDay;
    d.updatedAt = now - 10 * kDay;

    // 90 days of events, day by day, ending now (or when the feed stalled).
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    // The last poll of a healthy feed was less than one interval ago, so the
    // seed starts fresh; an inactive one stopped 20 days ago.
    const qint64 interval = std::min(DataSourceSimulator::intervalMs(d), 2 * kDay);
    const qint64 end = spec.stalledDaysAgo > 0
        ? now - spec.stalledDaysAgo * kDay
        : (spec.active ? now - qint64(m_rng.generateDouble() * 0.8 * double(interval))
                       : now - 20 * kDay);
    QVector<DataSourceEvent> events;
    for (int back = 89; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        const qint64 dayStart = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        if (dayStart >= end)
            break;
        const bool weekend = day.dayOfWeek() >= 6;
        const double volume = (weekend ? 0.45 : 1.0) * (0.75 + 0.5 * m_rng.generateDouble());
        int n = int(spec.eventsPerDay * volume + 0.5);
        double rate = spec.failureRate;
        if (spec.incidentDaysAgo > 0 && back <= spec.incidentDaysAgo
            && back > spec.incidentDaysAgo - 2)
            rate = 0.4;
        if (spec.stalledDaysAgo > 0 && back < spec.stalledDaysAgo + 5)
            rate = 0.25 + 0.1 * (spec.stalledDaysAgo + 5 - back);
        // The last day only up to `end`.
        QVector<DataSourceEvent> dayEvents
            = DataSourceSimulator::dayEvents(d, dayStart, n, rate, m_rng);
        for (const DataSourceEvent &e : dayEvents) {
            if (e.createdAt < end)
                events.push_back(e);
        }
    }
    if (!events.isEmpty()) {
        // The newest events make the last poll.
        const qint64 last = events.constLast().createdAt;
        int batch = 0;
        bool failed = false;
        for (auto it = events.crbegin(); it != events.crend() && last - it->createdAt < kHour;
             ++it) {
            ++batch;
            failed = failed || it->failed;
        }
        d.lastPollAt = std::max(last, spec.stalledDaysAgo > 0 || !spec.active ? last : end);
        d.lastHealthCheck = d.lastPollAt;
        d.lastPollDurationMs = 400 + m_rng.bounded(2600);
        d.lastSyncEventCount = batch;
        d.lastSyncFailed = failed;
    }
    m_store->insertDataSource(d);
    m_store->insertEvents(events);
}

QVector<Workspace> Seeder::seedPlatformDemo(const Workspace &first, qint64 now)
{
    m_store->beginTransaction();
    Workspace prod = first;
    prod.environment = QStringLiteral("production");
    prod.region = QStringLiteral("us-east-1");
    prod.connectorType = QStringLiteral("epic");
    prod.provisionedAt = now - 120 * kDay;
    prod.backendOrgId = QStringLiteral("org_7f3a9c21d4e5");
    prod.createdAt = now - 130 * kDay;
    prod.updatedAt = now - 3 * kDay;
    m_store->updateWorkspace(prod);

    Workspace staging = m_store->ensureWorkspace(first.slug + QStringLiteral("-staging"));
    staging.name = first.name + QStringLiteral(" (staging)");
    staging.environment = QStringLiteral("staging");
    staging.region = QStringLiteral("eu-central-1");
    staging.connectorType = QStringLiteral("cerner");
    staging.provisionedAt = now - 60 * kDay;
    staging.backendOrgId = QStringLiteral("org_2b81e0f6a937");
    staging.createdAt = now - 62 * kDay;
    staging.updatedAt = now - 1 * kDay;
    staging.testCallerNumbers = {QStringLiteral("+15555550100"), QStringLiteral("+447700900123")};
    m_store->updateWorkspace(staging);

    // A development workspace, not provisioned yet (Provision has work to do).
    Workspace dev = m_store->ensureWorkspace(first.slug + QStringLiteral("-dev"));
    dev.name = QStringLiteral("Research sandbox");
    dev.environment = QStringLiteral("development");
    dev.region = QStringLiteral("ap-southeast-2");
    dev.connectorType = QStringLiteral("fhir_store");
    dev.createdAt = now - 9 * kDay;
    dev.updatedAt = now - 2 * kDay;
    m_store->updateWorkspace(dev);

    // Each has an admin, whom the sign-in consent page signs in as.
    for (const Workspace *w : {&staging, &dev}) {
        User admin;
        admin.id = QStringLiteral("usr_admin_") + w->slug;
        admin.workspaceId = w->id;
        admin.name = QStringLiteral("Workspace Admin");
        admin.email = QStringLiteral("admin@") + w->slug + QStringLiteral(".sandbox.invalid");
        admin.role = QStringLiteral("admin");
        admin.member = true;
        m_store->insertUser(admin);
    }

    Workspace archived = m_store->ensureWorkspace(first.slug + QStringLiteral("-legacy"));
    archived.name = QStringLiteral("Legacy clinic pilot");
    archived.environment = QStringLiteral("development");
    archived.region = QStringLiteral("ca-central-1");
    archived.connectorType = QStringLiteral("athenahealth");
    archived.createdAt = now - 300 * kDay;
    archived.archivedAt = now - 40 * kDay;
    archived.updatedAt = now - 40 * kDay;
    m_store->updateWorkspace(archived);

    int count = 0;
    const SourceSpec *specs = demoSources(&count);
    for (int i = 0; i < count; ++i)
        addDataSource(prod, specs[i], now);
    // The staging workspace: a manual feed among others (environment-check warns).
    const SourceSpec stagingSources[] = {
        {"Cerner sandbox FHIR", nullptr, "smart_fhir", "scheduled", "every 2h",
            R"({"base_url":"https://fhir-ehr-code.cerner.com/r4/sandbox","client_id":"staging-app"})",
            "Patient,Encounter", 30, 0.05, 0, 0, true},
        {"QA intake spreadsheet", nullptr, "file_drop", "manual", nullptr,
            R"({"path":"/drop/qa-intake","pattern":"*.csv"})", nullptr, 8, 0.1, 0, 0, true},
        {"Load-test webhook", nullptr, "webhook", "webhook", nullptr,
            R"({"secret_ssm_param_path":"/sandbox/staging/webhook"})", "record", 40, 0.02, 0, 0,
            true},
    };
    for (const SourceSpec &spec : stagingSources)
        addDataSource(staging, spec, now);
    m_store->commit();
    return {prod, staging, dev, archived};
}

void Seeder::seedPlatformScale(const Workspace &ws, int connections, qint64 now)
{
    // One data source per 10 connections, at least one, at most 10,000 (so
    // scale:100000 is issue 17's benchmark workspace), each with 90 days of
    // light traffic: about one event a day.
    const int n = std::clamp(connections / 10, 1, 10000);
    int count = 0;
    const SourceSpec *specs = demoSources(&count);
    m_store->beginTransaction();
    for (int i = 0; i < n; ++i) {
        SourceSpec spec = specs[i % count];
        const QByteArray name = QByteArray(spec.name) + " #" + QByteArray::number(i + 1);
        spec.name = name.constData();
        spec.eventsPerDay = 1;
        addDataSource(ws, spec, now);
    }
    m_store->commit();
}

namespace {

const Seeder::SourceSpec kDemoSources[] = {
    {"Epic production FHIR", "Epic (Hyperdrive R4)", "smart_fhir", "continuous", nullptr,
        R"({"base_url":"https://fhir.epic.example.org/api/FHIR/R4","client_id":"cc-demo-epic","scopes":"system/Patient.read system/Appointment.read"})",
        "Patient,Appointment,Encounter", 120, 0.02, 12, 0, true},
    {"Cerner Millennium feed", nullptr, "ehr", "scheduled", "every 1h",
        R"({"tenant":"ec2458f2-1e24-41c8-b71b-0e701af7583d","region":"us-1"})", "Patient,Encounter",
        70, 0.04, 0, 0, true},
    {"Google Healthcare FHIR store", nullptr, "fhir_store", "continuous", nullptr,
        R"({"project":"acme-health","location":"us-central1","dataset":"clinical","fhir_store":"r4-main"})",
        "Patient,Observation,DiagnosticReport", 90, 0.01, 0, 0, true},
    {"HAPI FHIR test server", nullptr, "fhir", "scheduled", "every 6h",
        R"({"base_url":"https://hapi.fhir.example.org/baseR4"})", "Patient", 40, 0.3, 0, 0, true},
    {"Lab results API", "Quest lab results", "rest_api", "scheduled", "every 30m",
        R"({"base_url":"https://labs.example.com/v2","auth":"api_key","api_key_ssm_param_path":"/sandbox/demo/labs"})",
        "lab_result", 45, 0.03, 30, 0, true},
    {"Appointment webhooks", nullptr, "webhook", "webhook", nullptr,
        R"({"endpoint":"/hooks/appointments","secret_ssm_param_path":"/sandbox/demo/hooks"})",
        "appointment", 60, 0.01, 0, 0, true},
    {"Nightly claims drop", nullptr, "file_drop", "scheduled", "every 1d",
        R"({"protocol":"sftp","host":"sftp.payer.example.net","path":"/outbound/claims","pattern":"claims_*.csv"})",
        "claim", 40, 0.03, 0, 0, true},
    {"Billing warehouse", nullptr, "database", "scheduled", "every 2h",
        R"({"engine":"postgresql","host":"billing-db.internal","port":5432,"database":"billing"})",
        "invoice,payment", 20, 0.005, 0, 0, true},
    {"Custom referral script", nullptr, "custom", "manual", nullptr,
        R"({"runtime":"python3.11","entrypoint":"referrals.main"})", "referral", 8, 0.05, 0, 0,
        true},
    {"Patient intake forms", nullptr, "customer_intake", "webhook", nullptr,
        R"({"form_id":"intake-2026","provider":"typeform"})", "intake_form", 30, 0.02, 0, 0, true},
    {"Allscripts legacy feed", "Allscripts (Westside clinic)", "ehr", "scheduled", "every 1h",
        R"({"base_url":"https://unity.allscripts.example.org","app_name":"cc-demo"})",
        "Patient,Appointment", 35, 0.03, 0, 3, true},
    {"Pilot REST import", nullptr, "rest_api", "manual", nullptr,
        R"({"base_url":"https://pilot.example.com/api"})", nullptr, 10, 0.02, 0, 0, false},
};

const Seeder::SourceSpec *demoSources(int *count)
{
    *count = int(std::size(kDemoSources));
    return kDemoSources;
}

} // namespace

} // namespace sandbox
