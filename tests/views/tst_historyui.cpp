// Sync history and triage in the window, against the real sandbox: the
// History tab, Copy details, "Why this badge?", Sync now's 409 / 429 / 503
// behaviour (with the sandbox's faults), F8 / Shift+F8 through the rows that
// need attention, and a support bundle with no secret in it.
#include "banner.h"
#include "connectionactions.h"
#include "connectiondetailpane.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorcatalogmodel.h"
#include "consolecontroller.h"
#include "consolestack.h"
#include "dailybarschart.h"
#include "healthbadge.h"
#include "historycontroller.h"
#include "mainwindow.h"
#include "platformclient.h"
#include "runsmodel.h"
#include "sandboxprocess.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("history-admin-key-1");
} // namespace

class TestHistoryUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyTabAndCopyDetails();
    void whyThisBadge();
    void syncAlreadySyncingJumpsToTheRun();
    void syncDisconnectedOffersReconnect();
    void syncCooldownOn503And429();
    void nextNeedingAttention();
    void supportBundleHasNoSecret();
    void chartDayFiltersTheRuns();

private:
    QString idOf(const QString &name) const;
    void setFaults(const QString &spec);
    ConnectionDetailPane *pane() const { return m_window->connectionsPage()->detailPane(); }

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("acme=") + kAdmin,
        QStringLiteral("--seed"), QStringLiteral("demo")}};
    QTemporaryDir m_dir;
    ConsoleStack m_console{m_dir.filePath(QStringLiteral("s.ini"))};
    // Shorthands into m_console.
    ConnectionsModel &m_model = m_console.model;
    ConnectionsFilterModel &m_proxy = m_console.proxy;
    ConnectorCatalogModel &m_catalog = m_console.catalog;
    RunsModel &m_runs = m_console.runs;
    MainWindow *const m_window = &m_console.window;
    ConsoleController *const m_controller = &m_console.controller;
    std::unique_ptr<ConnectionActions> m_actions;
    std::unique_ptr<HistoryController> m_history;
};

void TestHistoryUi::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_actions = std::make_unique<ConnectionActions>(
        &m_console.client, &m_console.nam, &m_model, &m_catalog, m_window, m_controller->poller());
    m_history = std::make_unique<HistoryController>(&m_console.client, &m_model, &m_runs, m_window);
    connect(m_controller, &ConsoleController::connected, m_actions.get(),
        &ConnectionActions::setIdentity);
    connect(m_controller, &ConsoleController::connected, m_history.get(),
        &HistoryController::loadCadences);
    m_window->show();
    m_controller->connectTo(QUrl(m_sandbox.origin()), kAdmin, QStringLiteral("sandbox"));
    QVERIFY(QTest::qWaitFor(
        [this] { return m_model.rowCount() > 0 && m_catalog.rowCount() > 0; }, 15000));
}

QString TestHistoryUi::idOf(const QString &name) const
{
    for (int r = 0; r < m_model.rowCount(); ++r) {
        if (m_model.connectionAt(r).name == name)
            return m_model.connectionAt(r).id;
    }
    return {};
}

void TestHistoryUi::setFaults(const QString &spec)
{
    HttpClient http;
    QCOMPARE(http.send("PUT", m_sandbox.url(QStringLiteral("/api/sandbox/faults")), kAdmin,
                     QJsonDocument(QJsonObject{{QStringLiteral("faults"), spec}}).toJson())
                 .status,
        200);
}

void TestHistoryUi::historyTabAndCopyDetails()
{
    const QString id = idOf(QStringLiteral("Bob's Gmail"));
    m_window->connectionsPage()->selectConnection(id);
    QTRY_COMPARE(m_runs.connectionId(), id);
    QVERIFY(m_runs.rowCount() > 10);
    QVERIFY(
        pane()->findChild<QTableView *>(QStringLiteral("runsTable"))->model()->rowCount() <= 100);
    QCOMPARE(m_runs.index(0, RunsModel::ReasonColumn).data().toString(),
        QStringLiteral("auth")); // newest first
    pane()->showHistory();
    auto *table = pane()->findChild<QTableView *>(QStringLiteral("runsTable"));
    table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString details = pane()->selectedRunDetails();
    QVERIFY2(details.contains(QStringLiteral("Connection: Bob's Gmail"))
            && details.contains(QStringLiteral("Error reason: auth")),
        qPrintable(details));
    QVERIFY(m_runs.index(0, RunsModel::StartedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral(":")));
}

