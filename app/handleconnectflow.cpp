#include "handleconnectflow.h"

#include "connectionpoller.h"
#include "handledialog.h"
#include "platformclient.h"

#include <QPixmap>

namespace cc {

void HandleConnectFlow::connectConnector(const Connector &connector)
{
    auto *dialog = new HandleDialog(connector.name, m_services.dialogParent);
    const QString type = connector.type;
    // Only the answer to the latest lookup may fill the dialog: a late resolve
    // or avatar for an earlier handle must not replace the account shown for
    // confirmation.
    auto latest = std::make_shared<int>(0);
    connect(dialog, &HandleDialog::resolveRequested, this,
        [this, dialog, type, latest](const QString &handle) {
            const int lookup = ++*latest;
            m_services.client->resolveHandle(dialog, type, handle,
                [this, dialog, latest, lookup](const ResolvedHandle &account, const ApiError &e) {
                    if (lookup != *latest)
                        return;
                    if (e.isError()) {
                        dialog->showError(messageFor(e));
                        return;
                    }
                    dialog->showResolved(account, QPixmap());
                    if (account.avatarUrl.isEmpty())
                        return;
                    m_services.client->fetchAvatar(dialog, QUrl(account.avatarUrl),
                        [dialog, account, latest, lookup](
                            const QByteArray &bytes, const ApiError &error) {
                            if (lookup != *latest)
                                return;
                            QPixmap avatar;
                            if (!error.isError() && avatar.loadFromData(bytes))
                                dialog->showResolved(account, avatar);
                        });
                });
        });
    connect(dialog, &HandleDialog::confirmed, this,
        [this, dialog, type](const QString &handle, const ResolvedHandle &account) {
            m_services.client->connectConnector(dialog, HandleConnectRequest{type, handle, account},
                [this, dialog](const ConnectResult &r, const ApiError &e) {
                    if (e.isError()) {
                        dialog->showError(messageFor(e));
                        return;
                    }
                    dialog->accept();
                    if (r.mode == u"already_connected") {
                        Q_EMIT alreadyConnected(r.existingId);
                        Q_EMIT notice(tr("That account is already tracked; it is selected."));
                        return;
                    }
                    if (r.connection)
                        Q_EMIT connectionChanged(*r.connection);
                });
        });
    Q_EMIT dialogReady(dialog);
}

void HandleConnectFlow::reconnect(const Connection &connection, const QString &)
{
    m_services.client->reconnect(this, connection.id, ReconnectRequest{},
        [this, id = connection.id](const ConnectResult &r, const ApiError &e) {
            if (e.isError()) {
                Q_EMIT problem(messageFor(e));
                return;
            }
            if (r.connection)
                Q_EMIT connectionChanged(*r.connection);
            m_services.poller->watchId(id);
            Q_EMIT notice(tr("Reconnected; a sync is running."));
        });
}

} // namespace cc
