#include "apikeyconnectflow.h"

#include "apikeydialog.h"
#include "connectionpoller.h"
#include "platformclient.h"

namespace cc {

void ApiKeyConnectFlow::connectConnector(const Connector &connector)
{
    auto *dialog = new ApiKeyDialog(connector.type, connector.name, false, m_services.dialogParent);
    const QString type = connector.type;
    connect(dialog, &ApiKeyDialog::submitted, this,
        [this, dialog, type](const QString &key, const QString &label) {
            m_services.client->connectConnector(dialog, ApiKeyConnectRequest{type, key, label},
                [this, dialog](const ConnectResult &r, const ApiError &e) {
                    if (e.isError()) {
                        dialog->showError(messageFor(e)); // the typed key stays in the field
                        return;
                    }
                    if (r.connection)
                        Q_EMIT connectionChanged(*r.connection);
                    dialog->accept();
                    Q_EMIT notice(
                        tr("%1 connected").arg(r.connection ? r.connection->name : QString()));
                });
        });
    Q_EMIT dialogReady(dialog);
}

void ApiKeyConnectFlow::reconnect(const Connection &connection, const QString &connectorName)
{
    auto *dialog
        = new ApiKeyDialog(connection.connectorType, connectorName, true, m_services.dialogParent);
    const QString id = connection.id;
    connect(dialog, &ApiKeyDialog::submitted, this,
        [this, dialog, id](const QString &key, const QString &) {
            ReconnectRequest request;
            request.apiKey = key;
            m_services.client->reconnect(
                dialog, id, request, [this, dialog, id](const ConnectResult &r, const ApiError &e) {
                    if (e.isError()) {
                        dialog->showError(messageFor(e));
                        return;
                    }
                    if (r.connection)
                        Q_EMIT connectionChanged(*r.connection);
                    m_services.poller->watchId(id);
                    dialog->accept();
                    Q_EMIT notice(tr("Reconnected; a sync is running."));
                });
        });
    Q_EMIT dialogReady(dialog);
}

} // namespace cc
