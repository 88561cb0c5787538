#pragma once

#include "platformrecords.h"

#include <QAbstractTableModel>
#include <QDate>

namespace cc {

// A data source's recent failed events (sync-history's recent_failures),
// newest first, optionally narrowed to one calendar day (the day clicked in
// the chart), in local time or UTC like the rest of the console.
class SyncFailuresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        EventTypeColumn,
        ResourceTypeColumn,
        ResourceIdColumn,
        ErrorColumn,
        EventIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SyncFailuresModel(QObject *parent = nullptr);

    void setFailures(const QVector<SyncFailure> &failures);
    // An invalid date shows every failure.
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    void setUtc(bool utc);
    int totalCount() const { return int(m_all.size()); }
    const SyncFailure &failureAt(int row) const { return m_all.at(m_shown.at(row)); }
    // The calendar day an event belongs to (local time, or UTC).
    QDate dayOf(const SyncFailure &f) const;

    // The rows (in the order given) as tab-separated values with a header
    // line, for a spreadsheet; and as text for a ticket, one event a block.
    QString toTsv(const QList<int> &rows) const;
    QString toTicketText(const QList<int> &rows, const QString &dataSourceName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();
    QString timeText(qint64 ms) const;

    QVector<SyncFailure> m_all;
    QVector<int> m_shown;
    QDate m_day;
    bool m_utc = false;
};

} // namespace cc
