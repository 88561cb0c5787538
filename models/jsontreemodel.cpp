#include "jsontreemodel.h"

namespace cc {

using Kind = JsonTree::Kind;

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void JsonTreeModel::setTree(std::shared_ptr<const JsonTree> tree,
    std::shared_ptr<const JsonTree> before, std::shared_ptr<const JsonDiff> diff)
{
    beginResetModel();
    m_tree = std::move(tree);
    const bool fits = diff && m_tree && diff->marks.size() == m_tree->nodes.size();
    m_diff = fits ? std::move(diff) : nullptr;
    m_before = fits ? std::move(before) : nullptr;
    endResetModel();
}

int JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex JsonTreeModel::indexOfNode(int node) const
{
    if (!m_tree || node <= 0 || node >= int(m_tree->nodes.size()))
        return {};
    const JsonTree::Node &n = m_tree->node(node);
    return createIndex(node - m_tree->node(n.parent).first, 0, quintptr(node));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const JsonTree::Node &p = m_tree->node(nodeOf(parent));
    return createIndex(row, column, quintptr(p.first + row));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    return indexOfNode(m_tree->node(nodeOf(child)).parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || m_tree->isEmpty() || parent.column() > 0)
        return 0;
    return m_tree->node(nodeOf(parent)).count;
}

int JsonTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_tree)
        return {};
    const int node = nodeOf(index);
    const JsonTree::Node &n = m_tree->node(node);
    const bool container = n.kind == Kind::Object || n.kind == Kind::Array;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return m_tree->node(n.parent).kind == Kind::Array ? QStringLiteral("[%1]").arg(n.index)
                                                              : n.key;
        if (n.kind == Kind::Object)
            return tr("{%n keys}", nullptr, n.count);
        if (n.kind == Kind::Array)
            return tr("[%n items]", nullptr, n.count);
        if (n.kind == Kind::String)
            return QString(u'"' + n.text + u'"');
        return n.text;
    case Qt::ToolTipRole: {
        QString tip = container ? m_tree->path(node) : n.text;
        if (!m_diff)
            return tip;
        switch (m_diff->marks.at(node)) {
        case JsonDiff::Mark::Added:
            return tr("%1\nAdded by this stage").arg(tip);
        case JsonDiff::Mark::Changed:
            return tr("%1\nChanged by this stage").arg(tip);
        case JsonDiff::Mark::Renamed:
            if (const int from = m_diff->movedFrom.at(node); from >= 0 && m_before)
                return tr("%1\nMoved here from %2").arg(tip, m_before->path(from));
            return tr("%1\nMoved with its parent").arg(tip);
        case JsonDiff::Mark::Same:
            return tip;
        }
        return tip;
    }
    case MarkRole:
        return int(m_diff ? m_diff->marks.at(node) : JsonDiff::Mark::Same);
    case PathRole:
        return m_tree->path(node);
    case KindRole:
        return int(n.kind);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Key") : tr("Value");
}

} // namespace cc
