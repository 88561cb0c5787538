#include "cadencemodel.h"

#include <QCollator>

namespace cc {

CadenceModel::CadenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString CadenceModel::presetText(const QString &preset)
{
    if (preset == u"1m")
        return tr("every minute");
    if (preset == u"10m")
        return tr("every 10 min");
    if (preset == u"30m")
        return tr("every 30 min");
    if (preset == u"1h")
        return tr("every hour");
    if (preset == u"6h")
        return tr("every 6 h");
    if (preset == u"1d")
        return tr("every day");
    return preset.isEmpty() ? tr("unknown") : preset;
}

void CadenceModel::setTable(const CadenceTable &table, const QVector<Connector> &catalog)
{
    QHash<QString, QString> names;
    for (const Connector &c : catalog)
        names.insert(c.type, c.name);
    QVector<Row> rows;
    for (auto it = table.current.cbegin(); it != table.current.cend(); ++it) {
        Row r;
        r.type = it.key();
        r.name = names.value(it.key(), it.key());
        r.current = it.value();
        r.defaultCadence = table.defaults.value(it.key());
        r.overridden = table.overrides.contains(it.key());
        rows << r;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.type < b.type;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void CadenceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int CadenceModel::rowOf(const QString &type) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).type == type)
            return r;
    }
    return -1;
}

int CadenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CadenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CadenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ConnectorColumn:
            return r.name;
        case CurrentColumn:
            return presetText(r.current);
        case DefaultColumn:
            return presetText(r.defaultCadence);
        case SourceColumn:
            return r.overridden ? tr("Set by a platform admin") : tr("Connector default");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ConnectorColumn)
            return r.type;
        break;
    case TypeRole:
        return r.type;
    case PresetRole:
        return index.column() == DefaultColumn ? r.defaultCadence : r.current;
    case OverriddenRole:
        return r.overridden;
    default:
        break;
    }
    return {};
}

QVariant CadenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConnectorColumn:
        return tr("Connector");
    case CurrentColumn:
        return tr("Cadence");
    case DefaultColumn:
        return tr("Default");
    case SourceColumn:
        return tr("Set by");
    }
    return {};
}

} // namespace cc
