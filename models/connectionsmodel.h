#pragma once

#include "records.h"
#include "searchindex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace cc {

// The connection inventory: one row per connection, stored as a flat vector
// of compact records (built for 100,000 rows). Rows keep their order of
// arrival; sorting and filtering live in ConnectionsFilterModel.
//
// applyConnections() is how data arrives: the first time it resets the model;
// afterwards it diffs by id, so a poll that changes 500 rows emits one
// dataChanged over the changed span plus rowsChanged(rows), and selections
// and scroll positions survive.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ConnectorColumn,
        HealthColumn,
        StatusColumn,
        LastSyncedColumn,
        LastErrorColumn,
        OwnerColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        HealthRole, // cc::HealthBadge
        ConnectorTypeRole, // QString
        StatusRole, // QString as the platform spells it
        LastSyncedRole, // QDateTime (UTC), invalid when never
        ScopeRole, // business|personal
        OwnerIdRole, // QString
        InFlightRole, // bool: pending or syncing
        ConnectionRole, // cc::Connection, every field
        SortRole, // a value that sorts the column naturally
    };
    Q_ENUM(Role)

    explicit ConnectionsModel(QObject *parent = nullptr);

    // Replaces the content with `rows` (full list from the platform), diffing
    // by id when the model already has data.
    void applyConnections(const QVector<Connection> &rows);
    // Adds the rows it lacks (one insert at the end) and updates those it
    // has, removing nothing: how the pages of a first load arrive.
    void mergeConnections(const QVector<Connection> &rows);
    // Updates one row, e.g. after a PATCH or a reconnect answer.
    void upsert(const Connection &row);
    // Forgets every row (signed out, or another server): one reset.
    void clear();

    // Lookup data used for display.
    void setConnectorNames(const QHash<QString, QString> &typeToName);
    void setConnectorCategories(const QHash<QString, QString> &typeToCategory);
    void setMemberNames(const QHash<QString, QString> &userIdToName);
    // "3 h ago" is relative to this clock (ms since epoch); tests pin it.
    void setNow(qint64 nowMs);
    qint64 now() const { return m_nowMs; }
    void setUtc(bool utc);

    int rowOf(const QString &id) const;
    const Connection &connectionAt(int row) const { return m_rows.at(row); }
    // What search and the name sort look at (lower-cased), kept in one buffer.
    const SearchIndex &searchIndex() const { return m_search; }
    QString categoryOf(const QString &connectorType) const
    {
        return m_categories.value(connectorType);
    }
    QString connectorName(const QString &type) const { return m_connectorNames.value(type, type); }
    const QHash<QString, QString> &connectorNames() const { return m_connectorNames; }
    QString ownerName(const QString &userId) const;
    bool anyInFlight() const;

    static QString relativeTime(qint64 thenMs, qint64 nowMs);
    QString exactTime(qint64 ms) const;
    // "2026-12-02 14:03:11 CET" (or "… UTC"); "Never synced" for 0.
    static QString exactTime(qint64 ms, bool utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // Emitted after applyConnections / upsert changed existing rows in place.
    void rowsChanged(const QVector<int> &rows);

private:
    // Updates the rows already held (one dataChanged and one rowsChanged for
    // all of them) and returns those not held yet, in their order.
    QVector<Connection> updateKnownRows(const QVector<Connection> &rows);
    // Appends `added` in one insertion; the id index, when built, takes them
    // by a merge.
    void appendRows(const QVector<Connection> &added);
    void invalidateIndex() { m_indexValid = false; }

    // The decoded vector itself (implicitly shared: ingest is O(1)).
    QVector<Connection> m_rows;
    SearchIndex m_search; // one entry per row, in row order
    // id -> row, built on first use: a first load never pays for it.
    // (hash of id, row), sorted: 8 bytes a row where a QHash<QString, int>
    // took 45. Equal hashes are told apart by comparing the ids themselves.
    struct IdSlot
    {
        quint32 hash;
        int row;
    };
    mutable std::vector<IdSlot> m_rowById;
    mutable bool m_indexValid = false;
    QHash<QString, QString> m_connectorNames;
    QHash<QString, QString> m_categories;
    QHash<QString, QString> m_memberNames;
    qint64 m_nowMs = 0;
    bool m_utc = false;
};

} // namespace cc
