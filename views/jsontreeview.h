#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cc {

// A read-only JSON object as a tree (key, value; arrays by index), with a
// Copy button that puts the indented JSON on the clipboard.
class JsonTreeView : public QWidget
{
    Q_OBJECT

public:
    explicit JsonTreeView(const QString &title, QWidget *parent = nullptr);
    void setObject(const QJsonObject &object);
    QJsonObject object() const { return m_object; }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QJsonObject m_object;
    QLabel *const m_title;
    QTreeWidget *const m_tree;
    QPushButton *const m_copy;
};

} // namespace cc
