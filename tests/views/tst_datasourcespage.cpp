// The Data sources page in the console as it ships (built through the
// composition root), against the sandbox's demo seed over real HTTP:
//  - the list pages on demand (a small page size: three pages for twelve
//    sources, one request at a time), and its search, type and active filters
//    give what the platform answers to the same query;
//  - a superseded search's answer never reaches the table;
//  - F8 walks the sources needing attention; the detail shows every field;
//    the status counts are the platform's; the History names the Epic
//    incident's day; a day narrows the failures; Copy gives TSV and a ticket;
//  - Sync now: 202 followed until the poll lands, 409 while it runs, 429
//    with its countdown, 404 once deleted behind the console's back, and 503
//    from a platform whose sync runner is down;
//  - create, edit and delete, with the server's 422 beside its field and
//    the typed input kept; a viewer can change nothing, and is told why.
#include "banner.h"
#include "dailybarschart.h"
#include "datasourcedialog.h"
#include "datasourcesmodel.h"
#include "datasourcespage.h"
#include "httpclient.h"
#include "jsontreeview.h"
#include "mainwindow.h"
#include "messagelabel.h"
#include "sandboxprocess.h"
#include "syncfailuresmodel.h"
#include "testconsole.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("ds-admin-key");
const QString kViewer = QStringLiteral("ds-viewer-key");
const QString kEmpty = QStringLiteral("ds-research-key"); // the seed's workspace with no sources
} // namespace

class TestDataSourcesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pagesAndFilters();
    void aSupersededSearchIsNeverShown();
    void theTypesMenuStaysOpenWhileTicking();
    void detailHistoryAndCopy();
    void syncAnswers();
    void syncWhenTheRunnerIsDown();
    void createEditDelete();
    void aViewerChangesNothing();
    void emptyStates();
    void actionsOnEveryTab();

private:
    // Signs in with `key`, opens the page and waits for the first rows.
    bool open(const QString &key, int pageSize = DataSourcesController::kPageSize);
    int selectNamed(const QString &prefix);
    QJsonArray listed(const QString &query);
    QString wsPath(const QString &rest) const
    {
        return QStringLiteral("/v1/") + m_workspace + rest; // the data sources file's paths
    }

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("demo=") + kAdmin,
        QStringLiteral("--viewer-key"), QStringLiteral("demo=") + kViewer,
        QStringLiteral("--workspace"), QStringLiteral("demo-dev=") + kEmpty,
        QStringLiteral("--seed"), QStringLiteral("demo")}};
    QString m_workspace;
    QTemporaryDir m_dir;
    std::unique_ptr<TestConsole> m_t;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_failuresTester;
    int m_run = 0;
    HttpClient m_http;
};

void TestDataSourcesPage::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    const QJsonObject me = m_http.get(m_sandbox.api(QStringLiteral("/me")), kAdmin).json();
    m_workspace = me.value(QStringLiteral("workspace"))[QStringLiteral("id")].toString();
    QVERIFY(!m_workspace.isEmpty());
}

