#include "authserver.h"

#include "pages.h"
#include "secrets.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>

namespace sandbox {

namespace {
using Method = QHttpServerRequest::Method;
using Kind = HttpServer::RouteKind;
constexpr qint64 kConsentTtlMs = 10 * 60 * 1000;
} // namespace

AuthServer::AuthServer(Store *store, HttpServer *server, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_server(server)
    , m_options(options)
    , m_prune(new QTimer(this))
{
    // Consents nobody answered are forgotten on a timer too, not only when
    // the next sign-in starts.
    m_prune->setInterval(int(std::min<qint64>(kConsentTtlMs, 60000)));
    connect(m_prune, &QTimer::timeout, this,
        [this] { pruneConsents(QDateTime::currentMSecsSinceEpoch()); });
    m_prune->start();
    auto route
        = [this](Method m, const char *path, HttpReply (AuthServer::*fn)(const HttpRequest &)) {
              m_server->addRoute(m, QString::fromLatin1(path), Kind::Page,
                  [this, fn](const HttpRequest &r, const QStringList &) { return (this->*fn)(r); });
          };
    route(Method::Get, "/.well-known/oauth-authorization-server", &AuthServer::metadata);
    route(Method::Get, "/oauth/authorize", &AuthServer::authorizeGet);
    route(Method::Post, "/oauth/authorize", &AuthServer::authorizePost);
    route(Method::Post, "/oauth/token", &AuthServer::token);
    route(Method::Post, "/oauth/revoke", &AuthServer::revoke);
}

bool AuthServer::isRegisteredRedirect(const QString &redirectUri)
{
    // Registered: http://127.0.0.1/callback and http://[::1]/callback, any port.
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || !url.userInfo().isEmpty() || url.hasQuery()
        || url.hasFragment() || url.path() != u"/callback") {
        return false;
    }
    const QString withoutPort = redirectUri.section(u'/', 0, 2);
    const QString host = url.host();
    if (host == u"127.0.0.1")
        return withoutPort == u"http://127.0.0.1" || withoutPort.startsWith(u"http://127.0.0.1:");
    if (host == u"::1")
        return withoutPort == u"http://[::1]" || withoutPort.startsWith(u"http://[::1]:");
    return false;
}

void AuthServer::pruneConsents(qint64 nowMs)
{
    for (auto it = m_consents.begin(); it != m_consents.end();) {
        if (nowMs - it->createdAt > kConsentTtlMs)
            it = m_consents.erase(it);
        else
            ++it;
    }
}

int AuthServer::pendingConsents() const
{
    return int(m_consents.size());
}

HttpReply AuthServer::metadata(const HttpRequest &)
{
    const QString issuer = m_server->origin();
    return HttpReply::json(200,
        {{QStringLiteral("issuer"), issuer},
            {QStringLiteral("authorization_endpoint"),
                QString(issuer + QStringLiteral("/oauth/authorize"))},
            {QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/oauth/token"))},
            {QStringLiteral("revocation_endpoint"),
                QString(issuer + QStringLiteral("/oauth/revoke"))},
            {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
            {QStringLiteral("grant_types_supported"),
                QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
            {QStringLiteral("code_challenge_methods_supported"),
                QJsonArray{QStringLiteral("S256")}},
            {QStringLiteral("token_endpoint_auth_methods_supported"),
                QJsonArray{QStringLiteral("none")}},
            {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("connections")}},
            {QStringLiteral("authorization_response_iss_parameter_supported"), true}});
}

HttpReply AuthServer::redirectError(const QString &redirectUri, const QString &state,
    const QString &error, const QString &description) const
{
    // RFC 6749 §4.1.2.1: errors go back to the (validated) redirect URI.
    QUrl url(redirectUri);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("error"), error);
    q.addQueryItem(QStringLiteral("error_description"), description);
    if (!state.isEmpty())
        q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("iss"), m_server->origin());
    url.setQuery(q);
    return HttpReply::redirect(url);
}

HttpReply AuthServer::authorizeGet(const HttpRequest &req)
{
    const QUrlQuery &q = req.query;
    const QString clientId = q.queryItemValue(QStringLiteral("client_id"));
    const QString redirectUri
        = q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    // RFC 6749 §4.1.2.1: with a bad client or redirect URI, never redirect.
    if (clientId != consoleClientId()) {
        return HttpReply::html(400,
            page(QStringLiteral("Unknown application"),
                QStringLiteral("<h1 class=\"err\">Unknown application</h1><p>The application "
                               "asking to sign in (<code>%1</code>) is not registered with this "
                               "platform. Nothing was shared.</p>")
                    .arg(escaped(clientId))));
    }
    if (!isRegisteredRedirect(redirectUri)) {
        return HttpReply::html(400,
            page(QStringLiteral("Invalid redirect"),
                QStringLiteral("<h1 class=\"err\">This sign-in link is not valid</h1><p>The return "
                               "address <code>%1</code> is not registered for %2. Nothing was "
                               "shared.</p>")
                    .arg(escaped(redirectUri), escaped(clientId))));
    }
    const QString state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (q.queryItemValue(QStringLiteral("response_type")) != u"code") {
        return redirectError(redirectUri, state, QStringLiteral("unsupported_response_type"),
            QStringLiteral("Only response_type=code is supported."));
    }
    const QString challenge = q.queryItemValue(QStringLiteral("code_challenge"));
    const QString method = q.queryItemValue(QStringLiteral("code_challenge_method"));
    if (challenge.isEmpty()) {
        return redirectError(redirectUri, state, QStringLiteral("invalid_request"),
            QStringLiteral("PKCE is required: send code_challenge with method S256."));
    }
    if (method != u"S256") {
        // RFC 7636 §4.3 allows "plain"; this server refuses it on purpose.
        return redirectError(redirectUri, state, QStringLiteral("invalid_request"),
            QStringLiteral("Only code_challenge_method=S256 is supported."));
    }
    if (challenge.size() != 43 || !isValidPkceString(challenge)) {
        return redirectError(redirectUri, state, QStringLiteral("invalid_request"),
            QStringLiteral("code_challenge must be a base64url SHA-256 digest."));
    }

    PendingConsent consent{clientId, redirectUri, state, challenge,
        q.queryItemValue(QStringLiteral("scope")), QDateTime::currentMSecsSinceEpoch()};
    const QVector<Workspace> workspaces = m_store->workspaces();
    if (workspaces.isEmpty()) {
        return redirectError(redirectUri, state, QStringLiteral("access_denied"),
            QStringLiteral("This platform has no workspace to sign in to."));
    }
    // A `workspace` hint (its id or slug) chooses the workspace: this sandbox's
    // own extension, which the console sends when it switches to a workspace
    // it holds no credential for. An unknown hint is ignored.
    const QString hint = q.queryItemValue(QStringLiteral("workspace"), QUrl::FullyDecoded);
    QString chosen = workspaces.first().id;
    for (const Workspace &ws : workspaces) {
        if (!hint.isEmpty() && (ws.id == hint || ws.slug == hint))
            chosen = ws.id;
    }
    if (m_options.autoApprove)
        return approve(consent, chosen);

    pruneConsents(consent.createdAt);
    const QString ticket = randomToken(24);
    m_consents.insert(ticket, consent);
    QString choices;
    for (const Workspace &ws : workspaces) {
        choices
            += QStringLiteral(
                "<label><input type=\"radio\" name=\"workspace\" value=\"%1\"%2> "
                "<strong>%3</strong> <span style=\"color:#687385\">(%4)</span></label>")
                   .arg(escaped(ws.id), ws.id == chosen ? QStringLiteral(" checked") : QString(),
                       escaped(ws.name), escaped(ws.slug));
    }
    return HttpReply::html(200,
        page(QStringLiteral("Sign in to Connections Console"),
            QStringLiteral(
                "<h1>Sign in to Connections Console</h1>"
                "<p><strong>Connections Console</strong> on this computer wants to manage "
                "connections on your behalf: read connections and sync history, connect, "
                "reconnect, disconnect and sync.</p>"
                "<form method=\"post\" action=\"/oauth/authorize\">"
                "<input type=\"hidden\" name=\"ticket\" value=\"%1\">"
                "<p>Choose the workspace:</p>%2"
                "<div class=\"actions\"><button class=\"primary\" type=\"submit\" "
                "name=\"decision\" "
                "value=\"approve\">Approve</button><button type=\"submit\" name=\"decision\" "
                "value=\"deny\">Deny</button></div></form>"
                "<p style=\"font-size:13px;color:#687385\">After you choose, the browser returns "
                "to "
                "the console on this computer (%3).</p>")
                .arg(escaped(ticket), choices, escaped(QUrl(redirectUri).host()))));
}

HttpReply AuthServer::authorizePost(const HttpRequest &req)
{
    const QUrlQuery form = req.formBody();
    const QString ticket = form.queryItemValue(QStringLiteral("ticket"), QUrl::FullyDecoded);
    const auto it = m_consents.constFind(ticket);
    if (ticket.isEmpty() || it == m_consents.constEnd()
        || QDateTime::currentMSecsSinceEpoch() - it->createdAt > kConsentTtlMs) {
        return HttpReply::html(400,
            page(QStringLiteral("Sign-in expired"),
                QStringLiteral("<h1 class=\"err\">This sign-in request has expired</h1><p>Start "
                               "signing in again from Connections Console.</p>")));
    }
    const PendingConsent consent = *it;
    m_consents.remove(ticket);
    if (form.queryItemValue(QStringLiteral("decision")) != u"approve") {
        return redirectError(consent.redirectUri, consent.state, QStringLiteral("access_denied"),
            QStringLiteral("The user denied the request."));
    }
    const QString workspaceId
        = form.queryItemValue(QStringLiteral("workspace"), QUrl::FullyDecoded);
    if (!m_store->workspace(workspaceId)) {
        return redirectError(consent.redirectUri, consent.state, QStringLiteral("invalid_request"),
            QStringLiteral("Unknown workspace."));
    }
    return approve(consent, workspaceId);
}

HttpReply AuthServer::approve(const PendingConsent &consent, const QString &workspaceId)
{
    const std::optional<User> admin = m_store->workspaceAdmin(workspaceId);
    if (!admin) {
        return redirectError(consent.redirectUri, consent.state, QStringLiteral("access_denied"),
            QStringLiteral("That workspace has no admin to sign in as."));
    }
    const QString code = randomToken(32);
    Store::AuthCode c;
    c.clientId = consent.clientId;
    c.redirectUri = consent.redirectUri;
    c.codeChallenge = consent.codeChallenge;
    c.workspaceId = workspaceId;
    c.userId = admin->id;
    c.expiresAt = QDateTime::currentMSecsSinceEpoch() + m_options.codeTtlSeconds * 1000;
    m_store->insertAuthCode(code, c);
    QUrl url(consent.redirectUri);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("code"), code);
    if (!consent.state.isEmpty())
        q.addQueryItem(QStringLiteral("state"), consent.state);
    q.addQueryItem(QStringLiteral("iss"), m_server->origin()); // RFC 9207
    url.setQuery(q);
    return HttpReply::redirect(url);
}

