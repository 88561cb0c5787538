#include "workspacesapi.h"

#include "stablehash.h"
#include "store.h"

#include <QDateTime>
#include <QRegularExpression>

namespace sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Need = PlatformRoutes::Need;
using Scope = PlatformRoutes::Scope;

const QStringList kEnvironments{
    QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development")};
const QStringList kTargets{QStringLiteral("production"), QStringLiteral("staging")};
const QStringList kRegions{QStringLiteral("us-east-1"), QStringLiteral("ap-southeast-2"),
    QStringLiteral("eu-central-1"), QStringLiteral("ca-central-1")};
const QStringList kConnectorTypes{QStringLiteral("epic"), QStringLiteral("cerner"),
    QStringLiteral("allscripts"), QStringLiteral("fhir_store"), QStringLiteral("athenahealth"),
    QStringLiteral("charmhealth"), QStringLiteral("eclinicalworks"), QStringLiteral("meditab")};
const QString kSlugPattern = QStringLiteral("^[a-z0-9][a-z0-9-]*[a-z0-9]$");

fastapi::Body::StringRule slugRule()
{
    fastapi::Body::StringRule rule;
    rule.required = true;
    rule.minLength = 2;
    rule.maxLength = 63;
    rule.pattern = kSlugPattern;
    return rule;
}

} // namespace

WorkspacesApi::WorkspacesApi(PlatformRoutes *routes, QObject *parent)
    : QObject(parent)
    , m_routes(routes)
{
    auto bind = [this](HttpReply (WorkspacesApi::*fn)(const PlatformCall &)) {
        return [this, fn](const PlatformCall &call) {
            return (this->*fn)(call);
        };
    };
    routes->add(Method::Get, QStringLiteral("/v1/workspaces"), Scope::Global, Need::Read,
        bind(&WorkspacesApi::list));
    const QString one = QStringLiteral("/v1/workspaces/:workspace");
    routes->add(Method::Get, one, Scope::Workspace, Need::Read, bind(&WorkspacesApi::get));
    routes->add(Method::Patch, one, Scope::Workspace, Need::Admin, bind(&WorkspacesApi::update));
    routes->add(Method::Post, one + QStringLiteral("/provision"), Scope::Workspace, Need::Admin,
        bind(&WorkspacesApi::provision));
    routes->add(Method::Post, one + QStringLiteral("/archive"), Scope::Workspace, Need::Owner,
        bind(&WorkspacesApi::archive));
    routes->add(Method::Get, one + QStringLiteral("/environment-check"), Scope::Workspace,
        Need::Read, bind(&WorkspacesApi::environmentCheck));
    routes->add(Method::Post, one + QStringLiteral("/convert-environment"), Scope::Workspace,
        Need::Admin, bind(&WorkspacesApi::convert));
    routes->add(Method::Get, one + QStringLiteral("/test-caller-numbers"), Scope::Workspace,
        Need::Read, bind(&WorkspacesApi::testCallers));
    routes->add(Method::Put, one + QStringLiteral("/test-caller-numbers"), Scope::Workspace,
        Need::Admin, bind(&WorkspacesApi::updateTestCallers));
}

QJsonObject WorkspacesApi::toJson(const Workspace &ws)
{
    return QJsonObject{
        {QStringLiteral("id"), ws.id},
        {QStringLiteral("slug"), ws.slug},
        {QStringLiteral("name"), ws.name},
        {QStringLiteral("environment"), ws.environment},
        {QStringLiteral("backend_org_id"), fastapi::textOrNull(ws.backendOrgId)},
        {QStringLiteral("region"), ws.region},
        {QStringLiteral("connector_type"), fastapi::textOrNull(ws.connectorType)},
        {QStringLiteral("provisioned_at"), fastapi::iso(ws.provisionedAt)},
        {QStringLiteral("created_at"), fastapi::iso(ws.createdAt)},
        {QStringLiteral("updated_at"), fastapi::iso(ws.updatedAt)},
    };
}

HttpReply WorkspacesApi::list(const PlatformCall &call)
{
    fastapi::Errors errors;
    const auto limit = fastapi::queryInt(
        call.request, QStringLiteral("limit"), 10, 0, std::nullopt, 100, &errors);
    const auto offset = fastapi::queryInt(call.request, QStringLiteral("continuation_token"), 0,
        std::nullopt, std::nullopt, std::nullopt, &errors);
    if (!errors.isEmpty())
        return errors.reply();
    // A platform admin sees every workspace; anyone else the one their key belongs to.
    QVector<Workspace> visible;
    for (const Workspace &ws : m_routes->store()->workspaces()) {
        if (!PlatformRoutes::roleIn(call.who, ws.id).isEmpty())
            visible.push_back(ws);
    }
    const qint64 start = std::clamp<qint64>(*offset, 0, visible.size());
    const qint64 end = std::min<qint64>(start + *limit, visible.size());
    QJsonArray items;
    for (qint64 i = start; i < end; ++i)
        items.append(toJson(visible.at(i)));
    return fastapi::page(items, start, visible.size());
}

