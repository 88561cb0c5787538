#pragma once

#include "httpserver.h"

#include <QObject>

namespace sandbox {

class Store;
class SyncRunner;

// Fake OAuth providers for connectors: a consent page per provider with
// Approve and Deny, the platform's provider callback, the redirect back to a
// first-party return_to (or the sandbox's own result page), avatars for
// social handles, and the webhook receiver.
class ProviderFlows : public QObject
{
    Q_OBJECT

public:
    // Unattended consent for headless browser tests: approve or deny by itself.
    enum class AutoConsent { Off, Approve, Deny };
    ProviderFlows(Store *store, SyncRunner *runner, HttpServer *server, AutoConsent autoConsent,
        QObject *parent = nullptr);

    static constexpr qint64 kFlowTtlMs = 15 * 60 * 1000;

private:
    HttpReply consentPage(const HttpRequest &req, const QString &type);
    HttpReply consentAnswer(const HttpRequest &req, const QString &type);
    HttpReply callback(const HttpRequest &req);
    HttpReply avatar(const HttpRequest &req, const QString &file);
    HttpReply webhook(const HttpRequest &req, const QString &id);

    HttpReply decide(const QString &type, const QString &state, bool approved);
    HttpReply finish(const QString &returnTo, const QString &type, const QString &error,
        const QString &connectionName);

    Store *const m_store;
    SyncRunner *const m_runner;
    HttpServer *const m_server;
    const AutoConsent m_autoConsent;
};

} // namespace sandbox
