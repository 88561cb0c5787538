#pragma once

#include "records.h"

#include <QHash>
#include <QWidget>

class QTimer;
class QComboBox;
class QTabWidget;
class QTableView;

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cc {

class ConnectionsModel;
class DailyBarsChart;
class DailyBucketsModel;
class DurationChart;
class RunsDayFilter;
class RunsModel;

// Everything about the selected connection: every field, the last run's
// summary, and the full last error with a Copy button. actionsLayout() is the
// room the connect / reconnect flows put their buttons in.
class ConnectionDetailPane : public QWidget
{
    Q_OBJECT

public:
    ConnectionDetailPane(ConnectionsModel *model, RunsModel *runs, QWidget *parent = nullptr);

    void showConnection(const QString &id); // empty: nothing selected
    QString connectionId() const { return m_id; }
    QHBoxLayout *actionsLayout() const { return m_actions; }
    QString fieldText(const QString &objectName) const;
    // Refreshes from the model (the row may have changed under a poll).
    void refresh();
    // A viewer may only read: write actions are disabled, and say why.
    void setCanWrite(bool canWrite, const QString &reason = {});
    // Sync now is refused for a while (429 / 503): disable it with a countdown.
    void startSyncCooldown(int seconds);
    // The connector type's cadence, for "the next sync retries at …".
    void setCadences(const QHash<QString, qint64> &secondsByType);
    void showHistory();
    // Keyboard focus to the History tab's runs (the newest current).
    void focusRuns();
    // Selects the run in the History table (`showTab`: and brings the tab up).
    void selectRun(const QString &runId, bool showTab = true);
    QString selectedRunDetails() const;
    // The first day the loaded history covers (days before it are "not loaded").
    void setHistoryLoadedFrom(const QDate &day);
    void setUtc(bool utc);
    DailyBarsChart *chart() const { return m_chart; }

Q_SIGNALS:
    void lastErrorCopied(const QString &text);
    void reconnectRequested(const QString &id);
    void syncRequested(const QString &id);
    void editRequested(const QString &id);
    void disconnectRequested(const QString &id);
    void exportRequested(const QString &id);

private:
    QLabel *addField(const QString &label, const QString &objectName);
    QString nextSyncText(const Connection &c) const;

    ConnectionsModel *const m_model;
    QString m_id;
    QLabel *const m_title;
    QLabel *const m_placeholder;
    QWidget *const m_body;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_runForm = nullptr;
    QPlainTextEdit *const m_lastError;
    QPushButton *const m_copy;
    QHBoxLayout *const m_actions;
    class BadgeLabel *m_badge = nullptr;
    QPushButton *m_reconnectButton = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_disconnectButton = nullptr;
    QWidget *m_attention = nullptr;
    QLabel *m_attentionText = nullptr;
    bool m_canWrite = true;
    RunsModel *m_runs = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_runsTable = nullptr;
    QPlainTextEdit *m_runDetails = nullptr;
    QLabel *m_why = nullptr;
    QPushButton *m_whyAction = nullptr;
    QHash<QString, qint64> m_cadences;
    DailyBarsChart *m_chart = nullptr;
    DailyBucketsModel *m_buckets = nullptr;
    DurationChart *m_durations = nullptr;
    RunsDayFilter *m_dayFilter = nullptr;
    QComboBox *m_range = nullptr;
    QDate m_loadedFrom;
    bool m_utc = false;
    void updateChart();
    QTimer *m_cooldown = nullptr;
    int m_cooldownLeft = 0;
    QString m_readOnlyReason;
};

} // namespace cc
