#pragma once

#include "dailyaggregation.h"

#include <QAbstractTableModel>

namespace cc {

// The per-day buckets behind the history chart, as a small table model (one
// row per day): the chart paints from it, and tests run it under
// QAbstractItemModelTester like every other model.
class DailyBucketsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        RunsColumn,
        CompletedColumn,
        PartialColumn,
        FailedColumn,
        RateLimitedColumn,
        RecordsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { BucketRole = Qt::UserRole + 1 };

    explicit DailyBucketsModel(QObject *parent = nullptr);
    void setBuckets(const QVector<DayBucket> &buckets);
    const QVector<DayBucket> &buckets() const { return m_buckets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<DayBucket> m_buckets;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::DayBucket)
