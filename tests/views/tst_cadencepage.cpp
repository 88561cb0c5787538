// The Sync cadence page in the console as it ships, against the sandbox:
//  - every connector type of the catalog, with the cadence and the default
//    the platform reports;
//  - a platform admin sets each preset and resets to the default (null), by
//    keyboard, and the platform then has it; the Connections page's
//    "next sync ≈" follows at once, from the one table read after the change;
//  - a writer who is not a platform admin sees the page read-only with the
//    reason, and the platform answers their PUT with 403, which the client
//    types as Forbidden.
#include "cadencemodel.h"
#include "cadencepage.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "platformclient.h"
#include "sandboxprocess.h"
#include "testconsole.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kPlatformAdmin = QStringLiteral("cad-platform-admin");
const QString kOtherAdmin = QStringLiteral("cad-other-admin");
} // namespace

class TestCadencePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryTypeAsThePlatformDoes();
    void aPlatformAdminSetsEachPresetAndResets();
    void othersSeeItReadOnly();

private:
    bool open(const QString &key);
    QJsonObject table() const
    {
        return HttpClient()
            .get(m_sandbox.url(QStringLiteral("/api/admin/connector-cadence")), kPlatformAdmin)
            .json();
    }

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"),
        QStringLiteral("demo=") + kPlatformAdmin, QStringLiteral("--workspace"),
        QStringLiteral("other=") + kOtherAdmin, QStringLiteral("--seed"), QStringLiteral("demo")}};
    QTemporaryDir m_dir;
    std::unique_ptr<TestConsole> m_t;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_run = 0;
};

void TestCadencePage::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestCadencePage::init()
{
    m_t = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("c%1.ini").arg(++m_run)));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_t->console.cadences(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_t->console.show();
}

void TestCadencePage::cleanup()
{
    m_tester.reset();
    m_t.reset();
}

bool TestCadencePage::open(const QString &key)
{
    QSignalSpy connected(m_t->console.controller(), &ConsoleController::connected);
    m_t->console.startWithServer(QUrl(m_sandbox.origin()), key);
    if (!QTest::qWaitFor([&] { return connected.count() > 0; }, 15000))
        return false;
    // The catalog names the types; then Ctrl+5, as a user would.
    if (!QTest::qWaitFor([this] { return m_t->console.catalog()->rowCount() > 0; }, 15000))
        return false;
    QTest::keyClick(m_t->console.window(), Qt::Key_5, Qt::ControlModifier);
    if (m_t->console.window()->currentPage() != m_t->console.cadencePage())
        return false;
    return QTest::qWaitFor([this] { return m_t->console.cadences()->rowCount() > 0; }, 10000);
}

void TestCadencePage::listsEveryTypeAsThePlatformDoes()
{
    QVERIFY(open(kPlatformAdmin));
    const QJsonObject t = table();
    const QJsonObject cadences = t.value(QStringLiteral("cadences")).toObject();
    const QJsonObject defaults = t.value(QStringLiteral("defaults")).toObject();
    CadenceModel *model = m_t->console.cadences();
    QCOMPARE(model->rowCount(), cadences.size());
    const QJsonArray connectors
        = HttpClient()
              .get(m_sandbox.api(QStringLiteral("/connections/catalog")), kPlatformAdmin)
              .json()
              .value(QStringLiteral("connectors"))
              .toArray();
    QCOMPARE(model->rowCount(), connectors.size());
    for (const QJsonValue &c : connectors) {
        const QString type = c[QStringLiteral("type")].toString();
        const int row = model->rowOf(type);
        QVERIFY2(row >= 0, qPrintable(type));
        QCOMPARE(model->nameAt(row), c[QStringLiteral("name")].toString());
        QCOMPARE(model->currentAt(row), cadences.value(type).toString());
        QCOMPARE(model->defaultAt(row), defaults.value(type).toString());
    }
    QCOMPARE(model->presetText(QStringLiteral("10m")), QStringLiteral("every 10 min"));
    // Shown by Ctrl+5: the table has the focus and its first type is chosen.
    QTRY_COMPARE(
        QApplication::focusWidget(), static_cast<QWidget *>(m_t->console.cadencePage()->table()));
    QCOMPARE(m_t->console.cadencePage()->selectedType(), model->typeAt(0));
    QVERIFY(m_t->console.cadencePage()->permissionText().contains(QStringLiteral("every tenant")));
}

