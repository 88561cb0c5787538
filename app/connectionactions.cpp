#include "connectionactions.h"

#include "apikeydialog.h"
#include "banner.h"
#include "browserlauncher.h"
#include "browserwaitdialog.h"
#include "connectiondetailpane.h"
#include "connectionpoller.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorbrowserflow.h"
#include "connectorcatalogmodel.h"
#include "editconnectiondialog.h"
#include "handledialog.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "platformclient.h"
#include "webhooksecretdialog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStatusBar>
#include <QTimer>

namespace cc {

ConnectionActions::ConnectionActions(PlatformClient *client, QNetworkAccessManager *nam,
    ConnectionsModel *model, ConnectorCatalogModel *catalog, MainWindow *window,
    ConnectionPoller *poller, BrowserLauncher *browser, MessageBoxes *dialogs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_nam(nam)
    , m_model(model)
    , m_catalog(catalog)
    , m_window(window)
    , m_poller(poller)
    , m_dialogs(dialogs)
    , m_flow(new ConnectorBrowserFlow(client, browser, this))
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

    connect(m_flow, &ConnectorBrowserFlow::pending, this, &ConnectionActions::upsertAndSelect);
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
        upsertAndSelect(c);
        if (m_wait)
            m_wait->showResult(true, tr("Connected: “%1” is running its first sync.").arg(c.name));
        m_poller->watch(true);
        Q_EMIT notice(tr("%1 connected").arg(c.name));
        Q_EMIT connectionReady(c.id);
    });
    connect(m_flow, &ConnectorBrowserFlow::failed, this,
        [this](const QString &message, const ApiError &) {
            if (m_wait)
                m_wait->showResult(false, message);
            else
                warn(message);
            Q_EMIT notice(message);
        });
}

void ConnectionActions::setIdentity(const Me &me)
{
    m_canWrite = me.canWrite();
    m_window->connectionsPage()->setCanWrite(m_canWrite,
        tr("Your role (%1) can only read. Ask a workspace admin to make changes.").arg(me.role));
}

