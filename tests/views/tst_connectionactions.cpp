// The connection actions against the real sandbox, driven like a user would,
// one dialog at a time: API-key errors inline (typed key kept), handle
// resolution and already_connected, the webhook secret shown once, the
// disconnect confirmation, a healthy reconnect refused with the server's
// reason, rename and owner, and a viewer's disabled actions.
#include "apikeydialog.h"
#include "banner.h"
#include "connectionactions.h"
#include "connectiondetailpane.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorcatalogmodel.h"
#include "consolecontroller.h"
#include "consolestack.h"
#include "handledialog.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "ownerdialog.h"
#include "platformclient.h"
#include "runsmodel.h"
#include "sandboxprocess.h"
#include "webhooksecretdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("actions-admin-key-1");
const QString kViewer = QStringLiteral("actions-viewer-key-1");
} // namespace

class TestConnectionActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void apiKeyErrorInlineKeepsTheKey();
    void handleResolveConfirmAndAlreadyConnected();
    void webhookSecretShownOnce();
    void disconnectConfirmsAndKeepsHistory();
    void healthyReconnectShowsServerReason();
    void renameAndOwner();
    void viewerCannotWrite();

private:
    void startWith(const QString &key);
    QString idOf(const QString &name) const;

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("acme=") + kAdmin,
        QStringLiteral("--viewer-key"), QStringLiteral("acme=") + kViewer, QStringLiteral("--seed"),
        QStringLiteral("demo")}};
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleStack> m_console;
    std::unique_ptr<ConnectionActions> m_actions;
    // Shorthands into m_console.
    PlatformClient *m_client = nullptr;
    ConnectionsModel *m_model = nullptr;
    ConnectionsFilterModel *m_proxy = nullptr;
    ConnectorCatalogModel *m_catalog = nullptr;
    MainWindow *m_window = nullptr;
    ConsoleController *m_controller = nullptr;
};

void TestConnectionActions::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestConnectionActions::init()
{
    m_console = std::make_unique<ConsoleStack>(m_dir.filePath(QStringLiteral("s.ini")));
    m_client = &m_console->client;
    m_model = &m_console->model;
    m_proxy = &m_console->proxy;
    m_catalog = &m_console->catalog;
    m_window = &m_console->window;
    m_controller = &m_console->controller;
    m_actions = std::make_unique<ConnectionActions>(
        m_client, &m_console->nam, m_model, m_catalog, m_window, m_controller->poller());
    connect(m_controller, &ConsoleController::connected, m_actions.get(),
        &ConnectionActions::setIdentity);
    m_window->show();
}

void TestConnectionActions::cleanup()
{
    m_actions.reset();
    m_console.reset();
}

void TestConnectionActions::startWith(const QString &key)
{
    m_controller->connectTo(QUrl(m_sandbox.origin()), key, QStringLiteral("sandbox"));
    QVERIFY(QTest::qWaitFor(
        [this] { return m_model->rowCount() > 0 && m_catalog->rowCount() > 0; }, 15000));
}

QString TestConnectionActions::idOf(const QString &name) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->connectionAt(r).name == name)
            return m_model->connectionAt(r).id;
    }
    return {};
}

void TestConnectionActions::apiKeyErrorInlineKeepsTheKey()
{
    startWith(kAdmin);
    m_actions->connectConnector(QStringLiteral("fireflies"));
    auto *dialog = qobject_cast<ApiKeyDialog *>(m_actions->currentDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("apiKeyHint"))
                ->text()
                .contains(QStringLiteral("Business")));
    auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyInput"));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    key->setText(QStringLiteral("invalid-fireflies-key"));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("apiKeySubmit")), Qt::LeftButton);
    QLabel *error = dialog->findChild<QLabel *>(QStringLiteral("apiKeyError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("rejected")), qPrintable(error->text()));
    QCOMPARE(key->text(), QStringLiteral("invalid-fireflies-key")); // typed input survives
    const int rows = m_model->rowCount();
    key->setText(QStringLiteral("fireflies-good-key"));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("apiKeySubmit")), Qt::LeftButton);
    QTRY_COMPARE(m_model->rowCount(), rows + 1);
    const QString id = m_window->connectionsPage()->selectedConnectionId();
    QCOMPARE(m_model->connectionAt(m_model->rowOf(id)).connectorType, QStringLiteral("fireflies"));
}

