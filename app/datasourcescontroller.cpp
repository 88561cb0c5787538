#include "datasourcescontroller.h"

#include "connectionsmodel.h"
#include "dailyaggregation.h"
#include "dailybucketsmodel.h"
#include "datasourcedialog.h"
#include "datasourcesmodel.h"
#include "datasourcespage.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "platformapiclient.h"
#include "syncfailuresmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

namespace cc {

namespace {
// When a 429 / 503 names no Retry-After: a pause that is not a hammering.
constexpr int kDefaultRetrySeconds = 30;
} // namespace

DataSourcesController::DataSourcesController(PlatformApiClient *api, DataSourcesModel *list,
    DailyBucketsModel *days, SyncFailuresModel *failures, DataSourcesPage *page, MainWindow *window,
    MessageBoxes *dialogs, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_list(list)
    , m_days(days)
    , m_failures(failures)
    , m_page(page)
    , m_window(window)
    , m_dialogs(dialogs)
{
    list->setFetcher([this](quint64 generation, qint64 token) { fetchPage(generation, token); });
    connect(page, &DataSourcesPage::filterChanged, this, &DataSourcesController::reload);
    connect(page, &DataSourcesPage::retryRequested, this, [this] {
        m_list->retry();
        m_page->showListError(QString());
        if (m_list->rowCount() == 0 && !m_list->hasMore())
            reload();
        else
            m_list->fetchMore({});
    });
    connect(page, &DataSourcesPage::selectionChanged, this, &DataSourcesController::select);
    connect(page, &DataSourcesPage::historyRangeChanged, this, &DataSourcesController::loadHistory);
    connect(page, &DataSourcesPage::syncRequested, this, &DataSourcesController::sync);
    connect(page, &DataSourcesPage::createRequested, this, &DataSourcesController::openCreate);
    connect(page, &DataSourcesPage::editRequested, this, &DataSourcesController::openEdit);
    connect(page, &DataSourcesPage::deleteRequested, this, &DataSourcesController::remove);
    connect(list, &DataSourcesModel::loadingChanged, this, &DataSourcesController::showProgress);
    connect(list, &DataSourcesModel::loadFailed, this, [this](const QString &message) {
        m_page->showListError(tr("The data sources could not be loaded: %1").arg(message));
    });
    connect(list, &DataSourcesModel::pageLoaded, this, [this] {
        m_page->showListError(QString());
        if (!m_reselect.isEmpty() && m_list->rowOf(m_reselect) >= 0) {
            const QString id = std::exchange(m_reselect, QString());
            m_page->selectDataSource(id);
        }
    });
    page->setCanWrite(false, tr("Sign in to change data sources"));
    // "3 min ago" moves on while the page is open.
    auto *clock = new QTimer(this);
    clock->setInterval(30 * 1000);
    connect(clock, &QTimer::timeout, this,
        [this] { m_list->setNow(QDateTime::currentMSecsSinceEpoch()); });
    clock->start();
}

DataSourcesController::~DataSourcesController() = default;

void DataSourcesController::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, PlatformApiClient::kDataSourcePageLimit);
}

DataSourceDialog *DataSourcesController::openDialog() const
{
    return m_dialog.data();
}

QObject *DataSourcesController::renew(QPointer<QObject> *slot)
{
    delete slot->data();
    *slot = new QObject(this);
    return slot->data();
}

void DataSourcesController::setIdentity(const Me &me)
{
    reset();
    m_workspaceId = me.workspaceId;
    m_canWrite = me.canWrite();
    m_page->setCanWrite(m_canWrite,
        tr("Your role (%1) can read this workspace's data sources but not change them")
            .arg(me.role));
}

void DataSourcesController::reset()
{
    for (QPointer<QObject> *slot :
        {&m_listContext, &m_detailContext, &m_historyContext, &m_syncContext, &m_triggerContext})
        delete slot->data();
    if (m_dialog)
        m_dialog->reject();
    m_loaded = false;
    m_selected.clear();
    m_reselect.clear();
    m_workspaceId.clear();
    m_list->clear();
    m_days->setBuckets({});
    m_failures->setFailures({});
    m_page->showListError(QString());
    m_page->setProgress(0, std::nullopt, false);
}

void DataSourcesController::reload()
{
    if (m_workspaceId.isEmpty())
        return;
    m_loaded = true;
    if (!m_selected.isEmpty())
        m_reselect = std::exchange(m_selected, QString());
    renew(&m_listContext); // aborts a superseded page
    // The list starts over with nothing selected: the previous selection's
    // history goes too (it comes back if the row does, when it is reselected).
    delete m_historyContext.data();
    m_days->setBuckets({});
    m_failures->setFailures({});
    m_list->restart();
    m_list->fetchMore({});
}

