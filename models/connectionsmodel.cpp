#include "connectionsmodel.h"

#include "healthbadge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace cc {

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{ }

QString ConnectionsModel::buildHaystack(const Connection &c)
{
    return (c.name + u'\n' + c.connectorType + u'\n' + c.id + u'\n' + c.lastError).toLower();
}

void ConnectionsModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].c.id, int(i));
}

void ConnectionsModel::applyConnections(const QVector<Connection> &rows)
{
    if (m_rows.empty()) {
        if (rows.isEmpty())
            return;
        beginResetModel();
        m_rows.reserve(size_t(rows.size()));
        for (const Connection &c : rows)
            m_rows.push_back({c, buildHaystack(c)});
        rebuildIndex();
        endResetModel();
        return;
    }

    // Removals first (rows the platform no longer lists), in descending order.
    QSet<QString> incoming;
    incoming.reserve(rows.size());
    for (const Connection &c : rows)
        incoming.insert(c.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!incoming.contains(m_rows[size_t(i)].c.id)) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    if (m_rowById.size() != qsizetype(m_rows.size()))
        rebuildIndex();

    QVector<int> changed;
    QVector<Connection> added;
    for (const Connection &c : rows) {
        const auto it = m_rowById.constFind(c.id);
        if (it == m_rowById.constEnd()) {
            added.push_back(c);
            continue;
        }
        Row &row = m_rows[size_t(*it)];
        if (row.c != c) {
            row.c = c;
            row.haystack = buildHaystack(c);
            changed.push_back(*it);
        }
    }
    if (!changed.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(changed.cbegin(), changed.cend());
        Q_EMIT dataChanged(index(*lo, 0), index(*hi, ColumnCount - 1));
        Q_EMIT rowsChanged(changed);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Connection &c : std::as_const(added)) {
            m_rowById.insert(c.id, int(m_rows.size()));
            m_rows.push_back({c, buildHaystack(c)});
        }
        endInsertRows();
    }
}

void ConnectionsModel::upsert(const Connection &row)
{
    const int at = rowOf(row.id);
    if (at < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.push_back({row, buildHaystack(row)});
        endInsertRows();
        return;
    }
    if (m_rows[size_t(at)].c == row)
        return;
    m_rows[size_t(at)] = {row, buildHaystack(row)};
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    Q_EMIT rowsChanged({at});
}

void ConnectionsModel::setConnectorNames(const QHash<QString, QString> &typeToName)
{
    m_connectorNames = typeToName;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ConnectorColumn), index(rowCount() - 1, ConnectorColumn));
}

void ConnectionsModel::setConnectorCategories(const QHash<QString, QString> &typeToCategory)
{
    m_categories = typeToCategory;
}

void ConnectionsModel::setMemberNames(const QHash<QString, QString> &userIdToName)
{
    m_memberNames = userIdToName;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn));
}

void ConnectionsModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, LastSyncedColumn), index(rowCount() - 1, LastSyncedColumn));
}

void ConnectionsModel::setUtc(bool utc)
{
    m_utc = utc;
    setNow(m_nowMs);
}

QString ConnectionsModel::ownerName(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    return m_memberNames.value(userId, userId);
}

bool ConnectionsModel::anyInFlight() const
{
    return std::any_of(
        m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.c.isInFlight(); });
}

QString ConnectionsModel::relativeTime(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return tr("never");
    const qint64 s = (nowMs - thenMs) / 1000;
    if (s < 0)
        return tr("just now");
    if (s < 45)
        return tr("just now");
    if (s < 3600)
        return tr("%n min ago", nullptr, int(std::max<qint64>(1, (s + 30) / 60)));
    if (s < 48 * 3600)
        return tr("%n h ago", nullptr, int(s / 3600));
    return tr("%n d ago", nullptr, int(s / 86400));
}

QString ConnectionsModel::exactTime(qint64 ms) const
{
    if (ms <= 0)
        return tr("Never synced");
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, m_utc ? Qt::UTC : Qt::LocalTime);
    return QLocale().toString(dt, QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + (m_utc ? QStringLiteral(" UTC") : u' ' + dt.timeZoneAbbreviation());
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connection &c = m_rows[size_t(index.row())].c;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case ConnectorColumn:
            return connectorName(c.connectorType);
        case HealthColumn:
            return HealthBadge(c.health).text();
        case StatusColumn:
            return c.status == ConnectionStatus::Unknown ? tr("unknown") : c.statusText;
        case LastSyncedColumn:
            return relativeTime(c.lastSyncedAtMs, m_nowMs);
        case LastErrorColumn:
            return c.lastError.section(u'\n', 0, 0);
        case OwnerColumn: {
            const QString scope = c.scope == u"personal" ? tr("Personal") : tr("Workspace");
            const QString owner = ownerName(c.ownerUserId);
            if (c.scope == u"personal")
                return owner.isEmpty() ? tr("Personal · no owner")
                                       : scope + QStringLiteral(" · ") + owner;
            return scope;
        }
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HealthColumn:
            return HealthBadge(c.health).meaning();
        case LastSyncedColumn:
            return exactTime(c.lastSyncedAtMs);
        case LastErrorColumn:
            return c.lastError;
        case NameColumn:
            return c.id;
        }
        break;
    case IdRole:
        return c.id;
    case HealthRole:
        return QVariant::fromValue(HealthBadge(c.health));
    case ConnectorTypeRole:
        return c.connectorType;
    case StatusRole:
        return c.statusText;
    case LastSyncedRole:
        return c.lastSyncedAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(c.lastSyncedAtMs, Qt::UTC)
                                    : QDateTime();
    case ScopeRole:
        return c.scope;
    case OwnerIdRole:
        return c.ownerUserId;
    case InFlightRole:
        return c.isInFlight();
    case ConnectionRole:
        return QVariant::fromValue(c);
    case SortRole:
        switch (index.column()) {
        case HealthColumn:
            return HealthBadge(c.health).severity();
        case LastSyncedColumn:
            return c.lastSyncedAtMs;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ConnectorColumn:
        return tr("Connector");
    case HealthColumn:
        return tr("Health");
    case StatusColumn:
        return tr("Status");
    case LastSyncedColumn:
        return tr("Last synced");
    case LastErrorColumn:
        return tr("Last error");
    case OwnerColumn:
        return tr("Scope / owner");
    }
    return {};
}

QHash<int, QByteArray> ConnectionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(HealthRole, "health");
    names.insert(ConnectorTypeRole, "connectorType");
    names.insert(StatusRole, "status");
    names.insert(LastSyncedRole, "lastSynced");
    return names;
}

} // namespace cc
