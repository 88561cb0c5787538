#pragma once

#include "connectflow.h"

#include <QPointer>

namespace cc {

class BrowserLauncher;
class BrowserWaitDialog;
class ConnectorBrowserFlow;

// oauth_redirect: the consent page in the system browser with a loopback
// return_to (ConnectorBrowserFlow), and a "finish in your browser" dialog with
// a countdown, Copy link and Cancel. The new row shows as pending at once.
class OAuthConnectFlow : public ConnectFlow
{
    Q_OBJECT

public:
    OAuthConnectFlow(const Services &services, BrowserLauncher *browser, QObject *parent = nullptr);

    void connectConnector(const Connector &connector) override;
    void reconnect(const Connection &connection, const QString &connectorName) override;
    ConnectorBrowserFlow *browserFlow() const { return m_flow; }

private:
    void openWaitDialog(const QString &title);

    ConnectorBrowserFlow *const m_flow;
    QString m_consentId; // the pending row whose consent page is open
    QPointer<BrowserWaitDialog> m_wait;
};

} // namespace cc
