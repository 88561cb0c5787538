#include "jsontreeview.h"

#include "jsontext.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return JsonTreeView::tr("[%n item(s)]", nullptr, int(v.toArray().size()));
    case QJsonValue::Object:
        return JsonTreeView::tr("{%n key(s)}", nullptr, int(v.toObject().size()));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

void addChildren(QTreeWidgetItem *parent, const QJsonValue &value, int depth)
{
    if (depth > 32)
        return; // deeper than anyone reads: the Copy text has it all
    const auto add = [parent, depth](const QString &key, const QJsonValue &v) {
        auto *item = new QTreeWidgetItem(parent, {key, scalarText(v)});
        item->setToolTip(1, item->text(1));
        addChildren(item, v, depth + 1);
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            add(QString::number(i), a.at(i));
    }
}

} // namespace

JsonTreeView::JsonTreeView(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_tree(new QTreeWidget(this))
    , m_copy(new QPushButton(tr("Copy"), this))
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
        [this] { QApplication::clipboard()->setText(JsonObjectText::format(m_object)); });
}

void JsonTreeView::setObject(const QJsonObject &object)
{
    m_object = object;
    m_tree->clear();
    auto *root = m_tree->invisibleRootItem();
    addChildren(root, object, 0);
    m_tree->expandToDepth(1);
    if (object.isEmpty())
        new QTreeWidgetItem(root, {tr("(empty)"), QString()});
}

} // namespace cc
