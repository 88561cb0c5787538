#include "mainwindow.h"

#include "actiontext.h"
#include "appearance.h"
#include "catalogpickerdialog.h"
#include "connectiondetailpane.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectoricons.h"
#include "consolestyle.h"
#include "messagelabel.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"
#include "welcomepage.h"
#include "workspacesmodel.h"
#include "workspaceswitcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace cc {

MainWindow::MainWindow(ConnectionsModel *model, ConnectionsFilterModel *proxy,
    ConnectorCatalogModel *catalog, RunsModel *runs, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_icons(new ConnectorIcons(this))
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_connections(new ConnectionsPage(model, proxy, runs, m_icons, this))
    , m_workspace(new QLabel(this))
    , m_user(new QLabel(this))
    , m_signIn(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Connections Console"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Top bar: workspace, user, sign-in state.
    auto *top = new QFrame(central);
    top->setObjectName(QStringLiteral("identityBar"));
    top->setFrameShape(QFrame::StyledPanel);
    auto *topLayout = new QHBoxLayout(top);
    m_identityLayout = topLayout;
    topLayout->setContentsMargins(12, 6, 12, 6);
    m_workspace->setObjectName(QStringLiteral("workspaceLabel"));
    m_user->setObjectName(QStringLiteral("userLabel"));
    m_signIn->setObjectName(QStringLiteral("signInState"));
    // Workspace and user names come from the server: never markup.
    for (QLabel *l : {m_workspace, m_user, m_signIn})
        l->setTextFormat(Qt::PlainText);
    QFont wf = m_workspace->font();
    wf.setBold(true);
    m_workspace->setFont(wf);
    m_workspace->setText(tr("No workspace"));
    m_signIn->setText(tr("Not signed in"));
    topLayout->addWidget(m_workspace);
    topLayout->addStretch(1);
    topLayout->addWidget(m_user);
    topLayout->addSpacing(12);
    topLayout->addWidget(m_signIn);
    outer->addWidget(top);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_pages->setFixedWidth(170);
    m_pages->setIconSize(QSize(18, 18));
    auto *item = new QListWidgetItem(
        style()->standardIcon(QStyle::SP_DriveNetIcon), tr("Connections"), m_pages);
    item->setSizeHint(QSize(0, 34));
    m_pages->setCurrentRow(0);
    m_pages->setAccessibleName(tr("Pages"));
    body->addWidget(m_pages);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_connections);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_loadProgress = new QProgressBar(statusBar());
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setAccessibleName(tr("Loading connections"));
    m_loadProgress->setMaximumWidth(m_loadProgress->fontMetrics().horizontalAdvance(
                                        QStringLiteral("000,000 of 000,000 connections"))
        + 48);
    m_loadProgress->setTextVisible(true);
    m_loadProgress->hide();
    statusBar()->addPermanentWidget(m_loadProgress);

    connect(m_connections, &ConnectionsPage::refreshRequested, this, &MainWindow::refreshRequested);
    connect(m_connections, &ConnectionsPage::addConnectionRequested, this,
        &MainWindow::openCatalogPicker);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_stack->currentWidget() == m_welcome)
            return;
        QWidget *page = row == 0 ? static_cast<QWidget *>(m_connections)
                                 : m_pages->item(row)->data(Qt::UserRole).value<QWidget *>();
        if (page) {
            m_stack->setCurrentWidget(page);
            Q_EMIT pageShown(page);
        }
    });
    // "12 of 26 connections shown" belongs to the Connections page only.
    const auto showCounts = [this] {
        if (m_stack->currentWidget() == m_connections)
            statusBar()->showMessage(
                tr("%1 of %2 connections shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    };
    connect(proxy, &ConnectionsFilterModel::countsChanged, this, showCounts);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this, showCounts] {
        statusBar()->clearMessage();
        showCounts();
    });
    buildMenus();
    restoreState();
    // Focus is always visible: a widget reached by Tab or by its mnemonic
    // inside a scroll area (the detail panes, the Workspace page) comes into
    // view, whole, on a small screen too.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || now->window() != this)
            return;
        for (QWidget *p = now->parentWidget(); p && p != this; p = p->parentWidget()) {
            auto *area = qobject_cast<QScrollArea *>(p);
            if (!area)
                continue;
            // The group it sits in first, title and all, where that fits
            // ("Last error" with its text and Copy), then the widget itself.
            for (QWidget *g = now->parentWidget(); g && g != area; g = g->parentWidget()) {
                if (qobject_cast<QGroupBox *>(g)
                    && g->height() + 16 <= area->viewport()->height()) {
                    area->ensureWidgetVisible(g, 8, 8);
                    break;
                }
            }
            area->ensureWidgetVisible(now, 8, 16);
        }
    });
}