void DataSourcesController::fetchPage(quint64 generation, qint64 token)
{
    if (m_workspaceId.isEmpty()) { // signed out: nothing to list
        m_list->failPage(generation, tr("Not signed in."));
        return;
    }
    QObject *context = m_listContext ? m_listContext.data() : renew(&m_listContext);
    m_api->fetchDataSourcePage(context, m_workspaceId, m_page->filter(), token, m_pageSize,
        [this, generation](const PlatformPage<DataSource> &page, const ApiError &error) {
            if (error.isError()) {
                m_list->failPage(generation, error.message());
            } else {
                m_list->setNow(QDateTime::currentMSecsSinceEpoch()); // "3 min ago" from now
                m_list->appendPage(generation, page);
            }
            showProgress();
        });
}

void DataSourcesController::showProgress()
{
    m_page->setProgress(m_list->rowCount(), m_list->total(), m_list->isLoading());
}

void DataSourcesController::select(const QString &id)
{
    m_selected = id;
    QObject *context = renew(&m_detailContext);
    const int row = m_list->rowOf(id);
    if (id.isEmpty() || row < 0) {
        delete m_historyContext.data(); // the previous row's history is not wanted
        m_page->showDetail(nullptr);
        m_days->setBuckets({});
        return;
    }
    m_page->showDetail(&m_list->sourceAt(row));
    m_api->fetchDataSourceStatus(
        context, m_workspaceId, id, [this](const DataSourceStatus &status, const ApiError &error) {
            if (error.isError())
                m_page->showStatusError(error.message());
            else
                m_page->showStatus(status);
        });
    loadHistory();
}

void DataSourcesController::loadHistory()
{
    if (m_selected.isEmpty())
        return;
    QObject *context = renew(&m_historyContext);
    const int days = m_page->historyDays();
    m_page->setHistoryState(tr("Loading the last %n days…", nullptr, days));
    const QString id = m_selected;
    m_api->fetchDataSourceHistory(context, m_workspaceId, id, days,
        [this, id, days](const DataSourceHistory &history, const ApiError &error) {
            if (error.isError()) {
                m_page->setHistoryState(
                    tr("The history could not be loaded: %1").arg(error.message()));
                return;
            }
            // The server's days are UTC dates: the range ends today in UTC.
            const QDate today = QDateTime::currentDateTimeUtc().date();
            const QVector<DayBucket> buckets = eventBuckets(history.timeline, today, days);
            m_days->setBuckets(buckets);
            m_failures->setFailures(history.recentFailures);
            m_page->setFailureOnset(failureOnset(buckets), days);
            m_page->setHistoryState(QString());
            Q_EMIT historyLoaded(id);
        });
}

void DataSourcesController::sync(const QString &id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return;
    // The request has its own context: a 409 for a second press must not
    // stop following the sync the first press queued.
    QObject *context = renew(&m_triggerContext);
    m_page->showSyncResult(tr("Asking the platform to poll…"), false);
    m_api->triggerDataSourceSync(context, m_workspaceId, id,
        [this, id](const DataSourceSyncAck &ack, const ApiError &error) {
            const QLocale locale;
            if (!error.isError()) {
                const QString at = ConnectionsModel::exactTime(ack.triggeredAtMs, false);
                m_page->showSyncResult(
                    tr("Queued at %1. Waiting for the poll to land…").arg(at), false);
                // The poll it queued lands at or after the moment it was
                // triggered (the list's own time may be older than the last poll).
                renew(&m_syncContext);
                const int listed = m_list->rowOf(id);
                const qint64 since = ack.triggeredAtMs > 0
                    ? ack.triggeredAtMs - 1
                    : (listed >= 0 ? m_list->sourceAt(listed).lastSyncAtMs : 0);
                follow(id, since, kFollowAttempts);
                return;
            }
            switch (error.kind) {
            case ApiError::Kind::Conflict: {
                const SyncConflict c = error.syncConflict.value_or(SyncConflict{});
                const QString since = c.lastPollAtMs > 0
                    ? ConnectionsModel::exactTime(c.lastPollAtMs, false)
                    : tr("a moment ago");
                m_page->showSyncResult(
                    tr("Already polling since %1; the last poll took %2 s. Try again when it "
                       "ends.")
                        .arg(since, locale.toString(double(c.lastPollDurationMs) / 1000.0, 'f', 1)),
                    true);
                return;
            }
            case ApiError::Kind::RateLimited:
            case ApiError::Kind::Server: {
                const int wait
                    = error.retryAfterSeconds > 0 ? error.retryAfterSeconds : kDefaultRetrySeconds;
                m_page->showSyncResult(error.httpStatus == 503
                        ? tr("The platform's sync runner is unavailable (503). Sync now is off "
                             "for %n s.",
                            nullptr, wait)
                        : error.kind == ApiError::Kind::RateLimited
                        ? tr("Too many sync requests (429). Sync now is off for %n s.", nullptr,
                            wait)
                        : tr("The platform failed (%1). Sync now is off for %n s.", nullptr, wait)
                              .arg(error.httpStatus),
                    true, wait);
                return;
            }
            case ApiError::Kind::NotFound:
                reload();
                m_page->showNotice(
                    tr("That data source no longer exists (404): someone deleted it. The list "
                       "is reloaded."));
                return;
            default:
                m_page->showSyncResult(error.httpStatus == 400
                        ? tr("The platform refused the request (400): %1").arg(error.message())
                        : tr("Sync now failed: %1").arg(error.message()),
                    true);
                return;
            }
        });
}

