// The main window of the console as it ships (built through the composition
// root), against the real sandbox: loading the demo workspace; the loading,
// empty, no-results and error-with-Retry states; the error banner on a 503
// whose Retry fires once; the offline banner and recovery; the filter
// controls and Clear filters; the UTC and notification toggles and their
// persistence; the row context menu; shortcuts; and the first window's size.
#include "banner.h"
#include "connectiondetailpane.h"
#include "connectionpoller.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "consolecontroller.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sandboxprocess.h"
#include "scriptedhttpserver.h"
#include "shortcutsdialog.h"
#include "testconsole.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace cc;

namespace {

int countSent(const QSignalSpy &spy, const QByteArray &verb, const QString &path)
{
    int n = 0;
    for (const QList<QVariant> &call : spy)
        n += call.at(0).toByteArray() == verb && call.at(1).toString() == path;
    return n;
}

const QString kConnections = QStringLiteral("/api/platform/v1/connections");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void loadsTheWorkspace();
    void loadingThenTable();
    void emptyWorkspace();
    void noResultsAndClearFilters();
    void errorStateWithRetry();
    void firstPageShowsWhileTheRestLoads();
    void errorBannerRetryFiresOnce();
    void offlineBannerAndRecovery();
    void filterControls();
    void utcAndNotificationTogglesPersist();
    void rowContextMenu();
    void standardShortcuts();
    void filtersSurviveARestart();
    void firstStartFitsTheScreen();
    void serverTextIsNeverMarkup();
    void aBusyPlatformAtSignInIsRetried();
    void keyboardShortcutsListEveryShortcut();
    void preferencesDriveTheViewMenu();
    void aboutSaysVersionLicencesAndLinks();

private:
    // A sandbox with `args` and the demo seed (unless args seed), and a console on it.
    bool start(const QStringList &args = {}, bool waitForRows = true);
    MainWindow *window() { return m_console->console.window(); }
    ConnectionsPage *page() { return window()->connectionsPage(); }
    void setFaults(const QString &spec);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestConsole> m_console;
};

void TestMainWindow::cleanup()
{
    m_console.reset();
    m_sandbox.reset();
}

