// How the console is signed in and out, through the composition root and
// against the real sandbox: the welcome page's "Try the sandbox" and "Use API
// key" (the key to the secret store), typed input kept on an error, File ▸
// Sign in…, File ▸ Sign out, and restoring the last server from the store at
// start-up — including a keyring that has lost a saved sign-in.
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "session.h"
#include "signindialog.h"
#include "testconsole.h"
#include "welcomepage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("signin-admin-key-1");

bool onWelcome(MainWindow *w)
{
    return w->welcomePage()->isVisibleTo(w);
}

QLabel *welcomeError(WelcomePage *page)
{
    return page->findChild<QLabel *>(QStringLiteral("welcomeError"));
}

void typeIn(WelcomePage *page, const QString &url, const QString &key)
{
    page->findChild<QLineEdit *>(QStringLiteral("serverUrlField"))->setText(url);
    page->findChild<QLineEdit *>(QStringLiteral("apiKeyField"))->setText(key);
}
} // namespace

class TestSignInController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunShowsTheWelcomePage();
    void trySandboxFromTheWelcomePage();
    void insecureServerKeepsTypedInput();
    void apiKeyIsStoredAndRestoredAtStartUp();
    void signOutForgetsTheKey();
    void signInDialogFromTheFileMenu();
    void lockedKeyringSaysWhatToDo();
    void serverWithKeyFromTheEnvironment();

private:
    QString settingsFile(const char *name) { return m_dir.filePath(QLatin1String(name)); }

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("acme=") + kAdmin,
        QStringLiteral("--seed"), QStringLiteral("demo")}};
    QTemporaryDir m_dir;
};

void TestSignInController::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestSignInController::firstRunShowsTheWelcomePage()
{
    TestConsole t(settingsFile("first.ini"));
    QSignalSpy sent(t.console.client(), &PlatformClient::requestSent);
    t.console.show();
    t.console.startWithLastServer();
    QVERIFY(onWelcome(t.console.window()));
    QVERIFY(!welcomeError(t.console.window()->welcomePage())->isVisible());
    QCOMPARE(t.console.window()->findChild<QLabel *>(QStringLiteral("signInState"))->text(),
        QStringLiteral("Not signed in"));
    // Nothing to restore: startWithLastServer() returned without asking anything of anyone.
    QCOMPARE(sent.count(), 0);
    QCOMPARE(t.console.sandbox()->processId(), 0);
}

void TestSignInController::trySandboxFromTheWelcomePage()
{
    const QString file = settingsFile("sandbox.ini");
    {
        TestConsole t(file);
        t.console.show();
        t.console.startWithLastServer();
        QTest::mouseClick(t.console.window()->welcomePage()->findChild<QPushButton *>(
                              QStringLiteral("trySandboxButton")),
            Qt::LeftButton);
        QVERIFY(t.console.sandbox()->processId() > 0); // the sandbox child is starting
        QTRY_COMPARE_WITH_TIMEOUT(t.console.connections()->rowCount(), 26, 20000);
        QVERIFY(!onWelcome(t.console.window()));
        QCOMPARE(
            t.settings.value(QStringLiteral("server/last")).toString(), QStringLiteral("sandbox"));
        QVERIFY(t.console.window()
                    ->findChild<QLabel *>(QStringLiteral("workspaceLabel"))
                    ->toolTip()
                    .contains(QStringLiteral("Sandbox (http://127.0.0.1:")));
    }
    // The next start goes back to the sandbox by itself.
    TestConsole again(file);
    again.console.startWithLastServer();
    QTRY_COMPARE_WITH_TIMEOUT(again.console.connections()->rowCount(), 26, 20000);
}

