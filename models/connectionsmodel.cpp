#include "connectionsmodel.h"

#include "healthbadge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <utility>

namespace cc {

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{ }

int ConnectionsModel::rowOf(const QString &id) const
{
    if (!m_indexValid) {
        m_rowById.resize(size_t(m_rows.size()));
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_rowById[size_t(i)] = {quint32(qHash(m_rows.at(i).id)), int(i)};
        std::sort(m_rowById.begin(), m_rowById.end(),
            [](const IdSlot &a, const IdSlot &b) { return a.hash < b.hash; });
        m_indexValid = true;
    }
    const auto hash = quint32(qHash(id));
    auto it = std::lower_bound(m_rowById.cbegin(), m_rowById.cend(), hash,
        [](const IdSlot &slot, quint32 h) { return slot.hash < h; });
    for (; it != m_rowById.cend() && it->hash == hash; ++it) {
        if (m_rows.at(it->row).id == id)
            return it->row;
    }
    return -1;
}

void ConnectionsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_search.rebuild(m_rows);
    invalidateIndex();
    endResetModel();
}

void ConnectionsModel::applyConnections(const QVector<Connection> &rows)
{
    if (m_rows.isEmpty()) {
        if (rows.isEmpty())
            return;
        beginResetModel();
        m_rows = rows;
        m_search.rebuild(m_rows);
        invalidateIndex();
        endResetModel();
        return;
    }

    // Fast path: the platform lists the same rows in the same order (the usual
    // poll). Compare positionally; fingerprints make each compare one integer.
    if (rows.size() == m_rows.size()) {
        QVector<int> changed;
        bool sameOrder = true;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Connection &mine = m_rows.at(i);
            const Connection &c = rows.at(i);
            // Equal fingerprints cover the id too: same row, unchanged.
            if (mine.fingerprint != 0 && mine.fingerprint == c.fingerprint)
                continue;
            if (mine.id != c.id) {
                sameOrder = false;
                break;
            }
            if (mine != c)
                changed.push_back(int(i));
        }
        if (sameOrder) {
            for (int i : std::as_const(changed)) {
                const Connection before = std::exchange(m_rows[i], rows.at(i));
                m_search.update(i, before, m_rows);
            }
            if (!changed.isEmpty()) {
                Q_EMIT dataChanged(
                    index(changed.first(), 0), index(changed.last(), ColumnCount - 1));
                Q_EMIT rowsChanged(changed);
            }
            return;
        }
    }

    // Removals first (rows the platform no longer lists), in descending order.
    QSet<QString> incoming;
    incoming.reserve(rows.size());
    for (const Connection &c : rows)
        incoming.insert(c.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!incoming.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            m_search.removeAt(i);
            invalidateIndex();
            endRemoveRows();
        }
    }

    appendRows(updateKnownRows(rows));
}

void ConnectionsModel::mergeConnections(const QVector<Connection> &rows)
{
    if (m_rows.isEmpty()) {
        applyConnections(rows);
        return;
    }
    appendRows(updateKnownRows(rows));
}

QVector<Connection> ConnectionsModel::updateKnownRows(const QVector<Connection> &rows)
{
    QVector<int> changed;
    QVector<Connection> added;
    for (const Connection &c : rows) {
        const int at = rowOf(c.id);
        if (at < 0) {
            added.push_back(c);
        } else if (m_rows.at(at) != c) {
            const Connection before = std::exchange(m_rows[at], c);
            m_search.update(at, before, m_rows);
            changed.push_back(at);
        }
    }
    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        Q_EMIT dataChanged(index(changed.first(), 0), index(changed.last(), ColumnCount - 1));
        Q_EMIT rowsChanged(changed);
    }
    return added;
}

void ConnectionsModel::appendRows(const QVector<Connection> &added)
{
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    // Grown geometrically, never to the exact size: page after page of a
    // first load must not move every row each time.
    if (m_rows.capacity() < m_rows.size() + added.size())
        m_rows.reserve(std::max(m_rows.size() + added.size(), 2 * m_rows.capacity()));
    for (const Connection &c : added) {
        m_rows.push_back(c);
        m_search.appendRow(m_rows);
    }
    if (m_indexValid) {
        // The index takes the new rows by a merge, not a rebuild: a page of
        // a first load costs its own size, not the whole list's.
        const auto mid = qsizetype(m_rowById.size());
        for (int i = first; i < int(m_rows.size()); ++i)
            m_rowById.push_back({quint32(qHash(m_rows.at(i).id)), i});
        const auto byHash = [](const IdSlot &a, const IdSlot &b) {
            return a.hash < b.hash;
        };
        std::sort(m_rowById.begin() + mid, m_rowById.end(), byHash);
        std::inplace_merge(m_rowById.begin(), m_rowById.begin() + mid, m_rowById.end(), byHash);
    }
    endInsertRows();
}

void ConnectionsModel::upsert(const Connection &row)
{
    const int at = rowOf(row.id);
    if (at < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.push_back(row);
        m_search.appendRow(m_rows);
        invalidateIndex();
        endInsertRows();
        return;
    }
    if (m_rows.at(at) == row)
        return;
    const Connection before = std::exchange(m_rows[at], row);
    m_search.update(at, before, m_rows);
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
        m_rows.cbegin(), m_rows.cend(), [](const Connection &c) { return c.isInFlight(); });
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
    return exactTime(ms, m_utc);
}

QString ConnectionsModel::exactTime(qint64 ms, bool utc)
{
    if (ms <= 0)
        return tr("Never synced");
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, utc ? Qt::UTC : Qt::LocalTime);
    return QLocale().toString(dt, QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + (utc ? QStringLiteral(" UTC") : u' ' + dt.timeZoneAbbreviation());
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
    const Connection &c = m_rows.at(index.row());
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
            return c.status == ConnectionStatus::Unknown ? tr("unknown") : c.statusText();
        case LastSyncedColumn:
            return relativeTime(c.lastSyncedAtMs, m_nowMs);
        case LastErrorColumn:
            return c.lastError.section(u'\n', 0, 0);
        case OwnerColumn: {
            if (!c.isPersonal())
                return tr("Workspace");
            const QString owner = ownerName(c.ownerUserId());
            return owner.isEmpty() ? tr("Personal · no owner") : tr("Personal · %1").arg(owner);
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
        return c.statusText();
    case LastSyncedRole:
        return c.lastSyncedAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(c.lastSyncedAtMs, Qt::UTC)
                                    : QDateTime();
    case ScopeRole:
        return c.scopeText();
    case OwnerIdRole:
        return c.ownerUserId();
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