bool TestMainWindow::start(const QStringList &args, bool waitForRows)
{
    QStringList all = args;
    if (!all.contains(QStringLiteral("--seed")))
        all << QStringLiteral("--seed") << QStringLiteral("demo");
    m_sandbox = std::make_unique<SandboxProcess>(all);
    QString error;
    if (!m_sandbox->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_console = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_console->console.controller()->setReconnectBaseMs(200);
    m_console->console.show();
    if (!waitForRows) {
        m_console->console.startWithServer(QUrl(m_sandbox->origin()), m_sandbox->apiKey());
        return true;
    }
    return m_console->startWithKey(m_sandbox->origin(), m_sandbox->apiKey());
}

void TestMainWindow::setFaults(const QString &spec)
{
    HttpClient http;
    QCOMPARE(
        http.send("PUT", m_sandbox->url(QStringLiteral("/api/sandbox/faults")), m_sandbox->apiKey(),
                QJsonDocument(QJsonObject{{QStringLiteral("faults"), spec}}).toJson())
            .status,
        200);
}

void TestMainWindow::loadsTheWorkspace()
{
    QVERIFY(start());
    QCOMPARE(m_console->console.connections()->rowCount(), 26);
    QCOMPARE(window()->findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text(),
        QStringLiteral("Demo Workspace"));
    QCOMPARE(window()->windowTitle(), QStringLiteral("Demo Workspace — Connections Console"));
    QVERIFY(window()
                ->findChild<QLabel *>(QStringLiteral("signInState"))
                ->text()
                .startsWith(QStringLiteral("Signed in")));
    QCOMPARE(page()->states()->currentWidget(), page()->splitter());
    // Selecting a row fills the detail pane.
    const QString id = m_console->console.filteredConnections()
                           ->index(0, 0)
                           .data(ConnectionsModel::IdRole)
                           .toString();
    page()->selectConnection(id);
    QCOMPARE(page()->findChild<QLabel *>(QStringLiteral("detailId"))->text(), id);
}

void TestMainWindow::loadingThenTable()
{
    QVERIFY(start({QStringLiteral("--faults"), QStringLiteral("latency=1500ms")}, false));
    QLabel *loading = page()->findChild<QLabel *>(QStringLiteral("loadingLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(loading->isVisible(), 10000);
    QVERIFY(loading->text().startsWith(QStringLiteral("Loading connections")));
    QTRY_COMPARE_WITH_TIMEOUT(page()->states()->currentWidget(), page()->splitter(), 15000);
    QVERIFY(!loading->isVisible());
}

void TestMainWindow::emptyWorkspace()
{
    QVERIFY(start({QStringLiteral("--seed"), QStringLiteral("empty")}, false));
    QLabel *empty = page()->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 15000);
    QVERIFY(empty->text().contains(QStringLiteral("No connections yet")));
    // The empty state's own button opens the catalog.
    QPushButton *add = nullptr;
    for (QPushButton *b : empty->parentWidget()->findChildren<QPushButton *>())
        add = b->text() == u"Add a connection…" ? b : add;
    QVERIFY(add);
    QTRY_VERIFY(m_console->console.catalog()->rowCount() > 0);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(window()->findChild<QDialog *>(QStringLiteral("catalogPicker")));
}

void TestMainWindow::noResultsAndClearFilters()
{
    QVERIFY(start());
    page()->searchField()->setText(QStringLiteral("no-such-connection-anywhere"));
    QLabel *noResults = page()->findChild<QLabel *>(QStringLiteral("noResultsLabel"));
    QTRY_VERIFY(noResults->isVisible());
    QPushButton *clear = nullptr;
    for (QPushButton *b : noResults->parentWidget()->findChildren<QPushButton *>())
        clear = b->text() == u"Clear filters" ? b : clear;
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(page()->searchField()->text(), QString());
    QCOMPARE(m_console->console.filteredConnections()->rowCount(), 26);
    QCOMPARE(page()->states()->currentWidget(), page()->splitter());
}

void TestMainWindow::errorStateWithRetry()
{
    // A platform whose first list fails: an error state with Retry (no data to keep).
    bool listWorks = false;
    ScriptedHttpServer platform([&listWorks](const ScriptedHttpServer::Request &r) {
        const QByteArray path = r.target.split('?').first();
        if (path == "/api/platform/v1/me")
            return ScriptedHttpServer::response(200,
                R"({"user_id":"u1","name":"Ada","email":"ada@example.com","role":"admin",)"
                R"("platform_admin":false,"workspace":{"id":"w1","name":"Scripted","slug":"s"}})");
        if (path == "/api/platform/v1/connections/catalog")
            return ScriptedHttpServer::response(200, R"({"connectors":[]})");
        if (path == "/api/platform/v1/members")
            return ScriptedHttpServer::response(200, R"({"members":[]})");
        if (path == "/api/platform/v1/connections" && !listWorks)
            return ScriptedHttpServer::response(
                500, R"({"error":"internal","message":"The list is broken today."})");
        if (path == "/api/platform/v1/connections")
            return ScriptedHttpServer::response(200,
                R"({"connections":[{"id":"con_1","kind":"first_party","connector_type":"hubspot",)"
                R"("name":"The only row","status":"connected","scope":"business",)"
                R"("last_synced_at":null,"last_error":null,"is_syncing":false,"health":"healthy",)"
                R"("last_run":null}]})");
        return ScriptedHttpServer::response(404, R"({"error":"not_found","message":"No."})");
    });
    QVERIFY(platform.listen());
    m_console = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("error.ini")));
    m_console->console.show();
    m_console->console.startWithServer(QUrl(platform.origin()), QStringLiteral("scripted-key"));
    QLabel *errorLabel = page()->findChild<QLabel *>(QStringLiteral("errorStateLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 15000);
    QVERIFY2(errorLabel->text().contains(QStringLiteral("Could not load connections"))
            && errorLabel->text().contains(QStringLiteral("HTTP 500")),
        qPrintable(errorLabel->text()));
    listWorks = true;
    QTest::mouseClick(
        page()->findChild<QPushButton *>(QStringLiteral("errorStateRetry")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page()->states()->currentWidget(), page()->splitter(), 15000);
    QCOMPARE(m_console->console.connections()->rowCount(), 1);
}

void TestMainWindow::firstPageShowsWhileTheRestLoads()
{
    // 600 rows in three pages; the second waits until the test lets it go.
    const auto rows = [](int from, int to) {
        QByteArray out;
        for (int i = from; i < to; ++i) {
            if (!out.isEmpty())
                out += ',';
            out += QByteArray(R"({"id":"con_%1","kind":"first_party","connector_type":"hubspot",)"
                              R"("name":"Row %1","status":"connected","scope":"business",)"
                              R"("last_synced_at":null,"last_error":null,"is_syncing":false,)"
                              R"("health":"healthy","last_run":null})")
                       .replace("%1", QByteArray::number(i));
        }
        return out;
    };
    ScriptedHttpServer platform([&rows](const ScriptedHttpServer::Request &r) {
        const QByteArray path = r.target.split('?').first();
        if (path == "/api/platform/v1/me")
            return ScriptedHttpServer::response(200,
                R"({"user_id":"u1","name":"Ada","email":"ada@example.com","role":"admin",)"
                R"("platform_admin":false,"workspace":{"id":"w1","name":"Scripted","slug":"s"}})");
        if (path == "/api/platform/v1/connections/catalog")
            return ScriptedHttpServer::response(200, R"({"connectors":[]})");
        if (path == "/api/platform/v1/members")
            return ScriptedHttpServer::response(200, R"({"members":[]})");
        if (path == "/api/platform/v1/connections" && r.target.contains("cursor=p3"))
            return ScriptedHttpServer::response(
                200, "{\"connections\":[" + rows(550, 600) + "],\"next_cursor\":null}");
        if (path == "/api/platform/v1/connections" && r.target.contains("cursor=p2"))
            return ScriptedHttpServer::response(
                200, "{\"connections\":[" + rows(250, 550) + "],\"next_cursor\":\"p3\"}");
        if (path == "/api/platform/v1/connections" && r.target.contains("limit="))
            return ScriptedHttpServer::response(200,
                "{\"connections\":[" + rows(0, 250)
                    + "],\"next_cursor\":\"p2\",\"total\":600,\"changes_token\":\"tok\"}");
        return ScriptedHttpServer::response(404, R"({"error":"not_found","message":"No."})");
    });
    platform.setHold(
        [](const ScriptedHttpServer::Request &r) { return r.target.contains("cursor=p2"); });
    QVERIFY(platform.listen());
    m_console = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("paged.ini")));
    m_console->console.show();
    m_console->console.startWithServer(QUrl(platform.origin()), QStringLiteral("scripted-key"));
    // The first page shows while the second is on its way, with the progress.
    QTRY_COMPARE_WITH_TIMEOUT(platform.heldCount(), 1, 15000);
    QTRY_COMPARE(m_console->console.connections()->rowCount(), 250);
    QCOMPARE(page()->states()->currentWidget(), page()->splitter());
    auto *progress = window()->findChild<QProgressBar *>(QStringLiteral("loadProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->text(), QStringLiteral("250 of 600 connections"));
    QVERIFY(!progress->accessibleName().isEmpty());
    // Meanwhile the user sorts, searches and selects.
    QTableView *table = page()->table();
    table->sortByColumn(0, Qt::DescendingOrder);
    QTest::keyClicks(page()->searchField(), QStringLiteral("Row 1"));
    ConnectionsFilterModel *shown = m_console->console.filteredConnections();
    QTRY_COMPARE(shown->rowCount(), 1 + 10 + 100); // Row 1, 10–19, 100–199
    int target = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(ConnectionsModel::IdRole).toString() == u"con_12")
            target = r;
    }
    QVERIFY(target >= 0);
    table->selectRow(target);
    QCOMPARE(page()->detailPane()->connectionId(), QStringLiteral("con_12"));
    // The rest arrives: nothing the user did is undone.
    QSignalSpy loaded(m_console->console.controller(), &ConsoleController::loaded);
    platform.releaseHeld();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QCOMPARE(m_console->console.connections()->rowCount(), 600);
    QVERIFY(!progress->isVisible());
    QCOMPARE(page()->searchField()->text(), QStringLiteral("Row 1"));
    QCOMPARE(shown->rowCount(), 111); // no page-3 name matches "Row 1"
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 0);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(page()->detailPane()->connectionId(), QStringLiteral("con_12"));
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ConnectionsModel::IdRole).toString(), QStringLiteral("con_12"));
    // Descending by name: "Row 199" before "Row 1".
    QCOMPARE(table->model()->index(0, 0).data(ConnectionsModel::IdRole).toString(),
        QStringLiteral("con_199"));
}

