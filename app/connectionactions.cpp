#include "connectionactions.h"

#include "apikeyconnectflow.h"
#include "banner.h"
#include "connectiondetailpane.h"
#include "connectionpoller.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorcatalogmodel.h"
#include "editconnectiondialog.h"
#include "handleconnectflow.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "oauthconnectflow.h"
#include "platformclient.h"
#include "webhookconnectflow.h"

#include <QStatusBar>

namespace cc {

ConnectionActions::ConnectionActions(PlatformClient *client, ConnectionsModel *model,
    ConnectorCatalogModel *catalog, MainWindow *window, ConnectionPoller *poller,
    BrowserLauncher *browser, MessageBoxes *dialogs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_catalog(catalog)
    , m_window(window)
    , m_poller(poller)
    , m_dialogs(dialogs)
    , m_oauth(new OAuthConnectFlow({client, poller, window}, browser, this))
    , m_flows{{AuthMethod::OAuthRedirect, m_oauth},
          {AuthMethod::ApiKey, new ApiKeyConnectFlow({client, poller, window}, this)},
          {AuthMethod::Handle, new HandleConnectFlow({client, poller, window}, this)},
          {AuthMethod::Webhook, new WebhookConnectFlow({client, poller, window}, this)}}
{
    ConnectionsPage *page = window->connectionsPage();
    connect(window, &MainWindow::connectorChosen, this, &ConnectionActions::connectConnector);
    connect(page, &ConnectionsPage::reconnectRequested, this, &ConnectionActions::reconnect);
    connect(page, &ConnectionsPage::disconnectRequested, this,
        &ConnectionActions::disconnectConnection);
    connect(page, &ConnectionsPage::editRequested, this, &ConnectionActions::edit);
    connect(page, &ConnectionsPage::syncRequested, this, &ConnectionActions::sync);
    connect(this, &ConnectionActions::notice, window,
        [window](const QString &m) { window->statusBar()->showMessage(m, 10000); });
    for (ConnectFlow *flow : std::as_const(m_flows)) {
        connect(flow, &ConnectFlow::dialogReady, this, &ConnectionActions::show);
        connect(flow, &ConnectFlow::connectionChanged, this, &ConnectionActions::upsertAndSelect);
        connect(flow, &ConnectFlow::alreadyConnected, this,
            [this](const QString &id) { m_window->connectionsPage()->selectConnection(id); });
        connect(flow, &ConnectFlow::connectionReady, this, &ConnectionActions::connectionReady);
        connect(flow, &ConnectFlow::notice, this, &ConnectionActions::notice);
        connect(flow, &ConnectFlow::problem, this, &ConnectionActions::warn);
    }
}

ConnectorBrowserFlow *ConnectionActions::browserFlow() const
{
    return m_oauth->browserFlow();
}

void ConnectionActions::setIdentity(const Me &me)
{
    m_canWrite = me.canWrite();
    m_window->connectionsPage()->setCanWrite(m_canWrite,
        tr("Your role (%1) can only read. Ask a workspace admin to make changes.").arg(me.role));
}

void ConnectionActions::show(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConnectionActions::warn(const QString &message)
{
    m_window->connectionsPage()->showNotice(Banner::Kind::Warning, message);
}

void ConnectionActions::upsertAndSelect(const Connection &c)
{
    m_model->upsert(c);
    m_window->connectionsPage()->selectConnection(c.id);
}

void ConnectionActions::refreshRow(const QString &id)
{
    m_client->fetchConnection(this, id, [this](const Connection &c, const ApiError &e) {
        if (!e.isError())
            m_model->upsert(c);
    });
}

void ConnectionActions::connectConnector(const QString &type)
{
    const Connector *connector = m_catalog->connector(type);
    if (!connector || !m_canWrite)
        return;
    ConnectFlow *flow = m_flows.value(connector->authMethod);
    if (!flow) {
        warn(tr("This console does not know how to connect %1 (method “%2”).")
                 .arg(connector->name, connector->authMethodText));
        return;
    }
    flow->connectConnector(*connector);
}

void ConnectionActions::reconnect(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_canWrite)
        return;
    const Connection c = m_model->connectionAt(row);
    const Connector *connector = m_catalog->connector(c.connectorType);
    ConnectFlow *flow = connector ? m_flows.value(connector->authMethod) : nullptr;
    if (!flow) {
        warn(tr("This console does not know how to reconnect “%1” (connector %2).")
                 .arg(c.name, c.connectorType));
        return;
    }
    flow->reconnect(c, connector->name);
}

void ConnectionActions::disconnectConnection(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_canWrite)
        return;
    const QString name = m_model->connectionAt(row).name;
    const auto answer = m_dialogs->question(m_window, tr("Disconnect “%1”?").arg(name),
        tr("Disconnect “%1”? It stops syncing. The connection and its sync history are kept, so "
           "you can "
           "reconnect it later.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_client->disconnectConnection(this, id, [this, id, name](const QString &, const ApiError &e) {
        if (e.isError()) {
            warn(ConnectFlow::messageFor(e));
            return;
        }
        refreshRow(id);
        Q_EMIT notice(tr("“%1” disconnected; its history is kept.").arg(name));
    });
}

void ConnectionActions::edit(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_canWrite)
        return;
    auto *dialog = new EditConnectionDialog(m_model->connectionAt(row), m_members, m_window);
    connect(dialog, &EditConnectionDialog::submitted, this,
        [this, dialog, id](const ConnectionPatch &changes) {
            m_client->patchConnection(
                dialog, id, changes, [this, dialog](const Connection &c, const ApiError &e) {
                    if (e.isError()) {
                        dialog->showError(ConnectFlow::messageFor(e));
                        return;
                    }
                    m_model->upsert(c);
                    dialog->accept();
                });
        });
    show(dialog);
}

void ConnectionActions::sync(const QString &id)
{
    if (!m_canWrite)
        return;
    m_client->triggerSync(this, id, [this, id](const SyncAck &ack, const ApiError &e) {
        ConnectionDetailPane *pane = m_window->connectionsPage()->detailPane();
        if (!e.isError()) {
            refreshRow(id);
            m_poller->watchId(id);
            Q_EMIT notice(tr("Sync started."));
            if (!ack.syncRunId.isEmpty())
                Q_EMIT syncStarted(id, ack.syncRunId);
            return;
        }
        if (e.code == u"already_syncing") {
            const SyncConflict conflict = e.syncConflict.value_or(SyncConflict{});
            warn(tr("Already syncing for %1 s.").arg(conflict.lastPollDurationMs / 1000));
            // Jump to the running run in the History tab.
            const QString runId = conflict.syncRunId;
            pane->showHistory();
            if (!runId.isEmpty())
                pane->selectRun(runId);
            refreshRow(id);
        } else if (e.code == u"connection_disconnected") {
            m_window->connectionsPage()->showNotice(Banner::Kind::Warning,
                ConnectFlow::messageFor(e), tr("Reconnect…"),
                [self = QPointer<ConnectionActions>(this), id] {
                    if (self)
                        self->reconnect(id);
                });
        } else if (e.kind == ApiError::Kind::RateLimited || e.kind == ApiError::Kind::Server) {
            // Disable Sync now with a countdown; it re-enables by itself.
            const int wait = e.retryAfterSeconds > 0 ? e.retryAfterSeconds : 30;
            pane->startSyncCooldown(wait);
            warn(ConnectFlow::messageFor(e) + u' '
                + tr("Sync now is available again in %1 s.").arg(wait));
        } else {
            warn(ConnectFlow::messageFor(e));
        }
    });
}

} // namespace cc
