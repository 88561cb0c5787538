#include "console.h"

#include "appearance.h"
#include "connectiondetailpane.h"
#include "connectionpoller.h"
#include "connectionspage.h"
#include "loopbacklistener.h"
#include "secretstore.h"
#include "statuspalette.h"

#include <QCryptographicHash>
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
    , m_cadencePage(&m_cadences)
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
    , m_cadenceController(&m_client, &m_cadences, &m_catalog, &m_cadencePage, &m_history)
{
    // The browser's result page after a sign-in or a connect wears the
    // console's colours: its light and dark palettes, its status palette.
    const auto pageColours = [](const QPalette &p, const StatusPalette &status) {
        return LoopbackListener::PageColours{p.color(QPalette::Window),
            p.color(QPalette::WindowText), p.color(QPalette::Base), p.color(QPalette::Mid),
            p.color(QPalette::AlternateBase), status.color(StatusPalette::Tone::Success),
            status.color(StatusPalette::Tone::Error)};
    };
    LoopbackListener::setPageColours(
        pageColours(Appearance::lightPalette(), StatusPalette::light()),
        pageColours(Appearance::darkPalette(), StatusPalette::dark()));

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
    wireRefresh();
    wireDataSources();
    wireWorkspace();
    wireCadence();
    wireNotifications(options.trayIcon);
}

Console::~Console()
{
    m_sandbox.stop();
}

void Console::wireRefresh()
{
    // The background refresh: File ▸ Preferences sets it (60 s by default),
    // and it rests while the window is hidden or minimised.
    ConnectionPoller *poller = m_controller.poller();
    poller->setBackgroundIntervalMs(m_window.backgroundRefreshSeconds() * 1000);
    poller->setPaused(!m_window.isOnScreen());
    connect(&m_window, &MainWindow::onScreenChanged, poller,
        [poller](bool onScreen) { poller->setPaused(!onScreen); });
    connect(&m_window, &MainWindow::backgroundRefreshChanged, poller,
        [poller](int seconds) { poller->setBackgroundIntervalMs(seconds * 1000); });
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
    connect(&m_controller, &ConsoleController::connected, this, [this, forget] {
        forget();
        // Switched workspace with the Failures page on screen: it shows the new one.
        if (m_window.currentPage() == &m_failuresPage) {
            m_failuresLoaded = true;
            m_failuresController.load();
        }
    });
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

    // The switcher: every workspace this identity reaches, loaded at sign-in.
    m_window.setWorkspaces(&m_workspaces);
    connect(&m_controller, &ConsoleController::connected, this, &Console::loadWorkspaces);
    connect(&m_controller, &ConsoleController::left, this, [this] {
        delete m_workspacesContext.data();
        m_workspaces.clear();
    });
    // Leaving the workspace (a switch or signing out) first asks about the
    // Workspace page's unsaved edits.
    m_signIn.setLeaveCheck(
        [this](const QString &leaving) { return m_workspaceController.mayLeave(leaving); });
    m_window.setCloseCheck([this] { return m_workspaceController.mayLeave(tr("Quitting")); });
    // A renamed or converted workspace shows so in the switcher at once.
    connect(&m_workspaceController, &WorkspaceController::workspaceChanged, this,
        [this](const Workspace &changed) {
            QVector<Workspace> rows;
            for (int r = 0; r < m_workspaces.rowCount(); ++r)
                rows << (m_workspaces.at(r).id == changed.id ? changed : m_workspaces.at(r));
            if (m_workspaces.rowOf(changed.id) >= 0)
                m_workspaces.setWorkspaces(rows, m_workspaces.currentId());
        });
    connect(&m_workspaceController, &WorkspaceController::archived, this, &Console::leaveArchived);
}

void Console::wireCadence()
{
    m_window.addPage(tr("Sync cadence"), m_window.style()->standardIcon(QStyle::SP_BrowserReload),
        &m_cadencePage);
    connect(&m_window, &MainWindow::pageShown, this, [this](QWidget *page) {
        if (page == &m_cadencePage && !m_cadenceController.isLoaded())
            m_cadenceController.reload();
    });
    connect(&m_window, &MainWindow::refreshRequested, this, [this] {
        if (m_cadenceController.isLoaded())
            m_cadenceController.reload();
    });
    connect(&m_controller, &ConsoleController::connected, this, [this](const Me &me) {
        m_cadenceController.setIdentity(me);
        if (m_window.currentPage() == &m_cadencePage)
            m_cadenceController.reload();
    });
    connect(
        &m_controller, &ConsoleController::left, &m_cadenceController, &CadenceController::reset);
}