void TestDataSourcesPage::init()
{
    m_t = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_run)));
    m_listTester = std::make_unique<QAbstractItemModelTester>(
        m_t->console.dataSources(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_failuresTester = std::make_unique<QAbstractItemModelTester>(
        m_t->console.syncFailures(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_t->console.show();
}

void TestDataSourcesPage::cleanup()
{
    m_listTester.reset();
    m_failuresTester.reset();
    m_t.reset();
}

bool TestDataSourcesPage::open(const QString &key, int pageSize)
{
    m_t->console.dataSourcesController()->setPageSize(pageSize);
    if (!m_t->startWithKey(m_sandbox.origin(), key))
        return false;
    m_t->console.window()->showPage(m_t->console.dataSourcesPage());
    return QTest::qWaitFor([this] { return m_t->console.dataSources()->rowCount() > 0; }, 10000);
}

QJsonArray TestDataSourcesPage::listed(const QString &query)
{
    return m_http
        .get(m_sandbox.url(wsPath(QStringLiteral("/data-sources?limit=100&") + query)), kAdmin)
        .json()
        .value(QStringLiteral("items"))
        .toArray();
}

int TestDataSourcesPage::selectNamed(const QString &prefix)
{
    DataSourcesModel *model = m_t->console.dataSources();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->sourceAt(r).name.startsWith(prefix)) {
            m_t->console.dataSourcesPage()->selectDataSource(model->sourceAt(r).id);
            return r;
        }
    }
    return -1;
}

void TestDataSourcesPage::pagesAndFilters()
{
    QSignalSpy sent(m_t->console.client(), &PlatformClient::requestSent);
    QVERIFY(open(kAdmin, 5));
    DataSourcesModel *model = m_t->console.dataSources();
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    const QJsonArray all = listed(QString());
    QCOMPARE(all.size(), 12);
    // The table is tall enough for every row: the view asks page after page.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 10000);
    QTRY_VERIFY(!model->isLoading());
    int listRequests = 0;
    for (const QList<QVariant> &s : std::as_const(sent))
        listRequests += s.at(1).toString().endsWith(u"/data-sources");
    if (listRequests != 3) {
        for (const QList<QVariant> &s : std::as_const(sent))
            qInfo() << s;
    }
    QCOMPARE(listRequests, 3); // 5 + 5 + 2, and nothing asked twice
    // The server's order, as it lists them.
    for (int r = 0; r < all.size(); ++r)
        QCOMPARE(model->sourceAt(r).id, all.at(r)[QStringLiteral("id")].toString());
    QCOMPARE(page->progressLabel()->text(), QStringLiteral("12 of 12 data sources loaded"));

    // Search: what the platform finds for the same words.
    QTest::keyClicks(page->searchField(), QStringLiteral("fhir"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    const QJsonArray fhir = listed(QStringLiteral("search=fhir"));
    QVERIFY(fhir.size() >= 2 && fhir.size() < 12);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(fhir.size()), 10000);
    QTRY_VERIFY(!model->isLoading());
    for (int r = 0; r < fhir.size(); ++r)
        QCOMPARE(model->sourceAt(r).id, fhir.at(r)[QStringLiteral("id")].toString());

    // Types: EHR and FHIR, with the search.
    const auto actions = page->typeFilter()->menu()->actions();
    for (QAction *a : actions) {
        if (a->data().toString() == u"ehr" || a->data().toString() == u"fhir")
            a->trigger();
    }
    const QJsonArray typed = listed(QStringLiteral("search=fhir&source_type=ehr&source_type=fhir"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(typed.size()), 10000);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(page->typeFilter()->text(), QStringLiteral("2 types")); // the English plural form

    // Inactive only, every type, no search.
    for (QAction *a : actions) {
        if (a->isChecked())
            a->trigger();
    }
    page->searchField()->clear();
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    page->activeFilter()->setCurrentIndex(2);
    Q_EMIT page->activeFilter()->activated(2);
    const QJsonArray inactive = listed(QStringLiteral("is_active=false"));
    QCOMPARE(inactive.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->sourceAt(0).id, inactive.at(0)[QStringLiteral("id")].toString());
    QCOMPARE(model->index(0, DataSourcesModel::HealthColumn).data().toString(),
        QStringLiteral("Inactive"));

    // The filters are the page's state: a new console opens with them.
    m_t->settings.sync();
    QCOMPARE(m_t->settings.value(QStringLiteral("dataSources/active")).toInt(), 2);
}

void TestDataSourcesPage::aSupersededSearchIsNeverShown()
{
    QVERIFY(open(kAdmin));
    DataSourcesModel *model = m_t->console.dataSources();
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    QTRY_VERIFY(!model->isLoading());
    QStringList inserted;
    connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int a, int b) {
        for (int r = a; r <= b; ++r)
            inserted << model->sourceAt(r).name;
    });
    // "HAPI" is sent, then replaced by "Allscripts" before it can answer.
    page->searchField()->setText(QStringLiteral("HAPI"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QVERIFY(model->isLoading());
    page->searchField()->setText(QStringLiteral("Allscripts"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(model->sourceAt(0).name.startsWith(QStringLiteral("Allscripts")));
    // Give a late answer every chance to arrive: the next search's answer
    // comes after it on the same connection.
    page->searchField()->setText(QStringLiteral("Allscripts legacy"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QTRY_VERIFY(!model->isLoading());
    for (const QString &name : std::as_const(inserted))
        QVERIFY2(!name.startsWith(QStringLiteral("HAPI")), qPrintable(name));

    // Typing is debounced: one request for a burst of keystrokes.
    QSignalSpy sent(m_t->console.client(), &PlatformClient::requestSent);
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), QStringLiteral("hapi"), Qt::NoModifier, 20);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1
            && model->sourceAt(0).name.startsWith(QStringLiteral("HAPI")) && !model->isLoading(),
        10000);
    int listRequests = 0;
    for (const QList<QVariant> &s : std::as_const(sent))
        listRequests += s.at(1).toString().endsWith(u"/data-sources");
    QCOMPARE(listRequests, 1);
}

void TestDataSourcesPage::theTypesMenuStaysOpenWhileTicking()
{
    QVERIFY(open(kAdmin));
    DataSourcesModel *model = m_t->console.dataSources();
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    QTRY_VERIFY(!model->isLoading());
    QSignalSpy sent(m_t->console.client(), &PlatformClient::requestSent);
    QToolButton *types = page->typeFilter();
    QMenu *menu = types->menu();
    // The menu runs its own event loop once opened: the keys go in from there.
    bool openAfterTicks = false;
    QStringList ticked;
    QTimer::singleShot(0, menu, [&] {
        QTest::keyClick(menu, Qt::Key_Down); // the first type
        QTest::keyClick(menu, Qt::Key_Space);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
        openAfterTicks = menu->isVisible();
        const auto actions = menu->actions();
        for (const QAction *a : actions) {
            if (a->isChecked())
                ticked << a->data().toString();
        }
        QTest::keyClick(menu, Qt::Key_Escape);
    });
    types->setFocus();
    QTest::keyClick(types, Qt::Key_Space); // returns once the menu has closed
    QVERIFY(openAfterTicks);
    QCOMPARE(ticked.size(), 2);
    QCOMPARE(types->text(), QStringLiteral("2 types"));
    // Two ticks, one request: with both types.
    const QJsonArray listedTyped
        = listed(QStringLiteral("source_type=%1&source_type=%2").arg(ticked.at(0), ticked.at(1)));
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == int(listedTyped.size()));
    int listRequests = 0;
    for (const QList<QVariant> &r : std::as_const(sent))
        listRequests += r.at(1).toString().endsWith(u"/data-sources");
    QCOMPARE(listRequests, 1);
    for (int r = 0; r < listedTyped.size(); ++r)
        QCOMPARE(model->sourceAt(r).id, listedTyped.at(r)[QStringLiteral("id")].toString());
}

void TestDataSourcesPage::detailHistoryAndCopy()
{
    QVERIFY(open(kAdmin));
    DataSourcesModel *model = m_t->console.dataSources();
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    QTRY_VERIFY(!model->isLoading());

    // F8 walks what needs attention, in the list's order, and wraps.
    QAction *next
        = m_t->console.window()->findChild<QAction *>(QStringLiteral("actionNextAttention"));
    QStringList walked;
    for (int i = 0; i < 4; ++i) {
        next->trigger();
        walked << page->fieldText(QStringLiteral("name"));
    }
    QStringList attention;
    for (int r = 0; r < model->rowCount(); ++r) {
        const DataSource &s = model->sourceAt(r);
        if (s.isActive
            && (s.isStale || s.health == DataSource::Health::Degraded
                || s.lastSyncStatus == DataSource::SyncStatus::Error))
            attention << s.name;
    }
    QVERIFY(attention.size() >= 2); // Allscripts (stale) and HAPI (degraded) at least
    QCOMPARE(walked.mid(0, qMin(4, int(attention.size()))),
        (attention + attention).mid(0, qMin(4, int(attention.size()))));

    // Epic: every field, the platform's counts, and the incident's day.
    QSignalSpy history(m_t->console.dataSourcesController(), &DataSourcesController::historyLoaded);
    const int row = selectNamed(QStringLiteral("Epic production"));
    QVERIFY(row >= 0);
    const DataSource epic = model->sourceAt(row);
    QCOMPARE(page->fieldText(QStringLiteral("id")), epic.id);
    QCOMPARE(
        page->fieldText(QStringLiteral("display_name")), QStringLiteral("Epic (Hyperdrive R4)"));
    QCOMPARE(page->fieldText(QStringLiteral("source_type")),
        QStringLiteral("SMART on FHIR (smart_fhir)"));
    QCOMPARE(page->fieldText(QStringLiteral("entity_types")),
        QStringLiteral("Patient, Appointment, Encounter"));
    QVERIFY(
        page->configTree()->copyText().contains(QStringLiteral("\"client_id\": \"cc-demo-epic\"")));
    const QJsonObject status = m_http
                                   .get(m_sandbox.url(wsPath(QStringLiteral("/data-sources/")
                                            + epic.id + QStringLiteral("/status"))),
                                       kAdmin)
                                   .json();
    const QLocale locale;
    QTRY_VERIFY(page->statusCounts()->text().contains(QStringLiteral("Events: ")
        + locale.toString(status.value(QStringLiteral("event_count")).toInteger())));
    QVERIFY(page->statusCounts()->text().contains(QStringLiteral("failed: ")
        + locale.toString(status.value(QStringLiteral("failed_count")).toInteger())));
    QTRY_COMPARE_WITH_TIMEOUT(history.count(), 1, 10000);
    // The seed's story: two days at 40 % failures, twelve days ago (UTC).
    const QDate incident = QDateTime::currentDateTimeUtc().date().addDays(-12);
    QVERIFY2(page->onsetLabel()->text().startsWith(QStringLiteral("Failures rose on ")
                 + locale.toString(incident, QLocale::LongFormat)),
        qPrintable(page->onsetLabel()->text()));

    // The chart, by keyboard: End selects today, Left walks back to the
    // incident; the failures table shows that day's events only.
    page->tabs()->setCurrentIndex(1);
    DailyBarsChart *chart = page->chart();
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_End);
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(chart->selectedDay(), incident);
    SyncFailuresModel *failures = m_t->console.syncFailures();
    QCOMPARE(failures->day(), incident);
    const QJsonObject raw = m_http
                                .get(m_sandbox.url(wsPath(QStringLiteral("/data-sources/") + epic.id
                                         + QStringLiteral("/sync-history?days=30"))),
                                    kAdmin)
                                .json();
    int expected = 0;
    const QJsonArray recent = raw.value(QStringLiteral("recent_failures")).toArray();
    for (const QJsonValue &f : recent) {
        expected += QDateTime::fromString(f[QStringLiteral("created_at")].toString(), Qt::ISODate)
                        .toLocalTime()
                        .date()
            == incident;
    }
    QVERIFY(expected > 0);
    QCOMPARE(failures->rowCount(), expected);
    QCOMPARE(failures->totalCount(), int(recent.size()));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("failuresCaption"))->text(),
        QStringLiteral("Failed events on ") + locale.toString(incident, QLocale::LongFormat));

    // Two rows copied: a ticket's text, and TSV for a spreadsheet.
    QTableView *table = page->failuresTable();
    table->selectionModel()->select(
        failures->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (failures->rowCount() > 1)
        table->selectionModel()->select(
            failures->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const int copied = qMin(2, failures->rowCount());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QString ticket = mime->text();
    QVERIFY2(ticket.startsWith(copied == 1
                     ? QStringLiteral("Data source: Epic (Hyperdrive R4) — 1 failed event")
                     : QStringLiteral("Data source: Epic (Hyperdrive R4) — 2 failed events")),
        qPrintable(ticket));
    const SyncFailure first = failures->failureAt(0);
    QVERIFY(ticket.contains(QStringLiteral("Event ") + first.eventId));
    QVERIFY(ticket.contains(QStringLiteral("Error: ") + first.syncError));
    const QStringList tsv
        = QString::fromUtf8(mime->data(QStringLiteral("text/tab-separated-values")))
              .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(tsv.size(), 1 + copied);
    QVERIFY(tsv.at(1).endsWith(u'\t' + first.eventId));
    // All days again.
    page->findChild<QPushButton *>(QStringLiteral("allDays"))->click();
    QCOMPARE(failures->rowCount(), int(recent.size()));
    // The chosen day is named above its failures.
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("failuresCaption"))->text(),
        QStringLiteral("Failed events"));
    // The platform lists only its newest failures; the chart counts them all,
    // and the page says that Copy has only the rows listed. (Over 90 days the
    // seed's failures are well over the 100 listed.)
    QTest::keyClick(page->rangeBox(), Qt::Key_End);
    QCOMPARE(page->historyDays(), 90);
    QTRY_COMPARE_WITH_TIMEOUT(history.count(), 2, 10000);
    const QJsonObject raw90 = m_http
                                  .get(m_sandbox.url(wsPath(QStringLiteral("/data-sources/")
                                           + epic.id + QStringLiteral("/sync-history?days=90"))),
                                      kAdmin)
                                  .json();
    int failedInRange = 0;
    const QJsonArray timeline = raw90.value(QStringLiteral("timeline")).toArray();
    for (const QJsonValue &d : timeline)
        failedInRange += d[QStringLiteral("failed_count")].toInt();
    const qsizetype listed90 = raw90.value(QStringLiteral("recent_failures")).toArray().size();
    QCOMPARE(failures->rowCount(), int(listed90));
    QVERIFY2(failedInRange > listed90, qPrintable(QString::number(failedInRange)));
    QVERIFY(page->failuresNote()->isVisible());
    QCOMPARE(page->failuresNote()->text(),
        QStringLiteral("The platform lists its %1 newest failed events; the chart counts %2 in "
                       "these days. Copy copies the rows listed.")
            .arg(listed90)
            .arg(failedInRange));
    QTest::keyClick(page->rangeBox(), Qt::Key_Up); // back to 30 days
    QCOMPARE(page->historyDays(), 30);
    QTRY_COMPARE_WITH_TIMEOUT(history.count(), 3, 10000);

    // A day picked for one source does not carry over: a mouse click on
    // another row shows that row, with every day of its history.
    QTest::keyClick(chart, Qt::Key_End);
    QVERIFY(failures->day().isValid());
    const int hapi = model->rowOf(model->sourceAt(selectNamed(QStringLiteral("HAPI"))).id);
    page->selectDataSource(epic.id);
    QTableView *list = page->table();
    const QRect rect = list->visualRect(model->index(hapi, DataSourcesModel::NameColumn));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(page->fieldText(QStringLiteral("id")), model->sourceAt(hapi).id);
    QVERIFY(page->syncButton()->isEnabled());
    // (The answers for the rows passed on the way are dropped: HAPI's is last.)
    QTRY_VERIFY_WITH_TIMEOUT(history.last().at(0).toString() == model->sourceAt(hapi).id, 10000);
    QVERIFY(!failures->day().isValid());
    QVERIFY(!chart->selectedDay().isValid());
    QCOMPARE(failures->rowCount(), failures->totalCount());
}

