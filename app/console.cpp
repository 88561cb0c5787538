#include "console.h"

#include "connectiondetailpane.h"
#include "connectionspage.h"
#include "secretstore.h"

#include <QSettings>
#include <QStatusBar>
#include <QStyle>

namespace cc {

namespace {

const QString kUtc = QStringLiteral("view/utc");
const QString kNotifications = QStringLiteral("notifications/enabled");

// The proxy is in front of the model before the window's table sees it.
ConnectionsFilterModel *over(ConnectionsFilterModel *proxy, ConnectionsModel *model)
{
    proxy->setConnectionsModel(model);
    return proxy;
}

} // namespace

Console::Console(QNetworkAccessManager *nam, SecretStore *secrets, QSettings *settings,
    BrowserLauncher *browser, MessageBoxes *dialogs, const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(nam)
    , m_platformApi(&m_client)
    , m_session(nam, secrets, settings)
    , m_window(&m_connections, over(&m_filtered, &m_connections), &m_catalog, &m_runs, settings)
    , m_failuresPage(&m_failures, &m_connections, m_window.connectorIcons())
    , m_dataSourcesPage(
          &m_dataSources, &m_dataSourceDays, &m_syncFailures, m_window.connectorIcons(), settings)
    , m_controller(&m_client, &m_connections, &m_catalog, &m_window)
    , m_signIn(
          &m_session, &m_controller, &m_sandbox, &m_window, settings, nam, browser, options.signIn)
    , m_actions(
          &m_client, &m_connections, &m_catalog, &m_window, m_controller.poller(), browser, dialogs)
    , m_history(&m_client, &m_connections, &m_runs, &m_window, dialogs)
    , m_failuresController(&m_client, &m_connections, &m_failures, &m_failuresPage)
    , m_notifier(&m_connections)
    , m_dataSourcesController(&m_platformApi, &m_dataSources, &m_dataSourceDays, &m_syncFailures,
          &m_dataSourcesPage, &m_window, dialogs)
    , m_workspaceController(&m_platformApi, &m_workspacePage, &m_window, dialogs)
{
    // Times follow View ▸ Show times in UTC, from the first paint on.
    const bool utc = settings->value(kUtc).toBool();
    m_connections.setUtc(utc);
    m_runs.setUtc(utc);
    m_window.connectionsPage()->detailPane()->setUtc(utc);
    m_dataSources.setUtc(utc);
    m_syncFailures.setUtc(utc);
    m_dataSourcesPage.setUtc(utc);

    connect(
        &m_controller, &ConsoleController::connected, &m_actions, &ConnectionActions::setIdentity);
    connect(&m_controller, &ConsoleController::membersLoaded, &m_actions,
        &ConnectionActions::setMembers);
    connect(
        &m_controller, &ConsoleController::connected, &m_history, &HistoryController::loadCadences);
    connect(&m_actions, &ConnectionActions::syncStarted, &m_history, &HistoryController::followRun);
    wirePages();
    wireDataSources();
    wireWorkspace();
    wireNotifications(options.trayIcon);
}

Console::~Console()
{
    m_sandbox.stop();
}

void Console::wirePages()
{
    m_window.addPage(tr("Failures"), m_window.style()->standardIcon(QStyle::SP_MessageBoxWarning),
        &m_failuresPage);
    // The Failures page loads when first shown, and again on F5 once it has.
    connect(&m_window, &MainWindow::pageShown, this, [this](QWidget *page) {
        if (page == &m_failuresPage && !m_failuresLoaded) {
            m_failuresLoaded = true;
            m_failuresController.load();
        }
    });
    connect(&m_window, &MainWindow::refreshRequested, this, [this] {
        if (m_failuresLoaded)
            m_failuresController.load();
    });
    connect(
        &m_failuresPage, &FailuresPage::openConnectionRequested, this, [this](const QString &id) {
            m_window.showConnections();
            m_window.connectionsPage()->selectConnection(id);
        });
    // Signed in elsewhere, or out: nothing of the old workspace stays, and the
    // Failures page loads the new one when shown.
    const auto forget = [this] {
        m_failuresLoaded = false;
        m_failuresController.reset();
        m_failures.setRuns({}, 0);
        m_runs.setRuns(QString(), {});
    };
    connect(&m_controller, &ConsoleController::connected, this, forget);
    connect(&m_controller, &ConsoleController::left, this, forget);
}

void Console::wireDataSources()
{
    m_window.addPage(tr("Data sources"), m_window.style()->standardIcon(QStyle::SP_DriveHDIcon),
        &m_dataSourcesPage);
    // The page loads when first shown (or at sign-in while it is shown), and
    // again on F5 once it has.
    connect(&m_window, &MainWindow::pageShown, this, [this](QWidget *page) {
        if (page == &m_dataSourcesPage && !m_dataSourcesController.isLoaded())
            m_dataSourcesController.reload();
    });
    connect(&m_window, &MainWindow::refreshRequested, this, [this] {
        if (m_dataSourcesController.isLoaded())
            m_dataSourcesController.reload();
    });
    connect(&m_controller, &ConsoleController::connected, this, [this](const Me &me) {
        m_dataSourcesController.setIdentity(me);
        if (m_window.currentPage() == &m_dataSourcesPage)
            m_dataSourcesController.reload();
    });
    connect(&m_controller, &ConsoleController::left, &m_dataSourcesController,
        &DataSourcesController::reset);
    connect(&m_window, &MainWindow::findRequested, this, [this](QWidget *page) {
        if (page == &m_dataSourcesPage)
            m_dataSourcesPage.focusSearch();
    });
    connect(&m_window, &MainWindow::attentionWalkRequested, this,
        [this](QWidget *page, bool backwards) {
            if (page == &m_dataSourcesPage)
                m_dataSourcesPage.selectNextNeedingAttention(backwards);
        });
    connect(&m_window, &MainWindow::utcToggled, this, [this](bool utc) {
        m_dataSources.setUtc(utc);
        m_syncFailures.setUtc(utc);
        m_dataSourcesPage.setUtc(utc);
        if (const int row = m_dataSources.rowOf(m_dataSourcesPage.selectedId()); row >= 0)
            m_dataSourcesPage.showDetail(&m_dataSources.sourceAt(row));
    });
}

void Console::wireWorkspace()
{
    m_window.addPage(
        tr("Workspace"), m_window.style()->standardIcon(QStyle::SP_DirHomeIcon), &m_workspacePage);
    // Like the Data sources page: loaded when first shown, again on F5.
    connect(&m_window, &MainWindow::pageShown, this, [this](QWidget *page) {
        if (page == &m_workspacePage && !m_workspaceController.isLoaded())
            m_workspaceController.reload();
    });
    connect(&m_window, &MainWindow::refreshRequested, this, [this] {
        if (m_workspaceController.isLoaded())
            m_workspaceController.reload();
    });
    connect(&m_controller, &ConsoleController::connected, this, [this](const Me &me) {
        m_workspaceController.setIdentity(me);
        if (m_window.currentPage() == &m_workspacePage)
            m_workspaceController.reload();
    });
    connect(&m_controller, &ConsoleController::left, &m_workspaceController,
        &WorkspaceController::reset);
}

void Console::wireNotifications(bool trayIcon)
{
    // Desktop notifications when a connection turns error / needs_reauth or recovers.
    m_notifier.setEnabled(m_settings->value(kNotifications, true).toBool());
    m_window.setNotificationsEnabled(m_notifier.isEnabled());
    connect(&m_window, &MainWindow::notificationsToggled, this, [this](bool on) {
        m_notifier.setEnabled(on);
        m_settings->setValue(kNotifications, on);
    });
    connect(&m_notifier, &ConnectionNotifier::notified, this,
        [this](const QString &title, const QString &body) {
            m_window.statusBar()->showMessage(title + QStringLiteral(" — ") + body, 15000);
        });
    m_tray.setIcon(m_window.windowIcon().isNull()
            ? m_window.style()->standardIcon(QStyle::SP_DriveNetIcon)
            : m_window.windowIcon());
    m_tray.setToolTip(tr("Connections Console"));
    if (trayIcon && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray.show();
        m_notifier.setTrayIcon(&m_tray);
    }
}

} // namespace cc
