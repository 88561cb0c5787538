#include "oauthconnectflow.h"

#include "browserwaitdialog.h"
#include "connectionpoller.h"
#include "connectorbrowserflow.h"

namespace cc {

OAuthConnectFlow::OAuthConnectFlow(
    const Services &services, BrowserLauncher *browser, QObject *parent)
    : ConnectFlow(services, parent)
    , m_flow(new ConnectorBrowserFlow(services.client, browser, this))
{
    connect(m_flow, &ConnectorBrowserFlow::pending, this, &ConnectFlow::connectionChanged);
    // The pending row is polled while its consent page is open, and only then.
    connect(m_flow, &ConnectorBrowserFlow::pending, this, [this](const Connection &c) {
        m_consentId = c.id;
        m_services.poller->awaitConsent(c.id);
    });
    const auto consentOver = [this] {
        m_services.poller->consentDone(m_consentId);
        m_consentId.clear();
    };
    connect(m_flow, &ConnectorBrowserFlow::succeeded, this, consentOver);
    connect(m_flow, &ConnectorBrowserFlow::failed, this, consentOver);
    connect(m_flow, &ConnectorBrowserFlow::cancelled, this, consentOver);
    connect(m_flow, &ConnectorBrowserFlow::browserOpened, this,
        [this](const QUrl &url, bool opened, const QString &why) {
            if (m_wait)
                m_wait->setLink(url, opened, why);
        });
    connect(m_flow, &ConnectorBrowserFlow::countdown, this, [this](int s) {
        if (m_wait)
            m_wait->setSecondsLeft(s);
    });
    connect(m_flow, &ConnectorBrowserFlow::succeeded, this, [this](const Connection &c) {
        Q_EMIT connectionChanged(c);
        if (m_wait)
            m_wait->showResult(true, tr("Connected: “%1” is running its first sync.").arg(c.name));
        m_services.poller->watchId(c.id);
        Q_EMIT notice(tr("%1 connected").arg(c.name));
        Q_EMIT connectionReady(c.id);
    });
    connect(m_flow, &ConnectorBrowserFlow::failed, this,
        [this](const QString &message, const ApiError &) {
            if (m_wait)
                m_wait->showResult(false, message);
            else
                Q_EMIT problem(message);
            Q_EMIT notice(message);
        });
}

void OAuthConnectFlow::openWaitDialog(const QString &title)
{
    auto *wait = new BrowserWaitDialog(title, m_services.dialogParent);
    m_wait = wait;
    connect(wait, &BrowserWaitDialog::cancelRequested, m_flow, &ConnectorBrowserFlow::cancel);
    Q_EMIT dialogReady(wait);
}

void OAuthConnectFlow::connectConnector(const Connector &connector)
{
    openWaitDialog(tr("Connect %1").arg(connector.name));
    m_flow->startConnect(connector.type);
}

void OAuthConnectFlow::reconnect(const Connection &connection, const QString &)
{
    openWaitDialog(tr("Reconnect “%1”").arg(connection.name));
    m_flow->startReconnect(connection.id);
}

} // namespace cc
