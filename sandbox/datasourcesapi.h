#pragma once

#include "platformroutes.h"

#include <QObject>

namespace sandbox {

class DataSourceSimulator;

// platform-data-sources.openapi.json: the eight /v1/{workspace_id}/data-sources
// operations, over the store and the simulator.
class DataSourcesApi : public QObject
{
    Q_OBJECT

public:
    DataSourcesApi(PlatformRoutes *routes, DataSourceSimulator *simulator, HttpServer *server,
        qint64 manualCooldownMs, QObject *parent = nullptr);

    QJsonObject toJson(const DataSourceRecord &d, qint64 nowMs) const;

    static const QStringList &sourceTypes();
    static const QStringList &syncStrategies();

private:
    HttpReply list(const PlatformCall &call);
    HttpReply create(const PlatformCall &call);
    HttpReply get(const PlatformCall &call);
    HttpReply update(const PlatformCall &call);
    HttpReply remove(const PlatformCall &call);
    HttpReply status(const PlatformCall &call);
    HttpReply history(const PlatformCall &call);
    HttpReply sync(const PlatformCall &call);

    // The data source named by the path, or the 422 / 404 reply.
    std::optional<DataSourceRecord> find(const PlatformCall &call, HttpReply *error) const;

    PlatformRoutes *const m_routes;
    DataSourceSimulator *const m_simulator;
    HttpServer *const m_server;
    const qint64 m_cooldownMs;
};

} // namespace sandbox
