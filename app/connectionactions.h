#pragma once

#include "apierror.h"
#include "records.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace cc {

class BrowserLauncher;
class BrowserWaitDialog;
class ConnectionPoller;
class ConnectionsModel;
class ConnectorBrowserFlow;
class ConnectorCatalogModel;
class MainWindow;
class MessageBoxes;
class PlatformClient;

// What the user does to connections — connect from the catalog, reconnect in
// place, disconnect, rename / reassign, sync now — routed on the connector's
// connect method, with every outcome shown: inline errors in the dialog (typed
// input kept), the server's reason when it refuses, the row selected and kept
// fresh by the poller afterwards.
class ConnectionActions : public QObject
{
    Q_OBJECT

public:
    ConnectionActions(PlatformClient *client, QNetworkAccessManager *nam, ConnectionsModel *model,
        ConnectorCatalogModel *catalog, MainWindow *window, ConnectionPoller *poller,
        BrowserLauncher *browser, MessageBoxes *dialogs, QObject *parent = nullptr);

    void setIdentity(const Me &me);
    void setMembers(const QVector<Member> &members) { m_members = members; }

    void connectConnector(const QString &type);
    void reconnect(const QString &id);
    void disconnectConnection(const QString &id);
    void edit(const QString &id);
    void sync(const QString &id);

    ConnectorBrowserFlow *browserFlow() const { return m_flow; }
    QDialog *currentDialog() const { return m_dialog; }
    int memberCount() const { return int(m_members.size()); }

Q_SIGNALS:
    void notice(const QString &message);
    void connectionReady(const QString &id);
    // Sync now was accepted: `runId` is the run it started.
    void syncStarted(const QString &connectionId, const QString &runId);

private:
    void startBrowserFlow(const QString &typeOrId, bool reconnect, const QString &title);
    void show(QDialog *dialog);
    void upsertAndSelect(const Connection &c);
    void refreshRow(const QString &id);
    void warn(const QString &message);
    static QString messageFor(const ApiError &error);

    PlatformClient *const m_client;
    QNetworkAccessManager *const m_nam;
    ConnectionsModel *const m_model;
    ConnectorCatalogModel *const m_catalog;
    MainWindow *const m_window;
    ConnectionPoller *const m_poller;
    MessageBoxes *const m_dialogs;
    ConnectorBrowserFlow *const m_flow;
    QPointer<QDialog> m_dialog;
    QPointer<BrowserWaitDialog> m_wait;
    QVector<Member> m_members;
    bool m_canWrite = true;
};

} // namespace cc
