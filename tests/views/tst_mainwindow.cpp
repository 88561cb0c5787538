// The main window wired by the controller to a real sandbox: loading the demo
// workspace, the error banner on a 503 with Retry, the offline banner when
// the sandbox is killed and recovery when it returns, and the welcome page
// keeping typed input after an error.
#include "banner.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorcatalogmodel.h"
#include "consolecontroller.h"
#include "consolestack.h"
#include "mainwindow.h"
#include "platformclient.h"
#include "runsmodel.h"
#include "sandboxprocess.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsTheWorkspace();
    void errorBannerOn503WithRetry();
    void offlineBannerAndRecovery();
    void welcomeKeepsTypedInputOnError();
    void standardShortcuts();
    void filtersSurviveARestart();
    void firstStartFitsTheScreen();

private:
    bool startConsole(const QStringList &sandboxArgs = {});

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ConsoleStack> m_console;
    // Shorthands into m_console.
    QSettings *m_settings = nullptr;
    ConnectionsModel *m_model = nullptr;
    ConnectionsFilterModel *m_proxy = nullptr;
    ConnectorCatalogModel *m_catalog = nullptr;
    RunsModel *m_runs = nullptr;
    MainWindow *m_window = nullptr;
    ConsoleController *m_controller = nullptr;
};

void TestMainWindow::init()
{
    m_console = std::make_unique<ConsoleStack>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings = &m_console->settings;
    m_model = &m_console->model;
    m_proxy = &m_console->proxy;
    m_catalog = &m_console->catalog;
    m_runs = &m_console->runs;
    m_window = &m_console->window;
    m_controller = &m_console->controller;
    m_controller->setReconnectBaseMs(200);
    m_window->show();
}

void TestMainWindow::cleanup()
{
    m_console.reset();
    m_sandbox.reset();
}

bool TestMainWindow::startConsole(const QStringList &sandboxArgs)
{
    QStringList args = sandboxArgs;
    args << QStringLiteral("--seed") << QStringLiteral("demo");
    m_sandbox = std::make_unique<SandboxProcess>(args);
    QString error;
    if (!m_sandbox->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_controller->connectTo(
        QUrl(m_sandbox->origin()), m_sandbox->apiKey(), QStringLiteral("sandbox"));
    return QTest::qWaitFor([this] { return m_model->rowCount() > 0; }, 15000);
}

void TestMainWindow::loadsTheWorkspace()
{
    QVERIFY(startConsole());
    QCOMPARE(m_model->rowCount(), 26);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text(),
        QStringLiteral("Demo Workspace"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("signInState"))
                ->text()
                .startsWith(QStringLiteral("Signed in")));
    ConnectionsPage *page = m_window->connectionsPage();
    QCOMPARE(page->states()->currentWidget(), page->splitter());
    QTRY_VERIFY(m_catalog->rowCount() > 0);
    // Selecting a row fills the detail pane.
    const QString id = m_proxy->index(0, 0).data(ConnectionsModel::IdRole).toString();
    page->selectConnection(id);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("detailId"))->text(), id);
}

void TestMainWindow::errorBannerOn503WithRetry()
{
    QVERIFY(startConsole());
    HttpClient http;
    QCOMPARE(http.send("PUT", m_sandbox->url(QStringLiteral("/api/sandbox/faults")),
                     m_sandbox->apiKey(), R"({"faults":"5xx=1"})")
                 .status,
        200);
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    Banner *banner = m_window->findChild<Banner *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("HTTP 50")), qPrintable(banner->text()));
    QCOMPARE(m_model->rowCount(), 26); // the data stays
    QPushButton *retry = banner->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("Retry"));
    QCOMPARE(http.send("PUT", m_sandbox->url(QStringLiteral("/api/sandbox/faults")),
                     m_sandbox->apiKey(), R"({"faults":""})")
                 .status,
        200);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
}

