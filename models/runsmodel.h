#pragma once

#include "records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace cc {

// The runs of one connection, newest first (GET /connections/:id/runs).
// setRuns() keeps rows whose id is unchanged and emits dataChanged for a run
// that moved on (a running run updating live), so the selection survives.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        TriggerColumn,
        StartedColumn,
        DurationColumn,
        StreamsColumn,
        RecordsColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RunIdRole = Qt::UserRole + 1, // QString
        RunStatusRole, // QString as the platform spells it
        StartedMsRole, // qint64
        RunRole, // cc::SyncRun
        SortRole,
    };
    Q_ENUM(Role)

    explicit RunsModel(QObject *parent = nullptr);

    void setRuns(const QString &connectionId, const QVector<SyncRun> &runs);
    QString connectionId() const { return m_connectionId; }
    const QVector<SyncRun> &runs() const { return m_runs; }
    int rowOfRun(const QString &runId) const;
    void setNow(qint64 nowMs);
    void setUtc(bool utc);

    // "Copy details": everything about one run as plain text for a ticket.
    QString detailsText(int row, const QString &connectionName) const;
    // "42 s", "3 min 5 s", "1 h 2 min"; "… so far" while running. The one
    // duration text of the console.
    static QString durationText(const SyncRun &run, qint64 nowMs);
    // Colour plus shape, from the StatusPalette of the scheme set below.
    QIcon statusIcon(const SyncRun &run) const;
    // Dark colour scheme: the icons take the dark tones.
    void setDarkScheme(bool dark);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString exactTime(qint64 ms) const;

    QString m_connectionId;
    QVector<SyncRun> m_runs;
    qint64 m_nowMs = 0;
    bool m_utc = false;
    bool m_dark = false;
    mutable QHash<int, QIcon> m_icons; // per tone and shape; owned, not function-static
};

} // namespace cc

Q_DECLARE_METATYPE(cc::SyncRun)
