#pragma once

#include "records.h"

#include <QByteArray>
#include <QUrl>
#include <optional>

// The request bodies of connections-api.md, typed. Callers fill these; only
// requests.cpp knows the keys (connector_type, account_handle …). Secrets in
// them (an API key) are sent once and kept nowhere.
namespace cc {

// POST /connections, one struct per connect method.
struct OAuthConnectRequest
{
    QString connectorType;
    QString name; // optional
    QUrl returnTo; // the loopback URL the platform redirects the browser to
};
struct ApiKeyConnectRequest
{
    QString connectorType;
    QString apiKey;
    QString name; // optional
};
struct HandleConnectRequest
{
    QString connectorType;
    QString handle;
    ResolvedHandle account; // what resolve-handle answered
};
struct WebhookConnectRequest
{
    QString connectorType;
    QString name; // optional
};

// POST /connections/:id/reconnect: OAuth sends returnTo, API key its new key,
// a handle connector nothing.
struct ReconnectRequest
{
    QUrl returnTo;
    QString apiKey;
};

// PATCH /connections/:id: only what is set is sent.
struct ConnectionPatch
{
    std::optional<QString> name;
    // Set: the new owner; set to an empty string: no owner (JSON null).
    std::optional<QString> ownerUserId;

    bool isEmpty() const { return !name && !ownerUserId; }
};

namespace json {
QByteArray encode(const OAuthConnectRequest &request);
QByteArray encode(const ApiKeyConnectRequest &request);
QByteArray encode(const HandleConnectRequest &request);
QByteArray encode(const WebhookConnectRequest &request);
QByteArray encode(const ReconnectRequest &request);
QByteArray encode(const ConnectionPatch &patch);
} // namespace json

} // namespace cc
