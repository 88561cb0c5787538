#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace cc {

class ConnectorCatalogModel;
class ConnectorIcons;

// "Add a connection": the catalog grouped by category, each connector with its
// name, connect method and description; coming-soon entries visible, disabled
// and labelled; personal connectors marked. It has its own search. Accepting
// emits connectorChosen(type); the flows themselves live elsewhere.
class CatalogPickerDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogPickerDialog(
        ConnectorCatalogModel *catalog, const ConnectorIcons *icons, QWidget *parent = nullptr);

    QString selectedType() const;
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void connectorChosen(const QString &type);

private:
    void currentChanged();

    ConnectorCatalogModel *const m_catalog;
    QSortFilterProxyModel *const m_filter;
    QLineEdit *const m_search;
    QTreeView *const m_tree;
    QLabel *const m_details;
    QPushButton *const m_connect;
};

} // namespace cc
