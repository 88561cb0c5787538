#include "datasourcesimulator.h"

#include "platformids.h"
#include "stablehash.h"
#include "store.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>

namespace sandbox {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kMaxEventsPerPoll = 500;
constexpr int kHealthWindowEvents = 100;

bool isFhir(const QString &sourceType)
{
    return sourceType == u"fhir" || sourceType == u"fhir_store" || sourceType == u"smart_fhir"
        || sourceType == u"ehr";
}

struct Resource
{
    const char *type;
    const char *idPrefix;
};
const Resource kResources[] = {{"Patient", "pat"}, {"Appointment", "appt"}, {"Encounter", "enc"},
    {"Observation", "obs"}, {"DiagnosticReport", "dr"}};

const char *const kFhirErrors[] = {
    "HTTP 422 from FHIR server: %1.birthDate is not a valid date ('1985-13-02')",
    "OperationOutcome error: reference Encounter/enc-%2 could not be resolved",
    "HTTP 401 Unauthorized from the EHR: the access token expired during the poll",
    "Duplicate resource: %1 %3 already exists with a newer meta.versionId",
    "HTTP 503 Service Unavailable from the EHR gateway after 3 attempts",
    "Timeout after 30000 ms waiting for the FHIR server's response",
    "Field mapping failed: required field 'identifier[mrn]' missing in %1 %3",
};
const char *const kRecordErrors[] = {
    "Field mapping failed: required field 'mrn' missing in the source record",
    "JSON parse error at line 1, column 5823: unexpected end of input",
    "HTTP 429 Too Many Requests from the upstream API (Retry-After: 60)",
    "Schema mismatch: column 'visit_date' is text, expected a date",
    "Timeout after 30000 ms waiting for the upstream response",
    "Row rejected: value too long for 'notes' (4211 > 4000 characters)",
};

DataSourceEvent makeEvent(const DataSourceRecord &d, qint64 at, bool failed, QRandomGenerator &rng)
{
    DataSourceEvent e;
    e.id = uuidFrom(rng);
    e.dataSourceId = d.id;
    e.createdAt = at;
    e.failed = failed;
    if (isFhir(d.sourceType)) {
        const Resource &r = kResources[rng.bounded(int(std::size(kResources)))];
        const QString type = QString::fromLatin1(r.type);
        const QString rid = QStringLiteral("%1-%2")
                                .arg(QLatin1String(r.idPrefix))
                                .arg(10000 + rng.bounded(90000));
        e.eventType = type
            + (rng.bounded(3) == 0 ? QStringLiteral(".created") : QStringLiteral(".updated"));
        e.fhirResourceType = type;
        e.fhirResourceId = rid;
        if (failed) {
            e.syncError
                = QString::fromLatin1(kFhirErrors[rng.bounded(int(std::size(kFhirErrors)))])
                      .replace(QStringLiteral("%1"), type)
                      .replace(QStringLiteral("%2"), QString::number(1000 + rng.bounded(9000)))
                      .replace(QStringLiteral("%3"), rid);
        }
    } else {
        e.eventType = d.sourceType == u"file_drop"
            ? QStringLiteral("file.row_ingested")
            : (rng.bounded(3) == 0 ? QStringLiteral("record.created")
                                   : QStringLiteral("record.updated"));
        if (failed)
            e.syncError
                = QString::fromLatin1(kRecordErrors[rng.bounded(int(std::size(kRecordErrors)))]);
    }
    return e;
}

} // namespace

