#include "webhookconnectflow.h"

#include "connectionpoller.h"
#include "platformclient.h"
#include "webhooksecretdialog.h"

namespace cc {

void WebhookConnectFlow::connectConnector(const Connector &connector)
{
    const QString name = connector.name;
    m_services.client->connectConnector(this, WebhookConnectRequest{connector.type, QString()},
        [this, name](const ConnectResult &r, const ApiError &e) {
            if (e.isError()) {
                Q_EMIT problem(messageFor(e));
                return;
            }
            if (r.connection)
                Q_EMIT connectionChanged(*r.connection);
            Q_EMIT dialogReady(new WebhookSecretDialog(
                name, r.webhookUrl, r.signingSecret, m_services.dialogParent));
        });
}

void WebhookConnectFlow::reconnect(const Connection &connection, const QString &connectorName)
{
    m_services.client->reconnect(this, connection.id, ReconnectRequest{},
        [this, connectorName, id = connection.id](const ConnectResult &r, const ApiError &e) {
            if (e.isError()) {
                Q_EMIT problem(messageFor(e));
                return;
            }
            if (r.connection)
                Q_EMIT connectionChanged(*r.connection);
            m_services.poller->watchId(id);
            if (r.mode == u"webhook")
                Q_EMIT dialogReady(new WebhookSecretDialog(
                    connectorName, r.webhookUrl, r.signingSecret, m_services.dialogParent));
            Q_EMIT notice(tr("Reconnected; a sync is running."));
        });
}

} // namespace cc
