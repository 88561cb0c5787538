#pragma once

#include "platformroutes.h"

#include <QObject>
#include <functional>

namespace sandbox {

// platform-workspaces.openapi.json: the nine /v1/workspaces operations.
class WorkspacesApi : public QObject
{
    Q_OBJECT

public:
    WorkspacesApi(PlatformRoutes *routes, QObject *parent = nullptr);

    static QJsonObject toJson(const Workspace &ws);
    // The warnings a conversion to `target` would bring, from the workspace's data.
    QStringList environmentWarnings(const Workspace &ws, const QString &target) const;

    // Called once, on a workspace's first provisioning, to seed what a
    // provisioned workspace starts with (the built-in integrations).
    using ProvisionHook = std::function<void(const Workspace &)>;
    void setProvisionHook(ProvisionHook hook) { m_provisionHook = std::move(hook); }
    // More warnings for environment-check, from other parts of the platform.
    using WarningSource = std::function<QStringList(const Workspace &, const QString &target)>;
    void addWarningSource(WarningSource source) { m_warningSources.push_back(std::move(source)); }

private:
    HttpReply list(const PlatformCall &call);
    HttpReply get(const PlatformCall &call);
    HttpReply update(const PlatformCall &call);
    HttpReply provision(const PlatformCall &call);
    HttpReply archive(const PlatformCall &call);
    HttpReply environmentCheck(const PlatformCall &call);
    HttpReply convert(const PlatformCall &call);
    HttpReply testCallers(const PlatformCall &call);
    HttpReply updateTestCallers(const PlatformCall &call);

    PlatformRoutes *const m_routes;
    ProvisionHook m_provisionHook;
    QVector<WarningSource> m_warningSources;
};

} // namespace sandbox
