#include "connectorcatalogmodel.h"

#include <QCoreApplication>

namespace cc {

namespace {
// Internal id 0 marks a category row; a connector row stores its category + 1.
constexpr quintptr kCategoryRow = 0;
} // namespace

ConnectorCatalogModel::ConnectorCatalogModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QString ConnectorCatalogModel::categoryTitle(const QString &category)
{
    if (category == u"crm")
        return QCoreApplication::translate("ConnectorCatalogModel", "CRM");
    if (category == u"calls")
        return QCoreApplication::translate("ConnectorCatalogModel", "Calls & meetings");
    if (category == u"comms")
        return QCoreApplication::translate("ConnectorCatalogModel", "Email & chat");
    if (category == u"docs")
        return QCoreApplication::translate("ConnectorCatalogModel", "Docs & knowledge");
    if (category == u"support")
        return QCoreApplication::translate("ConnectorCatalogModel", "Support");
    if (category == u"social")
        return QCoreApplication::translate("ConnectorCatalogModel", "Social");
    return category.isEmpty() ? QCoreApplication::translate("ConnectorCatalogModel", "Other")
                              : category;
}

QString ConnectorCatalogModel::connectMethodText(AuthMethod method)
{
    switch (method) {
    case AuthMethod::OAuthRedirect:
        return QCoreApplication::translate("ConnectorCatalogModel", "OAuth redirect");
    case AuthMethod::ApiKey:
        return QCoreApplication::translate("ConnectorCatalogModel", "API key");
    case AuthMethod::Webhook:
        return QCoreApplication::translate("ConnectorCatalogModel", "Webhook");
    case AuthMethod::Handle:
        return QCoreApplication::translate("ConnectorCatalogModel", "Public handle");
    case AuthMethod::Unknown:
        break;
    }
    return QCoreApplication::translate("ConnectorCatalogModel", "Unknown method");
}

void ConnectorCatalogModel::setConnectors(const QVector<Connector> &connectors)
{
    static const QStringList order
        = {QStringLiteral("crm"), QStringLiteral("calls"), QStringLiteral("comms"),
            QStringLiteral("docs"), QStringLiteral("support"), QStringLiteral("social")};
    beginResetModel();
    m_all = connectors;
    m_categories.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const QString &key = m_all.at(i).category;
        auto it = std::find_if(m_categories.begin(), m_categories.end(),
            [&key](const Category &c) { return c.key == key; });
        if (it == m_categories.end()) {
            m_categories.push_back({key, {}});
            it = m_categories.end() - 1;
        }
        it->members.push_back(i);
    }
    std::stable_sort(
        m_categories.begin(), m_categories.end(), [](const Category &a, const Category &b) {
            const qsizetype ia = order.contains(a.key) ? order.indexOf(a.key) : order.size();
            const qsizetype ib = order.contains(b.key) ? order.indexOf(b.key) : order.size();
            return ia < ib;
        });
    for (Category &c : m_categories) {
        std::stable_sort(c.members.begin(), c.members.end(), [this](int a, int b) {
            // Connectable first, then by name.
            if (m_all.at(a).connectable != m_all.at(b).connectable)
                return m_all.at(a).connectable;
            return m_all.at(a).name.localeAwareCompare(m_all.at(b).name) < 0;
        });
    }
    endResetModel();
}

const Connector *ConnectorCatalogModel::connector(const QString &type) const
{
    for (const Connector &c : m_all) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

QModelIndex ConnectorCatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategoryRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ConnectorCatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kCategoryRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCategoryRow);
}

int ConnectorCatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.column() != 0 || parent.internalId() != kCategoryRow)
        return 0;
    return int(m_categories.at(parent.row()).members.size());
}

int ConnectorCatalogModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ConnectorCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kCategoryRow) {
        const Category &cat = m_categories.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return categoryTitle(cat.key);
        case CategoryRole:
            return cat.key;
        case IsCategoryRole:
            return true;
        case ConnectableRole:
            return true;
        default:
            return {};
        }
    }
    const Category &cat = m_categories.at(int(index.internalId() - 1));
    const Connector &c = m_all.at(cat.members.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return c.name;
    case Qt::ToolTipRole:
        return c.connectable ? c.description
                             : QCoreApplication::translate("ConnectorCatalogModel", "Coming soon")
                + QStringLiteral(" — ") + c.description;
    case TypeRole:
        return c.type;
    case AuthMethodRole:
        return c.authMethodText;
    case ConnectMethodTextRole:
        return connectMethodText(c.authMethod);
    case ConnectableRole:
        return c.connectable;
    case NotConnectableReasonRole:
        return c.notConnectableReason;
    case ScopeRole:
        return scopeToString(c.scope);
    case DirectionRole:
        return c.direction;
    case DescriptionRole:
        return c.description;
    case CategoryRole:
        return c.category;
    case IsCategoryRole:
        return false;
    case StreamsRole:
        return c.streams;
    default:
        return {};
    }
}

Qt::ItemFlags ConnectorCatalogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kCategoryRow)
        return Qt::ItemIsEnabled;
    if (!data(index, ConnectableRole).toBool())
        return Qt::NoItemFlags; // visible but disabled: "Coming soon"
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ConnectorCatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TypeRole, "type");
    names.insert(AuthMethodRole, "authMethod");
    names.insert(ConnectableRole, "connectable");
    names.insert(ScopeRole, "scope");
    names.insert(DirectionRole, "direction");
    names.insert(DescriptionRole, "description");
    return names;
}

} // namespace cc
