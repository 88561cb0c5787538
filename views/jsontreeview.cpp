#include "jsontreeview.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

namespace {

void addChildren(QTreeWidgetItem *parent, const QVector<JsonNode> &nodes)
{
    for (const JsonNode &n : nodes) {
        auto *item = new QTreeWidgetItem(parent, {n.key, n.value});
        item->setToolTip(1, n.value);
        addChildren(item, n.children);
    }
}

} // namespace

JsonTreeView::JsonTreeView(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    head->addWidget(m_title, 1);
    m_copy->setToolTip(tr("Copy %1 as JSON").arg(title));
    m_copy->setAccessibleName(tr("Copy %1").arg(title));
    head->addWidget(m_copy);
    layout->addLayout(head);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Key"), tr("Value")});
    m_tree->setAccessibleName(title);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(90);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_copyText); });
}

void JsonTreeView::setTree(const QVector<JsonNode> &nodes, const QString &copyText)
{
    m_copyText = copyText;
    m_tree->clear();
    auto *root = m_tree->invisibleRootItem();
    addChildren(root, nodes);
    m_tree->expandToDepth(1);
    if (nodes.isEmpty())
        new QTreeWidgetItem(root, {tr("(empty)"), QString()});
}

} // namespace cc
