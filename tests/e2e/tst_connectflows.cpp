// End to end: the console's connector flows (built through the composition
// root) with Debian's headless chromium as the system browser, against
// connections-sandbox with self-answering consent pages: connect an OAuth
// connector, reconnect a needs_reauth connection in place, and the Deny
// path's error. Also the browser wait dialog itself: the countdown, Copy link,
// Cancel, and what it says when no browser could be opened.
#include "browserwaitdialog.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorbrowserflow.h"
#include "sandboxprocess.h"
#include "testconsole.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    void waitDialogCountdownCopyAndCancel();
    void waitDialogWithoutABrowser();

private:
    // A sandbox with `sandboxArgs` and a console on it whose system browser is `browser`.
    struct Console
    {
        Console(const QStringList &sandboxArgs, const QString &browser);
        bool ready(QString *error);
        QString idOf(const QString &name) const;

        QTemporaryDir dir;
        SandboxProcess sandbox;
        TestConsole console;
        ConnectionActions &actions = *console.console.actions();
        ConnectionsModel &model = *console.console.connections();
    };
};

TestConnectFlows::Console::Console(const QStringList &sandboxArgs, const QString &browser)
    : sandbox(sandboxArgs
        + QStringList{QStringLiteral("--seed"), QStringLiteral("demo"),
            QStringLiteral("--time-scale"), QStringLiteral("500")})
    , console(dir.filePath(QStringLiteral("s.ini")), {nullptr, browser})
{ }

bool TestConnectFlows::Console::ready(QString *error)
{
    if (!sandbox.start(error))
        return false;
    console.console.show();
    return console.startWithKey(sandbox.origin(), sandbox.apiKey());
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
    QVERIFY2(!qEnvironmentVariableIsEmpty("CC_CHROMIUM_BROWSER"),
        "CC_CHROMIUM_BROWSER must name the headless browser wrapper");
}

void TestConnectFlows::connectOAuthConnectorInTheBrowser()
{
    Console c({QStringLiteral("--auto-approve")}, qEnvironmentVariable("CC_CHROMIUM_BROWSER"));
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
    QCOMPARE(c.console.console.window()->connectionsPage()->selectedConnectionId(), id);
    // …and the badge follows it to connected.
    QTRY_COMPARE_WITH_TIMEOUT(
        c.model.connectionAt(c.model.rowOf(id)).status, ConnectionStatus::Connected, 20000);
}

void TestConnectFlows::reconnectNeedsReauthInPlace()
{
    Console c({QStringLiteral("--auto-approve")}, qEnvironmentVariable("CC_CHROMIUM_BROWSER"));
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
    Console c({QStringLiteral("--auto-deny")}, qEnvironmentVariable("CC_CHROMIUM_BROWSER"));
    QString error;
    QVERIFY2(c.ready(&error), qPrintable(error));
    QSignalSpy failed(c.actions.browserFlow(), &ConnectorBrowserFlow::failed);
    c.actions.connectConnector(QStringLiteral("salesforce"));
    auto *wait = qobject_cast<BrowserWaitDialog *>(c.actions.currentDialog());
    QVERIFY(wait);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 45000);
    QVERIFY2(wait->statusText().contains(QStringLiteral("denied")), qPrintable(wait->statusText()));
}

void TestConnectFlows::waitDialogCountdownCopyAndCancel()
{
    // A browser that opens and then does nothing: the user walked away.
    Console c({}, QStringLiteral("/bin/true"));
    QString error;
    QVERIFY2(c.ready(&error), qPrintable(error));
    QSignalSpy cancelled(c.actions.browserFlow(), &ConnectorBrowserFlow::cancelled);
    c.actions.connectConnector(QStringLiteral("hubspot"));
    auto *wait = qobject_cast<BrowserWaitDialog *>(c.actions.currentDialog());
    QVERIFY(wait);
    QTRY_VERIFY(wait->statusText().startsWith(QStringLiteral("The link went to your browser")));
    auto *link = wait->findChild<QLineEdit *>(QStringLiteral("browserWaitLink"));
    QCOMPARE(QUrl(link->text()), c.actions.browserFlow()->authorizeUrl());
    // The countdown counts down from five minutes.
    auto *countdown = wait->findChild<QLabel *>(QStringLiteral("browserWaitCountdown"));
    QTRY_VERIFY(countdown->text().startsWith(QStringLiteral("Waiting for the browser — 4:5")));
    const QString first = countdown->text();
    QTRY_VERIFY_WITH_TIMEOUT(countdown->text() != first, 3000);
    QTest::mouseClick(
        wait->findChild<QPushButton *>(QStringLiteral("browserWaitCopy")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), link->text());
    QTest::mouseClick(
        wait->findChild<QPushButton *>(QStringLiteral("browserWaitCancel")), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QTRY_VERIFY(!c.actions.currentDialog());
    // Escape cancels as well: the flow stops listening at once (no late timeout).
    QSignalSpy failed(c.actions.browserFlow(), &ConnectorBrowserFlow::failed);
    c.actions.connectConnector(QStringLiteral("hubspot"));
    auto *again = qobject_cast<BrowserWaitDialog *>(c.actions.currentDialog());
    QVERIFY(again);
    QTRY_VERIFY(
        !again->findChild<QLineEdit *>(QStringLiteral("browserWaitLink"))->text().isEmpty());
    QTest::keyClick(again, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 2);
    QTRY_VERIFY(!c.actions.currentDialog());
    QVERIFY(!c.actions.browserFlow()->isActive());
    QCOMPARE(failed.count(), 0);
}

void TestConnectFlows::waitDialogWithoutABrowser()
{
    Console c({}, QString()); // no browser can be started
    QString error;
    QVERIFY2(c.ready(&error), qPrintable(error));
    c.actions.connectConnector(QStringLiteral("salesforce"));
    auto *wait = qobject_cast<BrowserWaitDialog *>(c.actions.currentDialog());
    QVERIFY(wait);
    QTRY_VERIFY2(wait->statusText().startsWith(QStringLiteral("No browser could be opened")),
        qPrintable(wait->statusText()));
    QVERIFY(wait->statusText().contains(QStringLiteral("keeps waiting")));
    // The link is there to open by hand.
    QVERIFY(wait->findChild<QLineEdit *>(QStringLiteral("browserWaitLink"))
                ->text()
                .startsWith(c.sandbox.origin()));
}

QTEST_MAIN(TestConnectFlows)
#include "tst_connectflows.moc"
