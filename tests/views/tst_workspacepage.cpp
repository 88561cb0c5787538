// The Workspace page in the console as it ships (built through the
// composition root), against the sandbox's demo seed over real HTTP:
//  - every field of the workspace is the platform's;
//  - settings: a blank name gets the platform's 422 beside the field with
//    the typed text kept, and a saved change is what the platform then has;
//  - test callers: E.164 is checked while typing and on edit, Save / Revert,
//    and the platform's 422 for a list it refuses is shown with the list kept;
//  - environment conversion: the warnings come first and must be read, the
//    slug must be typed, a conversion made behind the console's back gives
//    the platform's 422 in the open dialog, and the real one converts;
//  - unsaved settings or test callers: a workspace switch, quitting or
//    signing out asks first, Cancel stays with the typed edits, Discard goes;
//  - archive: owners only, a wrong slug archives nothing, the right one does;
//  - a viewer can change nothing, and is told why.
#include "connectionspage.h"
#include "convertenvironmentdialog.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "testconsole.h"
#include "welcomepage.h"
#include "workspacepage.h"
#include "workspaceswitcher.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("ws-admin-key");
const QString kViewer = QStringLiteral("ws-viewer-key");
const QString kStagingOwner = QStringLiteral("ws-staging-owner-key");
} // namespace

class TestWorkspacePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFieldIsThePlatforms();
    void settingsSaveAndTheirErrors();
    void testCallers();
    void testCallerErrorsPointAtTheirRow();
    void unsavedEditsAreAskedAboutBeforeLeaving();
    void convertAfterReadingTheWarnings();
    void convertWithoutWarningsSaysSo();
    void archiveIsForOwnersWithTheSlug();
    void aViewerChangesNothing();

private:
    // Signs in with `key` and opens the Workspace page until it has loaded.
    bool open(const QString &key);
    QJsonObject platformWorkspace(const QString &id, const QString &key = kAdmin)
    {
        return m_http.get(m_sandbox.url(QStringLiteral("/v1/workspaces/") + id), key).json();
    }
    WorkspacePage *page() { return m_t->console.workspacePage(); }

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("demo=") + kAdmin,
        QStringLiteral("--viewer-key"), QStringLiteral("demo=") + kViewer,
        QStringLiteral("--owner-key"), QStringLiteral("demo-staging=") + kStagingOwner,
        QStringLiteral("--seed"), QStringLiteral("demo")}};
    QString m_demo;
    QString m_staging;
    QTemporaryDir m_dir;
    std::unique_ptr<TestConsole> m_t;
    int m_run = 0;
    HttpClient m_http;
};

void TestWorkspacePage::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_demo = m_http.get(m_sandbox.api(QStringLiteral("/me")), kAdmin)
                 .json()
                 .value(QStringLiteral("workspace"))[QStringLiteral("id")]
                 .toString();
    m_staging = m_http.get(m_sandbox.api(QStringLiteral("/me")), kStagingOwner)
                    .json()
                    .value(QStringLiteral("workspace"))[QStringLiteral("id")]
                    .toString();
    QVERIFY(!m_demo.isEmpty());
    QVERIFY(!m_staging.isEmpty());
    QVERIFY(m_demo != m_staging);
}

void TestWorkspacePage::init()
{
    m_t = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("w%1.ini").arg(++m_run)));
    m_t->console.show();
}

void TestWorkspacePage::cleanup()
{
    m_t.reset();
}

bool TestWorkspacePage::open(const QString &key)
{
    QSignalSpy connected(m_t->console.controller(), &ConsoleController::connected);
    m_t->console.startWithServer(QUrl(m_sandbox.origin()), key);
    if (!QTest::qWaitFor([&] { return connected.count() > 0; }, 15000))
        return false;
    // Ctrl+4, as a user would.
    QTest::keyClick(m_t->console.window(), Qt::Key_4, Qt::ControlModifier);
    if (m_t->console.window()->currentPage() != page())
        return false;
    return QTest::qWaitFor([this] { return !page()->workspace().id.isEmpty(); }, 10000);
}