void TestDataSourcesPage::syncAnswers()
{
    QVERIFY(open(kAdmin));
    DataSourcesModel *model = m_t->console.dataSources();
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    QTRY_VERIFY(!model->isLoading());
    const int row = selectNamed(QStringLiteral("Cerner"));
    QVERIFY(row >= 0);
    const QString id = model->sourceAt(row).id;
    const qint64 before = model->sourceAt(row).lastSyncAtMs;
    QSignalSpy followed(m_t->console.dataSourcesController(), &DataSourcesController::syncFollowed);

    // 202: queued, then followed until the poll lands.
    page->syncButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->syncResult()->text().startsWith(QStringLiteral("Queued at")), 5000);
    // 409 while the poll runs (the sandbox's manual poll takes two seconds).
    page->syncButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->syncResult()->text().startsWith(QStringLiteral("Already polling since")), 5000);
    QVERIFY(page->syncResult()->text().contains(QStringLiteral("the last poll took")));
    QCOMPARE(page->syncResult()->tone(), StatusPalette::Tone::Error);
    // The 409 of the second press does not stop following the first: its
    // poll lands and is shown, at or after the moment it was queued.
    QTRY_COMPARE_WITH_TIMEOUT(followed.count(), 1, 20000);
    QVERIFY(page->syncResult()->text().startsWith(QStringLiteral("Polled at")));
    QVERIFY(model->sourceAt(model->rowOf(id)).lastSyncAtMs > before);
    // … and after the 409 nobody follows the first sync any more; ask again
    // once it has landed.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_http.get(m_sandbox.url(wsPath(QStringLiteral("/data-sources/") + id)), kAdmin)
                .json()
                .value(QStringLiteral("last_sync_at"))
                .toString()
            != QString(),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        QDateTime::fromString(
            m_http.get(m_sandbox.url(wsPath(QStringLiteral("/data-sources/") + id)), kAdmin)
                .json()
                .value(QStringLiteral("last_sync_at"))
                .toString(),
            Qt::ISODate)
                .toMSecsSinceEpoch()
            > before,
        10000);
    // 429: the cooldown after a manual sync, with a countdown on the button.
    page->syncButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->syncResult()->text().startsWith(QStringLiteral("Too many sync requests (429)")),
        5000);
    QVERIFY(!page->syncButton()->isEnabled());
    QVERIFY(page->syncButton()->text().contains(QStringLiteral(" s)")));

    // 202 followed to the end, on another source.
    const int other = selectNamed(QStringLiteral("Lab results"));
    QVERIFY(other >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(page->syncButton()->isEnabled(), 70000);
    const qint64 questBefore = model->sourceAt(other).lastSyncAtMs;
    page->syncButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(followed.count(), 2, 20000);
    QVERIFY(page->syncResult()->text().startsWith(QStringLiteral("Polled at")));
    QVERIFY(
        model->sourceAt(model->rowOf(followed.at(1).at(0).toString())).lastSyncAtMs > questBefore);

    // 404: deleted behind the console's back.
    const int doomed = selectNamed(QStringLiteral("Nightly"));
    QVERIFY(doomed >= 0);
    const QString doomedId = model->sourceAt(doomed).id;
    QCOMPARE(m_http
                 .send("DELETE", m_sandbox.url(wsPath(QStringLiteral("/data-sources/") + doomedId)),
                     kAdmin)
                 .status,
        204);
    page->syncButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().startsWith(
                                 QStringLiteral("That data source no longer exists (404)")),
        5000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(doomedId), -1, 10000);
}

