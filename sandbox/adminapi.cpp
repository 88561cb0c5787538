#include "adminapi.h"

#include "catalog.h"
#include "faults.h"
#include "store.h"
#include "syncrunner.h"

#include <QJsonArray>

namespace sandbox {

namespace {
using Method = QHttpServerRequest::Method;
} // namespace

AdminApi::AdminApi(ApiRoutes *routes, SyncRunner *runner, QObject *parent)
    : QObject(parent)
    , m_routes(routes)
    , m_runner(runner)
{
    using P = const QStringList &;
    using R = const HttpRequest &;
    using W = const Principal &;
    routes->add(Method::Get, QStringLiteral("/api/admin/connector-cadence"), Access::Read,
        [this](W, R, P) { return cadences(); });
    routes->add(Method::Put, QStringLiteral("/api/admin/connector-cadence/:type"),
        Access::PlatformAdmin, [this](W, R r, P p) { return putCadence(r, p[0]); });
    routes->add(Method::Get, QStringLiteral("/api/sandbox/faults"), Access::PlatformAdmin,
        [this](W, R, P) { return faultsGet(); });
    routes->add(Method::Put, QStringLiteral("/api/sandbox/faults"), Access::PlatformAdmin,
        [this](W, R r, P) { return faultsPut(r); });
    // Sandbox only: a running sync ends now (with the outcome it was going
    // to have), for tests that must not wait out a simulated duration.
    routes->add(Method::Post, QStringLiteral("/api/sandbox/runs/:id/finish"), Access::PlatformAdmin,
        [this](W w, R, P p) { return finishRun(w, p[0]); });
}

HttpReply AdminApi::finishRun(const Principal &who, const QString &runId)
{
    switch (m_runner->finishNow(who.workspaceId, runId)) {
    case SyncRunner::FinishNow::NotFound:
        return reply::notFound();
    case SyncRunner::FinishNow::NotRunning:
        return HttpReply::error(
            409, QStringLiteral("not_running"), QStringLiteral("That sync run is over already."));
    case SyncRunner::FinishNow::Finished:
        break;
    }
    return HttpReply::json(
        200, {{QStringLiteral("finished"), true}, {QStringLiteral("id"), runId}});
}

HttpReply AdminApi::cadences()
{
    // "defaults" and "overrides" are this sandbox's additions (the contract
    // names only "cadences"): each type's connector default, and the types a
    // platform admin has set.
    QJsonObject map;
    QJsonObject defaults;
    QJsonArray overrides;
    for (const Connector &c : catalog()) {
        map.insert(c.type, m_runner->cadenceFor(c.type));
        defaults.insert(c.type, c.defaultCadence);
        if (!m_routes->store()->cadenceOverride(c.type).isEmpty())
            overrides.append(c.type);
    }
    return HttpReply::json(200,
        {{QStringLiteral("cadences"), map}, {QStringLiteral("defaults"), defaults},
            {QStringLiteral("overrides"), overrides}});
}
HttpReply AdminApi::putCadence(const HttpRequest &req, const QString &type)
{
    if (!findConnector(type)) {
        return reply::validation(QStringLiteral("connector_type"),
            QStringLiteral("There is no connector \"%1\" in the catalog.").arg(type),
            QStringLiteral("unknown_connector"));
    }
    QJsonObject body;
    HttpReply bad;
    if (!reply::parseBody(req, &body, &bad))
        return bad;
    const QJsonValue v = body.value(QStringLiteral("cadence"));
    if (!v.isNull() && !(v.isString() && isCadencePreset(v.toString()))) {
        return reply::validation(QStringLiteral("cadence"),
            QStringLiteral("must be one of 1m, 10m, 30m, 1h, 6h, 1d, or null"));
    }
    m_routes->store()->setCadence(type, v.isNull() ? QString() : v.toString());
    m_runner->cadenceChanged(type);
    return HttpReply::json(200,
        {{QStringLiteral("connector_type"), type},
            {QStringLiteral("cadence"), m_runner->cadenceFor(type)},
            {QStringLiteral("override"), !v.isNull()}});
}
HttpReply AdminApi::faultsGet()
{
    return HttpReply::json(
        200, {{QStringLiteral("faults"), m_routes->server()->faults().spec().toString()}});
}
HttpReply AdminApi::faultsPut(const HttpRequest &req)
{
    QJsonObject body;
    HttpReply bad;
    if (!reply::parseBody(req, &body, &bad))
        return bad;
    FaultSpec spec;
    QString error;
    if (!body.value(QStringLiteral("faults")).isString()
        || !FaultSpec::parse(body.value(QStringLiteral("faults")).toString(), &spec, &error)) {
        return reply::validation(QStringLiteral("faults"),
            error.isEmpty() ? QStringLiteral("must be a fault spec string") : error);
    }
    m_routes->server()->faults().setSpec(spec);
    return HttpReply::json(200, {{QStringLiteral("faults"), spec.toString()}});
}
} // namespace sandbox