DataSourceSimulator::DataSourceSimulator(
    Store *store, double timeScale, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timeScale(timeScale)
    , m_seed(seed)
{
    m_timer.setInterval(int(std::clamp(1000.0 / timeScale, 50.0, 1000.0)));
    connect(&m_timer, &QTimer::timeout, this, &DataSourceSimulator::tick);
}

void DataSourceSimulator::start()
{
    m_timer.start();
}

qint64 DataSourceSimulator::intervalMs(const DataSourceRecord &d)
{
    if (d.syncStrategy == u"continuous")
        return 5 * kMinute;
    if (d.syncStrategy == u"webhook")
        return 15 * kMinute;
    if (d.syncStrategy == u"manual")
        return 7 * kDay;
    static const QRegularExpression every(QStringLiteral("^every\\s+([0-9]{1,4})\\s*([mhd])$"));
    const QRegularExpressionMatch m = every.match(d.syncSchedule.value_or(QString()).trimmed());
    if (m.hasMatch()) {
        const qint64 n = std::max(1, m.captured(1).toInt());
        const QChar unit = m.captured(2).at(0);
        return n * (unit == u'm' ? kMinute : unit == u'h' ? kHour : kDay);
    }
    return kHour;
}

bool DataSourceSimulator::isStale(const DataSourceRecord &d, qint64 nowMs) const
{
    if (!d.isActive)
        return false;
    const qint64 since = d.lastPollAt.value_or(d.createdAt);
    const qint64 limit = d.syncStrategy == u"manual" ? intervalMs(d) : 3 * intervalMs(d);
    return double(nowMs - since) > double(limit) / m_timeScale;
}

QString DataSourceSimulator::healthStatus(const DataSourceRecord &d, qint64 nowMs) const
{
    if (!d.lastPollAt)
        return QStringLiteral("unknown");
    if (isStale(d, nowMs))
        return QStringLiteral("degraded");
    const Store::EventCounts latest = m_store->latestEventCounts(d.id, kHealthWindowEvents);
    if (latest.events > 0 && latest.failed * 10 >= latest.events)
        return QStringLiteral("degraded");
    return QStringLiteral("healthy");
}

qint64 DataSourceSimulator::manualPollMs() const
{
    return std::max<qint64>(1, qint64(2000 / m_timeScale));
}

void DataSourceSimulator::startManualPoll(DataSourceRecord &d, qint64 nowMs)
{
    d.pollStartedAt = nowMs;
    d.lastManualSyncAt = nowMs;
    d.updatedAt = nowMs;
    m_store->updateDataSource(d);
}

QVector<DataSourceEvent> DataSourceSimulator::pollEvents(
    const DataSourceRecord &d, qint64 fromMs, qint64 toMs, quint32 seed)
{
    QRandomGenerator rng(stableHash(seed, d.id, quint64(toMs)));
    const double expected
        = double(d.eventsPerDay) * double(std::max<qint64>(0, toMs - fromMs)) / double(kDay);
    // At least one event per poll of a source that has traffic at all.
    const int count = std::clamp(int(expected * (0.7 + 0.6 * rng.generateDouble()) + 0.5),
        d.eventsPerDay > 0 ? 1 : 0, kMaxEventsPerPoll);
    QVector<DataSourceEvent> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.push_back(makeEvent(d, toMs, rng.generateDouble() < d.failureRate, rng));
    return out;
}

QVector<DataSourceEvent> DataSourceSimulator::dayEvents(const DataSourceRecord &d,
    qint64 dayStartMs, int count, double failureRate, QRandomGenerator &rng)
{
    // Exactly round(count × rate) failures, at random places in the day, so a
    // seeded story (a degraded feed, an incident) reads the same every day.
    const int failures = int(std::lround(double(count) * failureRate));
    QVector<bool> failed(count, false);
    for (int placed = 0; placed < failures && placed < count;) {
        const int at = int(rng.bounded(quint32(count)));
        if (!failed[at]) {
            failed[at] = true;
            ++placed;
        }
    }
    QVector<DataSourceEvent> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 at = dayStartMs + qint64(rng.bounded(quint32(kDay)));
        out.push_back(makeEvent(d, at, failed[i], rng));
    }
    std::sort(out.begin(), out.end(), [](const DataSourceEvent &a, const DataSourceEvent &b) {
        return a.createdAt < b.createdAt;
    });
    return out;
}

void DataSourceSimulator::finishPoll(DataSourceRecord &d, qint64 fromMs, qint64 nowMs)
{
    // The poll covers the simulated time since the previous one.
    const qint64 simulatedFrom = nowMs - qint64(double(nowMs - fromMs) * m_timeScale);
    const QVector<DataSourceEvent> events = pollEvents(d, simulatedFrom, nowMs, m_seed);
    m_store->insertEvents(events);
    const int failed = int(std::count_if(
        events.begin(), events.end(), [](const DataSourceEvent &e) { return e.failed; }));
    if (d.pollStartedAt)
        d.lastPollDurationMs = nowMs - *d.pollStartedAt;
    else
        d.lastPollDurationMs = std::max<qint64>(1, qint64(800 / m_timeScale));
    d.pollStartedAt.reset();
    d.lastPollAt = nowMs;
    d.lastHealthCheck = nowMs;
    d.lastSyncEventCount = int(events.size());
    d.lastSyncFailed = failed > 0;
    m_store->updateDataSource(d);
}

void DataSourceSimulator::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_store->beginTransaction();
    for (DataSourceRecord d : m_store->allDataSources()) {
        const qint64 previous = d.lastPollAt.value_or(d.createdAt);
        if (d.pollStartedAt) {
            if (now - *d.pollStartedAt >= manualPollMs())
                finishPoll(d, previous, now);
            continue;
        }
        if (!d.isActive || d.syncStrategy == u"manual" || d.profile == u"stalled")
            continue;
        if (double(now - previous) >= double(intervalMs(d)) / m_timeScale)
            finishPoll(d, previous, now);
    }
    m_store->commit();
}

} // namespace sandbox