void TestSignInController::insecureServerKeepsTypedInput()
{
    TestConsole t(settingsFile("insecure.ini"));
    t.console.show();
    t.console.startWithLastServer();
    WelcomePage *welcome = t.console.window()->welcomePage();
    typeIn(welcome, QStringLiteral("http://platform.example.com"), QStringLiteral("typed-key-123"));
    auto *key = welcome->findChild<QLineEdit *>(QStringLiteral("apiKeyField"));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    // The reveal toggle shows the typed key, and hides it again.
    auto *reveal = welcome->findChild<QAction *>(QStringLiteral("apiKeyReveal"));
    QVERIFY(reveal);
    reveal->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QSignalSpy sent(t.console.client(), &PlatformClient::requestSent);
    QTest::mouseClick(
        welcome->findChild<QPushButton *>(QStringLiteral("connectServerButton")), Qt::LeftButton);
    QLabel *error = welcomeError(welcome);
    QVERIFY(error->isVisible()); // refused before anything is sent
    QVERIFY2(error->text().contains(QStringLiteral("https")), qPrintable(error->text()));
    QCOMPARE(sent.count(), 0);
    QVERIFY(t.memorySecrets.entries.isEmpty());
    QCOMPARE(welcome->findChild<QLineEdit *>(QStringLiteral("serverUrlField"))->text(),
        QStringLiteral("http://platform.example.com"));
    QCOMPARE(key->text(), QStringLiteral("typed-key-123"));
    // The browser sign-in refuses the same address the same way.
    QTest::mouseClick(
        welcome->findChild<QPushButton *>(QStringLiteral("signInBrowserButton")), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(sent.count(), 0);
    QVERIFY(!t.console.signIn()->waitDialog());
}

void TestSignInController::apiKeyIsStoredAndRestoredAtStartUp()
{
    const QString file = settingsFile("restore.ini");
    MemorySecretStore keychain;
    {
        TestConsole t(file, {&keychain});
        t.console.show();
        t.console.startWithLastServer();
        WelcomePage *welcome = t.console.window()->welcomePage();
        typeIn(welcome, m_sandbox.origin(), kAdmin);
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("connectServerButton")),
            Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(t.console.connections()->rowCount(), 26, 15000);
        QTRY_COMPARE(
            t.settings.value(QStringLiteral("server/last")).toString(), m_sandbox.origin());
        QCOMPARE(t.console.window()->findChild<QLabel *>(QStringLiteral("signInState"))->text(),
            QStringLiteral("Signed in with an API key"));
        // The entry is the server's and the workspace's.
        QVERIFY(!t.console.session()->workspaceId().isEmpty());
        const QString entry = keychain.entries.value(
            Session::keyFor(QUrl(m_sandbox.origin()), t.console.session()->workspaceId()));
        QVERIFY2(entry.contains(kAdmin), "the key is in the secret store");
        t.settings.sync();
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(kAdmin.toUtf8())); // and not in the settings
    }
    // Start-up: the last server, signed in from the store, no typing.
    TestConsole again(file, {&keychain});
    again.console.show();
    again.console.startWithLastServer();
    QTRY_COMPARE_WITH_TIMEOUT(again.console.connections()->rowCount(), 26, 15000);
    QVERIFY(!onWelcome(again.console.window()));
}

void TestSignInController::signOutForgetsTheKey()
{
    MemorySecretStore keychain;
    TestConsole t(settingsFile("signout.ini"), {&keychain});
    t.console.show();
    t.console.startWithLastServer();
    t.console.signIn()->connectWithApiKey(
        m_sandbox.origin(), kAdmin, t.console.window()->welcomePage());
    QTRY_COMPARE_WITH_TIMEOUT(t.console.connections()->rowCount(), 26, 15000);
    QVERIFY(!keychain.entries.isEmpty());
    QCOMPARE(
        t.console.window()->windowTitle(), QStringLiteral("Acme Workspace — Connections Console"));
    QSignalSpy signedOut(t.console.session(), &Session::signedOut);
    t.console.window()->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(onWelcome(t.console.window()));
    QCOMPARE(t.console.window()->findChild<QLabel *>(QStringLiteral("signInState"))->text(),
        QStringLiteral("Not signed in"));
    QCOMPARE(t.console.connections()->rowCount(), 0); // nothing of the workspace stays on screen
    QCOMPARE(t.console.window()->findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text(),
        QStringLiteral("No workspace"));
    QCOMPARE(t.console.window()->windowTitle(), QStringLiteral("Connections Console"));
    QVERIFY(t.console.window()->findChild<QLabel *>(QStringLiteral("userLabel"))->text().isEmpty());
    QTRY_VERIFY(keychain.entries.isEmpty());
    // F5 after signing out asks the platform nothing.
    QSignalSpy sent(t.console.client(), &PlatformClient::requestSent);
    t.console.window()->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QCOMPARE(sent.count(), 0);
}

