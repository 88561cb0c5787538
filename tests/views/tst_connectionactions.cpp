// The connection actions of the console as it ships (built through the
// composition root), against the real sandbox, driven like a user would, one
// dialog at a time: the catalog picker to Connect, API-key errors inline
// (typed key kept) and the reveal toggle, handle resolution and
// already_connected, the webhook secret shown once with Copy, the disconnect
// confirmation, a healthy reconnect refused with the server's reason, the
// banner's Reconnect… firing once, rename and owner, and a viewer's disabled
// actions.
#include "apikeydialog.h"
#include "banner.h"
#include "catalogpickerdialog.h"
#include "connectiondetailpane.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorcatalogmodel.h"
#include "editconnectiondialog.h"
#include "handledialog.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "testconsole.h"
#include "webhooksecretdialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("actions-admin-key-1");
const QString kViewer = QStringLiteral("actions-viewer-key-1");

int countSent(const QSignalSpy &spy, const QByteArray &verb, const QString &path)
{
    int n = 0;
    for (const QList<QVariant> &call : spy)
        n += call.at(0).toByteArray() == verb && call.at(1).toString() == path;
    return n;
}
} // namespace

class TestConnectionActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void catalogPickerConnects();
    void apiKeyErrorInlineKeepsTheKey();
    void apiKeyRevealToggle();
    void handleResolveConfirmAndAlreadyConnected();
    void webhookSecretShownOnceWithCopy();
    void disconnectConfirmsAndKeepsHistory();
    void healthyReconnectShowsServerReason();
    void bannerReconnectFiresOnce();
    void renameAndOwner();
    void viewerCannotWrite();

private:
    void startWith(const QString &key);
    QString idOf(const QString &name) const;

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("acme=") + kAdmin,
        QStringLiteral("--viewer-key"), QStringLiteral("acme=") + kViewer, QStringLiteral("--seed"),
        QStringLiteral("demo")}};
    QTemporaryDir m_dir;
    std::unique_ptr<TestConsole> m_console;
    // Shorthands into m_console.
    ConnectionActions *m_actions = nullptr;
    ConnectionsModel *m_model = nullptr;
    MainWindow *m_window = nullptr;
};

void TestConnectionActions::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestConnectionActions::init()
{
    m_console = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("s.ini")));
    m_actions = m_console->console.actions();
    m_model = m_console->console.connections();
    m_window = m_console->console.window();
    m_window->show();
}

void TestConnectionActions::cleanup()
{
    QCOMPARE(m_console->dialogs.unexpected, 0);
    m_console.reset();
}

void TestConnectionActions::startWith(const QString &key)
{
    QVERIFY(m_console->startWithKey(m_sandbox.origin(), key));
}

QString TestConnectionActions::idOf(const QString &name) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->connectionAt(r).name == name)
            return m_model->connectionAt(r).id;
    }
    return {};
}

