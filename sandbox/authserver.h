#pragma once

#include "httpserver.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace sandbox {

class Store;

// The platform as an OAuth 2.0 authorization server for console sign-in
// (connections-api.md, last section): RFC 8414 metadata, an authorization
// endpoint with a consent page (choose the workspace, then approve), and a
// token endpoint for a public native client (RFC 8252) that requires PKCE S256
// (RFC 7636), rotates refresh tokens and revokes the whole chain on reuse
// (OAuth 2.0 Security BCP, RFC 9700 §4.14.2). RFC 7009 revocation too.
class AuthServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool autoApprove = false;
        qint64 accessTokenTtlSeconds = 3600;
        qint64 codeTtlSeconds = 60;
    };
    AuthServer(Store *store, HttpServer *server, Options options, QObject *parent = nullptr);
    // Consents waiting for the user (expired ones are pruned every minute).
    int pendingConsents() const;
    void pruneConsents(qint64 nowMs);

    // The only registered client, a public native app.
    static QString consoleClientId() { return QStringLiteral("connections-console"); }
    // Exact match, except the port of a loopback redirect (RFC 8252 §7.3).
    static bool isRegisteredRedirect(const QString &redirectUri);

private:
    struct PendingConsent
    {
        QString clientId;
        QString redirectUri;
        QString state;
        QString codeChallenge;
        QString scope;
        qint64 createdAt = 0;
    };

    HttpReply metadata(const HttpRequest &req);
    HttpReply authorizeGet(const HttpRequest &req);
    HttpReply authorizePost(const HttpRequest &req);
    HttpReply token(const HttpRequest &req);
    HttpReply revoke(const HttpRequest &req);

    HttpReply approve(const PendingConsent &consent, const QString &workspaceId);
    HttpReply redirectError(const QString &redirectUri, const QString &state, const QString &error,
        const QString &description) const;
    HttpReply tokenError(int status, const QString &error, const QString &description) const;
    HttpReply issueTokens(const QString &family, const QString &workspaceId, const QString &userId,
        const QString &clientId);

    Store *const m_store;
    HttpServer *const m_server;
    const Options m_options;
    QHash<QString, PendingConsent> m_consents; // ticket -> request awaiting the user
    QTimer *const m_prune;
};

} // namespace sandbox