void TestMainWindow::errorBannerRetryFiresOnce()
{
    QVERIFY(start());
    setFaults(QStringLiteral("5xx=1"));
    window()->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    Banner *banner = window()->findChild<Banner *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("HTTP 50")), qPrintable(banner->text()));
    QCOMPARE(m_console->console.connections()->rowCount(), 26); // the data stays
    QPushButton *retry = banner->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("Retry"));
    setFaults(QString());
    QSignalSpy sent(m_console->console.client(), &PlatformClient::requestSent);
    QSignalSpy loaded(m_console->console.controller(), &ConsoleController::loaded);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!banner->isVisible());
    // One click, one reload: the list was asked for once.
    QCOMPARE(countSent(sent, "GET", kConnections), 1);
}

void TestMainWindow::offlineBannerAndRecovery()
{
    const QString db = m_dir.filePath(QStringLiteral("offline.sqlite"));
    QVERIFY(start({QStringLiteral("--database"), db}));
    const QString port = QString::number(QUrl(m_sandbox->origin()).port());
    m_sandbox->kill();
    window()->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    Banner *offline = window()->findChild<Banner *>(QStringLiteral("offlineBanner"));
    QTRY_VERIFY(offline->isVisible());
    QVERIFY(offline->text().contains(QStringLiteral("Offline")));
    QVERIFY(offline->text().contains(QStringLiteral("stale")));
    QVERIFY(window()->findChild<QLabel *>(QStringLiteral("staleMark"))->isVisible());
    QCOMPARE(m_console->console.filteredConnections()->rowCount(), 26); // the last data stays
    QVERIFY(m_console->console.controller()->isOffline());

    // The platform comes back on the same address: the console recovers by itself.
    // (A restart without --workspace would revoke the key the console holds,
    // as the console's own --sandbox restarts do: name it, as a real platform keeps its keys.)
    SandboxProcess again({QStringLiteral("--database"), db, QStringLiteral("--port"), port,
        QStringLiteral("--workspace"), QStringLiteral("demo=") + m_sandbox->apiKey(),
        QStringLiteral("--seed"), QStringLiteral("demo")});
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!offline->isVisible(), 15000);
    QVERIFY(!m_console->console.controller()->isOffline());
    QVERIFY(!window()->findChild<QLabel *>(QStringLiteral("staleMark"))->isVisible());
}

