#include "runsdayfilter.h"

#include "runsmodel.h"

#include <QDateTime>

namespace cc {

RunsDayFilter::RunsDayFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void RunsDayFilter::setDay(const QDate &day)
{
    m_day = day;
    invalidateFilter();
}

void RunsDayFilter::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    invalidateFilter();
}

bool RunsDayFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_day.isValid())
        return sourceRow < kDefaultRows; // the source is newest first
    const qint64 started = sourceModel()
                               ->index(sourceRow, 0, sourceParent)
                               .data(RunsModel::StartedMsRole)
                               .toLongLong();
    return QDateTime::fromMSecsSinceEpoch(started, m_zone).date() == m_day;
}

} // namespace cc
