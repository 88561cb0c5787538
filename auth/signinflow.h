#pragma once

#include "loopbacklistener.h"

#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace cc {

class BrowserLauncher;

struct TokenSet
{
    QString accessToken; // memory only
    QString refreshToken; // keychain only
    qint64 expiresAtMs = 0;
    QUrl tokenEndpoint;
    QString clientId;
};

// Console sign-in with the system browser: OAuth 2.0 authorization code with
// PKCE S256 for native apps (RFC 8252), written here rather than with Qt
// Network Authorization (see docs/decisions.md).
//   - The authorization server is discovered from
//     <issuer>/.well-known/oauth-authorization-server (RFC 8414 §3), falling
//     back to <issuer>/.well-known/openid-configuration; the metadata's issuer
//     must equal the one asked for (RFC 8414 §3.3).
//   - Only standard parameters are sent (RFC 6749 §4.1.1, RFC 7636 §4.3).
//     The scope is the one asked for; by default "openid offline_access"
//     when the metadata lists those scopes, or when discovery went through
//     openid-configuration (of them, only those listed when it lists any);
//     otherwise none. Asking for offline_access adds prompt=consent (OpenID
//     Connect Core §11).
//   - The authorization page opens through the given BrowserLauncher.
//   - The redirect is a LoopbackListener on 127.0.0.1 (RFC 8252 §7.3); the
//     state must match, and an "iss" parameter must equal the issuer: when
//     present, and always when the metadata advertises
//     authorization_response_iss_parameter_supported (RFC 9207 §2.4).
//   - An error from the authorization server (Deny) reaches failed() only
//     after the browser has its result page (LoopbackListener).
//   - The code is exchanged with the verifier (RFC 7636 §4.5); every failure,
//     including a token request that never answers, ends in failed().
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    // `browser` opens the authorization page; neither is owned.
    SignInFlow(QNetworkAccessManager *nam, BrowserLauncher *browser, QObject *parent = nullptr);

    // `scope` empty: the default above.
    // `workspaceHint`: the workspace to sign in to, sent as the authorization
    // request's `workspace` parameter (the sandbox's consent page chooses it;
    // other servers ignore an unknown parameter, RFC 6749 §3.1, and show
    // their own chooser).
    void start(const QUrl &issuer, const QString &clientId = QStringLiteral("connections-console"),
        const QString &scope = QString(), const QString &workspaceHint = QString());
    QString workspaceHint() const { return m_workspaceHint; }
    // The scope the last authorization request asked for (empty: none).
    QString requestedScope() const { return m_scope; }
    // The default scope for a server's metadata (see the class comment).
    static QString defaultScope(const QStringList &scopesSupported, bool viaOpenIdConfiguration);
    void cancel();
    void setTimeoutMs(int ms) { m_listener.setTimeoutMs(ms); }

    // Refresh grant (RFC 6749 §6); the rotated refresh token comes back in the
    // result. On failure `error` is the OAuth error code (invalid_grant: the
    // chain was revoked — sign out) or "network".
    static void refresh(QNetworkAccessManager *nam, const TokenSet &current, QObject *context,
        std::function<void(
            const TokenSet &renewed, const QString &error, const QString &description)>
            done);

Q_SIGNALS:
    void browserOpened(const QUrl &url, bool opened, const QString &error);
    void countdown(int secondsLeft);
    void succeeded(const cc::TokenSet &tokens);
    void failed(const QString &message, const QString &code);
    void cancelled();

private:
    void discover(const QUrl &issuer, bool fallback);
    void authorize(const QUrl &authorizationEndpoint);
    void callback(const QUrlQuery &query);
    void fail(const QString &message, const QString &code);

    QNetworkAccessManager *const m_nam;
    BrowserLauncher *const m_browser;
    LoopbackListener m_listener;
    QUrl m_issuer;
    QString m_clientId;
    QUrl m_tokenEndpoint;
    QString m_state;
    QString m_verifier;
    QUrl m_redirectUri;
    QString m_explicitScope;
    QString m_workspaceHint;
    QString m_scope;
    bool m_issRequired = false;
    bool m_active = false;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::TokenSet)
