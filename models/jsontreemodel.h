#pragma once

#include "jsondiff.h"
#include "jsontree.h"

#include <QAbstractItemModel>
#include <memory>

namespace cc {

// One stage of a test-bench run (or any JSON answer) as a two-column tree,
// key and value, over a JsonTree that was built off the UI thread. The model
// copies nothing: a view asks for a node's children only when it is
// expanded, so a 1 MB response shows its first level at once and the rest
// as it is opened. With a diff against the previous stage, each node says
// whether the stage kept, added, changed or moved it (MarkRole, and a
// tooltip naming where a moved node came from); views colour it. A scalar
// root (a text answer) has no rows: a view shows JsonTree::indented instead.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role {
        MarkRole = Qt::UserRole + 1, // JsonDiff::Mark as int
        PathRole, // "entry[0].resource.name"
        KindRole, // JsonTree::Kind as int
    };

    explicit JsonTreeModel(QObject *parent = nullptr);

    // `before` (may be null) is the tree `diff` was computed against.
    void setTree(std::shared_ptr<const JsonTree> tree, std::shared_ptr<const JsonTree> before = {},
        std::shared_ptr<const JsonDiff> diff = {});
    void clear() { setTree({}); }
    const JsonTree *tree() const { return m_tree.get(); }
    const JsonDiff *diff() const { return m_diff.get(); }
    // The index of a node, or an invalid index for the root and for none.
    QModelIndex indexOfNode(int node) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // The node an index stands for; the root's children hang off node 0,
    // which the model does not show as a row.
    int nodeOf(const QModelIndex &index) const;

    std::shared_ptr<const JsonTree> m_tree;
    std::shared_ptr<const JsonTree> m_before;
    std::shared_ptr<const JsonDiff> m_diff;
};

} // namespace cc
