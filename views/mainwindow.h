#pragma once

#include "records.h"

#include <QIcon>
#include <QMainWindow>
#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSettings;
class QStackedWidget;

class QHBoxLayout;

namespace cc {

class ConnectionsFilterModel;
class ConnectionsModel;
class ConnectionsPage;
class ConnectorCatalogModel;
class ConnectorIcons;
class RunsModel;
class WelcomePage;
class WorkspaceSwitcher;
class WorkspacesModel;
class MessageLabel;
class PreferencesDialog;
class ShortcutsDialog;
struct ShortcutEntry;

// The main window: a page list on the left (Connections, then the pages the
// composition root adds), the workspace, user and sign-in state on top, the
// menus and shortcuts. Owns no data and no network: Console wires its signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ConnectionsModel *model, ConnectionsFilterModel *proxy,
        ConnectorCatalogModel *catalog, RunsModel *runs, QSettings *settings,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page below Connections in the page list.
    void addPage(const QString &title, const QIcon &icon, QWidget *page);
    void showPage(QWidget *page);
    void showWelcome();
    void showConnections();
    QWidget *currentPage() const;
    void setIdentity(const Me &me, const QString &serverLabel);
    void setSignInState(const QString &text);
    // Signed out: no workspace, no user.
    void clearIdentity();
    void setNotificationsEnabled(bool enabled);
    // A first load that arrives in pages: "12,500 of 100,000 connections" in
    // the status bar while it lasts; total < 0 hides it.
    void setLoadProgress(qint64 loaded, qint64 total);
    // Asked when the window is about to close (Quit, the title bar): false
    // keeps it open. The composition root sets it (unsaved edits).
    void setCloseCheck(std::function<bool()> check) { m_closeCheck = std::move(check); }
    // The workspace switcher in the identity bar, over `model` (not owned):
    // shown once there is more than one workspace to choose from, with the
    // current one's environment as a badge beside it.
    void setWorkspaces(WorkspacesModel *model);
    WorkspaceSwitcher *workspaceSwitcher() const { return m_switcher; }
    QString environmentBadgeText() const;
    ConnectionsPage *connectionsPage() const { return m_connections; }
    WelcomePage *welcomePage() const { return m_welcome; }
    // The connector icons of this window (pages added later use them too).
    const ConnectorIcons *connectorIcons() const { return m_icons; }
    // Opens "Add a connection" (modal, non-blocking for tests: returns the dialog).
    class CatalogPickerDialog *openCatalogPicker();
    // Help ▸ Keyboard Shortcuts and File ▸ Preferences (both non-blocking).
    ShortcutsDialog *openShortcuts();
    PreferencesDialog *openPreferences();
    // Every keyboard shortcut of the window, from its actions: the menus'
    // (grouped by menu) and the pages' own (grouped by page).
    QList<ShortcutEntry> shortcutEntries() const;
    // The background refresh interval, from the settings (60 s unless set).
    int backgroundRefreshSeconds() const;
    bool isOnScreen() const { return m_onScreen; }
    // Help ▸ About's text: version, licences, links.
    static QString aboutText();

Q_SIGNALS:
    void refreshRequested();
    void connectorChosen(const QString &type);
    void utcToggled(bool utc);
    void signOutRequested();
    void pageShown(QWidget *page);
    void workspaceSwitchRequested(const QString &workspaceId, const QString &name);
    // Ctrl+F and F8 / Shift+F8 on a page other than Connections: the page's
    // own search and attention walk.
    void findRequested(QWidget *page);
    void attentionWalkRequested(QWidget *page, bool backwards);
    void notificationsToggled(bool enabled);
    void signInRequested();
    // The window came on screen (shown, restored) or left it (hidden,
    // minimised): the background refresh follows.
    void onScreenChanged(bool onScreen);
    // File ▸ Preferences: the background refresh interval (0: off).
    void backgroundRefreshChanged(int seconds);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void saveState();
    void restoreState();

    ConnectionsModel *const m_model;
    ConnectionsFilterModel *const m_proxy;
    ConnectorCatalogModel *const m_catalog;
    QSettings *const m_settings;
    std::function<bool()> m_closeCheck;
    ConnectorIcons *const m_icons;
    QListWidget *const m_pages;
    QStackedWidget *const m_stack;
    QProgressBar *m_loadProgress = nullptr; // in the status bar, during a paged first load
    WelcomePage *const m_welcome;
    ConnectionsPage *const m_connections;
    QLabel *const m_workspace;
    QLabel *const m_user;
    QLabel *const m_signIn;
    WorkspaceSwitcher *m_switcher = nullptr;
    WorkspacesModel *m_workspaces = nullptr;
    MessageLabel *m_environment = nullptr;
    QHBoxLayout *m_identityLayout = nullptr;
    void updateWorkspaceChoice();
    QMenu *m_goMenu = nullptr; // View ▸ Go to, filled as pages are added
    QActionGroup *m_schemes = nullptr; // View ▸ Appearance
    QAction *m_utc = nullptr;
    QAction *m_notify = nullptr;
    bool m_onScreen = false;
    void updateOnScreen();
};

} // namespace cc
