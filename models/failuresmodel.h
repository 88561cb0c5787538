#pragma once

#include "records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace cc {

// Failed and partial runs across the workspace, clustered by error reason and
// connector type, with counts and the affected connections. Holds the runs of
// the longest range once (newest first); a range change (7 / 30 / 90 days) is
// one pass over them, no fetching.
class FailuresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReasonColumn,
        ConnectorColumn,
        FailuresColumn,
        ConnectionsColumn,
        LastSeenColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,
        ReasonRole, // error_reason, or "partial"
        ConnectorTypeRole,
    };
    Q_ENUM(Role)

    explicit FailuresModel(QObject *parent = nullptr);

    void setRuns(const QVector<WorkspaceRun> &runs, qint64 nowMs);
    void setRangeDays(int days);
    int rangeDays() const { return m_days; }
    void setConnectorNames(const QHash<QString, QString> &names) { m_names = names; }
    QStringList connectionsOf(int row) const;
    int totalFailures() const { return m_total; }
    // An error_reason (or "partial") in words, for the Reason column.
    static QString reasonText(const QString &reason);
    static QString reasonOf(const SyncRun &run); // error_reason, or "partial"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Cluster
    {
        QString reason;
        QString connectorType;
        int failures = 0;
        QStringList connections; // distinct, most recent first
        qint64 lastSeenMs = 0;
    };
    void recompute();

    QVector<WorkspaceRun> m_runs; // failures only, newest first
    // Interned once per fetch, so a range change is counting over arrays:
    // each run's (reason, connector type) cluster and (cluster, connection) pair.
    struct Keys
    {
        int cluster = 0;
        int pair = 0;
    };
    QVector<Keys> m_keys; // parallel to m_runs
    QVector<QString> m_clusterReasons;
    QVector<QString> m_clusterTypes;
    int m_pairCount = 0;
    QVector<Cluster> m_clusters;
    QHash<QString, QString> m_names;
    qint64 m_nowMs = 0;
    int m_days = 30;
    int m_total = 0;
};

} // namespace cc