void TestMainWindow::filterControls()
{
    QVERIFY(start());
    ConnectionsFilterModel *shown = m_console->console.filteredConnections();
    auto *category = page()->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    auto *connector = page()->findChild<QComboBox *>(QStringLiteral("connectorFilter"));
    auto *scope = page()->findChild<QComboBox *>(QStringLiteral("scopeFilter"));
    QTRY_VERIFY(category->count() > 1); // filled from the catalog
    // The demo workspace, counted by hand from sandbox/seeder.cpp's table.
    category->setCurrentIndex(category->findData(QStringLiteral("social")));
    QCOMPARE(shown->rowCount(), 3); // @acme, @acme_support and Acme Inc. on LinkedIn
    category->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 26);
    connector->setCurrentIndex(connector->findData(QStringLiteral("gmail")));
    QCOMPARE(shown->rowCount(), 2); // Alice's and Bob's Gmail
    connector->setCurrentIndex(0);
    scope->setCurrentIndex(scope->findData(int(Scope::Personal)));
    QCOMPARE(shown->rowCount(), 4); // the two Gmail and two Outlook mailboxes
    for (int r = 0; r < shown->rowCount(); ++r)
        QCOMPARE(shown->index(r, 0).data(ConnectionsModel::ScopeRole).toString(),
            QStringLiteral("personal"));
    scope->setCurrentIndex(0);
    // Health: from the button's menu; the summary bar's counts add up.
    auto *health = page()->findChild<QPushButton *>(QStringLiteral("healthFilterButton"));
    QAction *needsReauth
        = health->menu()->findChild<QAction *>(QStringLiteral("healthFilter_needs_reauth"));
    QVERIFY(needsReauth);
    QVERIFY(needsReauth->text().endsWith(QStringLiteral("(3)")));
    needsReauth->trigger();
    QCOMPARE(shown->rowCount(), 3); // Bob's Gmail, Aircall, Outlook (unassigned)
    QCOMPARE(health->text(), QStringLiteral("Health: 1 selected"));
    // Everything at once, then Clear filters resets every control.
    page()->searchField()->setText(QStringLiteral("gmail"));
    QCOMPARE(shown->rowCount(), 1); // Bob's Gmail
    connector->setCurrentIndex(connector->findData(QStringLiteral("gmail")));
    QTest::mouseClick(
        page()->findChild<QPushButton *>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 26);
    QCOMPARE(page()->searchField()->text(), QString());
    QCOMPARE(connector->currentIndex(), 0);
    QCOMPARE(health->text(), QStringLiteral("Health: all"));
    QVERIFY(shown->healthFilter().isEmpty());
}

