#include "dailybucketsmodel.h"

namespace cc {

DailyBucketsModel::DailyBucketsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DailyBucketsModel::setBuckets(const QVector<DayBucket> &buckets)
{
    beginResetModel();
    m_buckets = buckets;
    endResetModel();
}

int DailyBucketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int DailyBucketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DailyBucketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DayBucket &b = m_buckets.at(index.row());
    if (role == BucketRole)
        return QVariant::fromValue(b);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return b.date;
    case RunsColumn:
        return b.runs;
    case CompletedColumn:
        return b.completed;
    case PartialColumn:
        return b.partial;
    case FailedColumn:
        return b.failed;
    case RateLimitedColumn:
        return b.rateLimited;
    case RecordsColumn:
        return b.records;
    }
    return {};
}

QVariant DailyBucketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[]
        = {QT_TR_NOOP("Date"), QT_TR_NOOP("Runs"), QT_TR_NOOP("Completed"), QT_TR_NOOP("Partial"),
            QT_TR_NOOP("Failed"), QT_TR_NOOP("Rate limited"), QT_TR_NOOP("Records")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace cc