void TestWorkspacePage::everyFieldIsThePlatforms()
{
    QVERIFY(open(kAdmin));
    QTRY_VERIFY(!page()->fieldValue(QStringLiteral("slug")).isEmpty());
    const QJsonObject ws = platformWorkspace(m_demo);
    QCOMPARE(
        page()->fieldValue(QStringLiteral("slug")), ws.value(QStringLiteral("slug")).toString());
    QCOMPARE(page()->fieldValue(QStringLiteral("id")), ws.value(QStringLiteral("id")).toString());
    QCOMPARE(page()->fieldValue(QStringLiteral("backend_org_id")),
        ws.value(QStringLiteral("backend_org_id")).toString());
    QCOMPARE(page()->nameField()->text(), ws.value(QStringLiteral("name")).toString());
    QCOMPARE(page()->environmentBox()->currentData().toString(), QStringLiteral("production"));
    QCOMPARE(page()->regionBox()->currentData().toString(),
        ws.value(QStringLiteral("region")).toString());
    QCOMPARE(page()->connectorBox()->currentData().toString(),
        ws.value(QStringLiteral("connector_type")).toString());
    const QDateTime provisioned = QDateTime::fromString(
        ws.value(QStringLiteral("provisioned_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(provisioned.isValid());
    QVERIFY2(
        page()
            ->fieldValue(QStringLiteral("provisioned_at"))
            .startsWith(provisioned.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        qPrintable(page()->fieldValue(QStringLiteral("provisioned_at"))));
    // Provisioned: the button is off and says when; an admin may not archive.
    QVERIFY(!page()->provisionButton()->isEnabled());
    QVERIFY(
        page()->provisionButton()->toolTip().startsWith(QStringLiteral("Already provisioned on ")));
    QVERIFY(
        page()->provisionText().contains(ws.value(QStringLiteral("backend_org_id")).toString()));
    QVERIFY(!page()->archiveButton()->isEnabled());
    QCOMPARE(page()->archiveButton()->toolTip(),
        QStringLiteral(
            "Only the workspace owner may archive it. You are signed in with another role."));
    QVERIFY(page()->convertButton()->isEnabled());
    // Nothing edited: nothing to save or revert.
    QVERIFY(!page()->saveButton()->isEnabled());
    QVERIFY(!page()->revertButton()->isEnabled());
}

void TestWorkspacePage::settingsSaveAndTheirErrors()
{
    QVERIFY(open(kAdmin));
    const QString before = platformWorkspace(m_demo).value(QStringLiteral("name")).toString();
    QLineEdit *name = page()->nameField();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(page()->saveButton()->isEnabled());
    QTest::keyClick(name, Qt::Key_Return);
    // The platform's 422, beside the field; what was typed stays.
    QTRY_VERIFY(!page()->fieldError(QStringLiteral("name")).isEmpty());
    QCOMPARE(page()->fieldError(QStringLiteral("name")),
        QStringLiteral("String should have at least 1 character"));
    QCOMPARE(name->text(), QStringLiteral("   "));
    QCOMPARE(platformWorkspace(m_demo).value(QStringLiteral("name")).toString(), before);

    // A real change: a new name and region, by keyboard.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Demo Clinic Group"));
    QComboBox *region = page()->regionBox();
    region->setFocus();
    const int eu = region->findData(QStringLiteral("eu-central-1"));
    QVERIFY(eu >= 0);
    while (region->currentIndex() != eu)
        QTest::keyClick(region, region->currentIndex() < eu ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(page()->revertButton()->isEnabled());
    page()->saveButton()->click();
    QTRY_COMPARE(platformWorkspace(m_demo).value(QStringLiteral("name")).toString(),
        QStringLiteral("Demo Clinic Group"));
    QCOMPARE(platformWorkspace(m_demo).value(QStringLiteral("region")).toString(),
        QStringLiteral("eu-central-1"));
    QTRY_VERIFY(!page()->saveButton()->isEnabled());
    QVERIFY(page()->fieldError(QStringLiteral("name")).isEmpty());
    QCOMPARE(m_t->console.window()->statusBar()->currentMessage(),
        QStringLiteral("Workspace settings saved"));

    // Revert puts back what the platform has.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Typo"));
    QVERIFY(page()->revertButton()->isEnabled());
    page()->revertButton()->click();
    QCOMPARE(name->text(), QStringLiteral("Demo Clinic Group"));
    QVERIFY(!page()->saveButton()->isEnabled());
}

void TestWorkspacePage::testCallers()
{
    QVERIFY(open(kAdmin));
    QListWidget *list = page()->testCallerList();
    QTRY_VERIFY(page()->revertCallersButton()->isEnabled() == false);
    const int start = list->count();
    QLineEdit *field = page()->newCallerField();
    field->setFocus();
    // Checked as typed: no +, then too short to be E.164, then a number.
    QTest::keyClicks(field, QStringLiteral("1"));
    QCOMPARE(page()->callerError(),
        QStringLiteral("Start with + and the country code, such as +1 or +44."));
    QVERIFY(!page()->addCallerButton()->isEnabled());
    field->clear();
    QTest::keyClicks(field, QStringLiteral("+0"));
    QCOMPARE(page()->callerError(),
        QStringLiteral("Not yet an E.164 number: a + and 2 to 15 digits, the first not 0."));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(list->count(), start); // refused
    field->clear();
    QTest::keyClicks(field, QStringLiteral("+15555550123"));
    QVERIFY(page()->addCallerButton()->isEnabled());
    QVERIFY(page()->callerError().isEmpty());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(list->count(), start + 1);
    QCOMPARE(list->item(start)->text(), QStringLiteral("+15555550123"));
    QTest::keyClicks(field, QStringLiteral("+447700900456"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(list->count(), start + 2);

    // A number already listed cannot be added twice.
    QTest::keyClicks(field, QStringLiteral("+15555550123"));
    QVERIFY(!page()->addCallerButton()->isEnabled());
    QCOMPARE(page()->callerError(), QStringLiteral("+15555550123 is already in the list."));
    field->clear();
    // F2 edits the selected row (not the window's Connection ▸ Edit…).
    list->setFocus();
    list->setCurrentRow(start);
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(list->isAncestorOf(editor));
    QCOMPARE(editor->text(), QStringLiteral("+15555550123"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(list->item(start)->text(), QStringLiteral("+15555550123"));

    // An edit in place that breaks a number is marked, and Save waits for it.
    list->item(start + 1)->setText(QStringLiteral("+44 7700"));
    QVERIFY(page()->callerError().contains(QStringLiteral("“+44 7700” is not an E.164 number")));
    QVERIFY(!page()->saveCallersButton()->isEnabled());
    QCOMPARE(page()->saveCallersButton()->toolTip(),
        QStringLiteral("Correct the numbers marked as not E.164 first"));
    list->item(start + 1)->setText(QStringLiteral("+447700900456"));
    QVERIFY(page()->saveCallersButton()->isEnabled());

    page()->saveCallersButton()->click();
    QTRY_COMPARE(page()->callerError(),
        QStringLiteral("Saved: the platform now has %1 test caller numbers.").arg(start + 2));
    QVERIFY(!page()->saveCallersButton()->isEnabled());
    QVERIFY(!page()->revertCallersButton()->isEnabled());
    const QJsonArray saved = m_http
                                 .get(m_sandbox.url(QStringLiteral("/v1/workspaces/") + m_demo
                                          + QStringLiteral("/test-caller-numbers")),
                                     kAdmin)
                                 .json()
                                 .value(QStringLiteral("numbers"))
                                 .toArray();
    QVERIFY(saved.contains(QStringLiteral("+15555550123")));
    QVERIFY(saved.contains(QStringLiteral("+447700900456")));
    QCOMPARE(saved.size(), start + 2);

    // Delete removes the selection; Revert brings it back.
    list->setFocus();
    list->setCurrentRow(start);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), start + 1);
    // The next row is selected, so Delete can go on down the list.
    QCOMPARE(list->currentRow(), start);
    QCOMPARE(list->selectedItems().size(), 1);
    QVERIFY(page()->revertCallersButton()->isEnabled());
    page()->revertCallersButton()->click();
    QCOMPARE(list->count(), start + 2);

    // A list the platform refuses (more than its 100 numbers): its 422 is
    // shown, and the list as typed stays.
    for (int i = list->count(); i <= 100; ++i) {
        field->setText(QStringLiteral("+1555000%1").arg(i, 4, 10, QLatin1Char('0')));
        QTest::keyClick(field, Qt::Key_Return);
    }
    QCOMPARE(list->count(), 101);
    page()->saveCallersButton()->click();
    QTRY_VERIFY(page()->callerError().startsWith(QStringLiteral("The platform refused the list.")));
    QVERIFY2(
        page()->callerError().contains(QStringLiteral("100")), qPrintable(page()->callerError()));
    QCOMPARE(list->count(), 101);
    QCOMPARE(m_http
                 .get(m_sandbox.url(QStringLiteral("/v1/workspaces/") + m_demo
                          + QStringLiteral("/test-caller-numbers")),
                     kAdmin)
                 .json()
                 .value(QStringLiteral("numbers"))
                 .toArray()
                 .size(),
        start + 2);
}

void TestWorkspacePage::testCallerErrorsPointAtTheirRow()
{
    // What the platform says about entry 1 of a list, shown on that row.
    HttpResult reply = m_http.send("PUT",
        m_sandbox.url(
            QStringLiteral("/v1/workspaces/") + m_demo + QStringLiteral("/test-caller-numbers")),
        kAdmin, R"({"numbers":["+15555550100","555-0100"]})");
    QCOMPARE(reply.status, 422);
    WorkspacePage standalone;
    Workspace ws;
    ws.id = m_demo;
    ws.name = QStringLiteral("Demo");
    standalone.setPermissions(true, false);
    standalone.showWorkspace(ws);
    standalone.showTestCallers({QStringLiteral("+15555550100"), QStringLiteral("555-0100")});
    standalone.showTestCallersError(ApiError::fromResponse(422, reply.body, {}));
    QCOMPARE(standalone.testCallerList()->currentRow(), 1);
    QCOMPARE(standalone.testCallerList()->item(1)->toolTip(),
        QStringLiteral("Value error, not an E.164 phone number: a + and 2 to 15 digits, the first "
                       "not 0"));
    QVERIFY(standalone.testCallerList()->item(0)->toolTip().isEmpty());
    QVERIFY(standalone.callerError().startsWith(
        QStringLiteral("The platform refused the list. 555-0100: ")));
}

void TestWorkspacePage::unsavedEditsAreAskedAboutBeforeLeaving()
{
    QVERIFY(open(kAdmin));
    MainWindow *window = m_t->console.window();
    QTRY_COMPARE(m_t->console.workspaces()->rowCount(), 3);
    const QString here = m_t->console.session()->workspaceId();
    const QString saved = platformWorkspace(here).value(QStringLiteral("name")).toString();
    QVERIFY(!saved.isEmpty());
    // A name typed and a number added, neither saved.
    page()->nameField()->setFocus();
    page()->nameField()->selectAll();
    QTest::keyClicks(page()->nameField(), QStringLiteral("Typed, not saved"));
    QTest::keyClicks(page()->newCallerField(), QStringLiteral("+15555550199"));
    QTest::keyClick(page()->newCallerField(), Qt::Key_Return);
    QVERIFY(page()->settingsEdited());
    QVERIFY(page()->testCallersEdited());

    // From the Connections page, Ctrl+Shift+W to the staging workspace: asked
    // first; Cancel comes back to the Workspace page with the edits.
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->connectionsPage()));
    m_t->dialogs.answers << QMessageBox::Cancel;
    QSignalSpy connected(m_t->console.controller(), &ConsoleController::connected);
    QVERIFY(m_t->chooseWorkspaceByKeyboard(m_staging));
    QTRY_COMPARE(m_t->dialogs.questions.size(), 1);
    QCOMPARE(m_t->dialogs.questions.first(),
        QStringLiteral("You changed the settings and the test caller numbers of ") + saved
            + QStringLiteral(" and did not save them. Switching to Demo Workspace (staging) "
                             "discards these changes.\n\nCancel to go back to the Workspace page "
                             "and save them first."));
    QCOMPARE(window->currentPage(), static_cast<QWidget *>(page()));
    QCOMPARE(page()->nameField()->text(), QStringLiteral("Typed, not saved"));
    QVERIFY(page()->editedTestCallers().contains(QStringLiteral("+15555550199")));
    QCOMPARE(m_t->console.session()->workspaceId(), here);
    QCOMPARE(window->workspaceSwitcher()->currentIndex(), m_t->console.workspaces()->rowOf(here));

    // Quitting asks too: Cancel keeps the window open.
    m_t->dialogs.answers << QMessageBox::Cancel;
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(m_t->dialogs.questions.size(), 2);
    QVERIFY(m_t->dialogs.questions.last().contains(QStringLiteral("Quitting discards")));

    // Signing out asks too: Cancel stays signed in, Discard signs out.
    QAction *signOut = window->findChild<QAction *>(QStringLiteral("actionSignOut"));
    QVERIFY(signOut);
    m_t->dialogs.answers << QMessageBox::Cancel;
    signOut->trigger();
    QCOMPARE(m_t->dialogs.questions.size(), 3);
    QVERIFY(m_t->dialogs.questions.last().contains(QStringLiteral("Signing out discards")));
    QVERIFY(m_t->console.session()->isSignedIn());
    m_t->dialogs.answers << QMessageBox::Discard;
    signOut->trigger();
    QTRY_VERIFY(!m_t->console.session()->isSignedIn());
    QCOMPARE(connected.count(), 0);
    QCOMPARE(m_t->dialogs.unexpected, 0);
    // Nothing was saved.
    QCOMPARE(platformWorkspace(here).value(QStringLiteral("name")).toString(), saved);
}

void TestWorkspacePage::convertAfterReadingTheWarnings()
{
    QVERIFY(open(kStagingOwner));
    QCOMPARE(page()->environmentBox()->currentData().toString(), QStringLiteral("staging"));
    QTest::keyClick(page()->convertButton(), Qt::Key_Space);
    ConvertEnvironmentDialog *dialog = m_t->console.workspaceController()->convertDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->target(), QStringLiteral("production"));
    QVERIFY(!dialog->convertButton()->isEnabled());
    QVERIFY(!dialog->slugField()->isEnabled());
    const int width = dialog->width();
    // Step 1: Enter checks.
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(dialog->warningList()->count() > 0);
    // What appeared makes the dialog taller, never narrower.
    QVERIFY2(dialog->width() >= width, qPrintable(QString::number(dialog->width())));
    QVERIFY(dialog->height() >= dialog->sizeHint().height());
    QStringList warnings;
    for (int i = 0; i < dialog->warningList()->count(); ++i)
        warnings << dialog->warningList()->item(i)->text();
    QVERIFY2(warnings.contains(QStringLiteral(
                 "2 test caller number(s) are still configured (+15555550100, +447700900123); "
                 "calls from them will be treated as test calls in production.")),
        qPrintable(warnings.join(u'\n')));
    QVERIFY(warnings.contains(QStringLiteral(
        "1 active data source(s) still use the manual sync strategy: QA intake spreadsheet.")));
    // Every warning the platform gives, in its order.
    const QJsonArray expected
        = m_http
              .get(m_sandbox.url(QStringLiteral("/v1/workspaces/") + m_staging
                       + QStringLiteral("/environment-check?target=production")),
                  kStagingOwner)
              .json()
              .value(QStringLiteral("warnings"))
              .toArray();
    QCOMPARE(warnings.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(warnings.at(i), expected.at(i).toString());
    QCOMPARE(dialog->checkSummary(),
        QStringLiteral("The platform gives %1 warnings about converting to Production. Read each "
                       "one:")
            .arg(expected.size()));
    // Not read yet: the slug cannot be typed.
    QVERIFY(!dialog->slugField()->isEnabled());
    QTest::keyClick(dialog->readBox(), Qt::Key_Space);
    QVERIFY(dialog->readBox()->isChecked());
    QVERIFY(dialog->slugField()->isEnabled());
    QTest::keyClicks(dialog->slugField(), QStringLiteral("demo"));
    QVERIFY(!dialog->convertButton()->isEnabled());
    QTest::keyClick(dialog->slugField(), Qt::Key_Return); // the wrong slug does nothing
    QVERIFY(dialog->isVisible());
    QCOMPARE(
        platformWorkspace(m_staging, kStagingOwner).value(QStringLiteral("environment")).toString(),
        QStringLiteral("staging"));

    // Converted behind the console's back: the platform's 422 in the dialog,
    // which stays open with what was typed.
    HttpResult behind = m_http.send("POST",
        m_sandbox.url(
            QStringLiteral("/v1/workspaces/") + m_staging + QStringLiteral("/convert-environment")),
        kStagingOwner, R"({"target":"production","confirm_slug":"demo-staging"})");
    QCOMPARE(behind.status, 200);
    QTest::keyClicks(dialog->slugField(), QStringLiteral("-staging"));
    QVERIFY(dialog->convertButton()->isEnabled());
    QTest::keyClick(dialog->slugField(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->error().isEmpty());
    QCOMPARE(dialog->error(),
        QStringLiteral("The platform refused the conversion: Value error, the workspace is "
                       "already in production"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->slugField()->text(), QStringLiteral("demo-staging"));
    dialog->reject();
    QTRY_VERIFY(!m_t->console.workspaceController()->convertDialog());

    // Back to staging behind the console's back, then the real conversion.
    behind = m_http.send("POST",
        m_sandbox.url(
            QStringLiteral("/v1/workspaces/") + m_staging + QStringLiteral("/convert-environment")),
        kStagingOwner, R"({"target":"staging","confirm_slug":"demo-staging"})");
    QCOMPARE(behind.status, 200);
    QTest::keyClick(m_t->console.window(), Qt::Key_F5);
    page()->convertButton()->click();
    dialog = m_t->console.workspaceController()->convertDialog();
    QVERIFY(dialog);
    dialog->checkButton()->click();
    QTRY_VERIFY(dialog->readBox()->isVisible());
    dialog->readBox()->setChecked(true);
    QTest::keyClicks(dialog->slugField(), QStringLiteral("demo-staging"));
    QTest::keyClick(dialog->slugField(), Qt::Key_Return);
    QTRY_VERIFY(!m_t->console.workspaceController()->convertDialog());
    QCOMPARE(
        platformWorkspace(m_staging, kStagingOwner).value(QStringLiteral("environment")).toString(),
        QStringLiteral("production"));
    QTRY_COMPARE(page()->environmentBox()->currentData().toString(), QStringLiteral("production"));
    QCOMPARE(page()->notice(), QStringLiteral("Demo Workspace (staging) is now in Production."));
    // Back to staging for the tests after this one.
    behind = m_http.send("POST",
        m_sandbox.url(
            QStringLiteral("/v1/workspaces/") + m_staging + QStringLiteral("/convert-environment")),
        kStagingOwner, R"({"target":"staging","confirm_slug":"demo-staging"})");
    QCOMPARE(behind.status, 200);
}

void TestWorkspacePage::convertWithoutWarningsSaysSo()
{
    Workspace ws;
    ws.id = QStringLiteral("w1");
    ws.slug = QStringLiteral("lab");
    ws.name = QStringLiteral("Lab");
    ws.environment = Workspace::Environment::Development;
    ws.rawEnvironment = QStringLiteral("development");
    ConvertEnvironmentDialog dialog(ws);
    QCOMPARE(dialog.targetBox()->count(), 2); // production and staging
    dialog.showCheck({QStringLiteral("development"), dialog.target(), {}});
    QCOMPARE(dialog.checkSummary(),
        QStringLiteral("No warnings: the platform sees nothing that converting to Production "
                       "would affect."));
    QVERIFY(dialog.readBox()->isHidden());
    QVERIFY(dialog.slugField()->isEnabled());
    QTest::keyClicks(dialog.slugField(), QStringLiteral("lab"));
    QVERIFY(dialog.convertButton()->isEnabled());
    // Another target must be checked again.
    dialog.targetBox()->setCurrentIndex(1);
    QVERIFY(!dialog.convertButton()->isEnabled());
    QVERIFY(!dialog.slugField()->isEnabled());
}

void TestWorkspacePage::archiveIsForOwnersWithTheSlug()
{
    QVERIFY(open(kStagingOwner));
    QVERIFY(page()->archiveButton()->isEnabled());
    QVERIFY(page()->archiveButton()->toolTip().isEmpty());
    QSignalSpy archived(m_t->console.workspaceController(), &WorkspaceController::archived);
    // The wrong slug: the dialog refuses, nothing is asked of the platform.
    m_t->dialogs.typed << QStringLiteral("demo");
    page()->archiveButton()->click();
    QCOMPARE(m_t->dialogs.confirmations.size(), 1);
    QVERIFY(m_t->dialogs.confirmations.first().contains(QStringLiteral("(demo-staging)")));
    QVERIFY(m_t->dialogs.confirmations.first().contains(QStringLiteral("kept on the platform")));
    QCOMPARE(m_http.get(m_sandbox.url(QStringLiteral("/v1/workspaces/") + m_staging), kStagingOwner)
                 .status,
        200);
    QCOMPARE(archived.count(), 0);

    m_t->dialogs.typed << QStringLiteral("demo-staging");
    page()->archiveButton()->click();
    QTRY_COMPARE(archived.count(), 1);
    // This identity reaches no other workspace: the console leaves it for the
    // welcome page, which says why.
    QTRY_COMPARE(m_t->console.window()->currentPage(),
        static_cast<QWidget *>(m_t->console.window()->welcomePage()));
    QCOMPARE(m_t->console.window()
                 ->welcomePage()
                 ->findChild<QLabel *>(QStringLiteral("welcomeError"))
                 ->text(),
        QStringLiteral("Demo Workspace (staging) was archived, and there is no other workspace to "
                       "open. Sign in to another one."));
    QVERIFY(!m_t->console.session()->isSignedIn());
    // Archived: its keys no longer work.
    QCOMPARE(m_http.get(m_sandbox.url(QStringLiteral("/v1/workspaces/") + m_staging), kStagingOwner)
                 .status,
        401);
    const QJsonArray listed
        = m_http.get(m_sandbox.url(QStringLiteral("/v1/workspaces?limit=100")), kAdmin)
              .json()
              .value(QStringLiteral("items"))
              .toArray();
    for (const QJsonValue &w : listed)
        QVERIFY(w[QStringLiteral("id")].toString() != m_staging);
}

void TestWorkspacePage::aViewerChangesNothing()
{
    QVERIFY(open(kViewer));
    const QString why = QStringLiteral(
        "You are signed in as a viewer: you can see the workspace but not change it.");
    for (QWidget *w :
        {static_cast<QWidget *>(page()->nameField()), static_cast<QWidget *>(page()->regionBox()),
            static_cast<QWidget *>(page()->testCallerList()),
            static_cast<QWidget *>(page()->newCallerField()),
            static_cast<QWidget *>(page()->convertButton())}) {
        QVERIFY(!w->isEnabled());
        QCOMPARE(w->toolTip(), why);
    }
    QVERIFY(!page()->saveButton()->isEnabled());
    QVERIFY(!page()->archiveButton()->isEnabled());
    // The fields are still shown.
    QCOMPARE(page()->fieldValue(QStringLiteral("slug")), QStringLiteral("demo"));
}

QTEST_MAIN(TestWorkspacePage)
#include "tst_workspacepage.moc"
