#pragma once

#include "records.h"

#include <QAbstractTableModel>

namespace cc {

// The Sync cadence page's table: one row per connector type (sorted by the
// catalog's name), with the cadence in force, the connector's default, and
// whether a platform admin has set it. Presets show as the guide writes them
// ("every 10 min"); the raw preset is in PresetRole.
class CadenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ConnectorColumn, CurrentColumn, DefaultColumn, SourceColumn, ColumnCount };
    enum Role {
        TypeRole = Qt::UserRole + 1, // the connector type
        PresetRole, // the column's preset ("10m"), empty when unknown
        OverriddenRole,
    };

    explicit CadenceModel(QObject *parent = nullptr);

    // `catalog` names the types; types the catalog lacks show as themselves.
    void setTable(const CadenceTable &table, const QVector<Connector> &catalog);
    void clear();
    int rowOf(const QString &type) const;
    QString typeAt(int row) const { return m_rows.at(row).type; }
    QString currentAt(int row) const { return m_rows.at(row).current; }
    QString defaultAt(int row) const { return m_rows.at(row).defaultCadence; }
    bool overriddenAt(int row) const { return m_rows.at(row).overridden; }
    QString nameAt(int row) const { return m_rows.at(row).name; }

    // "every minute", "every 10 min", "every hour", "every 6 h", "every day".
    static QString presetText(const QString &preset);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString type;
        QString name;
        QString current;
        QString defaultCadence;
        bool overridden = false;
    };
    QVector<Row> m_rows;
};

} // namespace cc