void TestMainWindow::utcAndNotificationTogglesPersist()
{
    QVERIFY(start());
    QAction *utc = window()->findChild<QAction *>(QStringLiteral("actionUtc"));
    QAction *notify = window()->findChild<QAction *>(QStringLiteral("actionNotifications"));
    QVERIFY(!utc->isChecked());
    QVERIFY(notify->isChecked());
    QVERIFY(m_console->console.notifier()->isEnabled());
    const QString id = m_console->console.filteredConnections()
                           ->index(0, 0)
                           .data(ConnectionsModel::IdRole)
                           .toString();
    const Connection &c = m_console->console.connections()->connectionAt(
        m_console->console.connections()->rowOf(id));
    utc->trigger();
    QVERIFY(
        m_console->console.connections()->exactTime(c.createdAtMs).endsWith(QStringLiteral("UTC")));
    notify->trigger();
    QVERIFY(!m_console->console.notifier()->isEnabled());
    m_console.reset(); // quit
    TestConsole again(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(again.console.window()->findChild<QAction *>(QStringLiteral("actionUtc"))->isChecked());
    QVERIFY(!again.console.window()
                 ->findChild<QAction *>(QStringLiteral("actionNotifications"))
                 ->isChecked());
    QVERIFY(!again.console.notifier()->isEnabled());
    QVERIFY(again.console.connections()->exactTime(c.createdAtMs).endsWith(QStringLiteral("UTC")));
    // And back.
    again.console.window()->findChild<QAction *>(QStringLiteral("actionUtc"))->trigger();
    QVERIFY(!again.console.connections()->exactTime(c.createdAtMs).endsWith(QStringLiteral("UTC")));
}

void TestMainWindow::rowContextMenu()
{
    QVERIFY(start());
    QTableView *table = page()->table();
    const QModelIndex first = table->model()->index(0, 0);
    const QString id = first.data(ConnectionsModel::IdRole).toString();
    QStringList items;
    QSignalSpy sent(m_console->console.client(), &PlatformClient::requestSent);
    // The menu is modal: read it and choose "Sync now" once it is up.
    QTimer::singleShot(0, this, [&items] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *sync = nullptr;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                items << a->text();
            if (a->text() == u"Sync now")
                sync = a;
        }
        menu->hide();
        if (sync)
            sync->trigger();
    });
    Q_EMIT table->customContextMenuRequested(table->visualRect(first).center());
    QCOMPARE(items,
        (QStringList{QStringLiteral("Sync now"), QStringLiteral("Reconnect…"),
            QStringLiteral("Edit…"), QStringLiteral("Disconnect…"),
            QStringLiteral("Export support bundle…")}));
    QTRY_COMPARE(countSent(sent, "POST", kConnections + u'/' + id + QStringLiteral("/sync")), 1);
}

