#pragma once

#include "apierror.h"
#include "platformrecords.h"
#include "records.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace cc {

class DailyBucketsModel;
class DataSourceDialog;
class DataSourcesModel;
class DataSourcesPage;
class MainWindow;
class MessageBoxes;
class PlatformApiClient;
class SyncFailuresModel;

// Feeds the Data sources page from the platform API (platform-data-sources
// .openapi.json) for the signed-in workspace:
//  - the list pages on demand (DataSourcesModel's fetcher, kPageSize rows a
//    page, one request in flight); a new filter restarts it, aborting the
//    superseded request, whose late answer the model refuses anyway;
//  - the selection's status counts and sync-history (7/30/90 days), each
//    request tied to the selection, so a late answer for another row is
//    never shown;
//  - Sync now (202, 409, 429 / 503 with Retry-After, 400 / 404), following a
//    queued sync until its poll lands;
//  - create, edit and delete, with the server's 422 in the dialog.
class DataSourcesController : public QObject
{
    Q_OBJECT

public:
    DataSourcesController(PlatformApiClient *api, DataSourcesModel *list, DailyBucketsModel *days,
        SyncFailuresModel *failures, DataSourcesPage *page, MainWindow *window,
        MessageBoxes *dialogs, QObject *parent = nullptr);
    ~DataSourcesController() override;

    static constexpr int kPageSize = 50;
    // Rows per page (1..PlatformApiClient::kDataSourcePageLimit); tests page small.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // How often, and how many times, a queued sync's status is asked for.
    static constexpr int kFollowIntervalMs = 1500;
    static constexpr int kFollowAttempts = 40;

    // The signed-in identity: its workspace and whether it may write.
    void setIdentity(const Me &me);
    // Signed out or switched: nothing of the old workspace stays.
    void reset();
    // First show, F5 and Retry: the list from the start.
    void reload();
    bool isLoaded() const { return m_loaded; }
    QString workspaceId() const { return m_workspaceId; }
    DataSourceDialog *openDialog() const;

Q_SIGNALS:
    // A queued sync's poll has landed (its status is on the page).
    void syncFollowed(const QString &id);
    void historyLoaded(const QString &id);

private:
    void fetchPage(quint64 generation, qint64 token);
    void select(const QString &id);
    void loadHistory();
    void sync(const QString &id);
    void follow(const QString &id, qint64 lastSyncAtMs, int attemptsLeft);
    void openCreate();
    void openEdit(const QString &id);
    void remove(const QString &id);
    void showProgress();
    // A fresh context for one kind of request: the previous one is destroyed,
    // which aborts its request and drops its answer.
    QObject *renew(QPointer<QObject> *slot);

    PlatformApiClient *const m_api;
    DataSourcesModel *const m_list;
    DailyBucketsModel *const m_days;
    SyncFailuresModel *const m_failures;
    DataSourcesPage *const m_page;
    MainWindow *const m_window;
    MessageBoxes *const m_dialogs;
    QString m_workspaceId;
    bool m_canWrite = false;
    int m_pageSize = kPageSize;
    bool m_loaded = false;
    QString m_selected;
    QString m_reselect; // to select again once a restarted list shows it
    QPointer<QObject> m_listContext;
    QPointer<QObject> m_detailContext;
    QPointer<QObject> m_historyContext;
    QPointer<QObject> m_syncContext; // following a queued sync
    QPointer<QObject> m_triggerContext; // the Sync now request itself
    QPointer<DataSourceDialog> m_dialog;
};

} // namespace cc
