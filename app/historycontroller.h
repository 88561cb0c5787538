#pragma once

#include "apierror.h"
#include "records.h"

#include <QObject>

namespace cc {

class ConnectionsModel;
class MainWindow;
class MessageBoxes;
class PlatformClient;
class RunsModel;

// Feeds the History tab: loads the runs of the last 90 days when the
// selection changes and again when the selected row's last run moves on under
// a poll (a running run updates live), follows a run that Sync now started,
// gives the Overview the connector cadences ("next sync ≈", "Why this
// badge?"), and writes support bundles (Ctrl+E asks where, through the
// MessageBoxes seam).
class HistoryController : public QObject
{
    Q_OBJECT

public:
    HistoryController(PlatformClient *client, ConnectionsModel *model, RunsModel *runs,
        MainWindow *window, MessageBoxes *dialogs, QObject *parent = nullptr);

    void load(const QString &connectionId);
    void loadCadences();
    // The cadence in force per connector type (as GET /api/connector-cadence
    // lists them), for "next sync ≈": from loadCadences(), or from the Sync
    // cadence page's table when that has just been read.
    void setCadences(const QHash<QString, QString> &cadences);
    // Sync now started `runId`: reload the history and select the run there.
    void followRun(const QString &connectionId, const QString &runId);
    // Ctrl+E: asks where to save, then exportBundle(); the status bar says how it went.
    void exportWithDialog(const QString &connectionId);

    // The support bundle for one connection: its state, runs, daily aggregates
    // and failures as JSON at `path`, and the runs as CSV next to it (same
    // name, .csv). Contains no secret and no bearer token. `done(error)` with
    // an empty error on success.
    void exportBundle(const QString &connectionId, const QString &path,
        std::function<void(const QString &error)> done);

Q_SIGNALS:
    void runsLoaded(const QString &connectionId);
    void bundleExported(const QString &path, const QString &error);

public:
    // Where the runs' CSV goes beside a bundle (x.json → x.csv).
    static QString csvPathFor(const QString &bundlePath);

private:
    PlatformClient *const m_client;
    ConnectionsModel *const m_model;
    RunsModel *const m_runs;
    MainWindow *const m_window;
    MessageBoxes *const m_dialogs;
    QString m_current;
    QString m_followRunId;
    qint64 m_lastRunStarted = 0;
    QString m_lastRunStatus;
};

} // namespace cc