void TestMainWindow::standardShortcuts()
{
    m_console = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("keys.ini")));
    m_console->console.show();
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionRefresh"))->shortcut(),
        QKeySequence(QKeySequence::Refresh));
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionFind"))->shortcut(),
        QKeySequence(QKeySequence::Find));
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionAddConnection"))->shortcut(),
        QKeySequence(QKeySequence::New));
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionSyncSelected"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionReconnectSelected"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionExportSelected"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionHistory"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::Key_H));
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionNextAttention"))->shortcut(),
        QKeySequence(Qt::Key_F8));
    // Every page has a Go to shortcut: Ctrl+1 Connections, Ctrl+2 Failures.
    QAction *goFailures = window()->findChild<QAction *>(QStringLiteral("actionGoTo_failuresPage"));
    QVERIFY(goFailures);
    QCOMPARE(goFailures->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    goFailures->trigger();
    QVERIFY(m_console->console.failuresPage()->isVisible());
    QAction *goConnections
        = window()->findChild<QAction *>(QStringLiteral("actionGoTo_connectionsPage"));
    QCOMPARE(goConnections->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    goConnections->trigger();
    QVERIFY(page()->isVisible());
    // Tab leaves the tables (arrows move inside them): the keyboard is never trapped.
    QVERIFY(!page()->table()->tabKeyNavigation());
    QVERIFY(!m_console->console.failuresPage()->table()->tabKeyNavigation());
    window()->showConnections();
    QApplication::setActiveWindow(window());
    QVERIFY(QTest::qWaitForWindowActive(window()));
    window()->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    QTRY_VERIFY(window()->findChild<QLineEdit *>(QStringLiteral("searchField"))->hasFocus());
}

void TestMainWindow::filtersSurviveARestart()
{
    const QString file = m_dir.filePath(QStringLiteral("restart.ini"));
    {
        TestConsole t(file);
        t.console.window()->connectionsPage()->searchField()->setText(QStringLiteral("gmail"));
        t.console.filteredConnections()->setHealthFilter({Health::Error, Health::Stale});
        t.console.window()->close(); // saves
    }
    TestConsole again(file);
    QCOMPARE(again.console.filteredConnections()->searchText(), QStringLiteral("gmail"));
    QCOMPARE(again.console.filteredConnections()->healthFilter(),
        (QSet<Health>{Health::Error, Health::Stale}));
}

void TestMainWindow::firstStartFitsTheScreen()
{
    // No saved geometry: the window opens no larger than the screen's work area, and
    // everything in it still fits on a 1280-pixel-wide laptop screen.
    TestConsole t(m_dir.filePath(QStringLiteral("fresh.ini")));
    MainWindow *w = t.console.window();
    const QSize available = w->screen()->availableGeometry().size();
    const QSize minimum = w->minimumSizeHint();
    qInfo("screen %dx%d, window %dx%d, minimum %dx%d", available.width(), available.height(),
        w->width(), w->height(), minimum.width(), minimum.height());
    QVERIFY(minimum.width() <= 1280);
    QVERIFY(w->width() <= qMax(available.width(), minimum.width()));
    QVERIFY(w->height() <= qMax(available.height(), minimum.height()));
    QVERIFY(w->width() >= minimum.width());
}

namespace {
// The shortcuts dialog's rows, as "<group> | <action> | <keys>".
QStringList shortcutRows(QTreeWidget *tree, bool visibleOnly = false)
{
    QStringList rows;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if (visibleOnly && (item->isHidden() || group->isHidden()))
                continue;
            rows << group->text(0) + QStringLiteral(" | ") + item->text(0) + QStringLiteral(" | ")
                    + item->text(1);
        }
    }
    return rows;
}
} // namespace

void TestMainWindow::keyboardShortcutsListEveryShortcut()
{
    QVERIFY(start());
    ShortcutsDialog *dialog = window()->openShortcuts();
    QTRY_VERIFY(dialog->isVisible());
    const QStringList rows = shortcutRows(dialog->tree());
    // The menus' keys, grouped by menu, and the pages' own keys by page.
    for (const QString &expected :
        {QStringLiteral("File | Refresh | F5"), QStringLiteral("File | Add a connection | Ctrl+N"),
            QStringLiteral("File | Preferences | Ctrl+,"), QStringLiteral("File | Quit | Ctrl+Q"),
            QStringLiteral("View | Find | Ctrl+F"),
            QStringLiteral("View | Next needing attention | F8"),
            QStringLiteral("View ▸ Go to | Connections | Ctrl+1"),
            QStringLiteral("View ▸ Go to | Data sources | Ctrl+3"),
            QStringLiteral("Connection | Sync now | Ctrl+Shift+S"),
            QStringLiteral("Connection | History | Ctrl+H"),
            QStringLiteral("Data sources | Sync now | Ctrl+Shift+S"),
            QStringLiteral("Data sources | Edit | F2")})
        QVERIFY2(rows.contains(expected), qPrintable(expected + u'\n' + rows.join(u'\n')));
    // Every action of the window that has keys is listed.
    const auto actions = window()->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(
            std::any_of(rows.cbegin(), rows.cend(),
                [&](const QString &row) { return row.endsWith(QStringLiteral(" | ") + keys); }),
            qPrintable(a->text() + QStringLiteral(" ") + keys));
    }
    // The search narrows by key or by name.
    QTest::keyClicks(dialog->search(), QStringLiteral("F8"));
    const QStringList f8{QStringLiteral("View | Next needing attention | F8"),
        QStringLiteral("View | Previous needing attention | Shift+F8")};
    QCOMPARE(shortcutRows(dialog->tree(), true), f8);
    dialog->search()->clear();
    QCOMPARE(shortcutRows(dialog->tree(), true), rows);
    dialog->reject();
}