void TestDataSourcesPage::syncWhenTheRunnerIsDown()
{
    SandboxProcess down(
        {QStringLiteral("--workspace"), QStringLiteral("demo=") + kAdmin, QStringLiteral("--seed"),
            QStringLiteral("demo"), QStringLiteral("--faults"), QStringLiteral("runner=down")});
    QString error;
    QVERIFY2(down.start(&error), qPrintable(error));
    QVERIFY(m_t->startWithKey(down.origin(), kAdmin));
    m_t->console.window()->showPage(m_t->console.dataSourcesPage());
    DataSourcesModel *model = m_t->console.dataSources();
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 10000);
    QVERIFY(selectNamed(QStringLiteral("Cerner")) >= 0);
    page->syncButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->syncResult()->text().startsWith(
                                 QStringLiteral("The platform's sync runner is unavailable (503)")),
        5000);
    // No Retry-After: the console waits 30 s on its own, and says so.
    QVERIFY(!page->syncButton()->isEnabled());
    QVERIFY(page->syncResult()->text().contains(QStringLiteral("off for 30 s")));
}

void TestDataSourcesPage::createEditDelete()
{
    QVERIFY(open(kAdmin));
    DataSourcesModel *model = m_t->console.dataSources();
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    QTRY_VERIFY(!model->isLoading());
    const int before = int(listed(QString()).size()); // other tests delete some

    page->createButton()->click();
    DataSourceDialog *dialog = m_t->console.dataSourcesController()->openDialog();
    QVERIFY(dialog);
    // A starter config for the type, then a broken one: pointed at, not sent.
    dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(QStringLiteral("database")));
    QVERIFY(dialog->configEditor()->toPlainText().contains(QStringLiteral("\"engine\"")));
    dialog->nameField()->setText(QStringLiteral("Warehouse replica"));
    dialog->configEditor()->setPlainText(
        QStringLiteral("{\n  \"host\": \"db\"\n  \"port\": 5432\n}"));
    QSignalSpy sent(m_t->console.client(), &PlatformClient::requestSent);
    dialog->submit();
    QVERIFY(dialog->fieldError(QStringLiteral("connection_config"))
                .startsWith(QStringLiteral("Line 3, column")));
    QCOMPARE(dialog->configEditor()->textCursor().blockNumber(), 2); // the cursor is on line 3
    QCOMPARE(sent.count(), 0);
    // A tag too long is caught as it is typed.
    dialog->entityTypesField()->setText(QStringLiteral("Patient, ") + QString(65, u'x'));
    QVERIFY(dialog->fieldError(QStringLiteral("entity_types"))
                .contains(QStringLiteral("longer than 64")));
    dialog->entityTypesField()->setText(QStringLiteral("Patient, Claim"));
    QVERIFY(dialog->fieldError(QStringLiteral("entity_types")).isEmpty());
    dialog->configEditor()->setPlainText(QStringLiteral("{\"host\": \"db\", \"port\": 5432}"));
    // Scheduled needs a schedule: said before anything is sent.
    dialog->strategyBox()->setCurrentText(QStringLiteral("scheduled"));
    dialog->submit();
    QCOMPARE(dialog->fieldError(QStringLiteral("sync_schedule")),
        QStringLiteral("A scheduled data source needs a schedule"));
    QCOMPARE(sent.count(), 0);
    dialog->strategyBox()->setCurrentText(QStringLiteral("manual"));
    // The server's 422: a schedule longer than the file allows (the field has
    // no length limit of its own in this test, to reach the server).
    dialog->scheduleField()->setMaxLength(1000);
    dialog->scheduleField()->setText(QString(300, u'5'));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("sync_schedule")).isEmpty(), 5000);
    QVERIFY(dialog->isVisible()); // kept open, and what was typed is still there
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("Warehouse replica"));
    dialog->scheduleField()->setText(QStringLiteral("every 1h"));
    dialog->strategyBox()->setCurrentText(QStringLiteral("scheduled"));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_t->console.dataSourcesController()->openDialog(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == before + 1 && !model->isLoading(), 10000);
    const QJsonArray created = listed(QStringLiteral("search=Warehouse%20replica"));
    QCOMPARE(created.size(), 1);
    const QString id = created.at(0)[QStringLiteral("id")].toString();
    QCOMPARE(created.at(0)[QStringLiteral("entity_types")].toArray().size(), 2);
    QCOMPARE(
        created.at(0)[QStringLiteral("connection_config")][QStringLiteral("port")].toInt(), 5432);
    QCOMPARE(created.at(0)[QStringLiteral("sync_schedule")].toString(), QStringLiteral("every 1h"));
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedId(), id, 5000); // the new one is selected

    // Edit: only what changed is sent; the row follows.
    page->editButton()->click();
    dialog = m_t->console.dataSourcesController()->openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->nameField()->isReadOnly());
    dialog->displayNameField()->setText(QStringLiteral("Warehouse (replica)"));
    dialog->activeBox()->setChecked(false);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_t->console.dataSourcesController()->openDialog(), 5000);
    const QJsonObject edited
        = m_http.get(m_sandbox.url(wsPath(QStringLiteral("/data-sources/") + id)), kAdmin).json();
    QCOMPARE(edited.value(QStringLiteral("display_name")).toString(),
        QStringLiteral("Warehouse (replica)"));
    QCOMPARE(edited.value(QStringLiteral("is_active")).toBool(), false);
    QCOMPARE(model->index(model->rowOf(id), DataSourcesModel::HealthColumn).data().toString(),
        QStringLiteral("Inactive"));

    // Delete asks for the name: a wrong one deletes nothing.
    m_t->dialogs.typed << QStringLiteral("Warehouse");
    page->deleteButton()->click();
    QCOMPARE(m_t->dialogs.confirmations.size(), 1);
    QVERIFY(m_t->dialogs.confirmations.at(0).contains(QStringLiteral("Warehouse replica")));
    QCOMPARE(
        m_http.get(m_sandbox.url(wsPath(QStringLiteral("/data-sources/") + id)), kAdmin).status,
        200);
    m_t->dialogs.typed << QStringLiteral("Warehouse replica");
    page->deleteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(id), -1, 5000);
    QCOMPARE(
        m_http.get(m_sandbox.url(wsPath(QStringLiteral("/data-sources/") + id)), kAdmin).status,
        404);
    QCOMPARE(m_t->dialogs.unexpected, 0);
}