HttpReply AuthServer::tokenError(int status, const QString &error, const QString &description) const
{
    // RFC 6749 §5.2.
    HttpReply r = HttpReply::json(status,
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    if (status == 401)
        r.withHeader("WWW-Authenticate", "Basic realm=\"connections\"");
    return r;
}

HttpReply AuthServer::issueTokens(const QString &family, const QString &workspaceId,
    const QString &userId, const QString &clientId)
{
    const QString access = randomToken(32);
    const QString refresh = randomToken(32);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_store->insertAccessToken(
        access, family, workspaceId, userId, now + m_options.accessTokenTtlSeconds * 1000);
    m_store->insertRefreshToken(refresh, {family, workspaceId, userId, clientId, false, false});
    HttpReply r = HttpReply::json(200,
        {{QStringLiteral("access_token"), access},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), m_options.accessTokenTtlSeconds},
            {QStringLiteral("refresh_token"), refresh},
            {QStringLiteral("scope"), QStringLiteral("connections")}});
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return r;
}

HttpReply AuthServer::token(const HttpRequest &req)
{
    if (!req.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded")) {
        return tokenError(400, QStringLiteral("invalid_request"),
            QStringLiteral("The token request must be application/x-www-form-urlencoded."));
    }
    const QUrlQuery form = req.formBody();
    auto param = [&form](const char *name) {
        return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const QString grant = param("grant_type");
    const QString clientId = param("client_id");
    if (clientId.isEmpty())
        return tokenError(
            400, QStringLiteral("invalid_request"), QStringLiteral("client_id is required."));
    if (clientId != consoleClientId())
        return tokenError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client."));

    if (grant == u"authorization_code") {
        const QString code = param("code");
        const QString verifier = param("code_verifier");
        if (code.isEmpty())
            return tokenError(
                400, QStringLiteral("invalid_request"), QStringLiteral("code is required."));
        const std::optional<Store::AuthCode> stored = m_store->authCode(code);
        if (!stored)
            return tokenError(400, QStringLiteral("invalid_grant"),
                QStringLiteral("Unknown authorization code."));
        if (stored->used) {
            // RFC 6749 §4.1.2: a reused code revokes what it already issued.
            m_store->revokeFamily(stored->family);
            return tokenError(400, QStringLiteral("invalid_grant"),
                QStringLiteral(
                    "This authorization code was already used; its tokens are revoked."));
        }
        // One attempt per code, whatever happens next.
        m_store->markAuthCodeUsed(code, QString());
        if (stored->expiresAt < QDateTime::currentMSecsSinceEpoch())
            return tokenError(400, QStringLiteral("invalid_grant"),
                QStringLiteral("The authorization code expired."));
        if (stored->clientId != clientId || stored->redirectUri != param("redirect_uri")) {
            return tokenError(400, QStringLiteral("invalid_grant"),
                QStringLiteral(
                    "redirect_uri or client_id does not match the authorization request."));
        }
        if (verifier.isEmpty()) {
            return tokenError(400, QStringLiteral("invalid_request"),
                QStringLiteral("code_verifier is required (PKCE)."));
        }
        // RFC 7636 §4.6: compare BASE64URL(SHA256(verifier)) with the challenge.
        if (!isValidPkceString(verifier) || pkceS256(verifier) != stored->codeChallenge) {
            return tokenError(400, QStringLiteral("invalid_grant"),
                QStringLiteral("code_verifier does not match the code_challenge."));
        }
        const QString family = randomToken(16);
        m_store->markAuthCodeUsed(code, family);
        return issueTokens(family, stored->workspaceId, stored->userId, clientId);
    }
    if (grant == u"refresh_token") {
        const QString refresh = param("refresh_token");
        if (refresh.isEmpty())
            return tokenError(400, QStringLiteral("invalid_request"),
                QStringLiteral("refresh_token is required."));
        const std::optional<Store::RefreshToken> stored = m_store->refreshToken(refresh);
        if (!stored || stored->clientId != clientId)
            return tokenError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown refresh token."));
        if (stored->revoked)
            return tokenError(400, QStringLiteral("invalid_grant"),
                QStringLiteral("This refresh token was revoked."));
        if (stored->used) {
            // Reuse of a rotated token means it leaked: end the whole chain.
            m_store->revokeFamily(stored->family);
            return tokenError(400, QStringLiteral("invalid_grant"),
                QStringLiteral("Refresh token reuse detected; the session has been revoked."));
        }
        m_store->markRefreshTokenUsed(refresh);
        return issueTokens(stored->family, stored->workspaceId, stored->userId, clientId);
    }
    if (grant.isEmpty())
        return tokenError(
            400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required."));
    return tokenError(400, QStringLiteral("unsupported_grant_type"),
        QStringLiteral("Supported grants: authorization_code, refresh_token."));
}

HttpReply AuthServer::revoke(const HttpRequest &req)
{
    // RFC 7009 §2.2: answer 200 whether or not the token was known.
    const QString token
        = req.formBody().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (const auto refresh = m_store->refreshToken(token))
        m_store->revokeFamily(refresh->family);
    else if (const auto family = m_store->familyOfAccessToken(token))
        m_store->revokeFamily(*family);
    HttpReply r;
    r.status = 200;
    r.withHeader("Cache-Control", "no-store");
    return r;
}

} // namespace sandbox
