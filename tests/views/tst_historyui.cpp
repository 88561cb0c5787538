// Sync history and triage in the console as it ships (built through the
// composition root), against the real sandbox: the History tab with its runs,
// daily and duration charts and day filter; Copy details and Copy of the last
// error; the UTC / local switch for runs; "next sync ≈" from the cadences;
// "Why this badge?"; Sync now's 409 / 429 / 503 behaviour (with the sandbox's
// faults) and the run it starts followed live to its end; F8 / Shift+F8
// through the rows that need attention; and Ctrl+E writing a support bundle
// with no secret in it.
#include "banner.h"
#include "connectiondetailpane.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "dailybarschart.h"
#include "dailychartlayout.h"
#include "durationchart.h"
#include "healthbadge.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "runsmodel.h"
#include "sandboxprocess.h"
#include "testconsole.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("history-admin-key-1");

int countSent(const QSignalSpy &spy, const QByteArray &verb, const QString &path)
{
    int n = 0;
    for (const QList<QVariant> &call : spy)
        n += call.at(0).toByteArray() == verb && call.at(1).toString() == path;
    return n;
}
} // namespace

class TestHistoryUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyTabLoadsTheRunsAndCopiesDetails();
    void copyLastError();
    void runTimesFollowTheUtcSwitch();
    void nextSyncFromTheCadence();
    void whyThisBadge();
    void syncAlreadySyncingJumpsToTheRun();
    void syncDisconnectedOffersReconnect();
    void syncCooldownOn503And429();
    void nextNeedingAttention();
    void exportSupportBundle();
    void chartDayFiltersTheRuns();
    void syncNowIsFollowedLiveInHistory();

private:
    QString idOf(const QString &name) const;
    void setFaults(const QString &spec);
    MainWindow *window() { return m_console.console.window(); }
    ConnectionDetailPane *pane() { return window()->connectionsPage()->detailPane(); }

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("acme=") + kAdmin,
        QStringLiteral("--seed"), QStringLiteral("demo")}};
    QTemporaryDir m_dir;
    TestConsole m_console{m_dir.filePath(QStringLiteral("s.ini"))};
    ConnectionsModel &m_model = *m_console.console.connections();
    RunsModel &m_runs = *m_console.console.runs();
};

void TestHistoryUi::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_console.console.show();
    QVERIFY(m_console.startWithKey(m_sandbox.origin(), kAdmin));
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

void TestHistoryUi::historyTabLoadsTheRunsAndCopiesDetails()
{
    const QString id = idOf(QStringLiteral("Bob's Gmail"));
    QSignalSpy sent(m_console.console.client(), &PlatformClient::requestSent);
    window()->connectionsPage()->selectConnection(id);
    // Selecting a row asks the platform for its runs: that is what fills the tab.
    QCOMPARE(countSent(sent, "GET",
                 QStringLiteral("/api/platform/v1/connections/") + id + QStringLiteral("/runs")),
        1);
    QTRY_COMPARE(m_runs.connectionId(), id);
    QVERIFY(m_runs.rowCount() > 10);
    QVERIFY(
        pane()->findChild<QTableView *>(QStringLiteral("runsTable"))->model()->rowCount() <= 100);
    QCOMPARE(m_runs.index(0, RunsModel::ReasonColumn).data().toString(),
        QStringLiteral("auth")); // newest first
    window()->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger(); // Ctrl+H
    QCOMPARE(pane()->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->currentIndex(), 1);
    // …with the newest run current, so arrow keys walk the runs from there.
    QCOMPARE(pane()->findChild<QTableView *>(QStringLiteral("runsTable"))->currentIndex().row(), 0);
    QVERIFY(pane()->selectedRunDetails().contains(m_runs.runs().first().id));
    // The charts show the same runs: the daily bars add up, the durations are plotted.
    auto *chart = pane()->findChild<DailyBarsChart *>(QStringLiteral("dailyBarsChart"));
    int charted = 0;
    for (const DayBucket &d : chart->days())
        charted += d.runs;
    int inRange = 0;
    const qint64 from
        = QDateTime::currentDateTime().addDays(-29).date().startOfDay().toMSecsSinceEpoch();
    for (const SyncRun &r : m_runs.runs())
        inRange += r.startedAtMs >= from;
    QCOMPARE(charted, inRange);
    auto *durations = pane()->findChild<DurationChart *>();
    QVERIFY(durations);
    QVERIFY2(durations->accessibleDescription().contains(QStringLiteral("finished runs")),
        qPrintable(durations->accessibleDescription()));
    auto *table = pane()->findChild<QTableView *>(QStringLiteral("runsTable"));
    table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString details = pane()->selectedRunDetails();
    QVERIFY2(details.contains(QStringLiteral("Connection: Bob's Gmail"))
            && details.contains(QStringLiteral("Error reason: auth")),
        qPrintable(details));
    QTest::mouseClick(
        pane()->findChild<QPushButton *>(QStringLiteral("copyRunDetails")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), details);
    QVERIFY(m_runs.index(0, RunsModel::StartedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral(":")));
}

