#pragma once

#include "records.h"

#include <QAbstractItemModel>

namespace cc {

// The connector catalog as a two-level tree: categories, then their
// connectors. Coming-soon (not connectable) entries are present but not
// enabled. Qt Core + Gui only.
class ConnectorCatalogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // QString, empty on a category row
        AuthMethodRole, // QString as the catalog spells it (oauth_redirect, …)
        ConnectMethodTextRole, // "OAuth redirect", "API key", … (translated)
        ConnectableRole, // bool
        NotConnectableReasonRole, // QString
        ScopeRole, // business|personal
        DirectionRole, // inbound|outbound
        DescriptionRole, // QString
        CategoryRole, // QString category key
        IsCategoryRole, // bool
        StreamsRole, // QStringList
    };
    Q_ENUM(Role)

    explicit ConnectorCatalogModel(QObject *parent = nullptr);

    void setConnectors(const QVector<Connector> &connectors);
    const Connector *connector(const QString &type) const;
    const QVector<Connector> &connectors() const { return m_all; }
    static QString categoryTitle(const QString &category);
    static QString connectMethodText(AuthMethod method);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Category
    {
        QString key;
        QVector<int> members; // indexes into m_all
    };
    QVector<Connector> m_all;
    QVector<Category> m_categories;
};

} // namespace cc
