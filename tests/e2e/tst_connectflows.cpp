// End to end: the console's connector flows with Debian's headless chromium
// as the system browser (through $BROWSER), against connections-sandbox with
// self-answering consent pages: connect an OAuth connector, reconnect a
// needs_reauth connection in place, and the Deny path's error.
#include "browserwaitdialog.h"
#include "connectionactions.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorbrowserflow.h"
#include "connectorcatalogmodel.h"
#include "consolecontroller.h"
#include "mainwindow.h"
#include "platformclient.h"
#include "runsmodel.h"
#include "sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestConnectFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectOAuthConnectorInTheBrowser();
    void reconnectNeedsReauthInPlace();
    void denyShowsTheError();

private:
    struct Console
    {
        explicit Console(const QStringList &sandboxArgs);
        bool ready(QString *error);
        QString idOf(const QString &name) const;

        QTemporaryDir dir;
        SandboxProcess sandbox;
        QSettings settings{dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
        QNetworkAccessManager nam;
        PlatformClient client{&nam};
        ConnectionsModel model;
        ConnectionsFilterModel proxy;
        ConnectorCatalogModel catalog;
        RunsModel runs;
        MainWindow window{&model, &proxy, &catalog, &runs, &settings};
        ConsoleController controller{&client, &model, &catalog, &window};
        ConnectionActions actions{&client, &nam, &model, &catalog, &window, controller.poller()};
    };
};

TestConnectFlows::Console::Console(const QStringList &sandboxArgs)
    : sandbox(sandboxArgs
        + QStringList{QStringLiteral("--seed"), QStringLiteral("demo"),
            QStringLiteral("--time-scale"), QStringLiteral("500")})
{
    proxy.setConnectionsModel(&model);
    QObject::connect(
        &controller, &ConsoleController::connected, &actions, &ConnectionActions::setIdentity);
}

bool TestConnectFlows::Console::ready(QString *error)
{
    if (!sandbox.start(error))
        return false;
    controller.connectTo(QUrl(sandbox.origin()), sandbox.apiKey(), QStringLiteral("sandbox"));
    return QTest::qWaitFor(
        [this] { return model.rowCount() > 0 && catalog.rowCount() > 0; }, 15000);
}

QString TestConnectFlows::Console::idOf(const QString &name) const
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.connectionAt(r).name == name)
            return model.connectionAt(r).id;
    }
    return {};
}

void TestConnectFlows::initTestCase()
{
    QVERIFY2(
        !qEnvironmentVariableIsEmpty("BROWSER"), "BROWSER must name the headless browser wrapper");
}

void TestConnectFlows::connectOAuthConnectorInTheBrowser()
{
    Console c({QStringLiteral("--auto-approve")});
    QString error;
    QVERIFY2(c.ready(&error), qPrintable(error));
    const int before = c.model.rowCount();
    QSignalSpy ready(&c.actions, &ConnectionActions::connectionReady);
    QSignalSpy pending(c.actions.browserFlow(), &ConnectorBrowserFlow::pending);
    c.actions.connectConnector(QStringLiteral("hubspot"));
    auto *wait = qobject_cast<BrowserWaitDialog *>(c.actions.currentDialog());
    QVERIFY(wait);
    // The row appears as pending right away…
    QTRY_COMPARE(pending.count(), 1);
    QCOMPARE(c.model.rowCount(), before + 1);
    const QString id = pending.first().first().value<Connection>().id;
    QCOMPARE(c.model.connectionAt(c.model.rowOf(id)).status, ConnectionStatus::Pending);
    // …the browser approves, the console confirms through the API…
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 45000);
    QCOMPARE(ready.first().first().toString(), id);
    QVERIFY2(
        wait->statusText().startsWith(QStringLiteral("Connected")), qPrintable(wait->statusText()));
    QCOMPARE(c.window.connectionsPage()->selectedConnectionId(), id);
    // …and the badge follows it to connected.
    QTRY_COMPARE_WITH_TIMEOUT(
        c.model.connectionAt(c.model.rowOf(id)).status, ConnectionStatus::Connected, 20000);
}

void TestConnectFlows::reconnectNeedsReauthInPlace()
{
    Console c({QStringLiteral("--auto-approve")});
    QString error;
    QVERIFY2(c.ready(&error), qPrintable(error));
    const QString bob = c.idOf(QStringLiteral("Bob's Gmail"));
    QVERIFY(!bob.isEmpty());
    QCOMPARE(c.model.connectionAt(c.model.rowOf(bob)).health, Health::NeedsReauth);
    const int rows = c.model.rowCount();
    QSignalSpy ready(&c.actions, &ConnectionActions::connectionReady);
    c.actions.reconnect(bob);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 45000);
    QCOMPARE(ready.first().first().toString(), bob); // same id
    // Confirmed right after the callback, before any poll: the reconnect's own run.
    QCOMPARE(
        c.model.connectionAt(c.model.rowOf(bob)).lastRun->triggeredBy, QStringLiteral("reconnect"));
    QCOMPARE(c.model.rowCount(), rows); // no duplicate row
    QTRY_VERIFY_WITH_TIMEOUT(
        c.model.connectionAt(c.model.rowOf(bob)).health != Health::NeedsReauth, 20000);
}

void TestConnectFlows::denyShowsTheError()
{
    Console c({QStringLiteral("--auto-deny")});
    QString error;
    QVERIFY2(c.ready(&error), qPrintable(error));
    QSignalSpy failed(c.actions.browserFlow(), &ConnectorBrowserFlow::failed);
    c.actions.connectConnector(QStringLiteral("salesforce"));
    auto *wait = qobject_cast<BrowserWaitDialog *>(c.actions.currentDialog());
    QVERIFY(wait);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 45000);
    QVERIFY2(wait->statusText().contains(QStringLiteral("denied")), qPrintable(wait->statusText()));
}

QTEST_MAIN(TestConnectFlows)
#include "tst_connectflows.moc"
