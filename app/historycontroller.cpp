#include "historycontroller.h"

#include "connectiondetailpane.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "dailyaggregation.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "platformclient.h"
#include "runsmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimeZone>

namespace cc {

namespace {

QJsonValue iso(qint64 ms)
{
    return ms > 0
        ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
        : QJsonValue();
}

QJsonObject runJson(const SyncRun &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("status"), r.statusText},
        {QStringLiteral("triggered_by"), r.triggeredBy},
        {QStringLiteral("started_at"), iso(r.startedAtMs)},
        {QStringLiteral("finished_at"), iso(r.finishedAtMs)},
        {QStringLiteral("streams_total"), r.streamsTotal},
        {QStringLiteral("streams_failed"), r.streamsFailed},
        {QStringLiteral("records_written"), r.recordsWritten},
        {QStringLiteral("error_reason"),
            r.errorReason.isEmpty() ? QJsonValue() : QJsonValue(r.errorReason)}};
}

QString csvField(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + s + u'"';
    }
    return s;
}

} // namespace

HistoryController::HistoryController(PlatformClient *client, ConnectionsModel *model,
    RunsModel *runs, MainWindow *window, MessageBoxes *dialogs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_runs(runs)
    , m_window(window)
    , m_dialogs(dialogs)
{
    ConnectionsPage *page = window->connectionsPage();
    connect(page, &ConnectionsPage::selectionChanged, this, &HistoryController::load);
    // A poll that moved the selected row's last run on reloads its history.
    connect(model, &ConnectionsModel::rowsChanged, this, [this](const QVector<int> &rows) {
        const int row = m_model->rowOf(m_current);
        if (row < 0 || !rows.contains(row))
            return;
        const Connection &c = m_model->connectionAt(row);
        const qint64 started = c.lastRun ? c.lastRun->startedAtMs : 0;
        const QString status = c.lastRun ? c.lastRun->statusText : QString();
        if (started != m_lastRunStarted || status != m_lastRunStatus)
            load(m_current);
    });
    connect(model, &ConnectionsModel::modelReset, this, [this] { m_runs->setNow(m_model->now()); });
    connect(window, &MainWindow::utcToggled, runs, &RunsModel::setUtc);
    connect(window, &MainWindow::utcToggled, window->connectionsPage()->detailPane(),
        &ConnectionDetailPane::setUtc);
    connect(page, &ConnectionsPage::exportRequested, this, &HistoryController::exportWithDialog);
}

void HistoryController::exportWithDialog(const QString &connectionId)
{
    const int row = m_model->rowOf(connectionId);
    if (row < 0)
        return;
    QString name = m_model->connectionAt(row).name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    while (name.endsWith(u'-'))
        name.chop(1);
    // Documents when the desktop has one, else the home folder.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suggested = folder + u'/' + name + QStringLiteral("-support-bundle.json");
    const QString path = m_dialogs->saveFileName(
        m_window, tr("Export support bundle"), suggested, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    exportBundle(connectionId, path, [this, path](const QString &error) {
        m_window->statusBar()->showMessage(error.isEmpty()
                ? tr("Support bundle saved to %1").arg(path)
                : tr("The support bundle could not be saved: %1").arg(error),
            15000);
        Q_EMIT bundleExported(path, error);
    });
}

void HistoryController::followRun(const QString &connectionId, const QString &runId)
{
    if (connectionId != m_current)
        return;
    m_followRunId = runId;
    load(connectionId);
}

void HistoryController::load(const QString &connectionId)
{
    if (connectionId != m_current)
        m_followRunId.clear();
    m_current = connectionId;
    const int row = m_model->rowOf(connectionId);
    if (row >= 0) {
        const Connection &c = m_model->connectionAt(row);
        m_lastRunStarted = c.lastRun ? c.lastRun->startedAtMs : 0;
        m_lastRunStatus = c.lastRun ? c.lastRun->statusText : QString();
    }
    if (connectionId.isEmpty()) {
        m_runs->setRuns(QString(), {});
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 since = now - 90LL * 24 * 3600 * 1000;
    m_client->fetchRunsSince(this, connectionId, since,
        [this, connectionId, since](const QVector<SyncRun> &runs, const ApiError &e) {
            if (e.isError() || connectionId != m_current)
                return;
            m_runs->setNow(QDateTime::currentMSecsSinceEpoch());
            m_runs->setRuns(connectionId, runs);
            // A platform without the `since` extension sends its newest 100: the
            // days before the oldest of them are "not loaded", not "empty".
            QDate loadedFrom = QDateTime::fromMSecsSinceEpoch(since).date();
            if (runs.size() == 100 && runs.last().startedAtMs > since)
                loadedFrom = QDateTime::fromMSecsSinceEpoch(runs.last().startedAtMs).date();
            ConnectionDetailPane *pane = m_window->connectionsPage()->detailPane();
            pane->setHistoryLoadedFrom(loadedFrom);
            if (!m_followRunId.isEmpty() && m_runs->rowOfRun(m_followRunId) >= 0) {
                pane->selectRun(m_followRunId, false);
                // Followed until it finishes: polls reload it while it runs.
                if (m_runs->runs().at(m_runs->rowOfRun(m_followRunId)).finishedAtMs > 0)
                    m_followRunId.clear();
            }
            Q_EMIT runsLoaded(connectionId);
        });
}

void HistoryController::loadCadences()
{
    m_client->fetchCadences(
        this, [this](const QHash<QString, QString> &cadences, const ApiError &e) {
            if (e.isError())
                return; // an optional endpoint: "Why this badge?" does without the time
            QHash<QString, qint64> seconds;
            for (auto it = cadences.cbegin(); it != cadences.cend(); ++it) {
                const QString &v = it.value();
                const qint64 n = v.left(v.size() - 1).toLongLong();
                const qint64 unit = v.endsWith(u'm') ? 60
                    : v.endsWith(u'h')               ? 3600
                    : v.endsWith(u'd')               ? 86400
                                                     : 0;
                if (n > 0 && unit > 0)
                    seconds.insert(it.key(), n * unit);
            }
            m_window->connectionsPage()->detailPane()->setCadences(seconds);
        });
}

QByteArray HistoryController::runsCsv(const QVector<SyncRun> &runs)
{
    QByteArray out = "id,status,triggered_by,started_at,finished_at,streams_total,streams_failed,"
                     "records_written,error_reason\n";
    for (const SyncRun &r : runs) {
        const QStringList fields
            = {r.id, r.statusText, r.triggeredBy, iso(r.startedAtMs).toString(),
                iso(r.finishedAtMs).toString(), QString::number(r.streamsTotal),
                QString::number(r.streamsFailed), QString::number(r.recordsWritten), r.errorReason};
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        out += escaped.join(u',').toUtf8() + '\n';
    }
    return out;
}

void HistoryController::exportBundle(
    const QString &connectionId, const QString &path, std::function<void(const QString &)> done)
{
    m_client->fetchConnection(this, connectionId,
        [this, connectionId, path, done](const Connection &c, const ApiError &e) {
            if (e.isError()) {
                done(e.message());
                return;
            }
            m_client->fetchRuns(this, connectionId, 100,
                [c, path, done](const QVector<SyncRun> &runs, const ApiError &e2) {
                    if (e2.isError()) {
                        done(e2.message());
                        return;
                    }
                    // Only what the platform shows about the connection: no credential,
                    // no token, no header is ever part of these records.
                    QJsonObject state{{QStringLiteral("id"), c.id},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("connector_type"), c.connectorType},
                        {QStringLiteral("status"), c.statusText()},
                        {QStringLiteral("health"), c.healthText()},
                        {QStringLiteral("scope"), c.scope},
                        {QStringLiteral("owner_user_id"),
                            c.ownerUserId().isEmpty() ? QJsonValue() : QJsonValue(c.ownerUserId())},
                        {QStringLiteral("is_syncing"), c.isSyncing},
                        {QStringLiteral("last_synced_at"), iso(c.lastSyncedAtMs)},
                        {QStringLiteral("last_error"),
                            c.lastError.isEmpty() ? QJsonValue() : QJsonValue(c.lastError)},
                        {QStringLiteral("created_at"), iso(c.createdAtMs)},
                        {QStringLiteral("last_run"),
                            c.lastRun ? QJsonValue(runJson(*c.lastRun)) : QJsonValue()}};
                    if (!c.handle().isEmpty())
                        state.insert(QStringLiteral("handle"), c.handle());
                    QJsonArray runList;
                    QJsonArray failures;
                    for (const SyncRun &r : runs) {
                        runList.append(runJson(r));
                        if (r.status == RunStatus::Failed
                            || (r.status == RunStatus::Completed && r.streamsFailed > 0))
                            failures.append(runJson(r));
                    }
                    QJsonArray daily;
                    const QDate today = QDateTime::currentDateTimeUtc().date();
                    for (const DayBucket &d : aggregateDaily(runs, QTimeZone::utc(), today, 90)) {
                        if (!d.hasRuns())
                            continue;
                        daily.append(
                            QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                {QStringLiteral("runs"), d.runs},
                                {QStringLiteral("completed"), d.completed},
                                {QStringLiteral("partial"), d.partial},
                                {QStringLiteral("failed"), d.failed},
                                {QStringLiteral("rate_limited"), d.rateLimited},
                                {QStringLiteral("records_written"), d.records}});
                    }
                    const QJsonObject bundle{{QStringLiteral("bundle_version"), 1},
                        {QStringLiteral("generated_at"), iso(QDateTime::currentMSecsSinceEpoch())},
                        {QStringLiteral("generator"),
                            QStringLiteral("Connections Console %1")
                                .arg(QCoreApplication::applicationVersion())},
                        {QStringLiteral("connection"), state}, {QStringLiteral("runs"), runList},
                        {QStringLiteral("daily_utc"), daily},
                        {QStringLiteral("failures"), failures}};
                    QSaveFile json(path);
                    QString csvPath = path;
                    if (csvPath.endsWith(QStringLiteral(".json")))
                        csvPath.chop(5);
                    csvPath += QStringLiteral(".csv");
                    QSaveFile csv(csvPath);
                    if (!json.open(QIODevice::WriteOnly)
                        || json.write(QJsonDocument(bundle).toJson()) < 0 || !json.commit()) {
                        done(json.errorString());
                        return;
                    }
                    if (!csv.open(QIODevice::WriteOnly) || csv.write(runsCsv(runs)) < 0
                        || !csv.commit()) {
                        done(csv.errorString());
                        return;
                    }
                    done(QString());
                });
        });
}

} // namespace cc