void TestSignInController::signInDialogFromTheFileMenu()
{
    TestConsole t(settingsFile("dialog.ini"));
    QVERIFY(t.startWithKey(m_sandbox.origin(), kAdmin));
    t.console.show();
    t.console.window()->findChild<QAction *>(QStringLiteral("actionSignIn"))->trigger();
    auto *dialog = t.console.window()->findChild<SignInDialog *>(QStringLiteral("signInDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // It can be left as it came: Cancel closes it and changes nothing.
    auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!t.console.window()->findChild<SignInDialog *>(QStringLiteral("signInDialog")));
    t.console.window()->findChild<QAction *>(QStringLiteral("actionSignIn"))->trigger();
    dialog = t.console.window()->findChild<SignInDialog *>(QStringLiteral("signInDialog"));
    QVERIFY(dialog);
    typeIn(dialog->panel(), m_sandbox.origin(), kAdmin);
    QSignalSpy connected(t.console.controller(), &ConsoleController::connected);
    QTest::mouseClick(
        dialog->panel()->findChild<QPushButton *>(QStringLiteral("connectServerButton")),
        Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
    QTRY_COMPARE(t.console.connections()->rowCount(), 26);
    QVERIFY(
        t.memorySecrets.entries
            .value(Session::keyFor(QUrl(m_sandbox.origin()), t.console.session()->workspaceId()))
            .contains(kAdmin));
}

void TestSignInController::lockedKeyringSaysWhatToDo()
{
    // A sign-in was saved before, and the keyring now answers "not found" (what
    // a locked Secret Service collection does): the console says so.
    const QString file = settingsFile("locked.ini");
    MemorySecretStore keychain;
    {
        TestConsole t(file, {&keychain});
        t.console.signIn()->connectWithApiKey(
            m_sandbox.origin(), kAdmin, t.console.window()->welcomePage());
        QTRY_COMPARE_WITH_TIMEOUT(t.console.connections()->rowCount(), 26, 15000);
    }
    keychain.entries.clear();
    TestConsole locked(file, {&keychain});
    locked.console.show();
    QSignalSpy sent(locked.console.client(), &PlatformClient::requestSent);
    locked.console.startWithLastServer();
    QLabel *error = welcomeError(locked.console.window()->welcomePage());
    QTRY_VERIFY2(error->isVisible() && error->text().contains(QStringLiteral("keyring is locked")),
        qPrintable(error->text()));
    QVERIFY(onWelcome(locked.console.window()));
    QCOMPARE(locked.console.window()
                 ->welcomePage()
                 ->findChild<QLineEdit *>(QStringLiteral("serverUrlField"))
                 ->text(),
        m_sandbox.origin()); // ready to sign in again
    QCOMPARE(sent.count(), 0);
}

void TestSignInController::serverWithKeyFromTheEnvironment()
{
    TestConsole t(settingsFile("env.ini"));
    QVERIFY(t.startWithKey(m_sandbox.origin(), kAdmin));
    QVERIFY(t.memorySecrets.entries.isEmpty()); // $CONNECTIONS_API_KEY is never stored
    QCOMPARE(t.console.window()->findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text(),
        QStringLiteral("Acme Workspace"));
}

QTEST_MAIN(TestSignInController)
#include "tst_signincontroller.moc"