QString ConnectionActions::messageFor(const ApiError &error)
{
    // The server's own words are the most precise for refusals it explains.
    if ((error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::Conflict)
        && !error.serverMessage.isEmpty())
        return error.serverMessage;
    return error.message();
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

void ConnectionActions::startBrowserFlow(
    const QString &typeOrId, bool reconnect, const QString &title)
{
    auto *wait = new BrowserWaitDialog(title, m_window);
    m_wait = wait;
    connect(wait, &BrowserWaitDialog::cancelRequested, m_flow, &ConnectorBrowserFlow::cancel);
    show(wait);
    if (reconnect)
        m_flow->startReconnect(typeOrId);
    else
        m_flow->startConnect(typeOrId);
}

void ConnectionActions::connectConnector(const QString &type)
{
    const Connector *connector = m_catalog->connector(type);
    if (!connector || !m_canWrite)
        return;
    const QString name = connector->name;
    switch (connector->authMethod) {
    case AuthMethod::OAuthRedirect:
        startBrowserFlow(type, false, tr("Connect %1").arg(name));
        return;
    case AuthMethod::ApiKey: {
        auto *dialog = new ApiKeyDialog(type, name, false, m_window);
        connect(dialog, &ApiKeyDialog::submitted, this,
            [this, dialog, type](const QString &key, const QString &label) {
                m_client->connectConnector(dialog, ApiKeyConnectRequest{type, key, label},
                    [this, dialog](const ConnectResult &r, const ApiError &e) {
                        if (e.isError()) {
                            dialog->showError(messageFor(e)); // the typed key stays in the field
                            return;
                        }
                        if (r.connection)
                            upsertAndSelect(*r.connection);
                        dialog->accept();
                        Q_EMIT notice(
                            tr("%1 connected").arg(r.connection ? r.connection->name : QString()));
                    });
            });
        show(dialog);
        return;
    }
    case AuthMethod::Handle: {
        auto *dialog = new HandleDialog(name, m_window);
        connect(dialog, &HandleDialog::resolveRequested, this,
            [this, dialog, type](const QString &handle) {
                m_client->resolveHandle(dialog, type, handle,
                    [this, dialog](const ResolvedHandle &account, const ApiError &e) {
                        if (e.isError()) {
                            dialog->showError(messageFor(e));
                            return;
                        }
                        dialog->showResolved(account, QPixmap());
                        const QUrl avatar(account.avatarUrl);
                        if (!BrowserLauncher::isSafeToOpen(avatar))
                            return;
                        QNetworkReply *reply = m_nam->get(QNetworkRequest(avatar));
                        connect(reply, &QNetworkReply::finished, dialog, [dialog, reply, account] {
                            reply->deleteLater();
                            QPixmap pm;
                            if (pm.loadFromData(reply->readAll()))
                                dialog->showResolved(account, pm);
                        });
                    });
            });
        connect(dialog, &HandleDialog::confirmed, this,
            [this, dialog, type](const QString &handle, const ResolvedHandle &a) {
                m_client->connectConnector(dialog, HandleConnectRequest{type, handle, a},
                    [this, dialog](const ConnectResult &r, const ApiError &e) {
                        if (e.isError()) {
                            dialog->showError(messageFor(e));
                            return;
                        }
                        dialog->accept();
                        if (r.mode == u"already_connected") {
                            m_window->connectionsPage()->selectConnection(r.existingId);
                            Q_EMIT notice(tr("That account is already tracked; it is selected."));
                            return;
                        }
                        if (r.connection)
                            upsertAndSelect(*r.connection);
                    });
            });
        show(dialog);
        return;
    }
    case AuthMethod::Webhook:
        m_client->connectConnector(this, WebhookConnectRequest{type, QString()},
            [this, name](const ConnectResult &r, const ApiError &e) {
                if (e.isError()) {
                    warn(messageFor(e));
                    return;
                }
                if (r.connection)
                    upsertAndSelect(*r.connection);
                show(new WebhookSecretDialog(name, r.webhookUrl, r.signingSecret, m_window));
            });
        return;
    case AuthMethod::Unknown:
        warn(tr("This console does not know how to connect %1 (method “%2”).")
                 .arg(name, connector->authMethodText));
        return;
    }
}

void ConnectionActions::reconnect(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_canWrite)
        return;
    const Connection c = m_model->connectionAt(row);
    const Connector *connector = m_catalog->connector(c.connectorType);
    const AuthMethod method = connector ? connector->authMethod : AuthMethod::Unknown;
    const QString name = connector ? connector->name : c.connectorType;
    if (method == AuthMethod::OAuthRedirect) {
        startBrowserFlow(id, true, tr("Reconnect “%1”").arg(c.name));
        return;
    }
    if (method == AuthMethod::ApiKey) {
        auto *dialog = new ApiKeyDialog(c.connectorType, name, true, m_window);
        connect(dialog, &ApiKeyDialog::submitted, this,
            [this, dialog, id](const QString &key, const QString &) {
                ReconnectRequest request;
                request.apiKey = key;
                m_client->reconnect(
                    dialog, id, request, [this, dialog](const ConnectResult &r, const ApiError &e) {
                        if (e.isError()) {
                            dialog->showError(messageFor(e));
                            return;
                        }
                        if (r.connection)
                            upsertAndSelect(*r.connection);
                        m_poller->watch(true);
                        dialog->accept();
                        Q_EMIT notice(tr("Reconnected; a sync is running."));
                    });
            });
        show(dialog);
        return;
    }
    // Handle (one click) and webhook (a new secret).
    m_client->reconnect(
        this, id, ReconnectRequest{}, [this, name](const ConnectResult &r, const ApiError &e) {
            if (e.isError()) {
                warn(messageFor(e));
                return;
            }
            if (r.connection)
                upsertAndSelect(*r.connection);
            m_poller->watch(true);
            if (r.mode == u"webhook")
                show(new WebhookSecretDialog(name, r.webhookUrl, r.signingSecret, m_window));
            Q_EMIT notice(tr("Reconnected; a sync is running."));
        });
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
            warn(messageFor(e));
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
                        dialog->showError(messageFor(e));
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
            m_poller->watch(true);
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
            m_window->connectionsPage()->showNotice(Banner::Kind::Warning, messageFor(e),
                tr("Reconnect…"), [self = QPointer<ConnectionActions>(this), id] {
                    if (self)
                        self->reconnect(id);
                });
        } else if (e.kind == ApiError::Kind::RateLimited || e.kind == ApiError::Kind::Server) {
            // Disable Sync now with a countdown; it re-enables by itself.
            const int wait = e.retryAfterSeconds > 0 ? e.retryAfterSeconds : 30;
            pane->startSyncCooldown(wait);
            warn(messageFor(e) + u' ' + tr("Sync now is available again in %1 s.").arg(wait));
        } else {
            warn(messageFor(e));
        }
    });
}

} // namespace cc
