#include "historycontroller.h"

#include "connectiondetailpane.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "dailyaggregation.h"
#include "jsoncodec.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "platformclient.h"
#include "runsmodel.h"
#include "supportbundle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimeZone>

namespace cc {

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

QString HistoryController::csvPathFor(const QString &bundlePath)
{
    QString csv = bundlePath;
    if (csv.endsWith(QStringLiteral(".json")))
        csv.chop(5);
    return csv + QStringLiteral(".csv");
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
    const QString csv = csvPathFor(path);
    // The save dialog asked about the .json; the .csv beside it is ours to ask about.
    if (QFileInfo::exists(csv)
        && m_dialogs->question(m_window, tr("Replace the CSV file?"),
               tr("“%1” already exists next to the bundle. Replace it with this bundle's runs?")
                   .arg(QFileInfo(csv).fileName()),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        m_window->statusBar()->showMessage(
            tr("Export cancelled: %1 was left as it was.").arg(csv), 15000);
        return;
    }
    exportBundle(connectionId, path, [this, path, csv](const QString &error) {
        m_window->statusBar()->showMessage(error.isEmpty()
                ? tr("Support bundle saved to %1 (runs as CSV in %2)").arg(path, csv)
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
            setCadences(cadences);
        });
}

void HistoryController::setCadences(const QHash<QString, QString> &cadences)
{
    QHash<QString, qint64> seconds;
    for (auto it = cadences.cbegin(); it != cadences.cend(); ++it) {
        if (const qint64 s = json::cadenceSeconds(it.value()); s > 0)
            seconds.insert(it.key(), s);
    }
    m_window->connectionsPage()->detailPane()->setCadences(seconds);
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
            // The same 90 days the History tab covers (a platform without the
            // `since` extension sends its newest 100).
            const qint64 since = QDateTime::currentMSecsSinceEpoch() - 90LL * 24 * 3600 * 1000;
            m_client->fetchRunsSince(this, connectionId, since,
                [c, path, done](const QVector<SyncRun> &runs, const ApiError &e2) {
                    if (e2.isError()) {
                        done(e2.message());
                        return;
                    }
                    SupportBundle bundle;
                    bundle.connection = c;
                    bundle.runs = runs;
                    bundle.generatedAtMs = QDateTime::currentMSecsSinceEpoch();
                    bundle.generator = QStringLiteral("Connections Console %1")
                                           .arg(QCoreApplication::applicationVersion());
                    const QDate today = QDateTime::currentDateTimeUtc().date();
                    for (const DayBucket &d : aggregateDaily(runs, QTimeZone::utc(), today, 90)) {
                        if (d.hasRuns())
                            bundle.daysUtc.push_back({d.date, d.runs, d.completed, d.partial,
                                d.failed, d.rateLimited, d.records});
                    }
                    QSaveFile jsonFile(path);
                    QSaveFile csv(csvPathFor(path));
                    if (!jsonFile.open(QIODevice::WriteOnly)
                        || jsonFile.write(json::encodeSupportBundle(bundle)) < 0
                        || !jsonFile.commit()) {
                        done(jsonFile.errorString());
                        return;
                    }
                    if (!csv.open(QIODevice::WriteOnly) || csv.write(json::encodeRunsCsv(runs)) < 0
                        || !csv.commit()) {
                        done(csv.errorString());
                        return;
                    }
                    done(QString());
                });
        });
}

} // namespace cc