void TestConnectionActions::catalogPickerConnects()
{
    startWith(kAdmin);
    m_window->findChild<QAction *>(QStringLiteral("actionAddConnection"))->trigger();
    auto *picker = m_window->findChild<CatalogPickerDialog *>(QStringLiteral("catalogPicker"));
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    // Search, pick Fathom (an API-key connector), Connect.
    QTest::keyClicks(picker->searchField(), QStringLiteral("fathom"));
    QTreeView *tree = picker->tree();
    QModelIndex fathom;
    for (int c = 0; c < tree->model()->rowCount() && !fathom.isValid(); ++c) {
        const QModelIndex category = tree->model()->index(c, 0);
        for (int r = 0; r < tree->model()->rowCount(category); ++r) {
            if (tree->model()->index(r, 0, category).data().toString() == u"Fathom")
                fathom = tree->model()->index(r, 0, category);
        }
    }
    QVERIFY(fathom.isValid());
    tree->setCurrentIndex(fathom);
    QCOMPARE(picker->selectedType(), QStringLiteral("fathom"));
    QPushButton *connect = picker->findChild<QPushButton *>(QStringLiteral("catalogConnect"));
    QVERIFY(connect->isEnabled());
    QTest::mouseClick(connect, Qt::LeftButton);
    // The picker hands over to the API-key flow of that connector.
    QTRY_VERIFY(qobject_cast<ApiKeyDialog *>(m_actions->currentDialog()));
    QVERIFY(m_actions->currentDialog()->windowTitle().startsWith(QStringLiteral("Connect Fathom")));
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

void TestConnectionActions::apiKeyRevealToggle()
{
    startWith(kAdmin);
    m_actions->connectConnector(QStringLiteral("pylon"));
    auto *dialog = qobject_cast<ApiKeyDialog *>(m_actions->currentDialog());
    QVERIFY(dialog);
    auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyInput"));
    auto *reveal = dialog->findChild<QAction *>(QStringLiteral("apiKeyReveal"));
    QVERIFY(reveal && reveal->isCheckable());
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    reveal->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
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

void TestConnectionActions::webhookSecretShownOnceWithCopy()
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
    QPushButton *copy = dialog->findChild<QPushButton *>(QStringLiteral("webhookSecretCopy"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
        dialog->findChild<QLineEdit *>(QStringLiteral("webhookSecret"))->text());
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("webhookUrlCopy")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
        dialog->findChild<QLineEdit *>(QStringLiteral("webhookUrl"))->text());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("webhookWarning"))
                ->text()
                .contains(QStringLiteral("will not be shown again")));
    QCOMPARE(m_model->rowCount(), rows + 1);
}

void TestConnectionActions::disconnectConfirmsAndKeepsHistory()
{
    startWith(kAdmin);
    const QString id = idOf(QStringLiteral("Pylon support"));
    ScriptedMessageBoxes &dialogs = m_console->dialogs;
    QSignalSpy sent(m_console->console.client(), &PlatformClient::requestSent);
    dialogs.answers << QMessageBox::Cancel;
    m_actions->disconnectConnection(id);
    QCOMPARE(dialogs.questions.size(), 1);
    QVERIFY(dialogs.questions.last().contains(QStringLiteral("Pylon support")));
    QVERIFY(dialogs.questions.last().contains(QStringLiteral("history are kept")));
    // Cancelled: nothing was sent (the DELETE would have left at once).
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_model->connectionAt(m_model->rowOf(id)).status, ConnectionStatus::Connected);
    dialogs.answers << QMessageBox::Yes;
    m_actions->disconnectConnection(id);
    QCOMPARE(countSent(sent, "DELETE", QStringLiteral("/api/platform/v1/connections/") + id), 1);
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

void TestConnectionActions::bannerReconnectFiresOnce()
{
    startWith(kAdmin);
    // Sync now on a disconnected connection: the banner offers Reconnect….
    const QString id = idOf(QStringLiteral("Granola notes"));
    m_window->connectionsPage()->selectConnection(id);
    m_actions->sync(id);
    Banner *banner = m_window->findChild<Banner *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible() && banner->text().contains(QStringLiteral("disconnected")));
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("Reconnect…"));
    QSignalSpy retry(m_window->connectionsPage(), &ConnectionsPage::retryRequested);
    QSignalSpy sent(m_console->console.client(), &PlatformClient::requestSent);
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    // One click, one thing: the reconnect dialog of this API-key connector, and no reload.
    auto *dialog = qobject_cast<ApiKeyDialog *>(m_actions->currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Reconnect Granola"));
    QCOMPARE(m_window->findChildren<ApiKeyDialog *>().size(), 1);
    QCOMPARE(retry.count(), 0);
    QCOMPARE(sent.count(), 0);
    QVERIFY(!banner->isVisible());
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
        {"actionSync", "actionReconnect", "actionEdit", "actionDisconnect", "attentionAction"}) {
        QPushButton *b = pane->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(b && !b->isEnabled(), name);
    }
    QVERIFY(pane->findChild<QPushButton *>(QStringLiteral("actionSync"))
                ->toolTip()
                .contains(QStringLiteral("viewer")));
}

QTEST_MAIN(TestConnectionActions)
#include "tst_connectionactions.moc"
