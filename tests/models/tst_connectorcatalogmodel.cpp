// The catalog tree: grouped by category, coming-soon entries visible but
// disabled, every role the picker reads.
#include "connectorcatalogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using cc::ConnectorCatalogModel;

class TestConnectorCatalogModel : public QObject
{
    Q_OBJECT

private slots:
    void groupsAndFlags();
};

static cc::Connector make(const char *type, const char *name, const char *category,
    cc::AuthMethod m, bool connectable = true, const char *scope = "business")
{
    cc::Connector c;
    c.type = QString::fromLatin1(type);
    c.name = QString::fromLatin1(name);
    c.category = QString::fromLatin1(category);
    c.authMethod = m;
    c.connectable = connectable;
    c.scope = cc::scopeFromString(QString::fromLatin1(scope));
    c.notConnectableReason = connectable ? QString() : QStringLiteral("coming_soon");
    return c;
}

void TestConnectorCatalogModel::groupsAndFlags()
{
    ConnectorCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnectors({make("twitter", "X / Twitter", "social", cc::AuthMethod::Handle),
        make("hubspot", "HubSpot", "crm", cc::AuthMethod::OAuthRedirect),
        make("circleback", "Circleback", "calls", cc::AuthMethod::ApiKey, false),
        make("fathom", "Fathom", "calls", cc::AuthMethod::ApiKey),
        make("gmail", "Gmail", "comms", cc::AuthMethod::OAuthRedirect, true, "personal"),
        make("zendesk", "Zendesk", "support", cc::AuthMethod::Webhook)});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("CRM")); // fixed category order
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Social"));
    const QModelIndex calls = model.index(1, 0);
    QCOMPARE(model.rowCount(calls), 2);
    const QModelIndex fathom = model.index(0, 0, calls); // connectable first
    const QModelIndex circleback = model.index(1, 0, calls);
    QCOMPARE(fathom.data().toString(), QStringLiteral("Fathom"));
    QCOMPARE(fathom.data(ConnectorCatalogModel::ConnectMethodTextRole).toString(),
        QStringLiteral("API key"));
    QVERIFY(fathom.flags() & Qt::ItemIsEnabled);
    QCOMPARE(circleback.data(ConnectorCatalogModel::ConnectableRole).toBool(), false);
    QVERIFY(!(circleback.flags() & Qt::ItemIsEnabled));
    QVERIFY(circleback.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Coming soon")));
    QCOMPARE(model.parent(circleback), calls);
    const QModelIndex gmail = model.index(0, 0, model.index(2, 0));
    QCOMPARE(gmail.data(ConnectorCatalogModel::ScopeRole).toString(), QStringLiteral("personal"));
    QCOMPARE(model.index(0, 0, model.index(3, 0))
                 .data(ConnectorCatalogModel::ConnectMethodTextRole)
                 .toString(),
        QStringLiteral("Webhook"));
    QCOMPARE(model.connector(QStringLiteral("hubspot"))->name, QStringLiteral("HubSpot"));
}

QTEST_GUILESS_MAIN(TestConnectorCatalogModel)
#include "tst_connectorcatalogmodel.moc"