HttpReply WorkspacesApi::get(const PlatformCall &call)
{
    return HttpReply::json(200, toJson(call.workspace));
}

HttpReply WorkspacesApi::update(const PlatformCall &call)
{
    fastapi::Errors errors;
    fastapi::Body body(call.request, &errors);
    fastapi::Body::StringRule nameRule;
    nameRule.nullable = true;
    nameRule.strip = true;
    nameRule.minLength = 1;
    const auto name = body.string(QStringLiteral("name"), nameRule);
    auto choice = [](const QStringList &choices) {
        fastapi::Body::StringRule rule;
        rule.nullable = true;
        rule.choices = choices;
        return rule;
    };
    const auto environment = body.string(QStringLiteral("environment"), choice(kEnvironments));
    const auto region = body.string(QStringLiteral("region"), choice(kRegions));
    const auto connector = body.string(QStringLiteral("connector_type"), choice(kConnectorTypes));
    if (!errors.isEmpty())
        return errors.reply();
    Workspace ws = call.workspace;
    // Fields left out or null keep their value (pydantic's exclude_none).
    if (name)
        ws.name = *name;
    if (environment && *environment != ws.environment) {
        m_routes->store()->recordEnvironmentChange(ws.id, ws.environment, *environment,
            call.who.userId, QDateTime::currentMSecsSinceEpoch());
        ws.environment = *environment;
    }
    if (region)
        ws.region = *region;
    if (connector)
        ws.connectorType = *connector;
    ws.updatedAt = QDateTime::currentMSecsSinceEpoch();
    m_routes->store()->updateWorkspace(ws);
    return HttpReply::json(200, toJson(ws));
}

HttpReply WorkspacesApi::provision(const PlatformCall &call)
{
    Workspace ws = call.workspace;
    if (!ws.provisionedAt) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ws.provisionedAt = now;
        ws.updatedAt = now;
        ws.backendOrgId = QStringLiteral("org_%1%2")
                              .arg(stableHash(1, ws.id), 8, 16, QLatin1Char('0'))
                              .arg(stableHash(2, ws.id), 8, 16, QLatin1Char('0'));
        m_routes->store()->updateWorkspace(ws);
        if (m_provisionHook)
            m_provisionHook(ws);
    }
    return HttpReply::json(200, QJsonObject{{QStringLiteral("workspace"), toJson(ws)}});
}

HttpReply WorkspacesApi::archive(const PlatformCall &call)
{
    fastapi::Errors errors;
    fastapi::Body body(call.request, &errors);
    const auto slug = body.string(QStringLiteral("slug"), slugRule());
    if (slug && *slug != call.workspace.slug) {
        errors.add(QJsonArray{QStringLiteral("body"), QStringLiteral("slug")},
            QStringLiteral("Value error, the slug does not match this workspace's slug"),
            QStringLiteral("value_error"), *slug);
    }
    if (!errors.isEmpty())
        return errors.reply();
    Workspace ws = call.workspace;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ws.archivedAt = now;
    ws.updatedAt = now;
    m_routes->store()->updateWorkspace(ws);
    return HttpReply::json(200, toJson(ws));
}