void DataSourcesController::follow(const QString &id, qint64 lastSyncAtMs, int attemptsLeft)
{
    if (attemptsLeft <= 0) {
        m_page->showSyncResult(
            tr("The sync is queued, but its poll has not landed yet. Press F5 later."), false);
        return;
    }
    QObject *context = m_syncContext.data();
    if (!context)
        return;
    QTimer::singleShot(kFollowIntervalMs, context, [this, id, lastSyncAtMs, attemptsLeft] {
        m_api->fetchDataSource(m_syncContext, m_workspaceId, id,
            [this, id, lastSyncAtMs, attemptsLeft](const DataSource &s, const ApiError &error) {
                if (error.isError() || s.lastSyncAtMs <= lastSyncAtMs) {
                    follow(id, lastSyncAtMs, attemptsLeft - 1);
                    return;
                }
                m_list->update(s);
                // (The row may be gone: a new filter restarted the list.)
                if (m_selected == id && m_list->rowOf(id) >= 0)
                    select(id); // fresh fields, counts and history
                m_page->showSyncResult(
                    tr("Polled at %1: %n event(s), status %2.", nullptr, s.lastSyncEventCount)
                        .arg(ConnectionsModel::exactTime(s.lastSyncAtMs, false),
                            s.rawLastSyncStatus),
                    s.lastSyncStatus == DataSource::SyncStatus::Error);
                Q_EMIT syncFollowed(id);
            });
    });
}

void DataSourcesController::openCreate()
{
    if (m_dialog)
        m_dialog->reject();
    auto *dialog = new DataSourceDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &DataSourceDialog::createSubmitted, this,
        [this, dialog](const DataSourceCreate &request) {
            dialog->setBusy(true);
            m_api->createDataSource(dialog, m_workspaceId, request,
                [this, dialog](const DataSource &created, const ApiError &error) {
                    if (error.isError()) {
                        dialog->showServerError(error);
                        return;
                    }
                    dialog->accept();
                    m_window->statusBar()->showMessage(
                        tr("Data source %1 created").arg(created.name), 8000);
                    m_selected = created.id;
                    reload();
                });
        });
    dialog->open();
}

void DataSourcesController::openEdit(const QString &id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return;
    if (m_dialog)
        m_dialog->reject();
    auto *dialog = new DataSourceDialog(m_list->sourceAt(row), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &DataSourceDialog::updateSubmitted, this,
        [this, dialog](const QString &editedId, const DataSourcePatch &patch) {
            dialog->setBusy(true);
            m_api->updateDataSource(dialog, m_workspaceId, editedId, patch,
                [this, dialog](const DataSource &updated, const ApiError &error) {
                    if (error.isError()) {
                        dialog->showServerError(error);
                        return;
                    }
                    dialog->accept();
                    m_list->update(updated);
                    if (const int at = m_list->rowOf(updated.id);
                        m_selected == updated.id && at >= 0)
                        m_page->showDetail(&m_list->sourceAt(at));
                    m_window->statusBar()->showMessage(
                        tr("Data source %1 saved").arg(updated.name), 8000);
                });
        });
    dialog->open();
}

void DataSourcesController::remove(const QString &id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return;
    const QString name = m_list->sourceAt(row).name;
    if (!m_dialogs->confirmByTyping(m_window, tr("Delete data source"),
            tr("Delete the data source %1? The platform stops polling it and removes it with its "
               "event history. This cannot be undone.")
                .arg(name),
            name, tr("&Delete")))
        return;
    // Not tied to the list: a new filter must not abort a delete under way.
    m_api->deleteDataSource(
        this, m_workspaceId, id, [this, name](const QString &deleted, const ApiError &error) {
            if (error.isError()) {
                m_page->showListError(tr("%1 was not deleted: %2").arg(name, error.message()));
                return;
            }
            m_list->remove(deleted);
            if (m_selected == deleted)
                select(QString());
            showProgress();
            m_window->statusBar()->showMessage(tr("Data source %1 deleted").arg(name), 8000);
        });
}

} // namespace cc
