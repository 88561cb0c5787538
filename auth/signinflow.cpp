#include "signinflow.h"

#include "browserlauncher.h"
#include "httplimits.h"
#include "oauthwire.h"
#include "pkce.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSignIn, "console.auth.signin", QtInfoMsg)

namespace cc {

namespace {

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setTransferTimeout(limits::kIdleTimeoutMs);
    // Metadata and tokens never follow a redirect elsewhere.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setRawHeader("Accept", "application/json");
    return r;
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

// POSTs to the token endpoint and parses RFC 6749 §5.1 / §5.2 answers.
void tokenRequest(QNetworkAccessManager *nam, const QUrl &endpoint, const QByteArray &body,
    QObject *context,
    std::function<void(
        const TokenResponse &tokens, const QString &error, const QString &description)>
        done)
{
    QNetworkRequest request = jsonRequest(endpoint);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam->post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const TokenResponse t = json::decodeTokenResponse(reply->readAll());
        if (status == 0) {
            done({}, QStringLiteral("network"), reply->errorString());
            return;
        }
        if (status != 200) {
            done({}, t.error.isEmpty() ? QStringLiteral("http_%1").arg(status) : t.error,
                t.errorDescription);
            return;
        }
        if (t.accessToken.isEmpty()) {
            done({}, QStringLiteral("invalid_response"),
                QStringLiteral("the token response has no access_token"));
            return;
        }
        done(t, QString(), QString());
    });
}

TokenSet tokensFrom(const TokenResponse &o, const QUrl &endpoint, const QString &clientId,
    const QString &previousRefresh)
{
    TokenSet t;
    t.accessToken = o.accessToken;
    // RFC 6749 §6: the server may keep the old refresh token.
    t.refreshToken = o.refreshToken.isEmpty() ? previousRefresh : o.refreshToken;
    const qint64 expiresIn = o.expiresInSeconds >= 0 ? o.expiresInSeconds : 3600;
    t.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
    t.tokenEndpoint = endpoint;
    t.clientId = clientId;
    return t;
}

bool safeEndpoint(const QUrl &url)
{
    return BrowserLauncher::isSafeToOpen(url);
}

} // namespace

SignInFlow::SignInFlow(QNetworkAccessManager *nam, BrowserLauncher *browser, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_browser(browser)
{
    connect(&m_listener, &LoopbackListener::countdown, this, &SignInFlow::countdown);
    connect(&m_listener, &LoopbackListener::callbackReceived, this, &SignInFlow::callback);
    connect(&m_listener, &LoopbackListener::timedOut, this, [this] {
        fail(tr("No answer came back from the browser within 5 minutes; sign-in stopped. Try "
                "again."),
            QStringLiteral("timeout"));
    });
    m_listener.setSuccessMessage(tr("Signed in"),
        tr("The platform approved the sign-in. Connections Console is finishing it now."));
}

QString SignInFlow::defaultScope(const QStringList &scopesSupported, bool viaOpenIdConfiguration)
{
    QStringList scopes;
    for (const QString &s : {QStringLiteral("openid"), QStringLiteral("offline_access")}) {
        if (scopesSupported.isEmpty() ? viaOpenIdConfiguration : scopesSupported.contains(s))
            scopes << s;
    }
    return scopes.join(u' ');
}

void SignInFlow::start(
    const QUrl &issuer, const QString &clientId, const QString &scope, const QString &workspaceHint)
{
    cancel();
    m_active = true;
    m_workspaceHint = workspaceHint;
    m_issuer = issuer.adjusted(QUrl::StripTrailingSlash);
    m_clientId = clientId;
    m_explicitScope = scope.simplified();
    m_scope.clear();
    m_issRequired = false;
    if (!safeEndpoint(m_issuer)) {
        fail(tr("The sign-in server must use https (or be on this computer)."),
            QStringLiteral("insecure_issuer"));
        return;
    }
    discover(m_issuer, false);
}

void SignInFlow::discover(const QUrl &issuer, bool fallback)
{
    QUrl url = issuer;
    // RFC 8414 §3.1: the well-known path goes before any issuer path.
    const QString path = issuer.path();
    url.setPath((fallback ? QStringLiteral("/.well-known/openid-configuration")
                          : QStringLiteral("/.well-known/oauth-authorization-server"))
        + (path == u"/" ? QString() : path));
    QNetworkReply *reply = m_nam->get(jsonRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, issuer, fallback] {
        reply->deleteLater();
        if (!m_active)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        AuthServerMetadata meta;
        if (status != 200 || !json::decodeAuthServerMetadata(reply->readAll(), &meta)) {
            if (!fallback && status != 0) {
                discover(issuer, true);
                return;
            }
            fail(status == 0 ? tr("Cannot reach the sign-in server (%1).").arg(reply->errorString())
                             : tr("The server does not publish OAuth sign-in metadata (HTTP %1).")
                                   .arg(status),
                QStringLiteral("discovery"));
            return;
        }
        if (meta.issuer.adjusted(QUrl::StripTrailingSlash) != m_issuer) {
            fail(tr("The sign-in metadata names another issuer; refusing it."),
                QStringLiteral("issuer_mismatch"));
            return;
        }
        const QUrl authorization = meta.authorizationEndpoint;
        m_tokenEndpoint = meta.tokenEndpoint;
        if (!safeEndpoint(authorization) || !safeEndpoint(m_tokenEndpoint)) {
            fail(tr("The sign-in endpoints must use https (or be on this computer)."),
                QStringLiteral("insecure_endpoint"));
            return;
        }
        if (!meta.codeChallengeMethods.isEmpty()
            && !meta.codeChallengeMethods.contains(QStringLiteral("S256"))) {
            fail(tr("The sign-in server does not support PKCE S256."), QStringLiteral("no_pkce"));
            return;
        }
        m_scope = m_explicitScope.isEmpty() ? defaultScope(meta.scopesSupported, fallback)
                                            : m_explicitScope;
        m_issRequired = meta.issParameterSupported;
        authorize(authorization);
    });
}