QStringList WorkspacesApi::environmentWarnings(const Workspace &ws, const QString &target) const
{
    QStringList warnings;
    Store *store = m_routes->store();
    if (target == ws.environment)
        warnings << QStringLiteral("The workspace is already in %1.").arg(target);
    if (target == u"production") {
        if (!ws.testCallerNumbers.isEmpty()) {
            warnings << QStringLiteral("%1 test caller number(s) are still configured (%2); calls "
                                       "from them will be treated as test calls in production.")
                            .arg(ws.testCallerNumbers.size())
                            .arg(ws.testCallerNumbers.join(QStringLiteral(", ")));
        }
        if (!ws.provisionedAt)
            warnings << QStringLiteral("The workspace has not been provisioned yet.");
        if (ws.connectorType.isEmpty())
            warnings << QStringLiteral("No EHR connector type is set.");
        QStringList manual;
        int total = 0;
        for (const DataSourceRecord &d :
            store->dataSources(ws.id, {true, {}, {}}, 0, 1000, &total)) {
            if (d.syncStrategy == u"manual")
                manual << d.name;
        }
        if (!manual.isEmpty()) {
            warnings << QStringLiteral("%1 active data source(s) still use the manual sync "
                                       "strategy: %2.")
                            .arg(manual.size())
                            .arg(manual.join(QStringLiteral(", ")));
        }
    }
    if (target == u"staging" && ws.environment == u"production") {
        int total = 0;
        store->dataSources(ws.id, {true, {}, {}}, 0, 1, &total);
        if (total > 0) {
            warnings << QStringLiteral("%1 active data source(s) keep syncing from their "
                                       "production systems after the conversion.")
                            .arg(total);
        }
    }
    for (const WarningSource &source : m_warningSources)
        warnings << source(ws, target);
    return warnings;
}

HttpReply WorkspacesApi::environmentCheck(const PlatformCall &call)
{
    fastapi::Errors errors;
    const auto target = fastapi::queryChoice(
        call.request, QStringLiteral("target"), QStringLiteral("production"), kTargets, &errors);
    if (!errors.isEmpty())
        return errors.reply();
    QJsonArray warnings;
    for (const QString &w : environmentWarnings(call.workspace, *target))
        warnings.append(w);
    return HttpReply::json(200,
        QJsonObject{{QStringLiteral("current"), call.workspace.environment},
            {QStringLiteral("target"), *target}, {QStringLiteral("warnings"), warnings}});
}

HttpReply WorkspacesApi::convert(const PlatformCall &call)
{
    fastapi::Errors errors;
    fastapi::Body body(call.request, &errors);
    fastapi::Body::StringRule targetRule;
    targetRule.required = true;
    targetRule.choices = kTargets;
    const auto target = body.string(QStringLiteral("target"), targetRule);
    const auto slug = body.string(QStringLiteral("confirm_slug"), slugRule());
    if (slug && *slug != call.workspace.slug) {
        errors.add(QJsonArray{QStringLiteral("body"), QStringLiteral("confirm_slug")},
            QStringLiteral("Value error, the slug does not match this workspace's slug"),
            QStringLiteral("value_error"), *slug);
    }
    if (target && *target == call.workspace.environment) {
        errors.add(QJsonArray{QStringLiteral("body"), QStringLiteral("target")},
            QStringLiteral("Value error, the workspace is already in %1").arg(*target),
            QStringLiteral("value_error"), *target);
    }
    if (!errors.isEmpty())
        return errors.reply();
    Workspace ws = call.workspace;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_routes->store()->recordEnvironmentChange(
        ws.id, ws.environment, *target, call.who.userId, now);
    ws.environment = *target;
    ws.updatedAt = now;
    m_routes->store()->updateWorkspace(ws);
    return HttpReply::json(200, toJson(ws));
}

HttpReply WorkspacesApi::testCallers(const PlatformCall &call)
{
    return HttpReply::json(200,
        QJsonObject{{QStringLiteral("numbers"),
            QJsonArray::fromStringList(call.workspace.testCallerNumbers)}});
}

HttpReply WorkspacesApi::updateTestCallers(const PlatformCall &call)
{
    fastapi::Errors errors;
    fastapi::Body body(call.request, &errors);
    const auto numbers = body.stringList(QStringLiteral("numbers"), 0, -1, 100, true, false);
    QStringList kept;
    if (numbers) {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
        for (qsizetype i = 0; i < numbers->size(); ++i) {
            const QString n = numbers->at(i).trimmed();
            if (!e164.match(n).hasMatch()) {
                errors.add(QJsonArray{QStringLiteral("body"), QStringLiteral("numbers"), int(i)},
                    QStringLiteral("Value error, not an E.164 phone number: a + and 2 to 15 "
                                   "digits, the first not 0"),
                    QStringLiteral("value_error"), numbers->at(i));
            } else if (!kept.contains(n)) {
                kept << n;
            }
        }
    }
    if (!errors.isEmpty())
        return errors.reply();
    Workspace ws = call.workspace;
    ws.testCallerNumbers = kept;
    ws.updatedAt = QDateTime::currentMSecsSinceEpoch();
    m_routes->store()->updateWorkspace(ws);
    return HttpReply::json(
        200, QJsonObject{{QStringLiteral("numbers"), QJsonArray::fromStringList(kept)}});
}

} // namespace sandbox