void TestConnectionActions::handleResolveConfirmAndAlreadyConnected()
{
    startWith(kAdmin);
    m_actions->connectConnector(QStringLiteral("twitter"));
    auto *dialog = qobject_cast<HandleDialog *>(m_actions->currentDialog());
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("handleInput"))
        ->setText(QStringLiteral("@unknown_nobody"));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("handleResolve")), Qt::LeftButton);
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("handleError"))->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("handleInput"))
        ->setText(QStringLiteral("@acme")); // already tracked in the demo
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("handleResolve")), Qt::LeftButton);
    QPushButton *confirm = dialog->findChild<QPushButton *>(QStringLiteral("handleConfirm"));
    QTRY_VERIFY(confirm->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("handleFollowers"))
                ->text()
                .contains(QStringLiteral("followers")));
    QTest::mouseClick(confirm, Qt::LeftButton);
    // already_connected jumps to the existing row.
    QTRY_COMPARE(
        m_window->connectionsPage()->selectedConnectionId(), idOf(QStringLiteral("@acme")));
}

void TestConnectionActions::webhookSecretShownOnce()
{
    startWith(kAdmin);
    const int rows = m_model->rowCount();
    m_actions->connectConnector(QStringLiteral("zendesk"));
    QTRY_VERIFY(qobject_cast<WebhookSecretDialog *>(m_actions->currentDialog()));
    auto *dialog = m_actions->currentDialog();
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("webhookSecret"))
                ->text()
                .startsWith(QStringLiteral("whsec_")));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("webhookUrl"))
                ->text()
                .startsWith(m_sandbox.origin()));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("webhookSecretCopy")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("webhookWarning"))
                ->text()
                .contains(QStringLiteral("will not be shown again")));
    QCOMPARE(m_model->rowCount(), rows + 1);
}

void TestConnectionActions::disconnectConfirmsAndKeepsHistory()
{
    startWith(kAdmin);
    const QString id = idOf(QStringLiteral("Pylon support"));
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    m_actions->disconnect(id);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Pylon support")));
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("history are kept")));
    QTest::qWait(300);
    QCOMPARE(m_model->connectionAt(m_model->rowOf(id)).status, ConnectionStatus::Connected);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    m_actions->disconnect(id);
    QTRY_COMPARE(m_model->connectionAt(m_model->rowOf(id)).status, ConnectionStatus::Disconnected);
    QVERIFY(m_model->rowOf(id) >= 0); // the row stays
}

void TestConnectionActions::healthyReconnectShowsServerReason()
{
    startWith(kAdmin);
    const QString id = idOf(QStringLiteral("@acme"));
    m_actions->reconnect(id); // a handle connector: one click
    Banner *banner = m_window->findChild<Banner *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(
        banner->text().contains(QStringLiteral("nothing to restore")), qPrintable(banner->text()));
}

void TestConnectionActions::renameAndOwner()
{
    startWith(kAdmin);
    QTRY_VERIFY(m_actions->memberCount() >= 4); // members arrive with the identity
    const QString id = idOf(QStringLiteral("Carmen's Outlook"));
    m_actions->edit(id);
    auto *dialog = qobject_cast<EditConnectionDialog *>(m_actions->currentDialog());
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("renameInput"))
        ->setText(QStringLiteral("Carmen — Outlook"));
    QComboBox *owner = dialog->findChild<QComboBox *>(QStringLiteral("ownerPicker"));
    QVERIFY(owner->isVisibleTo(dialog));
    QVERIFY(owner->count() >= 5); // "No owner" + members
    owner->setCurrentIndex(0); // No owner
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("editSave")), Qt::LeftButton);
    QTRY_COMPARE(
        m_model->connectionAt(m_model->rowOf(id)).name, QStringLiteral("Carmen — Outlook"));
    QVERIFY(m_model->connectionAt(m_model->rowOf(id)).ownerUserId().isEmpty());
}

void TestConnectionActions::viewerCannotWrite()
{
    startWith(kViewer);
    QTRY_VERIFY(
        !m_window->findChild<QPushButton *>(QStringLiteral("addConnectionButton"))->isEnabled());
    const QString id = idOf(QStringLiteral("Bob's Gmail"));
    m_window->connectionsPage()->selectConnection(id);
    ConnectionDetailPane *pane = m_window->connectionsPage()->detailPane();
    for (const char *name :
        {"actionSync", "actionReconnect", "actionEdit", "actionDisconnect", "attentionReconnect"}) {
        QPushButton *b = pane->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(b && !b->isEnabled(), name);
    }
    QVERIFY(pane->findChild<QPushButton *>(QStringLiteral("actionSync"))
                ->toolTip()
                .contains(QStringLiteral("viewer")));
}

QTEST_MAIN(TestConnectionActions)
#include "tst_connectionactions.moc"
