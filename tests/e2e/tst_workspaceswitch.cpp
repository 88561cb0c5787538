// The workspace switcher in the console as it ships, against the sandbox's
// demo seed, with the real keychain (checked from outside with secret-tool)
// and Debian's chromium, headless, as the system browser:
//  - it lists the three workspaces with their environments as badges;
//  - switching, by keyboard, to one the console holds no credential for goes
//    through the browser sign-in with the workspace as a hint, and the whole
//    console follows (identity, data sources, workspace page);
//  - switching back to one it holds a credential for needs no browser;
//  - the last workspace used is reopened at start;
//  - the model passes QAbstractItemModelTester.
#include "failuresmodel.h"
#include "failurespage.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "secretservice.h"
#include "testconsole.h"
#include "workspacepage.h"
#include "workspacesmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("switch-admin-key");
} // namespace

class TestWorkspaceSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesAndReopens();

private:
    // Ctrl+Shift+W, then the arrow keys to `slug`'s row, then Enter.
    void switchByKeyboard(TestConsole *t, const QString &slug);
    QString idOf(const QString &slug) const { return m_ids.value(slug); }

    SandboxProcess m_sandbox{{QStringLiteral("--auto-approve"), QStringLiteral("--workspace"),
        QStringLiteral("demo=") + kAdmin, QStringLiteral("--seed"), QStringLiteral("demo")}};
    QHash<QString, QString> m_ids; // slug → id, as the platform lists them
    QStringList m_order; // slugs in the platform's order
};

void TestWorkspaceSwitch::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    const QJsonArray items
        = HttpClient()
              .get(m_sandbox.url(QStringLiteral("/v1/workspaces?limit=100")), kAdmin)
              .json()
              .value(QStringLiteral("items"))
              .toArray();
    for (const QJsonValue &w : items) {
        m_ids.insert(w[QStringLiteral("slug")].toString(), w[QStringLiteral("id")].toString());
        m_order << w[QStringLiteral("slug")].toString();
    }
    QCOMPARE(m_ids.size(), 3);
    QVERIFY(m_ids.contains(QStringLiteral("demo-staging")));
    QVERIFY(m_ids.contains(QStringLiteral("demo-dev")));
}

void TestWorkspaceSwitch::switchByKeyboard(TestConsole *t, const QString &slug)
{
    // The list of workspaces has come (the switcher shows with more than one).
    QTRY_COMPARE(t->console.workspaces()->rowCount(), 3);
    QVERIFY(t->chooseWorkspaceByKeyboard(idOf(slug)));
}

