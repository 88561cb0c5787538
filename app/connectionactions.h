#pragma once

#include "apierror.h"
#include "records.h"

#include <QDialog>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace cc {

class BrowserLauncher;
class ConnectFlow;
class ConnectionPoller;
class ConnectionsModel;
class ConnectorBrowserFlow;
class ConnectorCatalogModel;
class MainWindow;
class MessageBoxes;
class OAuthConnectFlow;
class PlatformClient;

// What the user does to connections — connect from the catalog, reconnect in
// place, disconnect, rename / reassign, sync now. Connect and reconnect are
// dispatched on the connector's method to one ConnectFlow each (OAuth, API
// key, handle, webhook), which bring their own dialogs; every outcome is
// shown: inline errors in the dialog (typed input kept), the server's reason
// in the page's banner when it refuses, the row selected and kept fresh by
// the poller afterwards.
class ConnectionActions : public QObject
{
    Q_OBJECT

public:
    ConnectionActions(PlatformClient *client, ConnectionsModel *model,
        ConnectorCatalogModel *catalog, MainWindow *window, ConnectionPoller *poller,
        BrowserLauncher *browser, MessageBoxes *dialogs, QObject *parent = nullptr);

    void setIdentity(const Me &me);
    void setMembers(const QVector<Member> &members) { m_members = members; }

    void connectConnector(const QString &type);
    void reconnect(const QString &id);
    void disconnectConnection(const QString &id);
    void edit(const QString &id);
    void sync(const QString &id);

    ConnectorBrowserFlow *browserFlow() const;
    QDialog *currentDialog() const { return m_dialog; }
    int memberCount() const { return int(m_members.size()); }

Q_SIGNALS:
    void notice(const QString &message);
    void connectionReady(const QString &id);
    // Sync now was accepted: `runId` is the run it started.
    void syncStarted(const QString &connectionId, const QString &runId);

private:
    void show(QDialog *dialog);
    void upsertAndSelect(const Connection &c);
    void refreshRow(const QString &id);
    // A message in the Connections page's banner (the page owns the banner).
    void warn(const QString &message);

    PlatformClient *const m_client;
    ConnectionsModel *const m_model;
    ConnectorCatalogModel *const m_catalog;
    MainWindow *const m_window;
    ConnectionPoller *const m_poller;
    MessageBoxes *const m_dialogs;
    OAuthConnectFlow *const m_oauth;
    const QHash<AuthMethod, ConnectFlow *> m_flows;
    QPointer<QDialog> m_dialog;
    QVector<Member> m_members;
    bool m_canWrite = true;
};

} // namespace cc
