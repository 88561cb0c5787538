#pragma once

#include "apiroutes.h"
#include "records.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace sandbox {

class Store;
class SyncRunner;

// Sync runs: one connection's runs (with the sandbox's ?since= extension),
// the workspace's failed and partial runs (the GET /runs extension), and
// Sync now with its 409 / 429 / 503 answers.
class RunsApi : public QObject
{
    Q_OBJECT

public:
    RunsApi(ApiRoutes *routes, SyncRunner *runner, QObject *parent = nullptr);

    // One run as the contract spells it.
    static QJsonObject runJson(const RunRecord &run);

private:
    HttpReply runs(const Principal &who, const HttpRequest &req, const QString &id);
    HttpReply workspaceRuns(const Principal &who, const HttpRequest &req);
    HttpReply sync(const Principal &who, const QString &id);

    ApiRoutes *const m_routes;
    Store *const m_store;
    SyncRunner *const m_runner;
    QHash<QString, qint64> m_lastManualSync; // connection id -> ms
};

} // namespace sandbox
