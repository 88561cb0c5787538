#include "runsmodel.h"

#include "connectionsmodel.h"
#include "statuspalette.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace cc {

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{ }

static bool sameRun(const SyncRun &a, const SyncRun &b)
{
    return a.id == b.id && a.status == b.status && a.finishedAtMs == b.finishedAtMs
        && a.streamsFailed == b.streamsFailed && a.recordsWritten == b.recordsWritten
        && a.errorReason == b.errorReason;
}

void RunsModel::setRuns(const QString &connectionId, const QVector<SyncRun> &runs)
{
    bool sameIds = connectionId == m_connectionId && runs.size() == m_runs.size();
    for (qsizetype i = 0; sameIds && i < runs.size(); ++i)
        sameIds = runs.at(i).id == m_runs.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_connectionId = connectionId;
        m_runs = runs;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (!sameRun(runs.at(i), m_runs.at(i))) {
            m_runs[i] = runs.at(i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

int RunsModel::rowOfRun(const QString &runId) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == runId)
            return int(i);
    }
    return -1;
}

void RunsModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, StartedColumn), index(rowCount() - 1, DurationColumn));
}

void RunsModel::setUtc(bool utc)
{
    m_utc = utc;
    setNow(m_nowMs);
}

QString RunsModel::exactTime(qint64 ms) const
{
    if (ms <= 0)
        return QString();
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, m_utc ? Qt::UTC : Qt::LocalTime);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + (m_utc ? QStringLiteral(" UTC") : u' ' + dt.timeZoneAbbreviation());
}

void RunsModel::setDarkScheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_icons.clear();
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(
            index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DecorationRole});
}

QIcon RunsModel::statusIcon(const SyncRun &r) const
{
    // Colour plus shape: a filled disc for outcomes, a ring while running, a cross for failed.
    const StatusPalette::Tone tone = StatusPalette::toneOf(r);
    const bool ring = r.status == RunStatus::Running || r.status == RunStatus::Pending;
    const bool cross = r.status == RunStatus::Failed;
    const int key = int(tone) * 4 + (ring ? 1 : 0) + (cross ? 2 : 0);
    const auto cached = m_icons.constFind(key);
    if (cached != m_icons.constEnd())
        return *cached;
    const QColor color = (m_dark ? StatusPalette::dark() : StatusPalette::light()).color(tone);
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0}) {
        QPixmap pm(int(12 * dpr), int(12 * dpr));
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        if (ring) {
            p.setPen(QPen(color, 2));
            p.drawEllipse(QRectF(2, 2, 8, 8));
        } else if (cross) {
            p.setPen(QPen(color, 2));
            p.drawLine(QPointF(2.5, 2.5), QPointF(9.5, 9.5));
            p.drawLine(QPointF(9.5, 2.5), QPointF(2.5, 9.5));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(QRectF(1, 1, 10, 10));
        }
        p.end();
        icon.addPixmap(pm);
    }
    m_icons.insert(key, icon);
    return icon;
}

QString RunsModel::durationText(const SyncRun &r, qint64 nowMs)
{
    if (r.startedAtMs <= 0)
        return QString();
    const qint64 end = r.finishedAtMs > 0 ? r.finishedAtMs : nowMs;
    const qint64 s = qMax<qint64>(0, (end - r.startedAtMs) / 1000);
    const QString text = s >= 3600 ? tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
        : s >= 60                  ? tr("%1 min %2 s").arg(s / 60).arg(s % 60)
                                   : tr("%1 s").arg(s);
    return r.finishedAtMs > 0 ? text : tr("%1 so far").arg(text);
}

QString RunsModel::detailsText(int row, const QString &connectionName) const
{
    if (row < 0 || row >= m_runs.size())
        return QString();
    const SyncRun &r = m_runs.at(row);
    QStringList lines;
    lines << tr("Connection: %1 (%2)").arg(connectionName, m_connectionId);
    lines << tr("Run: %1").arg(r.id);
    lines << tr("Status: %1").arg(r.statusText);
    lines << tr("Triggered by: %1").arg(r.triggeredBy);
    lines << tr("Started: %1").arg(exactTime(r.startedAtMs));
    lines << tr("Finished: %1")
                 .arg(r.finishedAtMs > 0 ? exactTime(r.finishedAtMs) : tr("still running"));
    lines << tr("Duration: %1").arg(durationText(r, m_nowMs));
    lines << tr("Streams: %1 failed of %2").arg(r.streamsFailed).arg(r.streamsTotal);
    lines << tr("Records written: %1").arg(r.recordsWritten);
    lines << tr("Error reason: %1").arg(r.errorReason.isEmpty() ? tr("none") : r.errorReason);
    return lines.join(u'\n');
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncRun &r = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            if (r.status == RunStatus::Completed && r.streamsFailed > 0)
                return tr("partial");
            return r.status == RunStatus::Unknown ? tr("unknown") : r.statusText;
        case TriggerColumn:
            return r.triggeredBy;
        case StartedColumn:
            return ConnectionsModel::relativeTime(r.startedAtMs, m_nowMs);
        case DurationColumn:
            return durationText(r, m_nowMs);
        case StreamsColumn:
            return tr("%1 / %2").arg(r.streamsFailed).arg(r.streamsTotal);
        case RecordsColumn:
            return QLocale().toString(r.recordsWritten);
        case ReasonColumn:
            return r.errorReason;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(r);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StartedColumn)
            return exactTime(r.startedAtMs);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RecordsColumn || index.column() == StreamsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RunIdRole:
        return r.id;
    case RunStatusRole:
        return r.statusText;
    case StartedMsRole:
        return r.startedAtMs;
    case RunRole:
        return QVariant::fromValue(r);
    case SortRole:
        switch (index.column()) {
        case StartedColumn:
            return r.startedAtMs;
        case RecordsColumn:
            return r.recordsWritten;
        case StreamsColumn:
            return r.streamsFailed;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TriggerColumn:
        return tr("Triggered by");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case StreamsColumn:
        return tr("Streams failed");
    case RecordsColumn:
        return tr("Records");
    case ReasonColumn:
        return tr("Error reason");
    }
    return {};
}

} // namespace cc
