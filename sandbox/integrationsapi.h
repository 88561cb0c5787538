#pragma once

#include "platformroutes.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace sandbox {

class SecretBox;

// platform-integrations.openapi.json: the seven /v1/{workspace_id}/integrations
// operations. Secret values are sealed (SecretBox) under the ssm_param_path
// the sandbox assigns and never returned or logged; the endpoint test and the
// health check make real HTTP requests, to loopback addresses only.
class IntegrationsApi : public QObject
{
    Q_OBJECT

public:
    IntegrationsApi(PlatformRoutes *routes, const SecretBox *box, QObject *parent = nullptr);

    // Where the fake upstream listens: what seeded and built-in integrations call.
    void setUpstreamOrigin(const QString &origin) { m_upstream = origin; }

    QJsonObject toJson(const IntegrationRecord &i) const;

    // The built-in integrations a workspace starts with when provisioned.
    void seedBuiltins(const Workspace &ws);
    // The demo's integrations (every protocol and auth type; endpoints whose
    // tests succeed, retry and fail), with their secrets sealed.
    void seedDemo(const Workspace &ws, qint64 nowMs);
    // --seed scale:N: the built-ins and N / 1,000 more (1 to 200).
    void seedScale(const Workspace &ws, int connections, qint64 nowMs);
    // Environment-check warnings: enabled integrations on a non-production host.
    QStringList environmentWarnings(const Workspace &ws, const QString &target) const;

    // The retry backoff of the endpoint test, in ms (tests shorten it).
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

private:
    HttpReply list(const PlatformCall &call);
    HttpReply create(const PlatformCall &call);
    HttpReply get(const PlatformCall &call);
    HttpReply update(const PlatformCall &call);
    HttpReply remove(const PlatformCall &call);
    HttpReply healthCheck(const PlatformCall &call);
    HttpReply test(const PlatformCall &call);

    struct Secrets; // secret values from a request, by kind
    // Reads a create (or update) body into `out`; problems into `errors`.
    void readBody(const PlatformCall &call, bool creating, IntegrationRecord *out, Secrets *secrets,
        fastapi::Errors *errors) const;
    void storeSecrets(const Workspace &ws, IntegrationRecord *record, const Secrets &secrets,
        const std::optional<QJsonObject> &previousAuth);
    QString secretValue(const QJsonObject &auth, const char *pathKey) const;

    PlatformRoutes *const m_routes;
    const SecretBox *const m_box;
    QNetworkAccessManager m_nam;
    QString m_upstream;
    int m_retryDelayMs = 200;
};

} // namespace sandbox
