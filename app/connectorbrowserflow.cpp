#include "connectorbrowserflow.h"

#include "browserlauncher.h"
#include "pkce.h"
#include "platformclient.h"

#include <QCoreApplication>

namespace cc {

ConnectorBrowserFlow::ConnectorBrowserFlow(
    PlatformClient *client, BrowserLauncher *browser, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_browser(browser)
{
    connect(&m_listener, &LoopbackListener::countdown, this, &ConnectorBrowserFlow::countdown);
    connect(
        &m_listener, &LoopbackListener::callbackReceived, this, &ConnectorBrowserFlow::callback);
    connect(&m_listener, &LoopbackListener::timedOut, this, [this] {
        if (!m_active)
            return;
        m_active = false;
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        Q_EMIT failed(tr("No answer came back from the browser within 5 minutes, so the console "
                         "stopped waiting. "
                         "Nothing was changed; start again when you are ready."),
            e);
    });
    m_listener.setSuccessMessage(tr("Connected"),
        tr("The provider approved the connection. Connections Console is checking it now."));
}

QString ConnectorBrowserFlow::messageForError(const QString &code)
{
    if (code == u"access_denied")
        return tr("You denied access at the provider, so nothing was connected.");
    if (code == u"expired")
        return tr("The authorization link expired or was already used. Start again.");
    if (code == u"server_error" || code == u"temporarily_unavailable")
        return tr("The provider had a problem. Try again in a moment.");
    return tr("The provider reported an error: \"%1\".").arg(code);
}

void ConnectorBrowserFlow::startConnect(const QString &connectorType, const QString &name)
{
    begin(false, connectorType, name);
}

void ConnectorBrowserFlow::startReconnect(const QString &connectionId)
{
    begin(true, connectionId, QString());
}

void ConnectorBrowserFlow::begin(bool reconnect, const QString &subject, const QString &name)
{
    cancel();
    const QString nonce = pkce::makeState();
    QString error;
    if (!m_listener.start(QStringLiteral("/connected"), QStringLiteral("nonce"), nonce, &error)) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.detail = error;
        Q_EMIT failed(
            tr("The console could not listen for the browser's answer on this computer (%1).")
                .arg(error),
            e);
        return;
    }
    m_active = true;
    m_returnTo = m_listener.redirectUri();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("nonce"), nonce);
    m_returnTo.setQuery(q);
    auto done = [this](const ConnectResult &result, const ApiError &e) {
        answered(result, e);
    };
    if (reconnect) {
        m_connectionId = subject;
        ReconnectRequest request;
        request.returnTo = m_returnTo;
        m_client->reconnect(this, subject, request, done);
    } else {
        m_connectionId.clear();
        m_client->connectConnector(this, OAuthConnectRequest{subject, name, m_returnTo}, done);
    }
}

void ConnectorBrowserFlow::answered(const ConnectResult &result, const ApiError &error)
{
    if (!m_active)
        return;
    if (error.isError()) {
        finish();
        Q_EMIT failed(error.message(), error);
        return;
    }
    if (result.mode != u"oauth_redirect" || result.authorizeUrl.isEmpty()) {
        finish();
        ApiError e;
        e.kind = ApiError::Kind::Malformed;
        e.detail = QStringLiteral("mode %1 where oauth_redirect was expected").arg(result.mode);
        Q_EMIT failed(tr("The platform did not start a browser sign-in for this connector."), e);
        return;
    }
    if (result.connection) {
        m_connectionId = result.connection->id;
        Q_EMIT pending(*result.connection);
    }
    m_authorizeUrl = QUrl(result.authorizeUrl);
    QString why;
    const bool opened = m_browser->open(m_authorizeUrl, &why);
    Q_EMIT browserOpened(m_authorizeUrl, opened, why);
}

void ConnectorBrowserFlow::callback(const QUrlQuery &query)
{
    if (!m_active)
        return;
    const QString code
        = query.queryItemValue(QStringLiteral("connection_error"), QUrl::FullyDecoded);
    if (!code.isEmpty() || !query.hasQueryItem(QStringLiteral("connected"))) {
        finish();
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.code = code.isEmpty() ? QStringLiteral("unknown") : code;
        Q_EMIT failed(messageForError(e.code), e);
        return;
    }
    // The redirect alone proves nothing: confirm with an authenticated read.
    m_client->fetchConnection(this, m_connectionId, [this](const Connection &c, const ApiError &e) {
        if (!m_active)
            return;
        finish();
        if (e.isError()) {
            Q_EMIT failed(
                tr("The browser reported success, but the platform could not confirm it: %1")
                    .arg(e.message()),
                e);
            return;
        }
        Q_EMIT succeeded(c);
    });
}

void ConnectorBrowserFlow::cancel()
{
    if (!m_active)
        return;
    finish();
    Q_EMIT cancelled();
}

void ConnectorBrowserFlow::finish()
{
    m_active = false;
    m_listener.cancel();
}

} // namespace cc