void TestMainWindow::preferencesDriveTheViewMenu()
{
    QVERIFY(start());
    QAction *preferences = window()->findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    // The platform's keys, or Ctrl+, and Ctrl+Q where it has none (offscreen).
    const auto expected = [](QKeySequence::StandardKey key, const char *fallback) {
        const auto keys = QKeySequence::keyBindings(key);
        return keys.isEmpty() ? QKeySequence(QLatin1String(fallback)) : keys.first();
    };
    QCOMPARE(preferences->shortcut(), expected(QKeySequence::Preferences, "Ctrl+,"));
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionQuit"))->shortcut(),
        expected(QKeySequence::Quit, "Ctrl+Q"));
    PreferencesDialog *dialog = window()->openPreferences();
    QTRY_VERIFY(dialog->isVisible());
    QComboBox *appearance = dialog->appearanceBox();
    QCOMPARE(appearance->currentText(), QStringLiteral("System"));
    QAction *dark = window()->findChild<QAction *>(QStringLiteral("actionAppearance_dark"));
    QAction *system = window()->findChild<QAction *>(QStringLiteral("actionAppearance_system"));
    // Choosing Dark in the dialog is choosing it in the menu (and kept).
    appearance->setCurrentIndex(appearance->findText(QStringLiteral("Dark")));
    Q_EMIT appearance->activated(appearance->currentIndex());
    QVERIFY(dark->isChecked());
    QCOMPARE(m_console->settings.value(QStringLiteral("view/appearance")).toString(),
        QStringLiteral("dark"));
    // And the menu moves the dialog.
    system->trigger();
    QCOMPARE(appearance->currentText(), QStringLiteral("System"));
    QCOMPARE(m_console->settings.value(QStringLiteral("view/appearance")).toString(),
        QStringLiteral("system"));
    QCheckBox *utcBox = dialog->findChild<QCheckBox *>(QStringLiteral("preferences_actionUtc"));
    QCheckBox *notifyBox
        = dialog->findChild<QCheckBox *>(QStringLiteral("preferences_actionNotifications"));
    QVERIFY(utcBox && notifyBox);
    QCOMPARE(utcBox->text(), QStringLiteral("Show times in &UTC"));
    // Each box shows its action's state and flips it (and the action flips the box).
    QAction *utc = window()->findChild<QAction *>(QStringLiteral("actionUtc"));
    QAction *notify = window()->findChild<QAction *>(QStringLiteral("actionNotifications"));
    const bool utcBefore = utc->isChecked();
    QCOMPARE(utcBox->isChecked(), utcBefore);
    utcBox->click();
    QCOMPARE(utc->isChecked(), !utcBefore);
    QCOMPARE(m_console->settings.value(QStringLiteral("view/utc")).toBool(), !utcBefore);
    const bool notifyBefore = notify->isChecked();
    QCOMPARE(notifyBox->isChecked(), notifyBefore);
    notify->trigger();
    QCOMPARE(notifyBox->isChecked(), !notifyBefore);
    QCOMPARE(m_console->console.notifier()->isEnabled(), !notifyBefore);
    // The background refresh: 60 s unless set, kept, and the poller follows.
    ConnectionPoller *poller = m_console->console.controller()->poller();
    QSpinBox *refresh = dialog->backgroundRefreshBox();
    QCOMPARE(refresh->value(), 60);
    QCOMPARE(poller->backgroundIntervalMs(), 60000);
    refresh->setValue(120);
    QCOMPARE(m_console->settings.value(QStringLiteral("poll/backgroundSeconds")).toInt(), 120);
    QCOMPARE(poller->backgroundIntervalMs(), 120000);
    // It rests while the window is away, and not otherwise.
    QVERIFY(!poller->isPaused());
    window()->showMinimized();
    QTRY_VERIFY(poller->isPaused());
    window()->showNormal();
    QTRY_VERIFY(!poller->isPaused());
    window()->hide();
    QVERIFY(poller->isPaused());
    window()->show();
    QVERIFY(!poller->isPaused());
    // Typed, the number applies when it is complete, not at each digit.
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    refresh->setFocus();
    refresh->selectAll();
    QTest::keyClicks(refresh, QStringLiteral("90"));
    QCOMPARE(m_console->settings.value(QStringLiteral("poll/backgroundSeconds")).toInt(), 120);
    QCOMPARE(poller->backgroundIntervalMs(), 120000);
    QTest::keyClick(refresh, Qt::Key_Return);
    QCOMPARE(m_console->settings.value(QStringLiteral("poll/backgroundSeconds")).toInt(), 90);
    QCOMPARE(poller->backgroundIntervalMs(), 90000);
    dialog->reject();
}

