#include "datasourcesmodel.h"

#include "connectionsmodel.h"
#include "datasourcebadge.h"

#include <QDateTime>
#include <QLocale>

namespace cc {

// One delegate paints both tables' badges.
static_assert(int(DataSourcesModel::HealthRole) == int(ConnectionsModel::HealthRole));

DataSourcesModel::DataSourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{ }

void DataSourcesModel::restart()
{
    reset(true);
}

void DataSourcesModel::clear()
{
    reset(false);
}

void DataSourcesModel::reset(bool fetchable)
{
    // Whether there is anything to fetch is set before the views react to
    // the reset: they ask canFetchMore() at once.
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    ++m_generation;
    m_token = 0;
    m_total.reset();
    m_hasMore = fetchable;
    m_answered = false;
    const bool wasLoading = m_inFlight;
    m_inFlight = false;
    m_error.clear();
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

bool DataSourcesModel::appendPage(quint64 generation, const PlatformPage<DataSource> &page)
{
    if (generation != m_generation || !m_inFlight)
        return false;
    // The next page's token first: a view that reacts to the new rows by
    // asking for more must ask for the page after this one.
    // A page that says "more" without a token that moves forward would be
    // asked for forever: the listing ends there.
    m_hasMore = page.hasMore && page.continuationToken && *page.continuationToken > m_token;
    if (m_hasMore)
        m_token = *page.continuationToken;
    m_total = page.total;
    m_inFlight = false;
    m_answered = true;
    // A row the server already listed on an earlier page (the list moved
    // under us) is updated in place, never shown twice.
    QVector<DataSource> fresh;
    for (const DataSource &s : page.items) {
        const int row = rowOf(s.id);
        if (row >= 0) {
            m_rows[row] = s;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            fresh.push_back(s);
        }
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        for (const DataSource &s : std::as_const(fresh)) {
            m_rowOf.insert(s.id, int(m_rows.size()));
            m_rows.push_back(s);
        }
        endInsertRows();
    }
    Q_EMIT loadingChanged(m_inFlight);
    Q_EMIT pageLoaded();
    return true;
}

bool DataSourcesModel::failPage(quint64 generation, const QString &message)
{
    if (generation != m_generation || !m_inFlight)
        return false;
    m_inFlight = false;
    m_error = message;
    Q_EMIT loadingChanged(false);
    Q_EMIT loadFailed(message);
    return true;
}

void DataSourcesModel::retry()
{
    m_error.clear();
}

void DataSourcesModel::update(const DataSource &row)
{
    const int r = rowOf(row.id);
    if (r < 0)
        return;
    m_rows[r] = row;
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void DataSourcesModel::remove(const QString &id)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    m_rows.removeAt(r);
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
    endRemoveRows();
    if (m_total && *m_total > 0)
        m_total = *m_total - 1;
}

int DataSourcesModel::rowOf(const QString &id) const
{
    return m_rowOf.value(id, -1);
}

void DataSourcesModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LastSyncColumn), index(int(m_rows.size()) - 1, LastSyncColumn));
}

void DataSourcesModel::setUtc(bool utc)
{
    m_utc = utc;
    setNow(m_nowMs);
}

bool DataSourcesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_inFlight && m_error.isEmpty() && m_fetcher;
}

void DataSourcesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_inFlight = true;
    Q_EMIT loadingChanged(true);
    m_fetcher(m_generation, m_token);
}

int DataSourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DataSourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DataSourcesModel::sourceTypeName(const QString &wire)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("rest_api"), QT_TR_NOOP("REST API")},
        {QStringLiteral("webhook"), QT_TR_NOOP("Webhook")},
        {QStringLiteral("file_drop"), QT_TR_NOOP("File drop")},
        {QStringLiteral("fhir"), QT_TR_NOOP("FHIR")},
        {QStringLiteral("fhir_store"), QT_TR_NOOP("FHIR store")},
        {QStringLiteral("ehr"), QT_TR_NOOP("EHR")},
        {QStringLiteral("database"), QT_TR_NOOP("Database")},
        {QStringLiteral("custom"), QT_TR_NOOP("Custom")},
        {QStringLiteral("smart_fhir"), QT_TR_NOOP("SMART on FHIR")},
        {QStringLiteral("customer_intake"), QT_TR_NOOP("Customer intake")},
    };
    const char *name = names.value(wire);
    return name ? tr(name) : wire;
}

QString DataSourcesModel::strategyText(const DataSource &s)
{
    const QString schedule = s.syncSchedule.value_or(QString());
    return schedule.isEmpty() ? s.syncStrategy
                              : tr("%1 (%2)", "a data source's sync strategy (its schedule)")
                                    .arg(s.syncStrategy, schedule);
}

QVariant DataSourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataSource &s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case HealthRole:
        return QVariant::fromValue(dataSourceBadge(s));
    case SourceTypeRole:
        return s.sourceType;
    case NeedsAttentionRole:
        return dataSourceBadge(s).needsAttention();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.displayName.isEmpty() ? s.name : s.displayName;
        case TypeColumn:
            return sourceTypeName(s.sourceType);
        case StrategyColumn:
            return strategyText(s);
        case HealthColumn:
            return dataSourceBadge(s).text();
        case LastSyncColumn:
            return ConnectionsModel::relativeTime(s.lastSyncAtMs, m_nowMs);
        case LastStatusColumn:
            return s.rawLastSyncStatus.isEmpty() ? tr("—") : s.rawLastSyncStatus;
        case EventsColumn:
            return QLocale().toString(s.lastSyncEventCount);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return s.displayName.isEmpty() || s.displayName == s.name
                ? s.name
                : tr("%1 (name: %2)").arg(s.displayName, s.name);
        case HealthColumn:
            return dataSourceBadge(s).meaning();
        case LastSyncColumn:
            return ConnectionsModel::exactTime(s.lastSyncAtMs, m_utc);
        case EventsColumn:
            return tr("Events in the latest poll");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == EventsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant DataSourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case TypeColumn:
            return tr("Type");
        case StrategyColumn:
            return tr("Strategy");
        case HealthColumn:
            return tr("Health");
        case LastSyncColumn:
            return tr("Last sync");
        case LastStatusColumn:
            return tr("Last status");
        case EventsColumn:
            return tr("Events");
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("The server's order; this list is not sorted in the console.");
    return {};
}

} // namespace cc
