#pragma once

#include "apierror.h"
#include "banner.h"
#include "records.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QPushButton;

namespace cc {

class ConnectionDetailPane;
class ConnectionsFilterModel;
class ConnectionsModel;
class ConnectorIcons;
class HealthSummaryBar;
class RunsModel;

// The Connections page: search (Ctrl+F), filters, the health summary bar, the
// inventory table and the detail pane, with deliberate loading, empty,
// no-results, error and offline states. Never talks to the network: it emits
// what the user asked for and shows what it is told.
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPage(ConnectionsModel *model, ConnectionsFilterModel *proxy, RunsModel *runs,
        const ConnectorIcons *icons, QWidget *parent = nullptr);
    // "Next needing attention": error, needs_reauth, rate_limited, degraded,
    // stale, in that order (then by name), wrapping around. F8 / Shift+F8.
    void selectNextNeedingAttention(bool backwards = false);

    void setCatalog(const QVector<Connector> &connectors);
    void setLoading(bool loading);
    // A failed load: an error state (no data yet) or a banner over the data.
    void showLoadError(const ApiError &error);
    // Offline: a banner, the last data kept and marked possibly stale.
    void setOffline(bool offline, qint64 lastSuccessMs, int retryInSeconds);
    void clearError();
    // A message in the page's banner, with an optional action button. One
    // click on the button runs `onAction` once (and nothing else); a load
    // error's button is Retry.
    void showNotice(Banner::Kind kind, const QString &text, const QString &actionText = {},
        std::function<void()> onAction = {});
    bool isOffline() const { return m_offline; }

    void selectConnection(const QString &id);
    void setCanWrite(bool canWrite, const QString &reason);
    QString selectedConnectionId() const;
    void focusSearch();

    QTableView *table() const { return m_table; }
    ConnectionDetailPane *detailPane() const { return m_detail; }
    Banner *errorBanner() const { return m_errorBanner; }
    Banner *offlineBanner() const { return m_offlineBanner; }
    QLineEdit *searchField() const { return m_search; }
    QSplitter *splitter() const { return m_splitter; }
    QStackedWidget *states() const { return m_states; }

Q_SIGNALS:
    void refreshRequested();
    void retryRequested();
    void addConnectionRequested();
    void selectionChanged(const QString &connectionId);
    void reconnectRequested(const QString &id);
    void syncRequested(const QString &id);
    void editRequested(const QString &id);
    void disconnectRequested(const QString &id);
    void exportRequested(const QString &id);

private:
    // Widens the name and connector columns to what the rows on screen need.
    void fitColumnsToVisibleRows();
    bool m_columnsFitted = false;
    void updateState();
    void updateHealthMenu();
    void selectionMoved();

    ConnectionsModel *const m_model;
    const ConnectorIcons *const m_icons;
    ConnectionsFilterModel *const m_proxy;
    // Built in reading order, which is the Tab order: the header's Refresh
    // and Add, the search and filters, the table, the detail.
    QToolButton *const m_refresh;
    QPushButton *const m_add;
    QLineEdit *const m_search;
    QPushButton *const m_healthButton;
    QComboBox *const m_category;
    QComboBox *const m_connector;
    QComboBox *const m_scope;
    QPushButton *const m_clear;
    HealthSummaryBar *const m_summary;
    Banner *const m_errorBanner;
    Banner *const m_offlineBanner;
    QStackedWidget *const m_states;
    QLabel *const m_loadingLabel;
    QLabel *const m_errorLabel;
    QSplitter *const m_splitter;
    QTableView *const m_table;
    ConnectionDetailPane *const m_detail;
    QLabel *const m_staleMark;
    bool m_loading = false;
    bool m_offline = false;
    bool m_hasLoaded = false;
    bool m_canWrite = true;
    QString m_readOnlyReason;
    ApiError m_lastError;
    std::function<void()> m_bannerAction;
};

} // namespace cc
