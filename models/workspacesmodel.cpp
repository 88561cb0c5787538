#include "workspacesmodel.h"

namespace cc {

QString environmentLabel(Workspace::Environment e)
{
    switch (e) {
    case Workspace::Environment::Production:
        return WorkspacesModel::tr("Production");
    case Workspace::Environment::Staging:
        return WorkspacesModel::tr("Staging");
    case Workspace::Environment::Development:
        return WorkspacesModel::tr("Development");
    case Workspace::Environment::Unknown:
        break;
    }
    return WorkspacesModel::tr("Unknown environment");
}

StatusPalette::Tone environmentTone(Workspace::Environment e)
{
    switch (e) {
    case Workspace::Environment::Production:
        return StatusPalette::Tone::Error;
    case Workspace::Environment::Staging:
        return StatusPalette::Tone::Warning;
    case Workspace::Environment::Development:
        return StatusPalette::Tone::Success;
    case Workspace::Environment::Unknown:
        break;
    }
    return StatusPalette::Tone::Neutral;
}

WorkspacesModel::WorkspacesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void WorkspacesModel::setWorkspaces(const QVector<Workspace> &workspaces, const QString &currentId)
{
    beginResetModel();
    m_rows = workspaces;
    m_current = currentId;
    endResetModel();
}

void WorkspacesModel::setHeld(const QSet<QString> &ids)
{
    m_held = ids;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {HeldRole, Qt::ToolTipRole});
}

void WorkspacesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_current.clear();
    m_held.clear();
    endResetModel();
}

int WorkspacesModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

int WorkspacesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WorkspacesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workspace &w = m_rows.at(index.row());
    const bool current = w.id == m_current;
    const bool held = current || m_held.contains(w.id);
    const QString name = w.name.isEmpty() ? w.slug : w.name;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return name;
    case Qt::ToolTipRole:
        return current
            ? tr("%1 (%2) · %3 · signed in now").arg(name, w.slug, environmentLabel(w.environment))
            : held ? tr("%1 (%2) · %3 · switching needs no sign-in")
                         .arg(name, w.slug, environmentLabel(w.environment))
                   : tr("%1 (%2) · %3 · switching opens the browser to sign in")
                         .arg(name, w.slug, environmentLabel(w.environment));
    case Qt::AccessibleDescriptionRole:
        return tr("Environment: %1").arg(environmentLabel(w.environment));
    case IdRole:
        return w.id;
    case SlugRole:
        return w.slug;
    case EnvironmentRole:
        return int(w.environment);
    case EnvironmentLabelRole:
        return environmentLabel(w.environment);
    case CurrentRole:
        return current;
    case HeldRole:
        return held;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> WorkspacesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "workspaceId");
    names.insert(SlugRole, "slug");
    names.insert(EnvironmentRole, "environment");
    names.insert(EnvironmentLabelRole, "environmentLabel");
    names.insert(CurrentRole, "current");
    names.insert(HeldRole, "held");
    return names;
}

} // namespace cc