void TestMainWindow::offlineBannerAndRecovery()
{
    const QString db = m_dir.filePath(QStringLiteral("offline.sqlite"));
    QVERIFY(startConsole({QStringLiteral("--database"), db}));
    const QString port = QString::number(QUrl(m_sandbox->origin()).port());
    m_sandbox->kill();
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    Banner *offline = m_window->findChild<Banner *>(QStringLiteral("offlineBanner"));
    QTRY_VERIFY(offline->isVisible());
    QVERIFY(offline->text().contains(QStringLiteral("Offline")));
    QVERIFY(offline->text().contains(QStringLiteral("stale")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("staleMark"))->isVisible());
    QCOMPARE(m_proxy->rowCount(), 26); // the last data stays visible
    QVERIFY(m_controller->isOffline());

    // The platform comes back on the same address: the console recovers by itself.
    SandboxProcess again({QStringLiteral("--database"), db, QStringLiteral("--port"), port,
        QStringLiteral("--seed"), QStringLiteral("demo")});
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
    // The new process prints a new key; the old one is still registered in the database.
    QTRY_VERIFY_WITH_TIMEOUT(!offline->isVisible(), 15000);
    QVERIFY(!m_controller->isOffline());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("staleMark"))->isVisible());
}

void TestMainWindow::welcomeKeepsTypedInputOnError()
{
    m_window->showWelcome();
    WelcomePage *welcome = m_window->welcomePage();
    connect(welcome, &WelcomePage::connectRequested, m_controller,
        [this](const QString &url, const QString &key) {
            m_controller->connectTo(QUrl::fromUserInput(url), key, url);
        });
    connect(m_controller, &ConsoleController::connectFailed, welcome,
        [welcome](const ApiError &e) { welcome->showError(e.message()); });
    auto *url = welcome->findChild<QLineEdit *>(QStringLiteral("serverUrlField"));
    auto *key = welcome->findChild<QLineEdit *>(QStringLiteral("apiKeyField"));
    url->setText(QStringLiteral("http://platform.example.com"));
    key->setText(QStringLiteral("typed-key-123"));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::mouseClick(
        welcome->findChild<QPushButton *>(QStringLiteral("connectServerButton")), Qt::LeftButton);
    QLabel *error = welcome->findChild<QLabel *>(QStringLiteral("welcomeError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("https")), qPrintable(error->text()));
    QCOMPARE(url->text(), QStringLiteral("http://platform.example.com"));
    QCOMPARE(key->text(), QStringLiteral("typed-key-123"));
}

void TestMainWindow::standardShortcuts()
{
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->shortcut(),
        QKeySequence(QKeySequence::Refresh));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionFind"))->shortcut(),
        QKeySequence(QKeySequence::Find));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionAddConnection"))->shortcut(),
        QKeySequence(QKeySequence::New));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionSyncSelected"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionReconnectSelected"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionExportSelected"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionNextAttention"))->shortcut(),
        QKeySequence(Qt::Key_F8));
    m_window->showConnections();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))->hasFocus());
}

void TestMainWindow::filtersSurviveARestart()
{
    m_window->connectionsPage()->searchField()->setText(QStringLiteral("gmail"));
    m_proxy->setHealthFilter({Health::Error, Health::Stale});
    m_window->close(); // saves
    ConnectionsModel model;
    ConnectionsFilterModel proxy;
    proxy.setConnectionsModel(&model);
    MainWindow again(&model, &proxy, m_catalog, m_runs, m_settings);
    QCOMPARE(proxy.searchText(), QStringLiteral("gmail"));
    QCOMPARE(proxy.healthFilter(), (QSet<Health>{Health::Error, Health::Stale}));
}

void TestMainWindow::firstStartFitsTheScreen()
{
    // No saved geometry: the window opens no larger than the screen's work area, and
    // everything in it still fits on a 1280-pixel-wide laptop screen.
    QTemporaryDir dir;
    QSettings fresh(dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    ConnectionsModel model;
    ConnectionsFilterModel proxy;
    proxy.setConnectionsModel(&model);
    MainWindow window(&model, &proxy, m_catalog, m_runs, &fresh);
    const QSize available = window.screen()->availableGeometry().size();
    const QSize minimum = window.minimumSizeHint();
    qInfo("screen %dx%d, window %dx%d, minimum %dx%d", available.width(), available.height(),
        window.width(), window.height(), minimum.width(), minimum.height());
    QVERIFY(minimum.width() <= 1280);
    QVERIFY(window.width() <= qMax(available.width(), minimum.width()));
    QVERIFY(window.height() <= qMax(available.height(), minimum.height()));
    QVERIFY(window.width() >= minimum.width());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
