#pragma once

#include "dailyaggregation.h"
#include "platformrecords.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace cc {

class Banner;
class ConnectorIcons;
class DailyBarsChart;
class DailyBucketsModel;
class DataSourcesModel;
class JsonTreeView;
class MessageLabel;
class SyncFailuresModel;

// The Data sources page: server-side search and filters over a list that
// pages on demand, the selected source's every field, its status counts and
// config, and its History — events per day for 7, 30 or 90 days, the day
// its failures began, and the failing events (click or arrow to a day to
// narrow them; Ctrl+C copies the selected rows for a ticket). Never talks to
// the network: it emits what the user asked for and shows what it is told.
class DataSourcesPage : public QWidget
{
    Q_OBJECT

public:
    DataSourcesPage(DataSourcesModel *list, DailyBucketsModel *days, SyncFailuresModel *failures,
        const ConnectorIcons *icons, QSettings *settings, QWidget *parent = nullptr);
    ~DataSourcesPage() override;

    // What the filters say now (the search as typed, not yet debounced).
    DataSourceFilter filter() const;
    int historyDays() const;
    QString selectedId() const;
    void selectDataSource(const QString &id);
    // F8 / Shift+F8 on this page: stale, degraded and error, wrapping around.
    // Only the rows loaded so far are walked.
    void selectNextNeedingAttention(bool backwards = false);
    void focusSearch();

    void setCanWrite(bool canWrite, const QString &reason);
    // The detail's times in UTC (View ▸ Show times in UTC) or local time.
    void setUtc(bool utc) { m_utc = utc; }
    void showListError(const QString &message); // empty: hide
    void showNotice(const QString &message); // a warning in the page's banner
    void setProgress(int loaded, std::optional<qint64> total, bool loading);
    void showDetail(const DataSource *source); // nullptr: nothing selected
    void showStatus(const DataSourceStatus &status);
    void showStatusError(const QString &message);
    void setHistoryState(const QString &message); // "Loading…", an error, or empty
    void setFailureOnset(const FailureOnset &onset, int days);
    // Sync now's answer: a sentence, and for 429 / 503 a countdown during
    // which the button stays off.
    void showSyncResult(const QString &message, bool isError, int retryAfterSeconds = 0);
    void copySelectedFailures();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *activeFilter() const { return m_active; }
    QToolButton *typeFilter() const { return m_types; }
    QTableView *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *rangeBox() const { return m_range; }
    DailyBarsChart *chart() const { return m_chart; }
    QTableView *failuresTable() const { return m_failuresTable; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *createButton() const { return m_create; }
    MessageLabel *syncResult() const { return m_syncResult; }
    QLabel *onsetLabel() const { return m_onset; }
    QLabel *failuresNote() const { return m_failuresNote; }
    QLabel *statusCounts() const { return m_counts; }
    QLabel *progressLabel() const { return m_progress; }
    JsonTreeView *configTree() const { return m_config; }
    JsonTreeView *mappingsTree() const { return m_mappings; }
    Banner *banner() const { return m_banner; }
    QString fieldText(const QString &field) const; // a detail field, by wire name

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void filterChanged(); // debounced for typing
    void selectionChanged(const QString &id);
    void historyRangeChanged(int days);
    void syncRequested(const QString &id);
    void createRequested();
    void editRequested(const QString &id);
    void deleteRequested(const QString &id);
    void retryRequested();

private:
    void buildHead(QWidget *side, QVBoxLayout *layout);
    void buildDetail(QWidget *overview);
    void showEmptyState();
    void buildHistory(QWidget *history);
    void updateButtons();
    void explainFailures();
    void fitFailureColumns();
    void fitErrorColumn();
    void saveState() const;
    void restoreState();

    DataSourcesModel *const m_list;
    SyncFailuresModel *const m_failures;
    QSettings *const m_settings;
    QLineEdit *const m_search;
    QComboBox *const m_active;
    QToolButton *const m_types;
    QPushButton *const m_create;
    QLabel *const m_progress;
    Banner *const m_banner;
    QTableView *const m_table;
    QSplitter *const m_splitter;
    QTabWidget *m_tabs = nullptr; // built after the actions above it (Tab order)
    QTimer *const m_debounce;
    QTimer *const m_countdown;
    QHash<QString, QLabel *> m_fields;
    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    JsonTreeView *m_config = nullptr;
    JsonTreeView *m_mappings = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    MessageLabel *m_syncResult = nullptr;
    QComboBox *m_range = nullptr;
    QLabel *m_onset = nullptr;
    QLabel *m_historyState = nullptr;
    DailyBarsChart *m_chart = nullptr;
    QTableView *m_failuresTable = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_allDays = nullptr;
    QLabel *m_failuresNote = nullptr;
    QLabel *m_failuresCaption = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyCreate = nullptr;
    QPushButton *m_emptyClear = nullptr;
    bool m_canWrite = true;
    bool m_utc = false;
    QString m_whyReadOnly;
    bool m_builtin = false;
    int m_retryLeft = 0;
    QString m_selectedName;
    QString m_shownId;
};

} // namespace cc