void Console::loadWorkspaces(const Me &me)
{
    delete m_workspacesContext.data();
    m_workspacesContext = new QObject(this);
    // Until the list comes: the current one alone.
    Workspace current;
    current.id = me.workspaceId;
    current.slug = me.workspaceSlug;
    current.name = me.workspaceName.isEmpty() ? me.workspaceSlug : me.workspaceName;
    const int row = m_workspaces.rowOf(me.workspaceId);
    if (row >= 0)
        current = m_workspaces.at(row); // switched: its environment is known
    m_workspaces.setWorkspaces({current}, me.workspaceId);
    m_platformApi.fetchAllWorkspaces(
        m_workspacesContext, [this, me](const QVector<Workspace> &all, const ApiError &error) {
            if (error.isError()) {
                // A platform without the workspaces API (or one that refuses
                // this identity) leaves the console on its one workspace.
                m_window.statusBar()->showMessage(
                    tr("The list of workspaces could not be loaded: %1").arg(error.message()),
                    15000);
                return;
            }
            QVector<Workspace> rows = all;
            const auto listed = [&rows](const QString &id) {
                return std::any_of(
                    rows.cbegin(), rows.cend(), [&id](const Workspace &w) { return w.id == id; });
            };
            if (!listed(me.workspaceId))
                rows.prepend(m_workspaces.at(0));
            // An identity lists only what it may see (a workspace admin, their
            // own): the workspaces seen before on this server stay choosable
            // (at once with a held credential, else through the browser). The
            // ones listed now replace what was known of them.
            QVector<Workspace> known = knownWorkspaces();
            for (const Workspace &w : std::as_const(rows)) {
                const auto it = std::find_if(
                    known.begin(), known.end(), [&w](const Workspace &k) { return k.id == w.id; });
                if (it != known.end())
                    *it = w;
                else
                    known << w;
            }
            setKnownWorkspaces(known);
            // In the order first seen, so the list keeps its order whichever
            // workspace (and so whichever identity) is signed in.
            m_workspaces.setWorkspaces(known, me.workspaceId);
            QSet<QString> held;
            for (const Workspace &w : std::as_const(known)) {
                if (m_signIn.holdsCredential(w.id))
                    held.insert(w.id);
            }
            m_workspaces.setHeld(held);
        });
}

QString Console::knownWorkspacesKey() const
{
    // A digest of the server: the settings name no server.
    return QStringLiteral("workspaces/")
        + QString::fromLatin1(QCryptographicHash::hash(
            Session::keyFor(m_session.origin()).toUtf8(), QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16));
}

QVector<Workspace> Console::knownWorkspaces() const
{
    QVector<Workspace> known;
    const QVariantList list = m_settings->value(knownWorkspacesKey()).toList();
    for (const QVariant &v : list) {
        const QVariantMap m = v.toMap();
        Workspace w;
        w.id = m.value(QStringLiteral("id")).toString();
        w.slug = m.value(QStringLiteral("slug")).toString();
        w.name = m.value(QStringLiteral("name")).toString();
        w.rawEnvironment = m.value(QStringLiteral("environment")).toString();
        w.environment = Workspace::environmentFrom(w.rawEnvironment);
        if (!w.id.isEmpty())
            known << w;
    }
    return known;
}

void Console::setKnownWorkspaces(const QVector<Workspace> &known)
{
    QVariantList list;
    for (const Workspace &w : known) {
        list << QVariantMap{{QStringLiteral("id"), w.id}, {QStringLiteral("slug"), w.slug},
            {QStringLiteral("name"), w.name}, {QStringLiteral("environment"), w.rawEnvironment}};
    }
    m_settings->setValue(knownWorkspacesKey(), list);
}

void Console::leaveArchived(const Workspace &archived)
{
    QVector<Workspace> known = knownWorkspaces();
    known.erase(std::remove_if(known.begin(), known.end(),
                    [&archived](const Workspace &w) { return w.id == archived.id; }),
        known.end());
    setKnownWorkspaces(known);
    m_signIn.forgetWorkspace(archived.id);
    m_session.removeSaved(m_session.origin(), archived.id);
    // Another workspace: one this console holds a credential for first.
    QString next;
    QString nextName;
    for (int r = 0; r < m_workspaces.rowCount(); ++r) {
        const Workspace &w = m_workspaces.at(r);
        if (w.id == archived.id)
            continue;
        const bool held = m_signIn.holdsCredential(w.id);
        if (next.isEmpty() || held) {
            next = w.id;
            nextName = w.name;
            if (held)
                break;
        }
    }
    if (next.isEmpty()) {
        m_session.signOut(tr("%1 was archived, and there is no other workspace to open. Sign "
                             "in to another one.")
                              .arg(archived.name));
        return;
    }
    m_signIn.switchWorkspace(next, nextName);
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