void TestMainWindow::aboutSaysVersionLicencesAndLinks()
{
    const QString text = MainWindow::aboutText();
    QVERIFY2(text.contains(QApplication::applicationVersion()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Apache License 2.0")));
    QVERIFY(text.contains(QStringLiteral("LGPL-3.0")));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0")));
    QVERIFY(text.contains(QStringLiteral("href=\"https://www.apache.org/licenses/LICENSE-2.0\"")));
    QVERIFY(text.contains(QStringLiteral("href=\"https://connections-console.invalid/\"")));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::serverTextIsNeverMarkup()
{
    // A hostile server names its workspace and user with markup: it shows as
    // typed, in labels that do not interpret it.
    ScriptedHttpServer platform([](const ScriptedHttpServer::Request &r) {
        const QByteArray path = r.target.split('?').first();
        if (path == "/api/platform/v1/me")
            return ScriptedHttpServer::response(200,
                R"({"user_id":"u1","name":"<img src=x>Eve","email":"e@x","role":"admin",)"
                R"("workspace":{"id":"w1","slug":"w","name":"<b>Bold</b> &amp; co"}})");
        if (path == "/api/platform/v1/connections")
            return ScriptedHttpServer::response(403,
                R"({"error":"forbidden","message":"<a href='http://evil.example'>click</a>"})");
        return ScriptedHttpServer::response(404, R"({"error":"not_found","message":"No."})");
    });
    QVERIFY(platform.listen());
    m_console = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("markup.ini")));
    m_console->console.show();
    m_console->console.startWithServer(QUrl(platform.origin()), QStringLiteral("scripted-key"));
    auto *workspace = window()->findChild<QLabel *>(QStringLiteral("workspaceLabel"));
    auto *user = window()->findChild<QLabel *>(QStringLiteral("userLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(workspace->text(), QStringLiteral("<b>Bold</b> &amp; co"), 15000);
    QCOMPARE(workspace->textFormat(), Qt::PlainText);
    QVERIFY2(user->text().contains(QStringLiteral("<img src=x>Eve")), qPrintable(user->text()));
    QCOMPARE(user->textFormat(), Qt::PlainText);
    Banner *banner = window()->findChild<Banner *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY2(banner->text().contains(QStringLiteral("<a href=")), qPrintable(banner->text()));
    for (const QLabel *l : banner->findChildren<QLabel *>()) {
        if (l->text().contains(QStringLiteral("<a href=")))
            QCOMPARE(l->textFormat(), Qt::PlainText);
    }
}

void TestMainWindow::aBusyPlatformAtSignInIsRetried()
{
    // /me answers 429 (Retry-After: 1), then 503, then works: the sign-in goes
    // through without the user doing anything; a refusal (401) does not retry.
    int meCalls = 0;
    bool refuse = false;
    ScriptedHttpServer platform([&meCalls, &refuse](const ScriptedHttpServer::Request &r) {
        const QByteArray path = r.target.split('?').first();
        if (path == "/api/platform/v1/me") {
            ++meCalls;
            if (refuse)
                return ScriptedHttpServer::response(401, R"({"error":"unauthorized"})");
            if (meCalls == 1)
                return ScriptedHttpServer::response(
                    429, R"({"error":"rate_limited"})", {{"Retry-After", "1"}});
            if (meCalls == 2)
                return ScriptedHttpServer::response(503, R"({"error":"unavailable"})");
            return ScriptedHttpServer::response(
                200, R"({"user_id":"u1","name":"Ann","role":"admin","workspace":{"slug":"w"}})");
        }
        if (path == "/api/platform/v1/connections")
            return ScriptedHttpServer::response(200, R"({"connections":[]})");
        return ScriptedHttpServer::response(404, R"({"error":"not_found"})");
    });
    QVERIFY(platform.listen());
    m_console = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("busy.ini")));
    m_console->console.controller()->setReconnectBaseMs(200);
    QSignalSpy connected(m_console->console.controller(), &ConsoleController::connected);
    QSignalSpy failed(m_console->console.controller(), &ConsoleController::connectFailed);
    m_console->console.startWithServer(QUrl(platform.origin()), QStringLiteral("scripted-key"));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(meCalls, 3);

    refuse = true;
    meCalls = 0;
    m_console->console.startWithServer(QUrl(platform.origin()), QStringLiteral("other-key"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QCOMPARE(meCalls, 1);
    // Refused: F5 sends nothing with the refused key.
    QSignalSpy sent(m_console->console.client(), &PlatformClient::requestSent);
    window()->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(sent.count(), 0);
}
