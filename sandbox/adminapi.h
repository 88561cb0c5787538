#pragma once

#include "apiroutes.h"

#include <QObject>

namespace sandbox {

class SyncRunner;

// The platform-admin surface: connector sync cadences (GET for anyone signed
// in, so the console can say "next sync ≈"; PUT for platform admins), and the
// sandbox's own fault switch (/api/sandbox/faults, platform admins only: one
// workspace must not break the server for every other).
class AdminApi : public QObject
{
    Q_OBJECT

public:
    AdminApi(ApiRoutes *routes, SyncRunner *runner, QObject *parent = nullptr);

private:
    HttpReply cadences();
    HttpReply putCadence(const HttpRequest &req, const QString &type);
    HttpReply faultsGet();
    HttpReply faultsPut(const HttpRequest &req);
    HttpReply finishRun(const Principal &who, const QString &runId);

    ApiRoutes *const m_routes;
    SyncRunner *const m_runner;
};

} // namespace sandbox