void TestHistoryUi::copyLastError()
{
    const QString id = idOf(QStringLiteral("Pipedrive (EU sales)"));
    window()->connectionsPage()->selectConnection(id);
    const QString error = m_model.connectionAt(m_model.rowOf(id)).lastError;
    QVERIFY(error.contains(QStringLiteral("Enterprise")));
    QPushButton *copy = pane()->findChild<QPushButton *>(QStringLiteral("copyLastError"));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), error);
    // A connection without an error has nothing to copy.
    window()->connectionsPage()->selectConnection(idOf(QStringLiteral("Acme HubSpot")));
    QVERIFY(!copy->isEnabled());
}

void TestHistoryUi::runTimesFollowTheUtcSwitch()
{
    // The test runs in New York (see CMakeLists.txt), so local time is not UTC.
    const QString id = idOf(QStringLiteral("Fathom recordings"));
    window()->connectionsPage()->selectConnection(id);
    QTRY_COMPARE(m_runs.connectionId(), id);
    const QModelIndex started = m_runs.index(0, RunsModel::StartedColumn);
    const qint64 ms = started.data(RunsModel::StartedMsRole).toLongLong();
    const QString local = started.data(Qt::ToolTipRole).toString();
    QVERIFY2(local.startsWith(QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        qPrintable(local));
    QVERIFY(!local.endsWith(QStringLiteral("UTC")));
    QAction *utc = window()->findChild<QAction *>(QStringLiteral("actionUtc"));
    utc->trigger();
    const QString inUtc
        = m_runs.index(0, RunsModel::StartedColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(inUtc,
        QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            + QStringLiteral(" UTC"));
    utc->trigger();
    QCOMPARE(m_runs.index(0, RunsModel::StartedColumn).data(Qt::ToolTipRole).toString(), local);
}

void TestHistoryUi::nextSyncFromTheCadence()
{
    // The cadences load with the workspace (GET /api/admin/connector-cadence):
    // Acme HubSpot's next sync is one cadence after its last run started.
    HttpClient http;
    const QJsonObject cadences
        = http.get(m_sandbox.url(QStringLiteral("/api/admin/connector-cadence")), kAdmin)
              .json()[QStringLiteral("cadences")]
              .toObject();
    QCOMPARE(cadences[QStringLiteral("hubspot")].toString(), QStringLiteral("1h"));
    const QString id = idOf(QStringLiteral("Acme HubSpot"));
    window()->connectionsPage()->selectConnection(id);
    QLabel *next = pane()->findChild<QLabel *>(QStringLiteral("detailNextSync"));
    QTRY_VERIFY(next->text().contains(QStringLiteral("every 1 hour")));
    const Connection &c = m_model.connectionAt(m_model.rowOf(id));
    const qint64 at = c.lastRun->startedAtMs + 3600 * 1000;
    if (at > m_model.now())
        QCOMPARE(next->text(), QStringLiteral("≈ %1 (every 1 hour)").arg(m_model.exactTime(at)));
    else
        QCOMPARE(next->text(), QStringLiteral("Due now (every 1 hour)"));
    // A disconnected connection is not scheduled.
    window()->connectionsPage()->selectConnection(idOf(QStringLiteral("Granola notes")));
    QVERIFY2(next->text().startsWith(QStringLiteral("Not scheduled")), qPrintable(next->text()));
}

void TestHistoryUi::whyThisBadge()
{
    window()->connectionsPage()->selectConnection(idOf(QStringLiteral("Bob's Gmail")));
    const QString why = pane()->findChild<QLabel *>(QStringLiteral("whyText"))->text();
    QVERIFY2(why.contains(QStringLiteral("re-authorize"))
            && why.contains(QStringLiteral("reason: auth")) && why.contains(QStringLiteral("48 h")),
        qPrintable(why));
    QPushButton *action = pane()->findChild<QPushButton *>(QStringLiteral("whyAction"));
    QLabel *advice = pane()->findChild<QLabel *>(QStringLiteral("whyAdvice"));
    QCOMPARE(advice->text(), QStringLiteral("What to do: Reconnect"));
    QCOMPARE(action->text(), QStringLiteral("Reconnect…"));
    QVERIFY(action->isEnabled() && !action->isHidden());
    // Waiting is advice, with nothing to press.
    window()->connectionsPage()->selectConnection(idOf(QStringLiteral("Gong calls")));
    QVERIFY2(advice->text().startsWith(QStringLiteral("What to do: Wait for the rate limit")),
        qPrintable(advice->text()));
    QVERIFY(action->isHidden());
    // A sentence too long for a button wraps in the advice; the button syncs.
    window()->connectionsPage()->selectConnection(idOf(QStringLiteral("Pipedrive (EU sales)")));
    QVERIFY(advice->text().contains(QStringLiteral("configuration")));
    QVERIFY(advice->wordWrap());
    QCOMPARE(action->text(), QStringLiteral("Sync now"));
    QVERIFY(!action->isHidden());
}

void TestHistoryUi::syncAlreadySyncingJumpsToTheRun()
{
    const QString id = idOf(QStringLiteral("Slack — acme.slack.com")); // mid-sync in the demo
    window()->connectionsPage()->selectConnection(id);
    QTRY_COMPARE(m_runs.connectionId(), id);
    pane()
        ->findChild<QTabWidget *>(QStringLiteral("detailTabs"))
        ->setCurrentIndex(0); // Overview, where Sync now is
    QTest::mouseClick(
        pane()->findChild<QPushButton *>(QStringLiteral("actionSync")), Qt::LeftButton);
    Banner *banner = window()->findChild<Banner *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(
        banner->isVisible() && banner->text().startsWith(QStringLiteral("Already syncing for")));
    QTRY_COMPARE(pane()->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->currentIndex(), 1);
    QTRY_VERIFY(pane()->selectedRunDetails().contains(QStringLiteral("Status: running")));
}

void TestHistoryUi::syncDisconnectedOffersReconnect()
{
    const QString id = idOf(QStringLiteral("Granola notes"));
    window()->connectionsPage()->selectConnection(id);
    window()->findChild<QAction *>(QStringLiteral("actionSyncSelected"))->trigger();
    Banner *banner = window()->findChild<Banner *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible() && banner->text().contains(QStringLiteral("disconnected")));
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("Reconnect…"));
}

