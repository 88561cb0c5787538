#include "syncfailuresmodel.h"

#include "connectionsmodel.h"

#include <QDateTime>

namespace cc {

SyncFailuresModel::SyncFailuresModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SyncFailuresModel::setFailures(const QVector<SyncFailure> &failures)
{
    m_all = failures;
    std::stable_sort(m_all.begin(), m_all.end(),
        [](const SyncFailure &a, const SyncFailure &b) { return a.createdAtMs > b.createdAtMs; });
    refilter();
}

void SyncFailuresModel::setDay(const QDate &day)
{
    if (day == m_day)
        return;
    m_day = day;
    refilter();
}

void SyncFailuresModel::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    refilter();
}

void SyncFailuresModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_day.isValid() || dayOf(m_all.at(i)) == m_day)
            m_shown.push_back(i);
    }
    endResetModel();
}

QDate SyncFailuresModel::dayOf(const SyncFailure &f) const
{
    return QDateTime::fromMSecsSinceEpoch(f.createdAtMs, m_utc ? Qt::UTC : Qt::LocalTime).date();
}

QString SyncFailuresModel::timeText(qint64 ms) const
{
    return ConnectionsModel::exactTime(ms, m_utc);
}

int SyncFailuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SyncFailuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncFailuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncFailure &f = failureAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return timeText(f.createdAtMs);
        case EventTypeColumn:
            return f.eventType;
        case ResourceTypeColumn:
            return f.fhirResourceType;
        case ResourceIdColumn:
            return f.fhirResourceId;
        case ErrorColumn:
            return f.syncError;
        case EventIdColumn:
            return f.eventId;
        }
    }
    return {};
}

QVariant SyncFailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventTypeColumn:
        return tr("Event type");
    case ResourceTypeColumn:
        return tr("FHIR resource");
    case ResourceIdColumn:
        return tr("Resource id");
    case ErrorColumn:
        return tr("Error");
    case EventIdColumn:
        return tr("Event id");
    }
    return {};
}

QString SyncFailuresModel::toTsv(const QList<int> &rows) const
{
    // A tab or a line break inside a value would shift the columns.
    const auto cell = [](QString v) {
        v.replace(u'\t', u' ');
        v.replace(u'\n', u' ');
        v.replace(u'\r', u' ');
        return v;
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << header.join(u'\t');
    for (int row : rows) {
        if (row < 0 || row >= m_shown.size())
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << cell(data(index(row, c)).toString());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QString SyncFailuresModel::toTicketText(const QList<int> &rows, const QString &dataSourceName) const
{
    QStringList blocks;
    blocks << tr("Data source: %1 — %n failed event(s)", nullptr, int(rows.size()))
                  .arg(dataSourceName);
    for (int row : rows) {
        if (row < 0 || row >= m_shown.size())
            continue;
        const SyncFailure &f = failureAt(row);
        const QString resource = f.fhirResourceType.isEmpty()
            ? tr("none")
            : (f.fhirResourceId.isEmpty() ? f.fhirResourceType
                                          : f.fhirResourceType + u'/' + f.fhirResourceId);
        blocks << tr("Event %1 (%2) at %3\n  FHIR resource: %4\n  Error: %5")
                      .arg(f.eventId, f.eventType, timeText(f.createdAtMs), resource, f.syncError);
    }
    return blocks.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace cc
