#pragma once

#include "records.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace cc {

class ConnectionHistoryView;
class ConnectionOverview;
class ConnectionsModel;
class DailyBarsChart;
class RunsModel;

// Everything about the selected connection, under its name: the Overview tab
// (ConnectionOverview: what needs doing, actions, "Why this badge?", fields,
// last run, last error) and the History tab (ConnectionHistoryView). It looks
// the connection up in the model by id and turns the tabs' requests into
// requests about that id.
class ConnectionDetailPane : public QWidget
{
    Q_OBJECT

public:
    ConnectionDetailPane(ConnectionsModel *model, RunsModel *runs, QWidget *parent = nullptr);

    void showConnection(const QString &id); // empty: nothing selected
    QString connectionId() const { return m_id; }
    // Refreshes from the model (the row may have changed under a poll).
    void refresh();
    // A viewer may only read: write actions are disabled, and say why.
    void setCanWrite(bool canWrite, const QString &reason = {});
    // Sync now is refused for a while (429 / 503): disable it with a countdown.
    void startSyncCooldown(int seconds);
    // The connector types' cadences in seconds, for "next sync ≈" and retries.
    void setCadences(const QHash<QString, qint64> &secondsByType);
    void showHistory();
    // Selects the run in the History table (`showTab`: and brings the tab up).
    void selectRun(const QString &runId, bool showTab = true);
    // Keyboard focus to the History tab's runs (the newest current).
    void focusRuns();
    QString selectedRunDetails() const;
    // The first day the loaded history covers (days before it are "not loaded").
    void setHistoryLoadedFrom(const QDate &day);
    void setUtc(bool utc);
    DailyBarsChart *chart() const;

Q_SIGNALS:
    void reconnectRequested(const QString &id);
    void syncRequested(const QString &id);
    void editRequested(const QString &id);
    void disconnectRequested(const QString &id);
    void exportRequested(const QString &id);

private:
    ConnectionsModel *const m_model;
    QLabel *const m_title;
    QLabel *const m_placeholder;
    QTabWidget *const m_tabs;
    ConnectionOverview *const m_overview;
    ConnectionHistoryView *const m_history;
    QString m_id;
};

} // namespace cc