MainWindow::~MainWindow() = default;

namespace {
// The platform's keys for a standard action, or the usual desktop ones where
// the platform has none (Qt's generic theme leaves Quit and Preferences empty).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, QKeyCombination fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << QKeySequence(fallback);
    return keys;
}
} // namespace

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction *add = file->addAction(tr("&Add a connection…"), this, &MainWindow::openCatalogPicker);
    add->setShortcut(QKeySequence::New);
    add->setObjectName(QStringLiteral("actionAddConnection"));
    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    file->addSeparator();
    QAction *signIn = file->addAction(tr("Sign &in…"), this, &MainWindow::signInRequested);
    signIn->setObjectName(QStringLiteral("actionSignIn"));
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("actionSignOut"));
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setShortcuts(standardOr(QKeySequence::Preferences, Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts(standardOr(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find…"), this, [this] {
        // While the console is still signing in (the welcome page), Ctrl+F
        // and what is typed next go to the connections' search.
        QWidget *page = m_stack->currentWidget();
        if (page == m_connections || page == m_welcome)
            m_connections->focusSearch();
        else
            Q_EMIT findRequested(page);
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));
    const auto walk = [this](bool backwards) {
        QWidget *page = m_stack->currentWidget();
        if (page == m_connections || page == m_welcome)
            m_connections->selectNextNeedingAttention(backwards);
        else
            Q_EMIT attentionWalkRequested(page, backwards);
    };
    QAction *next = view->addAction(tr("&Next needing attention"), this, [walk] { walk(false); });
    next->setShortcut(QKeySequence(Qt::Key_F8));
    next->setObjectName(QStringLiteral("actionNextAttention"));
    QAction *previous
        = view->addAction(tr("&Previous needing attention"), this, [walk] { walk(true); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    previous->setObjectName(QStringLiteral("actionPreviousAttention"));
    view->addSeparator();
    m_goMenu = view->addMenu(tr("&Go to"));
    QAction *goConnections
        = m_goMenu->addAction(tr("Connections"), this, &MainWindow::showConnections);
    goConnections->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    goConnections->setObjectName(QStringLiteral("actionGoTo_connectionsPage"));
    view->addSeparator();
    QAction *utc = view->addAction(tr("Show times in &UTC"));
    utc->setCheckable(true);
    utc->setObjectName(QStringLiteral("actionUtc"));
    m_utc = utc;
    utc->setChecked(m_settings && m_settings->value(QStringLiteral("view/utc")).toBool());
    connect(utc, &QAction::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setValue(QStringLiteral("view/utc"), on);
        Q_EMIT utcToggled(on);
    });
    // View ▸ Appearance: System / Light / Dark, kept in the settings.
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("menuAppearance"));
    auto *schemes = new QActionGroup(this);
    m_schemes = schemes;
    const Appearance::Scheme stored = Appearance::fromKey(
        m_settings ? m_settings->value(QStringLiteral("view/appearance")).toString() : QString());
    for (const auto &[scheme, label] : {std::pair{Appearance::Scheme::System, tr("&System")},
             std::pair{Appearance::Scheme::Light, tr("&Light")},
             std::pair{Appearance::Scheme::Dark, tr("&Dark")}}) {
        QAction *a = appearance->addAction(label);
        a->setCheckable(true);
        a->setActionGroup(schemes);
        a->setObjectName(QStringLiteral("actionAppearance_") + Appearance::key(scheme));
        a->setChecked(scheme == stored);
        const Appearance::Scheme chosen = scheme;
        connect(a, &QAction::triggered, this, [this, chosen] {
            if (m_settings)
                m_settings->setValue(QStringLiteral("view/appearance"), Appearance::key(chosen));
            if (chosen != Appearance::current())
                Appearance::apply(chosen);
        });
    }
    // The first console applies the scheme even when it is System: the
    // console's style corrections (see ConsoleStyle) go over every style.
    if (stored != Appearance::current() || !qobject_cast<ConsoleStyle *>(QApplication::style()))
        Appearance::apply(stored);

    // The selected connection's actions, all reachable from the keyboard.
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    const auto onSelected = [this, connection](const QString &text, const QKeySequence &keys,
                                const char *name, auto signal) {
        QAction *a = connection->addAction(text, this, [this, signal] {
            const QString id = m_connections->selectedConnectionId();
            if (!id.isEmpty())
                Q_EMIT(m_connections->*signal)(id);
        });
        a->setShortcut(keys);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    onSelected(tr("&Sync now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        "actionSyncSelected", &ConnectionsPage::syncRequested);
    onSelected(tr("&Reconnect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        "actionReconnectSelected", &ConnectionsPage::reconnectRequested);
    onSelected(tr("&Edit…"), QKeySequence(Qt::Key_F2), "actionEditSelected",
        &ConnectionsPage::editRequested);
    onSelected(tr("&Disconnect…"), QKeySequence(), "actionDisconnectSelected",
        &ConnectionsPage::disconnectRequested);
    connection->addSeparator();
    QAction *history = connection->addAction(tr("&History"), this, [this] {
        m_connections->detailPane()->showHistory();
        m_connections->detailPane()->focusRuns(); // arrow keys walk the runs
    });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setObjectName(QStringLiteral("actionHistory"));
    onSelected(tr("E&xport support bundle…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        "actionExportSelected", &ConnectionsPage::exportRequested);
    // The menu acts on the Connections page's selection: elsewhere it is off
    // (and its keys are free for the page shown, such as Data sources' F2).
    connection->menuAction()->setObjectName(QStringLiteral("menuConnection"));
    const auto followPage = [this, connection] {
        const bool on = m_stack->currentWidget() == m_connections;
        const auto actions = connection->actions();
        for (QAction *a : actions)
            a->setEnabled(on);
        connection->menuAction()->setEnabled(on);
    };
    connect(m_stack, &QStackedWidget::currentChanged, this, followPage);
    followPage();

    QAction *notify = view->addAction(tr("Desktop &notifications"));
    notify->setCheckable(true);
    notify->setChecked(true);
    notify->setObjectName(QStringLiteral("actionNotifications"));
    m_notify = notify;
    connect(notify, &QAction::toggled, this, &MainWindow::notificationsToggled);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::openShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Connections Console"), this, [this] {
        QMessageBox box(this);
        box.setObjectName(QStringLiteral("aboutBox"));
        box.setWindowTitle(tr("About Connections Console"));
        box.setIconPixmap(windowIcon().pixmap(64, 64));
        box.setTextFormat(Qt::RichText);
        box.setText(aboutText());
        box.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("actionAbout"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
}

QString MainWindow::aboutText()
{
    const QString projectUrl = QStringLiteral(CC_PROJECT_URL);
    return tr("<h3>Connections Console %1</h3>"
              "<p>A native desktop console for a data platform: its connections, workspaces "
              "and data sources.</p>"
              "<p>Licensed under the <a href=\"%2\">Apache License 2.0</a>. Built with "
              "Qt %3 (LGPL-3.0) and QtKeychain (BSD-3-Clause). The sandbox platform, "
              "connections-sandbox, uses Qt HTTP Server (GPL-3.0) and ships as its own "
              "package.</p>"
              "<p><a href=\"%4\">Project website</a></p>")
        .arg(QApplication::applicationVersion().toHtmlEscaped(),
            QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0"),
            QString::fromLatin1(qVersion()), projectUrl.toHtmlEscaped());
}

namespace {

void collectMenu(
    QMenu *menu, const QString &where, QList<ShortcutEntry> &out, QSet<QAction *> &seen)
{
    const auto actions = menu->actions();
    for (QAction *a : actions) {
        if (a->menu()) {
            collectMenu(a->menu(),
                MainWindow::tr("%1 ▸ %2").arg(where, plainActionText(a->menu()->title())), out,
                seen);
            continue;
        }
        seen.insert(a);
        if (!a->shortcut().isEmpty())
            out.append({where, plainActionText(a->text(), true), a->shortcut()});
    }
}
} // namespace

QList<ShortcutEntry> MainWindow::shortcutEntries() const
{
    QList<ShortcutEntry> out;
    QSet<QAction *> seen;
    const auto menus = menuBar()->actions();
    for (QAction *m : menus) {
        if (m->menu())
            collectMenu(m->menu(), plainActionText(m->menu()->title()), out, seen);
    }
    // Keys that belong to a page (its own actions, such as Data sources'
    // Sync now), grouped under the page's name.
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *page = i == 0 ? static_cast<QWidget *>(m_connections)
                               : m_pages->item(i)->data(Qt::UserRole).value<QWidget *>();
        if (!page)
            continue;
        const auto actions = page->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (seen.contains(a) || a->shortcut().isEmpty() || a->text().isEmpty())
                continue;
            seen.insert(a);
            out.append({m_pages->item(i)->text(), plainActionText(a->text(), true), a->shortcut()});
        }
        const auto widgetActions = page->actions();
        for (QAction *a : widgetActions) {
            if (seen.contains(a) || a->shortcut().isEmpty() || a->text().isEmpty())
                continue;
            seen.insert(a);
            out.append({m_pages->item(i)->text(), plainActionText(a->text(), true), a->shortcut()});
        }
    }
    return out;
}

ShortcutsDialog *MainWindow::openShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutEntries(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PreferencesDialog *MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_schemes, {m_utc, m_notify}, this);
    dialog->setBackgroundRefresh(backgroundRefreshSeconds());
    connect(dialog, &PreferencesDialog::backgroundRefreshChanged, this, [this](int seconds) {
        if (m_settings)
            m_settings->setValue(QStringLiteral("poll/backgroundSeconds"), seconds);
        Q_EMIT backgroundRefreshChanged(seconds);
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::addPage(const QString &title, const QIcon &icon, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, title, m_pages);
    item->setSizeHint(QSize(0, 34));
    // The list is as wide as its longest title (a translation too).
    const int needed = m_pages->fontMetrics().horizontalAdvance(title) + m_pages->iconSize().width()
        + 2 * m_pages->frameWidth() + 28;
    if (needed > m_pages->width())
        m_pages->setFixedWidth(needed);
    item->setData(Qt::UserRole, QVariant::fromValue(page));
    m_stack->addWidget(page);
    // View ▸ Go to: Ctrl+1 is Connections, then every page in the order added.
    const int number = m_pages->count();
    QAction *go = m_goMenu->addAction(title, this, [this, page] { showPage(page); });
    if (number <= 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    go->setObjectName(QStringLiteral("actionGoTo_") + page->objectName());
}

void MainWindow::clearIdentity()
{
    m_workspace->setText(tr("No workspace"));
    m_workspace->setToolTip(QString());
    setWindowTitle(tr("Connections Console"));
    m_user->clear();
    m_user->setToolTip(QString());
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::showPage(QWidget *page)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->item(i)->data(Qt::UserRole).value<QWidget *>() == page
            || (i == 0 && page == m_connections)) {
            m_stack->setCurrentWidget(page);
            m_pages->setCurrentRow(i);
            Q_EMIT pageShown(page);
            return;
        }
    }
}

void MainWindow::showWelcome()
{
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::showConnections()
{
    m_stack->setCurrentWidget(m_connections);
    m_pages->setCurrentRow(0);
}

void MainWindow::setIdentity(const Me &me, const QString &serverLabel)
{
    const QString workspace = me.workspaceName.isEmpty() ? me.workspaceSlug : me.workspaceName;
    m_workspace->setText(workspace);
    // "Demo Workspace — Connections Console": the task bar tells two apart.
    setWindowTitle(workspace.isEmpty() ? tr("Connections Console")
                                       : tr("%1 — Connections Console").arg(workspace));
    m_workspace->setToolTip(tr("Workspace %1 on %2").arg(me.workspaceSlug, serverLabel));
    m_user->setText(tr("%1 · %2").arg(me.name.isEmpty() ? me.email : me.name, me.role));
    m_user->setToolTip(me.email);
}

void MainWindow::setWorkspaces(WorkspacesModel *model)
{
    m_workspaces = model;
    m_switcher = new WorkspaceSwitcher(model, this);
    m_environment = new MessageLabel(this);
    m_environment->setObjectName(QStringLiteral("environmentBadge"));
    m_environment->setAccessibleName(tr("Environment"));
    m_identityLayout->insertWidget(1, m_switcher);
    m_identityLayout->insertWidget(2, m_environment);
    connect(m_switcher, &WorkspaceSwitcher::switchRequested, this,
        &MainWindow::workspaceSwitchRequested);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateWorkspaceChoice);
    QMenu *file = menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
    QAction *before = findChild<QAction *>(QStringLiteral("actionSignIn"));
    auto *choose = new QAction(tr("Switch &workspace…"), this);
    choose->setObjectName(QStringLiteral("actionSwitchWorkspace"));
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(choose, &QAction::triggered, this, [this] {
        if (m_switcher->isVisible())
            m_switcher->openList();
        else
            statusBar()->showMessage(tr("There is no other workspace to switch to."), 8000);
    });
    if (file)
        file->insertAction(before, choose);
    else
        addAction(choose);
    updateWorkspaceChoice();
}

void MainWindow::updateWorkspaceChoice()
{
    const int row = m_workspaces->rowOf(m_workspaces->currentId());
    const bool many = m_workspaces->rowCount() > 1;
    m_switcher->setVisible(many);
    m_workspace->setVisible(!many);
    if (row < 0) {
        m_environment->hide();
        return;
    }
    const Workspace &w = m_workspaces->at(row);
    m_environment->showMessage(environmentLabel(w.environment), environmentTone(w.environment));
    m_environment->setToolTip(tr("Environment: %1").arg(environmentLabel(w.environment)));
}

QString MainWindow::environmentBadgeText() const
{
    return m_environment && !m_environment->isHidden() ? m_environment->text() : QString();
}

void MainWindow::setLoadProgress(qint64 loaded, qint64 total)
{
    if (total < 0 || loaded >= total) {
        m_loadProgress->hide();
        return;
    }
    // QProgressBar counts in int: in thousandths of the whole.
    m_loadProgress->setRange(0, 1000);
    m_loadProgress->setValue(total > 0 ? int(loaded * 1000 / total) : 0);
    //: The status bar while the connection list arrives in pages
    m_loadProgress->setFormat(tr("%L1 of %L2 connections").arg(loaded).arg(total));
    m_loadProgress->setAccessibleDescription(m_loadProgress->format());
    m_loadProgress->show();
}

void MainWindow::setNotificationsEnabled(bool enabled)
{
    if (auto *a = findChild<QAction *>(QStringLiteral("actionNotifications")))
        a->setChecked(enabled);
}

void MainWindow::setSignInState(const QString &text)
{
    m_signIn->setText(text);
}

CatalogPickerDialog *MainWindow::openCatalogPicker()
{
    auto *dialog = new CatalogPickerDialog(m_catalog, m_icons, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CatalogPickerDialog::connectorChosen, this, &MainWindow::connectorChosen);
    dialog->open();
    return dialog;
}

void MainWindow::saveState()
{
    if (!m_settings)
        return;
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    m_settings->setValue(
        QStringLiteral("connections/splitter"), m_connections->splitter()->saveState());
    m_settings->setValue(QStringLiteral("connections/header"),
        m_connections->table()->horizontalHeader()->saveState());
    m_settings->setValue(QStringLiteral("connections/search"), m_proxy->searchText());
    QStringList health;
    const QSet<Health> filter = m_proxy->healthFilter();
    for (Health h : filter)
        health << healthToString(h);
    m_settings->setValue(QStringLiteral("connections/health"), health);
}

void MainWindow::restoreState()
{
    if (!m_settings)
        return;
    if (!restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: a roomy default, but never larger than the screen it opens on
        // (a 1366×768 laptop must see the whole window, toolbar buttons included).
        QSize size(1480, 860);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size() * 0.92);
        resize(size.expandedTo(minimumSizeHint()));
    }
    QMainWindow::restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    const QByteArray splitter
        = m_settings->value(QStringLiteral("connections/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_connections->splitter()->restoreState(splitter);
    else
        m_connections->splitter()->setSizes({1000, 420}); // the table gets most of the room
    m_connections->table()->horizontalHeader()->restoreState(
        m_settings->value(QStringLiteral("connections/header")).toByteArray());
    m_connections->searchField()->setText(
        m_settings->value(QStringLiteral("connections/search")).toString());
    QSet<Health> health;
    for (const QString &h : m_settings->value(QStringLiteral("connections/health")).toStringList())
        health.insert(healthFromString(h));
    health.remove(Health::Unknown);
    m_proxy->setHealthFilter(health);
}

int MainWindow::backgroundRefreshSeconds() const
{
    return m_settings ? m_settings->value(QStringLiteral("poll/backgroundSeconds"), 60).toInt()
                      : 60;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateOnScreen();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateOnScreen();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateOnScreen();
}

void MainWindow::updateOnScreen()
{
    const bool on = isVisible() && !isMinimized();
    if (on == m_onScreen)
        return;
    m_onScreen = on;
    Q_EMIT onScreenChanged(on);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeCheck && !m_closeCheck()) {
        event->ignore();
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace cc
