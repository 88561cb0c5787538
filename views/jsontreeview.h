#pragma once

#include "jsontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cc {

// A read-only JSON object as a tree (key, value; arrays by index), with a
// Copy button that puts the indented JSON on the clipboard. It is given the
// tree and the text (api/wire/jsontext.h), never JSON itself.
class JsonTreeView : public QWidget
{
    Q_OBJECT

public:
    explicit JsonTreeView(const QString &title, QWidget *parent = nullptr);
    void setTree(const QVector<JsonNode> &nodes, const QString &copyText);
    QString copyText() const { return m_copyText; }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QString m_copyText;
    QLabel *const m_title;
    // The Copy button sits above the tree: built first, it comes first on Tab.
    QPushButton *const m_copy;
    QTreeWidget *const m_tree;
};

} // namespace cc
