#pragma once

#include "apierror.h"
#include "records.h"

#include <QObject>

namespace cc {

class ConnectionsModel;
class MainWindow;
class PlatformClient;
class RunsModel;

// Feeds the History tab: loads up to 100 runs when the selection changes and
// again when the selected row moves on under a poll (a running run updates
// live), gives "Why this badge?" the connector cadences, and writes support
// bundles.
class HistoryController : public QObject
{
    Q_OBJECT

public:
    HistoryController(PlatformClient *client, ConnectionsModel *model, RunsModel *runs,
        MainWindow *window, QObject *parent = nullptr);

    void load(const QString &connectionId);
    void loadCadences();

    // The support bundle for one connection: its state, runs, daily aggregates
    // and failures as JSON at `path`, and the runs as CSV next to it (same
    // name, .csv). Contains no secret and no bearer token. `done(error)` with
    // an empty error on success.
    void exportBundle(const QString &connectionId, const QString &path,
        std::function<void(const QString &error)> done);
    static QByteArray runsCsv(const QVector<SyncRun> &runs);

Q_SIGNALS:
    void runsLoaded(const QString &connectionId);

private:
    PlatformClient *const m_client;
    ConnectionsModel *const m_model;
    RunsModel *const m_runs;
    MainWindow *const m_window;
    QString m_current;
    qint64 m_lastRunStarted = 0;
    QString m_lastRunStatus;
};

} // namespace cc