void SignInFlow::authorize(const QUrl &authorizationEndpoint)
{
    m_state = pkce::makeState();
    m_verifier = pkce::makeVerifier();
    QString error;
    if (!m_listener.start(QStringLiteral("/callback"), QStringLiteral("state"), m_state, &error)) {
        fail(tr("The console could not listen for the browser's answer on this computer (%1).")
                 .arg(error),
            QStringLiteral("listen"));
        return;
    }
    m_redirectUri = m_listener.redirectUri();
    QUrl url = authorizationEndpoint;
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(
        QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    q.addQueryItem(QStringLiteral("redirect_uri"),
        QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri.toString())));
    q.addQueryItem(QStringLiteral("state"), m_state);
    q.addQueryItem(QStringLiteral("code_challenge"), pkce::challengeS256(m_verifier));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_scope.isEmpty()) {
        q.addQueryItem(
            QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(m_scope)));
        // OpenID Connect Core §11: offline_access is granted only with consent.
        if (m_scope.split(u' ').contains(QStringLiteral("offline_access")))
            q.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    }
    if (!m_workspaceHint.isEmpty()) {
        q.addQueryItem(QStringLiteral("workspace"),
            QString::fromLatin1(QUrl::toPercentEncoding(m_workspaceHint)));
    }
    url.setQuery(q);
    QString why;
    const bool opened = m_browser->open(url, &why);
    Q_EMIT browserOpened(url, opened, why);
}

void SignInFlow::callback(const QUrlQuery &query)
{
    if (!m_active)
        return;
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description
            = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        fail(error == u"access_denied"
                ? tr("Sign-in was denied in the browser.")
                : tr("The sign-in server answered: %1 %2").arg(error, description),
            error);
        return;
    }
    const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (iss.isEmpty() && m_issRequired) {
        fail(tr("The sign-in server promised to name itself in its answer (RFC 9207) but did not; "
                "refusing it (mix-up protection)."),
            QStringLiteral("issuer_missing"));
        return;
    }
    if (!iss.isEmpty() && QUrl(iss).adjusted(QUrl::StripTrailingSlash) != m_issuer) {
        fail(tr("The answer came from another sign-in server; refusing it (mix-up protection)."),
            QStringLiteral("issuer_mismatch"));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(tr("The browser came back without an authorization code."), QStringLiteral("no_code"));
        return;
    }
    const QByteArray body = form({{QStringLiteral("grant_type"),
                                      QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
        {QStringLiteral("client_id"), m_clientId}, {QStringLiteral("code_verifier"), m_verifier}});
    tokenRequest(m_nam, m_tokenEndpoint, body, this,
        [this](const TokenResponse &o, const QString &err, const QString &description) {
            if (!m_active)
                return;
            if (!err.isEmpty()) {
                fail(tr("The sign-in server refused the code: %1 %2").arg(err, description), err);
                return;
            }
            m_active = false;
            m_verifier.clear();
            qCInfo(lcSignIn) << "signed in";
            Q_EMIT succeeded(tokensFrom(o, m_tokenEndpoint, m_clientId, QString()));
        });
}

void SignInFlow::refresh(QNetworkAccessManager *nam, const TokenSet &current, QObject *context,
    std::function<void(const TokenSet &, const QString &, const QString &)> done)
{
    const QByteArray body = form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), current.refreshToken},
        {QStringLiteral("client_id"), current.clientId}});
    tokenRequest(nam, current.tokenEndpoint, body, context,
        [current, done](const TokenResponse &o, const QString &error, const QString &description) {
            if (!error.isEmpty()) {
                done({}, error, description);
                return;
            }
            done(tokensFrom(o, current.tokenEndpoint, current.clientId, current.refreshToken),
                QString(), QString());
        });
}

void SignInFlow::cancel()
{
    if (!m_active)
        return;
    m_active = false;
    m_listener.cancel();
    m_verifier.clear();
    Q_EMIT cancelled();
}

void SignInFlow::fail(const QString &message, const QString &code)
{
    if (!m_active)
        return;
    m_active = false;
    m_listener.cancel();
    m_verifier.clear();
    qCInfo(lcSignIn) << "sign-in failed:" << code;
    Q_EMIT failed(message, code);
}

} // namespace cc