void TestWorkspaceSwitch::switchesAndReopens()
{
    CC_REQUIRE_SECRET_SERVICE();
    QTemporaryDir dir;
    const QString settingsFile = dir.filePath(QStringLiteral("switch.ini"));
    const QUrl origin(m_sandbox.origin());
    KeychainSecretStore keychain;
    QStringList secrets{kAdmin};
    {
        TestConsole t(settingsFile, {&keychain, qEnvironmentVariable("CC_CHROMIUM_BROWSER")});
        QAbstractItemModelTester tester(
            t.console.workspaces(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        t.console.show();
        QSignalSpy connected(t.console.controller(), &ConsoleController::connected);
        // Signed in with an API key on the welcome page: it goes to the keychain.
        t.console.signIn()->connectWithApiKey(
            m_sandbox.origin(), kAdmin, t.console.window()->welcomePage());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QTRY_COMPARE(t.console.workspaces()->rowCount(), 3);
        WorkspacesModel *model = t.console.workspaces();
        for (int r = 0; r < 3; ++r)
            QCOMPARE(model->index(r).data(WorkspacesModel::SlugRole).toString(), m_order.at(r));
        const auto envOf = [model](const QString &id) {
            return model->index(model->rowOf(id))
                .data(WorkspacesModel::EnvironmentLabelRole)
                .toString();
        };
        QCOMPARE(envOf(idOf(QStringLiteral("demo"))), QStringLiteral("Production"));
        QCOMPARE(envOf(idOf(QStringLiteral("demo-staging"))), QStringLiteral("Staging"));
        QCOMPARE(envOf(idOf(QStringLiteral("demo-dev"))), QStringLiteral("Development"));
        QCOMPARE(model->currentId(), idOf(QStringLiteral("demo")));
        QCOMPARE(t.console.window()->environmentBadgeText(), QStringLiteral("Production"));
        QVERIFY(!model->index(model->rowOf(idOf(QStringLiteral("demo-staging"))))
                     .data(WorkspacesModel::HeldRole)
                     .toBool());
        QTRY_VERIFY(
            !secretToolLookup(Session::keyFor(origin, idOf(QStringLiteral("demo")))).isEmpty());

        // To staging: no credential, so the browser signs in to it (the hint
        // chooses it), and the whole console follows.
        switchByKeyboard(&t, QStringLiteral("demo-staging"));
        QVERIFY(t.console.signIn()->waitDialog()); // "Finish in your browser"
        QCOMPARE(t.console.signIn()->flow()->workspaceHint(), idOf(QStringLiteral("demo-staging")));
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 60000);
        QCOMPARE(
            connected.last().first().value<Me>().workspaceId, idOf(QStringLiteral("demo-staging")));
        QCOMPARE(t.console.session()->workspaceId(), idOf(QStringLiteral("demo-staging")));
        QCOMPARE(
            t.console.dataSourcesController()->workspaceId(), idOf(QStringLiteral("demo-staging")));
        QTRY_COMPARE(t.console.workspaces()->rowCount(), 3);
        QCOMPARE(t.console.workspaces()->currentId(), idOf(QStringLiteral("demo-staging")));
        QCOMPARE(t.console.window()->environmentBadgeText(), QStringLiteral("Staging"));
        t.console.window()->showPage(t.console.workspacePage());
        QTRY_COMPARE(t.console.workspacePage()->fieldValue(QStringLiteral("slug")),
            QStringLiteral("demo-staging"));
        // Its refresh token went to its own entry; demo's key stayed in its own.
        const QString stagingEntry = Session::keyFor(origin, idOf(QStringLiteral("demo-staging")));
        QTRY_VERIFY(secretToolLookup(stagingEntry).contains(QStringLiteral("refresh_token")));
        QVERIFY(secretToolLookup(Session::keyFor(origin, idOf(QStringLiteral("demo"))))
                    .contains(kAdmin));
        secrets << t.console.session()->accessToken();

        // Back to demo: held, so no browser; the Failures page on screen
        // shows demo's failures.
        t.console.window()->showPage(t.console.failuresPage());
        QTRY_VERIFY(!t.console.signIn()->waitDialog());
        QTRY_VERIFY(model->index(model->rowOf(idOf(QStringLiteral("demo"))))
                        .data(WorkspacesModel::HeldRole)
                        .toBool());
        switchByKeyboard(&t, QStringLiteral("demo"));
        QVERIFY(!t.console.signIn()->waitDialog());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 3, 15000);
        QCOMPARE(connected.last().first().value<Me>().workspaceId, idOf(QStringLiteral("demo")));
        // "Switching to …" gives way to where the console now is.
        QCOMPARE(t.console.window()->statusBar()->currentMessage(),
            QStringLiteral("Now in %1.").arg(connected.last().first().value<Me>().workspaceName));
        QTRY_COMPARE(t.console.connections()->rowCount(), 26);
        QTRY_VERIFY(t.console.failures()->rowCount() > 0);
        t.console.window()->showPage(t.console.workspacePage());
        QTRY_COMPARE(
            t.console.workspacePage()->fieldValue(QStringLiteral("slug")), QStringLiteral("demo"));

        // And to staging again: its saved sign-in, still no browser.
        QTRY_VERIFY(model->index(model->rowOf(idOf(QStringLiteral("demo-staging"))))
                        .data(WorkspacesModel::HeldRole)
                        .toBool());
        switchByKeyboard(&t, QStringLiteral("demo-staging"));
        QVERIFY(!t.console.signIn()->waitDialog());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 4, 15000);
        QCOMPARE(
            connected.last().first().value<Me>().workspaceId, idOf(QStringLiteral("demo-staging")));
        secrets << t.console.session()->accessToken();
        secrets << QJsonDocument::fromJson(secretToolLookup(stagingEntry).toUtf8())
                       .object()
                       .value(QStringLiteral("refresh_token"))
                       .toString();
    }
    {
        // A new start reopens the last workspace used.
        TestConsole t(settingsFile, {&keychain, qEnvironmentVariable("CC_CHROMIUM_BROWSER")});
        t.console.show();
        QSignalSpy connected(t.console.controller(), &ConsoleController::connected);
        t.console.startWithLastServer();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QCOMPARE(connected.first().first().value<Me>().workspaceId,
            idOf(QStringLiteral("demo-staging")));
        QVERIFY(!t.console.signIn()->waitDialog());
        // Signing out of it deletes its entry only.
        t.console.window()->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
        QTRY_VERIFY(secretToolLookup(Session::keyFor(origin, idOf(QStringLiteral("demo-staging"))))
                        .isEmpty());
        QVERIFY(secretToolLookup(Session::keyFor(origin, idOf(QStringLiteral("demo"))))
                    .contains(kAdmin));
    }
    // Clean up the keychain.
    keychain.remove(
        Session::keyFor(origin, idOf(QStringLiteral("demo"))), [](const SecretStore::Result &) {});
    QTRY_VERIFY(secretToolLookup(Session::keyFor(origin, idOf(QStringLiteral("demo")))).isEmpty());
    // No secret in the sandbox's log.
    const QByteArray log = m_sandbox.log();
    for (const QString &s : std::as_const(secrets))
        QVERIFY(s.isEmpty() || !log.contains(s.toUtf8()));
}

QTEST_MAIN(TestWorkspaceSwitch)
#include "tst_workspaceswitch.moc"