void TestDataSourcesPage::aViewerChangesNothing()
{
    QVERIFY(open(kViewer));
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    QTRY_VERIFY(!m_t->console.dataSources()->isLoading());
    QVERIFY(selectNamed(QStringLiteral("HAPI")) >= 0);
    for (QPushButton *b :
        {page->syncButton(), page->editButton(), page->deleteButton(), page->createButton()}) {
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        QVERIFY2(b->toolTip().contains(QStringLiteral("viewer")), qPrintable(b->toolTip()));
    }
    // Reading works: the history of the degraded source, steady at ~30 %.
    QTRY_VERIFY_WITH_TIMEOUT(
        page->onsetLabel()->text().startsWith(QStringLiteral("About ")), 10000);
}

// No data sources yet: said, with the way to the first; a search that
// matches nothing: said, with the way back.
void TestDataSourcesPage::emptyStates()
{
    m_t->console.dataSourcesController()->setPageSize(DataSourcesController::kPageSize);
    // (Nothing in this workspace: no connection rows to wait for either.)
    m_t->console.startWithServer(QUrl(m_sandbox.origin()), kEmpty);
    m_t->console.window()->showPage(m_t->console.dataSourcesPage());
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    DataSourcesModel *model = m_t->console.dataSources();
    auto *stack = page->findChild<QStackedWidget *>(QStringLiteral("dataSourceListStack"));
    auto *label = page->findChild<QLabel *>(QStringLiteral("dataSourcesEmptyLabel"));
    auto *create = page->findChild<QPushButton *>(QStringLiteral("emptyCreateDataSource"));
    auto *clear = page->findChild<QPushButton *>(QStringLiteral("emptyClearFilters"));
    QVERIFY(stack && label && create && clear);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 10000);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(label->text().contains(QStringLiteral("No data sources yet")));
    QVERIFY(create->isVisible() && create->isEnabled());
    QVERIFY(!clear->isVisible());
    create->click();
    DataSourceDialog *dialog = m_t->console.dataSourcesController()->openDialog();
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(!m_t->console.dataSourcesController()->openDialog());
    m_t.reset();

    // A search that finds nothing in a full list.
    m_t = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_run)));
    m_t->console.show();
    QVERIFY(open(kAdmin));
    page = m_t->console.dataSourcesPage();
    model = m_t->console.dataSources();
    stack = page->findChild<QStackedWidget *>(QStringLiteral("dataSourceListStack"));
    label = page->findChild<QLabel *>(QStringLiteral("dataSourcesEmptyLabel"));
    clear = page->findChild<QPushButton *>(QStringLiteral("emptyClearFilters"));
    QVERIFY(!label->isVisible());
    QCOMPARE(stack->currentWidget(), page->table());
    const int all = model->rowCount();
    // A source selected, its history on screen …
    QSignalSpy history(m_t->console.dataSourcesController(), &DataSourcesController::historyLoaded);
    QVERIFY(selectNamed(QStringLiteral("HAPI")) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(history.count(), 1, 10000);
    QVERIFY(!page->chart()->days().isEmpty());
    QTest::keyClicks(page->searchField(), QStringLiteral("no-such-source-anywhere"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 10000);
    QVERIFY(listed(QStringLiteral("search=no-such-source-anywhere")).isEmpty());
    QVERIFY(label->text().contains(QStringLiteral("No data source matches")));
    QVERIFY(clear->isVisible());
    // … goes with the rows: nothing is selected, and no history is shown.
    QVERIFY(page->chart()->days().isEmpty());
    QCOMPARE(m_t->console.syncFailures()->rowCount(), 0);
    QVERIFY(!page->syncButton()->isEnabled());
    clear->click();
    QVERIFY(page->searchField()->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= qMin(all, 1) && !model->isLoading(), 10000);
    QCOMPARE(stack->currentWidget(), page->table());
}

// The selected source's actions stay in reach on the History tab, and the
// window's Connection menu (whose keys they share) is off on this page.
void TestDataSourcesPage::actionsOnEveryTab()
{
    QVERIFY(open(kAdmin));
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    MainWindow *window = m_t->console.window();
    QTRY_VERIFY(!m_t->console.dataSources()->isLoading());
    QAction *menuSync = window->findChild<QAction *>(QStringLiteral("actionSyncSelected"));
    QAction *menuEdit = window->findChild<QAction *>(QStringLiteral("actionEditSelected"));
    QVERIFY(menuSync && menuEdit);
    QVERIFY(!menuSync->isEnabled() && !menuEdit->isEnabled());
    QVERIFY(selectNamed(QStringLiteral("HAPI")) >= 0);
    page->tabs()->setCurrentIndex(1);
    QVERIFY(page->syncButton()->isVisible());
    QVERIFY(page->editButton()->isVisible());
    // Ctrl+Shift+S from the chart: Sync now.
    page->chart()->setFocus();
    QTest::keyClick(page->chart(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->syncResult()->text().startsWith(QStringLiteral("Queued at")), 5000);
    // F2 from the failures table: Edit.
    page->failuresTable()->setFocus();
    QTest::keyClick(page->failuresTable(), Qt::Key_F2);
    QTRY_VERIFY(m_t->console.dataSourcesController()->openDialog());
    m_t->console.dataSourcesController()->openDialog()->reject();
    // Back on Connections the menu works again.
    window->showConnections();
    QVERIFY(menuSync->isEnabled() && menuEdit->isEnabled());
}

QTEST_MAIN(TestDataSourcesPage)
#include "tst_datasourcespage.moc"