void TestCadencePage::aPlatformAdminSetsEachPresetAndResets()
{
    QVERIFY(open(kPlatformAdmin));
    CadencePage *page = m_t->console.cadencePage();
    CadenceModel *model = m_t->console.cadences();
    // The type of a connected connection that is not syncing, shown in the
    // Connections page's detail, where "next sync ≈" must follow.
    ConnectionsModel *connections = m_t->console.connections();
    int pick = -1;
    for (int r = 0; r < connections->rowCount() && pick < 0; ++r) {
        const Connection &c = connections->connectionAt(r);
        if (c.status == ConnectionStatus::Connected && !c.isSyncing
            && model->rowOf(c.connectorType) >= 0
            && model->currentAt(model->rowOf(c.connectorType))
                == model->defaultAt(model->rowOf(c.connectorType)))
            pick = r;
    }
    QVERIFY(pick >= 0);
    const QString connectionId = connections->connectionAt(pick).id;
    const QString type = connections->connectionAt(pick).connectorType;
    m_t->console.window()->connectionsPage()->selectConnection(connectionId);
    auto *nextSync = m_t->console.window()->findChild<QLabel *>(QStringLiteral("detailNextSync"));
    QVERIFY(nextSync);
    const int row = model->rowOf(type);
    const QString name = model->nameAt(row);
    const QString byDefault = model->defaultAt(row);
    page->table()->setFocus();
    page->table()->selectRow(row);
    QVERIFY(!page->resetButton()->isEnabled()); // at its default
    QSignalSpy changed(m_t->console.cadenceController(), &CadenceController::cadenceChanged);
    QSignalSpy sent(m_t->console.client(), &PlatformClient::requestSent);
    int expected = 0;
    const QHash<QString, QString> every{{QStringLiteral("1m"), QStringLiteral("every 1 minute")},
        {QStringLiteral("10m"), QStringLiteral("every 10 minutes")},
        {QStringLiteral("30m"), QStringLiteral("every 30 minutes")},
        {QStringLiteral("1h"), QStringLiteral("every 1 hour")},
        {QStringLiteral("6h"), QStringLiteral("every 6 hours")},
        {QStringLiteral("1d"), QStringLiteral("every 1 day")}};
    for (const QString &preset :
        {QStringLiteral("1m"), QStringLiteral("10m"), QStringLiteral("30m"), QStringLiteral("1h"),
            QStringLiteral("6h"), QStringLiteral("1d")}) {
        if (preset == model->currentAt(model->rowOf(type)))
            continue;
        QComboBox *box = page->presetBox();
        box->setFocus();
        const int target = box->findData(preset);
        while (box->currentIndex() != target)
            QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(page->applyButton()->isEnabled());
        QTest::keyClick(page->applyButton(), Qt::Key_Space);
        ++expected;
        QTRY_COMPARE(changed.count(), expected);
        QCOMPARE(table().value(QStringLiteral("cadences"))[type].toString(), preset);
        QVERIFY(table().value(QStringLiteral("overrides")).toArray().contains(type));
        QTRY_COMPARE(model->currentAt(model->rowOf(type)), preset);
        QCOMPARE(page->message(),
            QStringLiteral("%1 now syncs %2, in every tenant.")
                .arg(name, CadenceModel::presetText(preset)));
        // "next sync ≈" follows at once.
        QTRY_VERIFY2(nextSync->text().endsWith(u'(' + every.value(preset) + u')'),
            qPrintable(nextSync->text()));
    }
    // The table is read once per change, and "next sync ≈" takes it from there.
    int reads = 0;
    for (const QList<QVariant> &r : std::as_const(sent)) {
        if (r.at(1).toString().contains(QStringLiteral("connector-cadence"))
            && r.at(0).toString() == u"GET")
            ++reads;
    }
    QCOMPARE(reads, expected);
    // Reset to default: null.
    QTRY_VERIFY(page->resetButton()->isEnabled());
    QTest::keyClick(page->resetButton(), Qt::Key_Space);
    QTRY_COMPARE(changed.count(), expected + 1);
    QCOMPARE(table().value(QStringLiteral("cadences"))[type].toString(), byDefault);
    QVERIFY(!table().value(QStringLiteral("overrides")).toArray().contains(type));
    QCOMPARE(page->message(),
        QStringLiteral("%1 is back to its default, %2, in every tenant.")
            .arg(name, CadenceModel::presetText(byDefault)));
    QTRY_VERIFY(!page->resetButton()->isEnabled());
}

void TestCadencePage::othersSeeItReadOnly()
{
    QVERIFY(open(kOtherAdmin));
    CadencePage *page = m_t->console.cadencePage();
    page->table()->selectRow(0);
    const QString why
        = QStringLiteral("Only platform admins can change sync cadences. You can see them.");
    QCOMPARE(page->permissionText(), why);
    QVERIFY(!page->presetBox()->isEnabled());
    QCOMPARE(page->presetBox()->toolTip(), why);
    QVERIFY(!page->applyButton()->isEnabled());
    QVERIFY(!page->resetButton()->isEnabled());
    // And the platform says no to them.
    const QString type = m_t->console.cadences()->typeAt(0);
    const QString before = table().value(QStringLiteral("cadences"))[type].toString();
    const QString attempt = before == u"1m" ? QStringLiteral("1d") : QStringLiteral("1m");
    const HttpResult direct = HttpClient().send("PUT",
        m_sandbox.url(QStringLiteral("/api/admin/connector-cadence/") + type), kOtherAdmin,
        QStringLiteral(R"({"cadence":"%1"})").arg(attempt).toUtf8());
    QCOMPARE(direct.status, 403);
    bool done = false;
    ApiError refused;
    m_t->console.client()->setCadence(this, type, attempt, [&](const QString &, const ApiError &e) {
        refused = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(refused.kind, ApiError::Kind::Forbidden);
    QCOMPARE(table().value(QStringLiteral("cadences"))[type].toString(), before);
}

QTEST_MAIN(TestCadencePage)
#include "tst_cadencepage.moc"
