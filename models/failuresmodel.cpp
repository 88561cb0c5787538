#include "failuresmodel.h"

#include "connectionsmodel.h"

#include <QDateTime>
#include <algorithm>
#include <vector>

namespace cc {

FailuresModel::FailuresModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString FailuresModel::reasonText(const QString &reason)
{
    // The guide's error_reason values, in words; anything else as it came.
    if (reason == u"auth")
        return tr("Authentication");
    if (reason == u"rate_limit")
        return tr("Rate limit");
    if (reason == u"transient")
        return tr("Transient error");
    if (reason == u"config")
        return tr("Configuration");
    if (reason == u"unknown")
        return tr("Unknown reason");
    if (reason == u"partial")
        return tr("Partial: some streams failed");
    return reason;
}

QString FailuresModel::reasonOf(const SyncRun &r)
{
    if (r.status == RunStatus::Completed && r.streamsFailed > 0)
        return QStringLiteral("partial");
    return r.errorReason.isEmpty() ? QStringLiteral("unknown") : r.errorReason;
}

void FailuresModel::setRuns(const QVector<WorkspaceRun> &runs, qint64 nowMs)
{
    m_runs.clear();
    m_runs.reserve(runs.size());
    for (const WorkspaceRun &w : runs) {
        const bool failure = w.run.status == RunStatus::Failed
            || (w.run.status == RunStatus::Completed && w.run.streamsFailed > 0);
        if (failure)
            m_runs.push_back(w);
    }
    std::sort(m_runs.begin(), m_runs.end(), [](const WorkspaceRun &a, const WorkspaceRun &b) {
        return a.run.startedAtMs > b.run.startedAtMs;
    });
    m_keys.clear();
    m_keys.reserve(m_runs.size());
    m_clusterReasons.clear();
    m_clusterTypes.clear();
    QHash<QString, int> clusters; // reason + '\x1f' + type
    QHash<QString, int> connections;
    QHash<qint64, int> pairs; // cluster << 32 | connection
    for (const WorkspaceRun &w : std::as_const(m_runs)) {
        const QString reason = reasonOf(w.run);
        const QString key = reason + u'\x1f' + w.connectorType;
        auto c = clusters.find(key);
        if (c == clusters.end()) {
            c = clusters.insert(key, int(m_clusterReasons.size()));
            m_clusterReasons.push_back(reason);
            m_clusterTypes.push_back(w.connectorType);
        }
        auto conn = connections.find(w.connectionId);
        if (conn == connections.end())
            conn = connections.insert(w.connectionId, int(connections.size()));
        const qint64 pairKey = (qint64(*c) << 32) | qint64(*conn);
        auto pair = pairs.find(pairKey);
        if (pair == pairs.end())
            pair = pairs.insert(pairKey, int(pairs.size()));
        m_keys.push_back({*c, *pair});
    }
    m_pairCount = int(pairs.size());
    m_nowMs = nowMs;
    recompute();
}

void FailuresModel::setRangeDays(int days)
{
    if (days == m_days)
        return;
    m_days = days;
    recompute();
}

void FailuresModel::recompute()
{
    beginResetModel();
    m_clusters.clear();
    m_total = 0;
    const qint64 cutoff = m_nowMs - qint64(m_days) * 24 * 3600 * 1000;
    std::vector<int> rowOf(size_t(m_clusterReasons.size()), -1);
    std::vector<bool> seen(size_t(m_pairCount), false);
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        const WorkspaceRun &w = m_runs.at(i);
        if (w.run.startedAtMs < cutoff)
            break; // newest first: everything after is older
        const Keys k = m_keys.at(i);
        int &row = rowOf[size_t(k.cluster)];
        if (row < 0) {
            row = int(m_clusters.size());
            m_clusters.push_back({m_clusterReasons.at(k.cluster), m_clusterTypes.at(k.cluster), 0,
                {}, w.run.startedAtMs});
        }
        Cluster &c = m_clusters[row];
        ++c.failures;
        ++m_total;
        if (!seen[size_t(k.pair)]) {
            seen[size_t(k.pair)] = true;
            c.connections << w.connectionId;
        }
    }
    // Most failures first; the view can re-sort by any column.
    std::stable_sort(m_clusters.begin(), m_clusters.end(),
        [](const Cluster &a, const Cluster &b) { return a.failures > b.failures; });
    endResetModel();
}

QStringList FailuresModel::connectionsOf(int row) const
{
    return row >= 0 && row < m_clusters.size() ? m_clusters.at(row).connections : QStringList();
}

int FailuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.size());
}

int FailuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cluster &c = m_clusters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReasonColumn:
            return reasonText(c.reason);
        case ConnectorColumn:
            return m_names.value(c.connectorType, c.connectorType);
        case FailuresColumn:
            return c.failures;
        case ConnectionsColumn:
            return int(c.connections.size());
        case LastSeenColumn:
            return ConnectionsModel::relativeTime(c.lastSeenMs, m_nowMs);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == LastSeenColumn)
            return QDateTime::fromMSecsSinceEpoch(c.lastSeenMs).toString(Qt::ISODate);
        break;
    case SortRole:
        switch (index.column()) {
        case FailuresColumn:
            return c.failures;
        case ConnectionsColumn:
            return int(c.connections.size());
        case LastSeenColumn:
            return c.lastSeenMs;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case ReasonRole:
        return c.reason;
    case ConnectorTypeRole:
        return c.connectorType;
    }
    return {};
}

QVariant FailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReasonColumn:
        return tr("Reason");
    case ConnectorColumn:
        return tr("Connector");
    case FailuresColumn:
        return tr("Failures");
    case ConnectionsColumn:
        return tr("Connections");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}

} // namespace cc