void TestHistoryUi::whyThisBadge()
{
    m_window->connectionsPage()->selectConnection(idOf(QStringLiteral("Bob's Gmail")));
    const QString why = pane()->findChild<QLabel *>(QStringLiteral("whyText"))->text();
    QVERIFY2(why.contains(QStringLiteral("re-authorize"))
            && why.contains(QStringLiteral("reason: auth")) && why.contains(QStringLiteral("48 h")),
        qPrintable(why));
    QPushButton *action = pane()->findChild<QPushButton *>(QStringLiteral("whyAction"));
    QCOMPARE(action->text(), QStringLiteral("Reconnect"));
    QVERIFY(action->isEnabled());
    m_window->connectionsPage()->selectConnection(idOf(QStringLiteral("Gong calls")));
    QVERIFY(pane()
                ->findChild<QPushButton *>(QStringLiteral("whyAction"))
                ->text()
                .startsWith(QStringLiteral("Wait for the rate limit")));
    m_window->connectionsPage()->selectConnection(idOf(QStringLiteral("Pipedrive (EU sales)")));
    QVERIFY(pane()
                ->findChild<QPushButton *>(QStringLiteral("whyAction"))
                ->text()
                .contains(QStringLiteral("configuration")));
}

void TestHistoryUi::syncAlreadySyncingJumpsToTheRun()
{
    const QString id = idOf(QStringLiteral("Slack — acme.slack.com")); // mid-sync in the demo
    m_window->connectionsPage()->selectConnection(id);
    QTRY_COMPARE(m_runs.connectionId(), id);
    pane()
        ->findChild<QTabWidget *>(QStringLiteral("detailTabs"))
        ->setCurrentIndex(0); // Overview, where Sync now is
    QTest::mouseClick(
        pane()->findChild<QPushButton *>(QStringLiteral("actionSync")), Qt::LeftButton);
    Banner *banner = m_window->findChild<Banner *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(
        banner->isVisible() && banner->text().startsWith(QStringLiteral("Already syncing for")));
    QTRY_COMPARE(pane()->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->currentIndex(), 1);
    QTRY_VERIFY(pane()->selectedRunDetails().contains(QStringLiteral("Status: running")));
}

void TestHistoryUi::syncDisconnectedOffersReconnect()
{
    const QString id = idOf(QStringLiteral("Granola notes"));
    m_window->connectionsPage()->selectConnection(id);
    m_actions->sync(id);
    Banner *banner = m_window->findChild<Banner *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible() && banner->text().contains(QStringLiteral("disconnected")));
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("Reconnect…"));
}

void TestHistoryUi::syncCooldownOn503And429()
{
    const QString id = idOf(QStringLiteral("Fathom recordings"));
    m_window->connectionsPage()->selectConnection(id);
    QPushButton *sync = pane()->findChild<QPushButton *>(QStringLiteral("actionSync"));
    pane()->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(0);
    setFaults(QStringLiteral("runner=down"));
    QTest::mouseClick(sync, Qt::LeftButton);
    QTRY_VERIFY(!sync->isEnabled());
    QVERIFY2(sync->text().contains(QStringLiteral("30 s"))
            || sync->text().contains(QStringLiteral("29 s")),
        qPrintable(sync->text()));
    setFaults(QStringLiteral("burst429=1/1,retry-after=2"));
    pane()->startSyncCooldown(0); // (the 503 countdown would take 30 s; start over)
    QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), 3000);
    QTest::mouseClick(sync, Qt::LeftButton);
    QTRY_VERIFY(!sync->isEnabled());
    QVERIFY(sync->text().contains(QStringLiteral("2 s")));
    QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), 5000); // re-enabled by itself
    QCOMPARE(sync->text(), QStringLiteral("Sync now"));
    setFaults(QString());
}