void TestHistoryUi::syncCooldownOn503And429()
{
    const QString id = idOf(QStringLiteral("Fathom recordings"));
    window()->connectionsPage()->selectConnection(id);
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
    QAction *next = window()->findChild<QAction *>(QStringLiteral("actionNextAttention"));
    window()->connectionsPage()->searchField()->clear();
    QAction *previous = window()->findChild<QAction *>(QStringLiteral("actionPreviousAttention"));
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
    QCOMPARE(previous->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F8));
    window()->connectionsPage()->selectConnection(
        idOf(QStringLiteral("Acme HubSpot"))); // healthy: not in the walk
    QStringList walked;
    for (int i = 0; i < 12; ++i) {
        next->trigger();
        walked << m_model
                      .connectionAt(
                          m_model.rowOf(window()->connectionsPage()->selectedConnectionId()))
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
    const QString here = window()->connectionsPage()->selectedConnectionId();
    next->trigger();
    previous->trigger();
    QCOMPARE(window()->connectionsPage()->selectedConnectionId(), here);
}

void TestHistoryUi::exportSupportBundle()
{
    const QString id = idOf(QStringLiteral("Bob's Gmail"));
    window()->connectionsPage()->selectConnection(id);
    const QString path = m_dir.filePath(QStringLiteral("bob-bundle.json"));
    // Ctrl+E, cancelled: nothing is written.
    ScriptedMessageBoxes &dialogs = m_console.dialogs;
    dialogs.savePaths << QString();
    QAction *exportAction = window()->findChild<QAction *>(QStringLiteral("actionExportSelected"));
    exportAction->trigger();
    QCOMPARE(dialogs.suggestedPaths.size(), 1);
    QVERIFY2(
        dialogs.suggestedPaths.last().endsWith(QStringLiteral("/Bob-s-Gmail-support-bundle.json")),
        qPrintable(dialogs.suggestedPaths.last()));
    QVERIFY(!QFile::exists(path));
    // Ctrl+E, saved.
    dialogs.savePaths << path;
    QSignalSpy exported(m_console.console.history(), &HistoryController::bundleExported);
    exportAction->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
    QCOMPARE(exported.first().at(1).toString(), QString()); // no error
    QVERIFY(
        window()->statusBar()->currentMessage().contains(QStringLiteral("Support bundle saved")));
    QFile json(path);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray bytes = json.readAll();
    const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(bundle[QStringLiteral("connection")][QStringLiteral("id")].toString(), id);
    // The runs are the platform's, as it lists them.
    HttpClient http;
    const QJsonArray listed = http.get(m_sandbox.api(QStringLiteral("/connections/") + id
                                           + QStringLiteral("/runs?limit=100")),
                                      kAdmin)
                                  .json()[QStringLiteral("runs")]
                                  .toArray();
    const QJsonArray runs = bundle[QStringLiteral("runs")].toArray();
    QVERIFY(runs.size() > 10);
    QCOMPARE(runs.first()[QStringLiteral("id")], listed.first()[QStringLiteral("id")]);
    QVERIFY(!bundle[QStringLiteral("failures")].toArray().isEmpty());
    QVERIFY(!bundle[QStringLiteral("daily_utc")].toArray().isEmpty());
    QFile csv(m_dir.filePath(QStringLiteral("bob-bundle.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.startsWith("id,status,triggered_by,started_at"));
    QCOMPARE(csvBytes.count('\n'), runs.size() + 1);
    // Again to the same name: the save dialog asked about the .json; the console
    // asks about the .csv beside it, and No leaves both as they were.
    csv.close();
    QFile::remove(path);
    QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write("a neighbour's own file\n");
    csv.close();
    dialogs.savePaths << path;
    dialogs.answers << QMessageBox::Cancel;
    exportAction->trigger();
    QCOMPARE(dialogs.questions.size(), 1);
    QVERIFY2(dialogs.questions.last().contains(QStringLiteral("bob-bundle.csv")),
        qPrintable(dialogs.questions.last()));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), QByteArray("a neighbour's own file\n"));
    csv.close();
    QVERIFY(!QFile::exists(path)); // nothing half-written either
    for (const QByteArray &content : {bytes, csvBytes}) {
        QVERIFY(!content.contains(kAdmin.toUtf8()));
        QVERIFY(!content.contains("Bearer"));
        QVERIFY(!content.contains("Authorization"));
    }
}

void TestHistoryUi::chartDayFiltersTheRuns()
{
    const QString id = idOf(QStringLiteral("Acme HubSpot")); // hourly for 90 days
    window()->connectionsPage()->selectConnection(id);
    QTRY_COMPARE(m_runs.connectionId(), id);
    QVERIFY2(m_runs.rowCount() > 100, "the since extension loads more than the contract's 100");
    pane()->showHistory();
    DailyBarsChart *chart = pane()->findChild<DailyBarsChart *>(QStringLiteral("dailyBarsChart"));
    QComboBox *range = pane()->findChild<QComboBox *>(QStringLiteral("historyRange"));
    range->setCurrentIndex(range->findData(90));
    QCOMPARE(chart->days().size(), 90);
    QVERIFY(chart->accessibleDescription().startsWith(QStringLiteral("Last 90 days. ")));
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
        window()->resize(1500, 900);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        window()->grab().save(
            qEnvironmentVariable("CC_SCREENSHOT_DIR") + QStringLiteral("/history.png"));
    }
}

