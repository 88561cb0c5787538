#include "fakeupstream.h"

#include "secrets.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

Q_LOGGING_CATEGORY(lcUpstream, "sandbox.upstream")

namespace sandbox {

namespace {

struct Patient
{
    const char *id;
    const char *given;
    const char *family;
    const char *birthDate;
    const char *gender;
    const char *mrn;
};

const Patient kPatients[] = {
    {"pat-1001", "Ada", "Lovelace", "1985-12-10", "female", "MRN-40211"},
    {"pat-1002", "Grace", "Hopper", "1956-12-09", "female", "MRN-40212"},
    {"pat-1003", "Alan", "Turing", "1972-06-23", "male", "MRN-40213"},
    {"pat-1004", "Katherine", "Johnson", "1948-08-26", "female", "MRN-40214"},
    {"pat-1005", "Edsger", "Dijkstra", "1960-05-11", "male", "MRN-40215"},
    {"pat-1006", "Barbara", "Liskov", "1979-11-07", "female", "MRN-40216"},
    {"pat-1007", "Donald", "Knuth", "1968-01-10", "male", "MRN-40217"},
    {"pat-1008", "Frances", "Allen", "1982-08-04", "female", "MRN-40218"},
    {"pat-1009", "Ken", "Thompson", "1990-02-04", "male", "MRN-40219"},
    {"pat-1010", "Radia", "Perlman", "1991-12-18", "female", "MRN-40220"},
    {"pat-1011", "Tim", "Berners-Lee", "1955-06-08", "male", "MRN-40221"},
    {"pat-1012", "Margaret", "Hamilton", "1986-08-17", "female", "MRN-40222"},
};

const char *const kReasons[] = {"Annual check-up", "Follow-up: hypertension", "Vaccination",
    "Lab results review", "Physiotherapy"};

QJsonObject fhirPatient(const Patient &p)
{
    return QJsonObject{{"resourceType", "Patient"}, {"id", p.id},
        {"identifier",
            QJsonArray{QJsonObject{{"system", "urn:oid:2.16.840.1.113883.4.1"}, {"value", p.mrn}}}},
        {"name", QJsonArray{QJsonObject{{"family", p.family}, {"given", QJsonArray{p.given}}}}},
        {"gender", p.gender}, {"birthDate", p.birthDate}};
}

QJsonObject restPatient(const Patient &p)
{
    return QJsonObject{{"id", p.id}, {"first_name", p.given}, {"last_name", p.family},
        {"dob", p.birthDate}, {"mrn", p.mrn}, {"gender", p.gender}};
}

// Two appointments per patient, deterministic.
QJsonArray appointmentsOf(int patientIndex)
{
    QJsonArray out;
    const Patient &p = kPatients[patientIndex];
    for (int k = 0; k < 2; ++k) {
        const int day = 3 + (patientIndex * 5 + k * 11) % 25;
        out.append(QJsonObject{{"id", QStringLiteral("appt-%1%2").arg(2000 + patientIndex).arg(k)},
            {"patient_id", p.id}, {"status", k == 0 ? "booked" : "fulfilled"},
            {"start",
                QStringLiteral("2026-12-%1T%2:30:00Z")
                    .arg(day, 2, 10, QLatin1Char('0'))
                    .arg(9 + k * 4, 2, 10, QLatin1Char('0'))},
            {"reason", kReasons[(patientIndex + k) % int(std::size(kReasons))]}});
    }
    return out;
}

QJsonObject fhirAppointment(const QJsonObject &a)
{
    return QJsonObject{{"resourceType", "Appointment"}, {"id", a["id"]}, {"status", a["status"]},
        {"start", a["start"]}, {"description", a["reason"]},
        {"participant",
            QJsonArray{QJsonObject{{"actor",
                QJsonObject{{"reference",
                    QString(QStringLiteral("Patient/") + a["patient_id"].toString())}}}}}}};
}

QJsonObject bundle(const QJsonArray &resources)
{
    QJsonArray entries;
    for (const QJsonValue &r : resources)
        entries.append(QJsonObject{{"resource", r}});
    return QJsonObject{{"resourceType", "Bundle"}, {"type", "searchset"},
        {"total", int(resources.size())}, {"entry", entries}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool matches(const Patient &p, const QString &needle)
{
    if (needle.isEmpty())
        return true;
    const QString n = needle.toLower();
    return QString::fromLatin1(p.given).toLower().contains(n)
        || QString::fromLatin1(p.family).toLower().contains(n)
        || QString::fromLatin1(p.mrn).toLower() == n || QString::fromLatin1(p.id) == needle;
}

int patientIndex(const QString &id)
{
    for (int i = 0; i < int(std::size(kPatients)); ++i) {
        if (QString::fromLatin1(kPatients[i].id) == id)
            return i;
    }
    return -1;
}

} // namespace

FakeUpstream::FakeUpstream(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

quint16 FakeUpstream::listenLoopback(quint16 port)
{
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound)
        m_origin = QStringLiteral("http://127.0.0.1:%1").arg(bound);
    return bound;
}

static QByteArray headerOf(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool FakeUpstream::authorized(const QHttpServerRequest &request) const
{
    const QByteArray key = headerOf(request, "X-API-Key");
    if (key == kApiKey)
        return true;
    const QByteArray auth = headerOf(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    const QString token = QString::fromLatin1(auth.mid(7).trimmed());
    return token == QLatin1String(kBearerToken) || m_issuedTokens.contains(token);
}

bool FakeUpstream::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    QString path = request.url().path();
    int delayMs = 0;
    if (path.startsWith(u"/slow/")) {
        delayMs = 1500;
        path = path.mid(5);
    }
    const Answer a = answer(request, path);
    qCInfo(lcUpstream, "%s %s -> %d",
        request.method() == QHttpServerRequest::Method::Get ? "GET" : "POST/other",
        qPrintable(request.url().path()), a.status);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    auto write = [responder, guard, a] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        responder->writeStatusLine(QHttpServerResponder::StatusCode(a.status));
        responder->writeHeader("Content-Type", a.contentType);
        for (const auto &h : a.headers)
            responder->writeHeader(h.first, h.second);
        responder->writeHeader("Content-Length", QByteArray::number(a.body.size()));
        responder->writeBody(a.body);
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, write);
    else
        write();
    return true;
}

void FakeUpstream::missingHandler(const QHttpServerRequest &, QTcpSocket *) { }

FakeUpstream::Answer FakeUpstream::answer(const QHttpServerRequest &request, const QString &path)
{
    if (path == u"/_control/fail-next" && request.method() == QHttpServerRequest::Method::Post) {
        const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
        m_failNextStatus = o.value(QStringLiteral("status")).toInt(503);
        m_failNextCount = o.value(QStringLiteral("count")).toInt(1);
        return {200, json({{"armed", m_failNextCount}, {"status", m_failNextStatus}})};
    }
    if (m_failNextCount > 0) {
        --m_failNextCount;
        return {m_failNextStatus, json({{"error", "injected failure (fail-next)"}})};
    }
    if (path.startsWith(u"/down/") || path == u"/down")
        return {502, json({{"error", "bad gateway: the upstream's backend is down"}})};
    if (path.startsWith(u"/flaky/")) {
        const QString rest = path.mid(6);
        int &n = m_flakyCounts[rest];
        n = (n + 1) % 3;
        if (n != 0)
            return {503, json({{"error", "service temporarily unavailable"}}), "application/json",
                {{"Retry-After", "0"}}};
        return route(request, rest);
    }
    if (path.startsWith(u"/ratelimited/")) {
        const QString rest = path.mid(12);
        int &n = m_flakyCounts[QStringLiteral("rl:") + rest];
        n = (n + 1) % 2;
        if (n != 0)
            return {
                429, json({{"error", "rate limited"}}), "application/json", {{"Retry-After", "1"}}};
        return route(request, rest);
    }
    return route(request, path);
}

FakeUpstream::Answer FakeUpstream::route(const QHttpServerRequest &request, const QString &path)
{
    using Method = QHttpServerRequest::Method;
    const QUrlQuery query(request.url());
    // Health: the roots answer without a credential.
    if (path == u"/" || path == u"/fhir" || path == u"/api" || path == u"/fhir/metadata") {
        return {200,
            json({{"resourceType", "CapabilityStatement"}, {"status", "active"},
                {"software", QJsonObject{{"name", "connections-sandbox fake upstream"}}},
                {"fhirVersion", "4.0.1"}})};
    }
    if (path == u"/oauth/token" && request.method() == Method::Post) {
        QByteArray b = request.body();
        b.replace('+', "%20");
        const QUrlQuery form(QString::fromLatin1(b));
        if (form.queryItemValue(QStringLiteral("grant_type")) != u"client_credentials")
            return {400, json({{"error", "unsupported_grant_type"}})};
        if (form.queryItemValue(QStringLiteral("client_id")) != QLatin1String(kClientId)
            || form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded)
                != QLatin1String(kClientSecret))
            return {401, json({{"error", "invalid_client"}})};
        const QString token = randomToken(18);
        m_issuedTokens.insert(token);
        return {
            200, json({{"access_token", token}, {"token_type", "Bearer"}, {"expires_in", 3600}})};
    }
    if (!authorized(request)) {
        return {401,
            json({{"error", "unauthorized"},
                {"message", "a valid X-API-Key or bearer token is required"}}),
            "application/json", {{"WWW-Authenticate", "Bearer"}}};
    }
    // FHIR.
    if (path == u"/fhir/Patient") {
        QJsonArray found;
        const QString needle = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded)
            + query.queryItemValue(QStringLiteral("identifier"), QUrl::FullyDecoded);
        const int count = query.hasQueryItem(QStringLiteral("_count"))
            ? query.queryItemValue(QStringLiteral("_count")).toInt()
            : 50;
        for (const Patient &p : kPatients) {
            if (matches(p, needle) && found.size() < count)
                found.append(fhirPatient(p));
        }
        return {200, json(bundle(found)), "application/fhir+json"};
    }
    if (path.startsWith(u"/fhir/Patient/")) {
        const int i = patientIndex(path.mid(14));
        if (i < 0)
            return {404,
                json({{"resourceType", "OperationOutcome"},
                    {"issue",
                        QJsonArray{QJsonObject{{"severity", "error"}, {"code", "not-found"}}}}})};
        return {200, json(fhirPatient(kPatients[i])), "application/fhir+json"};
    }
    if (path == u"/fhir/Appointment" || path == u"/fhir/Encounter") {
        const QString ref = query.queryItemValue(QStringLiteral("patient"), QUrl::FullyDecoded);
        QJsonArray resources;
        for (int i = 0; i < int(std::size(kPatients)); ++i) {
            if (!ref.isEmpty() && ref != QString::fromLatin1(kPatients[i].id))
                continue;
            const QJsonArray appointments = appointmentsOf(i);
            for (const QJsonValue &a : appointments) {
                QJsonObject r = fhirAppointment(a.toObject());
                if (path.endsWith(u"Encounter")) {
                    r = QJsonObject{{"resourceType", "Encounter"},
                        {"id", QString(QStringLiteral("enc-") + a["id"].toString().mid(5))},
                        {"status", "finished"}, {"class", QJsonObject{{"code", "AMB"}}},
                        {"subject",
                            QJsonObject{{"reference",
                                QString(QStringLiteral("Patient/") + a["patient_id"].toString())}}},
                        {"period", QJsonObject{{"start", a["start"]}}}};
                }
                resources.append(r);
            }
        }
        return {200, json(bundle(resources)), "application/fhir+json"};
    }
    // REST.
    if (path == u"/api/patients") {
        const QString needle = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
        QJsonArray items;
        for (const Patient &p : kPatients) {
            if (matches(p, needle))
                items.append(restPatient(p));
        }
        return {200, json({{"data", QJsonObject{{"items", items}}}, {"total", int(items.size())}})};
    }
    if (path.startsWith(u"/api/patients/")) {
        const int i = patientIndex(path.mid(14));
        if (i < 0)
            return {404, json({{"error", "not_found"}, {"message", "no such patient"}})};
        return {200, json({{"data", restPatient(kPatients[i])}})};
    }
    if (path == u"/api/appointments" && request.method() == Method::Get) {
        const QString id = query.queryItemValue(QStringLiteral("patient_id"), QUrl::FullyDecoded);
        QJsonArray items;
        for (int i = 0; i < int(std::size(kPatients)); ++i) {
            if (id.isEmpty() || id == QString::fromLatin1(kPatients[i].id)) {
                const QJsonArray appointments = appointmentsOf(i);
                for (const QJsonValue &a : appointments)
                    items.append(a);
            }
        }
        return {200, json({{"data", QJsonObject{{"items", items}}}, {"total", int(items.size())}})};
    }
    if (path == u"/api/appointments" && request.method() == Method::Post) {
        const QJsonObject in = QJsonDocument::fromJson(request.body()).object();
        if (patientIndex(in.value(QStringLiteral("patient_id")).toString()) < 0)
            return {422, json({{"error", "validation_error"}, {"message", "unknown patient_id"}})};
        QJsonObject created = in;
        created.insert(QStringLiteral("id"), QStringLiteral("appt-new-%1").arg(m_requests));
        created.insert(QStringLiteral("status"), QStringLiteral("booked"));
        return {201, json({{"data", created}})};
    }
    // MCP over HTTP: JSON-RPC 2.0.
    if (path == u"/mcp" && request.method() == Method::Post) {
        const QJsonObject rpc = QJsonDocument::fromJson(request.body()).object();
        const QJsonValue id = rpc.value(QStringLiteral("id"));
        const QString method = rpc.value(QStringLiteral("method")).toString();
        auto result = [id](const QJsonValue &r) {
            return json({{"jsonrpc", "2.0"}, {"id", id}, {"result", r}});
        };
        if (method == u"tools/list") {
            return {200,
                result(QJsonObject{{"tools",
                    QJsonArray{QJsonObject{{"name", "lookup_patient"},
                                   {"description", "Find patients by name or MRN"}},
                        QJsonObject{{"name", "list_appointments"},
                            {"description", "A patient's appointments"}}}}})};
        }
        if (method == u"tools/call") {
            const QJsonObject params = rpc.value(QStringLiteral("params")).toObject();
            const QString tool = params.value(QStringLiteral("name")).toString();
            const QJsonObject args = params.value(QStringLiteral("arguments")).toObject();
            QJsonArray items;
            if (tool == u"lookup_patient") {
                for (const Patient &p : kPatients) {
                    if (matches(p, args.value(QStringLiteral("query")).toString()))
                        items.append(restPatient(p));
                }
            } else if (tool == u"list_appointments") {
                const int i = patientIndex(args.value(QStringLiteral("patient_id")).toString());
                if (i >= 0)
                    items = appointmentsOf(i);
            } else {
                return {200,
                    json({{"jsonrpc", "2.0"}, {"id", id},
                        {"error", QJsonObject{{"code", -32602}, {"message", "unknown tool"}}}})};
            }
            return {200,
                result(QJsonObject{{"content",
                                       QJsonArray{QJsonObject{{"type", "text"},
                                           {"text",
                                               QString::fromUtf8(QJsonDocument(items).toJson(
                                                   QJsonDocument::Compact))}}}},
                    {"structuredContent", QJsonObject{{"items", items}}}})};
        }
        return {200,
            json({{"jsonrpc", "2.0"}, {"id", id},
                {"error", QJsonObject{{"code", -32601}, {"message", "method not found"}}}})};
    }
    return {404, json({{"error", "not_found"}, {"message", "no such path on the fake upstream"}})};
}

} // namespace sandbox