void TestHistoryUi::nextNeedingAttention()
{
    QAction *next = m_window->findChild<QAction *>(QStringLiteral("actionNextAttention"));
    QAction *previous = m_window->findChild<QAction *>(QStringLiteral("actionPreviousAttention"));
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
    QCOMPARE(previous->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_window->connectionsPage()->selectConnection(
        idOf(QStringLiteral("Acme HubSpot"))); // healthy: not in the walk
    QStringList walked;
    for (int i = 0; i < 12; ++i) {
        next->trigger();
        walked << m_model
                      .connectionAt(
                          m_model.rowOf(m_window->connectionsPage()->selectedConnectionId()))
                      .name;
    }
    QVERIFY2(walked.value(0) == u"Pipedrive (EU sales)", qPrintable(walked.join(u',')));
    QList<int> severities;
    for (const QString &name : walked.mid(0, 10)) {
        const Health h = m_model.connectionAt(m_model.rowOf(idOf(name))).health;
        severities << HealthBadge(h).severity();
        QVERIFY2(HealthBadge(h).needsAttention(), qPrintable(name));
    }
    QVERIFY2(std::is_sorted(severities.begin(), severities.end()), qPrintable(walked.join(u',')));
    const QString here = m_window->connectionsPage()->selectedConnectionId();
    next->trigger();
    previous->trigger();
    QCOMPARE(m_window->connectionsPage()->selectedConnectionId(), here);
}

void TestHistoryUi::supportBundleHasNoSecret()
{
    const QString id = idOf(QStringLiteral("Bob's Gmail"));
    const QString path = m_dir.filePath(QStringLiteral("bob-bundle.json"));
    std::optional<QString> result;
    m_history->exportBundle(id, path, [&result](const QString &error) { result = error; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->isEmpty(), qPrintable(*result));
    QFile json(path);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray bytes = json.readAll();
    const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(bundle[QStringLiteral("connection")][QStringLiteral("id")].toString(), id);
    QVERIFY(bundle[QStringLiteral("runs")].toArray().size() > 10);
    QVERIFY(!bundle[QStringLiteral("failures")].toArray().isEmpty());
    QVERIFY(!bundle[QStringLiteral("daily_utc")].toArray().isEmpty());
    QFile csv(m_dir.filePath(QStringLiteral("bob-bundle.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.startsWith("id,status,triggered_by,started_at"));
    QCOMPARE(csvBytes.count('\n'), bundle[QStringLiteral("runs")].toArray().size() + 1);
    for (const QByteArray &content : {bytes, csvBytes}) {
        QVERIFY(!content.contains(kAdmin.toUtf8()));
        QVERIFY(!content.contains("Bearer"));
        QVERIFY(!content.contains("Authorization"));
    }
}

void TestHistoryUi::chartDayFiltersTheRuns()
{
    const QString id = idOf(QStringLiteral("Acme HubSpot")); // hourly for 90 days
    m_window->connectionsPage()->selectConnection(id);
    QTRY_COMPARE(m_runs.connectionId(), id);
    QVERIFY2(m_runs.rowCount() > 100, "the since extension loads more than the contract's 100");
    pane()->showHistory();
    DailyBarsChart *chart = pane()->findChild<DailyBarsChart *>(QStringLiteral("dailyBarsChart"));
    QComboBox *range = pane()->findChild<QComboBox *>(QStringLiteral("historyRange"));
    range->setCurrentIndex(range->findData(90));
    QCOMPARE(chart->days().size(), 90);
    QVERIFY(chart->accessibleDescription().startsWith(QStringLiteral("90 days:")));
    range->setCurrentIndex(range->findData(7));
    QCOMPARE(chart->days().size(), 7);
    auto *table = pane()->findChild<QTableView *>(QStringLiteral("runsTable"));
    QCOMPARE(table->model()->rowCount(), 100); // newest 100 until a day is chosen
    // Click the day before today's column.
    chart->resize(700, 180);
    const DailyChartLayout layout = chart->layout();
    const DailyChartLayout::Bar &bar = layout.bars.at(5);
    QTest::mouseClick(chart, Qt::LeftButton, {}, bar.slot.center().toPoint());
    QCOMPARE(chart->selectedDay(), bar.date);
    const int expected = chart->days().at(5).runs;
    QVERIFY(expected > 0);
    QCOMPARE(table->model()->rowCount(), expected);
    QTest::mouseClick(chart, Qt::LeftButton, {}, bar.slot.center().toPoint());
    QCOMPARE(table->model()->rowCount(), 100); // clicking again clears it
    if (!qEnvironmentVariableIsEmpty("CC_SCREENSHOT_DIR")) { // for a person to look at
        range->setCurrentIndex(range->findData(30));
        m_window->resize(1500, 900);
        QTest::qWait(200);
        m_window->grab().save(
            qEnvironmentVariable("CC_SCREENSHOT_DIR") + QStringLiteral("/history.png"));
    }
}

QTEST_MAIN(TestHistoryUi)
#include "tst_historyui.moc"
