#pragma once

#include "cadencecontroller.h"
#include "cadencemodel.h"
#include "cadencepage.h"
#include "connectionactions.h"
#include "connectionnotifier.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectorcatalogmodel.h"
#include "consolecontroller.h"
#include "dailybucketsmodel.h"
#include "datasourcescontroller.h"
#include "datasourcesmodel.h"
#include "datasourcespage.h"
#include "failurescontroller.h"
#include "failuresmodel.h"
#include "failurespage.h"
#include "historycontroller.h"
#include "mainwindow.h"
#include "platformapiclient.h"
#include "platformclient.h"
#include "runsmodel.h"
#include "sandboxlauncher.h"
#include "session.h"
#include "signincontroller.h"
#include "syncfailuresmodel.h"
#include "workspacecontroller.h"
#include "workspacepage.h"
#include "workspacesmodel.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class QNetworkAccessManager;
class QSettings;

namespace cc {

class BrowserLauncher;
class MessageBoxes;
class SecretStore;

// The composition root: builds and wires everything a running console has —
// the client and the session, the models, the main window and its pages, and
// every controller (console, sign-in, actions, history, failures, notifier,
// data sources, workspace, sync cadence).
// main.cpp builds exactly one; every GUI test builds its console through this
// class too, so what is tested is what ships.
//
// What a test must replace comes in through the constructor and is never
// owned: the network access manager, the secret store (the keychain in the
// product), the settings, the browser launcher (the system browser) and the
// message-box seam. Everything else is owned here and lives as long as the
// Console. Nothing starts until start*() is called.
class Console : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        SignInController::Options signIn;
        // Shown in the tray and used for desktop notifications (off in tests).
        bool trayIcon = true;
    };

    Console(QNetworkAccessManager *nam, SecretStore *secrets, QSettings *settings,
        BrowserLauncher *browser, MessageBoxes *dialogs, const Options &options,
        QObject *parent = nullptr);
    ~Console() override;

    // How the console starts (main.cpp picks one from the command line):
    // `--sandbox`, `--server URL` (with $CONNECTIONS_API_KEY), or neither.
    void startSandbox() { m_signIn.startSandbox(); }
    void startWithServer(const QUrl &origin, const QString &apiKey)
    {
        m_signIn.useServer(origin, apiKey);
    }
    void startWithLastServer() { m_signIn.restoreLast(); }
    void show() { m_window.show(); }
    // Stops the sandbox child, if one runs (also done on destruction).
    void shutDown() { m_sandbox.stop(); }

    // The parts, for tests that drive the console as a user would.
    MainWindow *window() { return &m_window; }
    FailuresPage *failuresPage() { return &m_failuresPage; }
    DataSourcesPage *dataSourcesPage() { return &m_dataSourcesPage; }
    DataSourcesModel *dataSources() { return &m_dataSources; }
    DailyBucketsModel *dataSourceDays() { return &m_dataSourceDays; }
    SyncFailuresModel *syncFailures() { return &m_syncFailures; }
    DataSourcesController *dataSourcesController() { return &m_dataSourcesController; }
    WorkspacePage *workspacePage() { return &m_workspacePage; }
    WorkspacesModel *workspaces() { return &m_workspaces; }
    CadencePage *cadencePage() { return &m_cadencePage; }
    CadenceModel *cadences() { return &m_cadences; }
    CadenceController *cadenceController() { return &m_cadenceController; }
    WorkspaceController *workspaceController() { return &m_workspaceController; }
    PlatformApiClient *platformApi() { return &m_platformApi; }
    PlatformClient *client() { return &m_client; }
    Session *session() { return &m_session; }
    ConnectionsModel *connections() { return &m_connections; }
    ConnectionsFilterModel *filteredConnections() { return &m_filtered; }
    ConnectorCatalogModel *catalog() { return &m_catalog; }
    RunsModel *runs() { return &m_runs; }
    FailuresModel *failures() { return &m_failures; }
    ConsoleController *controller() { return &m_controller; }
    SignInController *signIn() { return &m_signIn; }
    ConnectionActions *actions() { return &m_actions; }
    HistoryController *history() { return &m_history; }
    FailuresController *failuresController() { return &m_failuresController; }
    ConnectionNotifier *notifier() { return &m_notifier; }
    SandboxLauncher *sandbox() { return &m_sandbox; }

private:
    void wirePages();
    void wireRefresh();
    void wireDataSources();
    void wireWorkspace();
    void wireCadence();
    void wireNotifications(bool trayIcon);

    QSettings *const m_settings;
    PlatformClient m_client;
    PlatformApiClient m_platformApi;
    Session m_session;
    ConnectionsModel m_connections;
    ConnectionsFilterModel m_filtered;
    ConnectorCatalogModel m_catalog;
    RunsModel m_runs;
    FailuresModel m_failures;
    DataSourcesModel m_dataSources;
    DailyBucketsModel m_dataSourceDays;
    SyncFailuresModel m_syncFailures;
    WorkspacesModel m_workspaces;
    CadenceModel m_cadences;
    MainWindow m_window;
    FailuresPage m_failuresPage;
    DataSourcesPage m_dataSourcesPage;
    WorkspacePage m_workspacePage;
    CadencePage m_cadencePage;
    ConsoleController m_controller;
    SandboxLauncher m_sandbox;
    SignInController m_signIn;
    ConnectionActions m_actions;
    HistoryController m_history;
    FailuresController m_failuresController;
    ConnectionNotifier m_notifier;
    DataSourcesController m_dataSourcesController;
    WorkspaceController m_workspaceController;
    CadenceController m_cadenceController;
    QSystemTrayIcon m_tray;
    bool m_failuresLoaded = false;
    QPointer<QObject> m_workspacesContext; // the workspace list's request
    void loadWorkspaces(const Me &me);
    void leaveArchived(const Workspace &archived);
    // The workspaces seen on this server (ids, slugs, names, environments;
    // never a secret), in QSettings.
    QString knownWorkspacesKey() const;
    QVector<Workspace> knownWorkspaces() const;
    void setKnownWorkspaces(const QVector<Workspace> &known);
};

} // namespace cc