void TestHistoryUi::syncNowIsFollowedLiveInHistory()
{
    // A faster simulation, so the run Sync now starts finishes within the test.
    SandboxProcess fast(
        {QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--time-scale"),
            QStringLiteral("20"), QStringLiteral("--sync-cooldown"), QStringLiteral("0")});
    QString error;
    QVERIFY2(fast.start(&error), qPrintable(error));
    TestConsole t(m_dir.filePath(QStringLiteral("live.ini")));
    t.console.show();
    QVERIFY(t.startWithKey(fast.origin(), fast.apiKey()));
    ConnectionsModel *model = t.console.connections();
    RunsModel *runs = t.console.runs();
    QString id;
    for (int r = 0; r < model->rowCount(); ++r)
        id = model->connectionAt(r).name == u"Fathom recordings" ? model->connectionAt(r).id : id;
    ConnectionsPage *page = t.console.window()->connectionsPage();
    page->selectConnection(id);
    QTRY_COMPARE(runs->connectionId(), id);
    const int before = runs->rowCount();
    page->detailPane()->showHistory();
    t.console.window()->findChild<QAction *>(QStringLiteral("actionSyncSelected"))->trigger();
    // The new run appears at the top of History while it runs, selected…
    QTRY_VERIFY_WITH_TIMEOUT(
        runs->rowCount() == before + 1 && runs->runs().first().status == RunStatus::Running, 10000);
    const QString runId = runs->runs().first().id;
    QTRY_VERIFY(page->detailPane()->selectedRunDetails().contains(runId));
    QVERIFY(page->detailPane()->selectedRunDetails().contains(QStringLiteral("Status: running")));
    // …and is followed to its end without anyone pressing F5.
    QTRY_VERIFY_WITH_TIMEOUT(
        runs->rowOfRun(runId) >= 0 && runs->runs().at(runs->rowOfRun(runId)).finishedAtMs > 0,
        30000);
    QTRY_VERIFY(
        !page->detailPane()->selectedRunDetails().contains(QStringLiteral("Status: running")));
    QVERIFY(page->detailPane()->selectedRunDetails().contains(runId));
}

QTEST_MAIN(TestHistoryUi)
#include "tst_historyui.moc"
