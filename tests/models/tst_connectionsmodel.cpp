// ConnectionsModel and ConnectionsFilterModel under QAbstractItemModelTester,
// plus the semantics of search, filters, sorting, counts and poll updates.
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "healthbadge.h"
#include "modelfixtures.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using cc::ConnectionsFilterModel;
using cc::ConnectionsModel;
using cc::Health;

namespace {

// The plainest filter there is: the ids (sorted) of the rows whose name, id,
// last error, connector type or connector name contains the trimmed,
// lower-cased search, of `type` (when set) and of a health in `health`
// (when set).
QStringList bruteForceIds(const QVector<cc::Connection> &rows, const QString &typed,
    const QString &type, const QSet<Health> &health, const QHash<QString, QString> &names)
{
    const QString needle = typed.trimmed().toLower();
    QStringList ids;
    for (const cc::Connection &c : rows) {
        if (!type.isEmpty() && c.connectorType != type)
            continue;
        if (!health.isEmpty() && !health.contains(c.health))
            continue;
        const QString text = (c.name + u'\n' + c.id + u'\n' + c.lastError).toLower();
        if (!needle.isEmpty() && !text.contains(needle)
            && !c.connectorType.toLower().contains(needle)
            && !names.value(c.connectorType).toLower().contains(needle))
            continue;
        ids << c.id;
    }
    ids.sort();
    return ids;
}

QStringList shownIds(const ConnectionsFilterModel &proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, 0).data(ConnectionsModel::IdRole).toString();
    ids.sort();
    return ids;
}

} // namespace

class TestConnectionsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void displayAndRoles();
    void relativeTimes();
    void searchCoversNameTypeIdAndError();
    void searchNarrowsAndWidens();
    void healthFilterIsMultiSelectAndCountsIgnoreIt();
    void categoryTypeAndScopeFilters();
    void sortEveryColumn_data();
    void sortEveryColumn();
    void sortOrderIsTheDocumentedOne();
    void pollUpdateInPlaceKeepsSelectionAndSignalsOnce();
    void pollUpdateMovesRowWhoseSortKeyChanged();
    void pollAddsAndRemovesRows();
    void emptyFilterResultHasHeaders();
    void searchThatKeepsTheRowsKeepsTheSelection();
    void searchFollowsRenamesRemovalsAndNonAsciiNames();
    void rareFieldsAreCopiedAsValues();
    void typingFindsLaterMatchesAndLeavesTypeMatches();
    void clearFiltersClearsTheHealthFilterToo();
    void everyRowRenamedTwiceStillSearches();
    void randomTypingFiltersAndPollsMatchABruteForceFilter();
    void typingLongSearchesMatchesABruteForceFilterAtEveryKey();

private:
    ConnectionsModel *m_model = nullptr;
    ConnectionsFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_sourceTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestConnectionsModel::init()
{
    m_model = new ConnectionsModel(this);
    // Testers exist before the models are filled and live for the whole test.
    m_sourceTester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxy = new ConnectionsFilterModel(this);
    m_proxy->setConnectionsModel(m_model);
    m_proxyTester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setConnectorNames({{QStringLiteral("hubspot"), QStringLiteral("HubSpot")},
        {QStringLiteral("salesforce"), QStringLiteral("Salesforce")},
        {QStringLiteral("gmail"), QStringLiteral("Gmail")},
        {QStringLiteral("slack"), QStringLiteral("Slack")},
        {QStringLiteral("fathom"), QStringLiteral("Fathom")},
        {QStringLiteral("twitter"), QStringLiteral("X / Twitter")}});
    m_model->setConnectorCategories({{QStringLiteral("hubspot"), QStringLiteral("crm")},
        {QStringLiteral("salesforce"), QStringLiteral("crm")},
        {QStringLiteral("gmail"), QStringLiteral("comms")},
        {QStringLiteral("slack"), QStringLiteral("comms")},
        {QStringLiteral("fathom"), QStringLiteral("calls")},
        {QStringLiteral("twitter"), QStringLiteral("social")}});
    m_model->setNow(1'700'000'000'000LL + 2 * 3600 * 1000);
    m_model->applyConnections(fixtures::connections(200));
}

void TestConnectionsModel::cleanup()
{
    delete m_proxyTester;
    delete m_proxy;
    delete m_sourceTester;
    delete m_model;
}

void TestConnectionsModel::displayAndRoles()
{
    QCOMPARE(m_model->rowCount(), 200);
    QCOMPARE(m_proxy->rowCount(), 200);
    const QModelIndex first = m_model->index(3, ConnectionsModel::HealthColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Error"));
    QCOMPARE(
        first.data(ConnectionsModel::HealthRole).value<cc::HealthBadge>().health(), Health::Error);
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("last run failed")));
    QCOMPARE(m_model->index(0, ConnectionsModel::ConnectorColumn).data().toString(),
        QStringLiteral("HubSpot"));
    QCOMPARE(m_model->index(2, ConnectionsModel::OwnerColumn).data().toString(),
        QStringLiteral("Personal · no owner"));
    m_model->setMemberNames({{QStringLiteral("usr_1"), QStringLiteral("Alice Chen")}});
    cc::Connection c = fixtures::connection(2);
    c.setOwnerUserId(QStringLiteral("usr_1"));
    m_model->upsert(c);
    QCOMPARE(m_model->index(2, ConnectionsModel::OwnerColumn).data().toString(),
        QStringLiteral("Personal · Alice Chen"));
    QCOMPARE(m_model->index(5, 0).data(ConnectionsModel::IdRole).toString(),
        QStringLiteral("con_00000005"));
}

void TestConnectionsModel::relativeTimes()
{
    const qint64 now = 1'800'000'000'000LL;
    QCOMPARE(ConnectionsModel::relativeTime(0, now), QStringLiteral("never"));
    QCOMPARE(ConnectionsModel::relativeTime(now - 10'000, now), QStringLiteral("just now"));
    QCOMPARE(ConnectionsModel::relativeTime(now - 5 * 60'000, now), QStringLiteral("5 min ago"));
    QCOMPARE(ConnectionsModel::relativeTime(now - 3 * 3600'000, now), QStringLiteral("3 h ago"));
    QCOMPARE(ConnectionsModel::relativeTime(now - 5 * 86400'000LL, now), QStringLiteral("5 d ago"));
    const QModelIndex synced = m_model->index(0, ConnectionsModel::LastSyncedColumn);
    QVERIFY(synced.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2023-11-14")));
    m_model->setUtc(true);
    QVERIFY(synced.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("UTC")));
}

void TestConnectionsModel::searchCoversNameTypeIdAndError()
{
    m_proxy->setSearchText(QStringLiteral("connection 000042"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setSearchText(QStringLiteral("CON_00000077"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(ConnectionsModel::IdRole).toString(),
        QStringLiteral("con_00000077"));
    m_proxy->setSearchText(QStringLiteral("salesforce"));
    QCOMPARE(m_proxy->rowCount(), 200 / 6 + 1);
    m_proxy->setSearchText(QStringLiteral("upstream 3"));
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        QVERIFY(m_proxy->index(r, ConnectionsModel::LastErrorColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("upstream 3")));
    QVERIFY(m_proxy->rowCount() > 0);
    m_proxy->setSearchText(QStringLiteral("no such thing"));
    QCOMPARE(m_proxy->rowCount(), 0);
    // The connector as the table shows it ("X / Twitter" for twitter).
    m_proxy->setSearchText(QStringLiteral("x / tw"));
    QCOMPARE(m_proxy->rowCount(), 200 / 6 + (200 % 6 > 5 ? 1 : 0));
    QCOMPARE(m_proxy->index(0, ConnectionsModel::ConnectorColumn).data().toString(),
        QStringLiteral("X / Twitter"));
    // Names that arrive while a search is on take part at once.
    m_model->setConnectorNames({{QStringLiteral("fathom"), QStringLiteral("Fathom Video")}});
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText(QStringLiteral("fathom video"));
    QCOMPARE(m_proxy->rowCount(), 200 / 6);
}

void TestConnectionsModel::searchNarrowsAndWidens()
{
    m_proxy->setSearchText(QStringLiteral("connection 0001"));
    const int narrow = m_proxy->rowCount();
    QCOMPARE(narrow, 100); // 000100..000199
    m_proxy->setSearchText(QStringLiteral("connection 00019"));
    QCOMPARE(m_proxy->rowCount(), 10);
    m_proxy->setSearchText(QStringLiteral("connection 0001"));
    QCOMPARE(m_proxy->rowCount(), narrow);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 200);
}

void TestConnectionsModel::healthFilterIsMultiSelectAndCountsIgnoreIt()
{
    QCOMPARE(m_proxy->countFor(Health::Healthy), 60);
    QCOMPARE(m_proxy->countFor(Health::Error), 20);
    QSignalSpy counts(m_proxy, &ConnectionsFilterModel::countsChanged);
    m_proxy->setHealthFilter({Health::Error, Health::Stale});
    QCOMPARE(m_proxy->rowCount(), 40);
    QCOMPARE(m_proxy->countFor(Health::Healthy), 60); // the summary keeps its numbers
    QCOMPARE(counts.count(), 1);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const Health h = m_proxy->index(r, 0)
                             .data(ConnectionsModel::HealthRole)
                             .value<cc::HealthBadge>()
                             .health();
        QVERIFY(h == Health::Error || h == Health::Stale);
    }
    m_proxy->setSearchText(QStringLiteral("connection 00000"));
    QCOMPARE(m_proxy->countFor(Health::Error), 1);
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestConnectionsModel::categoryTypeAndScopeFilters()
{
    m_proxy->setCategoryFilter(QStringLiteral("crm"));
    QCOMPARE(m_proxy->rowCount(), 34 + 34);
    m_proxy->setConnectorTypeFilter(QStringLiteral("salesforce"));
    QCOMPARE(m_proxy->rowCount(), 34);
    m_proxy->clearFilters();
    m_proxy->setScopeFilter(cc::Scope::Personal);
    QCOMPARE(m_proxy->rowCount(), 33);
    m_proxy->clearFilters();
    QCOMPARE(m_proxy->rowCount(), 200);
}

void TestConnectionsModel::sortEveryColumn_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < ConnectionsModel::ColumnCount; ++c)
        QTest::newRow(qPrintable(m_model ? QString() : QString::number(c))) << c;
}

void TestConnectionsModel::sortEveryColumn()
{
    QFETCH(int, column);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(column, order);
        for (int r = 1; r < m_proxy->rowCount(); ++r) {
            const QVariant a = m_proxy->index(r - 1, column).data(ConnectionsModel::SortRole);
            const QVariant b = m_proxy->index(r, column).data(ConnectionsModel::SortRole);
            const int cmp = QVariant::compare(a, b) == QPartialOrdering::Less
                ? -1
                : (QVariant::compare(a, b) == QPartialOrdering::Greater ? 1 : 0);
            QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(r)));
        }
    }
}

void TestConnectionsModel::sortOrderIsTheDocumentedOne()
{
    // Four rows written out by hand, and the order each column must give,
    // ascending and descending, written out too: names and texts compare
    // without case, health by severity (error first, healthy last: the order
    // F8 walks), last synced by time (never first), ties in arrival order.
    ConnectionsModel model;
    ConnectionsFilterModel proxy;
    QAbstractItemModelTester sourceTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setConnectionsModel(&model);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto row = [](const char *id, const char *name, const char *type, const char *health,
                         const char *status, qint64 synced, const char *error, const char *scope,
                         const char *owner) {
        cc::Connection c;
        c.id = QString::fromLatin1(id);
        c.name = QString::fromUtf8(name);
        c.connectorType = QString::fromLatin1(type);
        c.setHealthText(QString::fromLatin1(health));
        c.setStatusText(QString::fromLatin1(status));
        c.lastSyncedAtMs = synced;
        c.lastError = QString::fromUtf8(error);
        c.scope = cc::scopeFromString(QString::fromLatin1(scope));
        c.setOwnerUserId(QString::fromLatin1(owner));
        return c;
    };
    model.setMemberNames({{QStringLiteral("u2"), QStringLiteral("Zoe")}});
    model.applyConnections({
        row("A", "beta", "hubspot", "healthy", "connected", 3000, "", "business", ""),
        row("B", "Alpha", "gmail", "error", "error", 1000, "Timeout", "personal", "u2"),
        row("C", "gamma", "slack", "stale", "paused", 2000, "zzz stale", "business", ""),
        row("D", "delta", "fathom", "needs_reauth", "pending", 0, "Key revoked", "personal", ""),
    });
    const auto order = [&proxy](int column, Qt::SortOrder direction) {
        proxy.sort(column, direction);
        QString ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids += proxy.index(r, 0).data(ConnectionsModel::IdRole).toString();
        return ids;
    };
    using M = ConnectionsModel;
    QCOMPARE(order(M::NameColumn, Qt::AscendingOrder), QStringLiteral("BADC"));
    QCOMPARE(order(M::NameColumn, Qt::DescendingOrder), QStringLiteral("CDAB"));
    QCOMPARE(order(M::ConnectorColumn, Qt::AscendingOrder), QStringLiteral("DBAC"));
    QCOMPARE(order(M::ConnectorColumn, Qt::DescendingOrder), QStringLiteral("CABD"));
    QCOMPARE(order(M::HealthColumn, Qt::AscendingOrder), QStringLiteral("BDCA"));
    QCOMPARE(order(M::HealthColumn, Qt::DescendingOrder), QStringLiteral("ACDB"));
    QCOMPARE(order(M::StatusColumn, Qt::AscendingOrder), QStringLiteral("ABCD"));
    QCOMPARE(order(M::StatusColumn, Qt::DescendingOrder), QStringLiteral("DCBA"));
    QCOMPARE(order(M::LastSyncedColumn, Qt::AscendingOrder), QStringLiteral("DBCA"));
    QCOMPARE(order(M::LastSyncedColumn, Qt::DescendingOrder), QStringLiteral("ACBD"));
    QCOMPARE(order(M::LastErrorColumn, Qt::AscendingOrder), QStringLiteral("ADBC"));
    QCOMPARE(order(M::LastErrorColumn, Qt::DescendingOrder), QStringLiteral("CBDA"));
    QCOMPARE(order(M::OwnerColumn, Qt::AscendingOrder), QStringLiteral("DBAC"));
    QCOMPARE(order(M::OwnerColumn, Qt::DescendingOrder), QStringLiteral("ACBD"));
}

void TestConnectionsModel::pollUpdateInPlaceKeepsSelectionAndSignalsOnce()
{
    const QPersistentModelIndex selected = m_proxy->index(10, 0);
    const QString selectedId = selected.data(ConnectionsModel::IdRole).toString();
    QVector<cc::Connection> next = fixtures::connections(200);
    for (int i = 0; i < 200; i += 4)
        next[i].lastError = QStringLiteral("changed %1").arg(i);
    QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_model, &ConnectionsModel::rowsChanged);
    m_model->applyConnections(next);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QVector<int>>().size(), 50);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0); // sorted by name: nothing moved
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(ConnectionsModel::IdRole).toString(), selectedId);
    QCOMPARE(m_model->index(4, ConnectionsModel::LastErrorColumn).data().toString(),
        QStringLiteral("changed 4"));
}

void TestConnectionsModel::pollUpdateMovesRowWhoseSortKeyChanged()
{
    m_proxy->sort(ConnectionsModel::HealthColumn);
    m_proxy->setHealthFilter({Health::Error});
    const QPersistentModelIndex tracked = m_proxy->indexOfId(QStringLiteral("con_00000013"));
    QVERIFY(tracked.isValid());
    QVector<cc::Connection> next = fixtures::connections(200);
    next[13].setHealthText(QStringLiteral("healthy")); // recovered: leaves the Error filter
    next[17].health = Health::Error; // broke: joins it
    m_model->applyConnections(next);
    QVERIFY(!tracked.isValid());
    QVERIFY(m_proxy->indexOfId(QStringLiteral("con_00000017")).isValid());
    QCOMPARE(m_proxy->rowCount(), 20);
    QCOMPARE(m_proxy->countFor(Health::Healthy), 61);
}

void TestConnectionsModel::pollAddsAndRemovesRows()
{
    QVector<cc::Connection> next = fixtures::connections(200);
    next.removeAt(5);
    next.push_back(fixtures::connection(500));
    m_model->applyConnections(next);
    QCOMPARE(m_model->rowCount(), 200);
    QCOMPARE(m_model->rowOf(QStringLiteral("con_00000005")), -1);
    QVERIFY(m_proxy->indexOfId(QStringLiteral("con_00000500")).isValid());
    QVERIFY(!m_proxy->indexOfId(QStringLiteral("con_00000005")).isValid());
}

void TestConnectionsModel::emptyFilterResultHasHeaders()
{
    m_proxy->setSearchText(QStringLiteral("zzz-nothing"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(
        m_proxy->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Name"));
}

void TestConnectionsModel::searchThatKeepsTheRowsKeepsTheSelection()
{
    m_proxy->setSearchText(QStringLiteral("hub"));
    const int rows = m_proxy->rowCount();
    QCOMPARE(rows, 200 / 6 + 1);
    const QPersistentModelIndex selected = m_proxy->index(3, 0);
    const QString id = selected.data(ConnectionsModel::IdRole).toString();
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    // "hubs" matches the same rows: the view is told nothing, so the
    // selection, the current row and the scroll position stay.
    m_proxy->setSearchText(QStringLiteral("hubs"));
    QCOMPARE(m_proxy->rowCount(), rows);
    QCOMPARE(resets.count(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(ConnectionsModel::IdRole).toString(), id);
    // A keystroke that changes the rows does reset.
    m_proxy->setSearchText(QStringLiteral("hubs 1"));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestConnectionsModel::searchFollowsRenamesRemovalsAndNonAsciiNames()
{
    QVector<cc::Connection> next = fixtures::connections(200);
    next[10].name = QStringLiteral("Ärger Über GmbH");
    next[10].fingerprint = 0;
    next[11].lastError = QStringLiteral("Token REVOKED by the provider");
    next[11].fingerprint = 0;
    m_model->applyConnections(next);
    m_proxy->setSearchText(QStringLiteral("ärger über"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(ConnectionsModel::IdRole).toString(),
        QStringLiteral("con_00000010"));
    m_proxy->setSearchText(QStringLiteral("connection 000010"));
    QCOMPARE(m_proxy->rowCount(), 0); // the old name is gone from the index
    m_proxy->setSearchText(QStringLiteral("revoked"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(ConnectionsModel::IdRole).toString(),
        QStringLiteral("con_00000011"));

    // Removing a row moves every later row up: each still finds itself.
    next.removeAt(3);
    m_model->applyConnections(next);
    for (const char *id : {"con_00000002", "con_00000004", "con_00000199"}) {
        m_proxy->setSearchText(QString::fromLatin1(id));
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, 0).data(ConnectionsModel::IdRole).toString(),
            QString::fromLatin1(id));
    }
    m_proxy->setSearchText(QStringLiteral("con_00000003"));
    QCOMPARE(m_proxy->rowCount(), 0);

    // The name sort reads the same index: the renamed row sorts under Ä.
    m_proxy->setSearchText(QString());
    m_proxy->sort(ConnectionsModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("Ärger Über GmbH"));
}

void TestConnectionsModel::rareFieldsAreCopiedAsValues()
{
    cc::Connection a = fixtures::connection(1);
    a.setHandle(QStringLiteral("openai"));
    a.setStatusText(QStringLiteral("hibernating")); // a status this console does not know
    cc::Connection b = a;
    b.setHandle(QStringLiteral("anthropic"));
    b.setOwnerUserId(QStringLiteral("usr_9"));
    QCOMPARE(a.handle(), QStringLiteral("openai"));
    QVERIFY(a.ownerUserId().isEmpty());
    QCOMPARE(b.handle(), QStringLiteral("anthropic"));
    QCOMPARE(a.status, cc::ConnectionStatus::Unknown);
    QCOMPARE(b.statusText(), QStringLiteral("hibernating"));
    b.setStatusText(QStringLiteral("connected"));
    QCOMPARE(b.status, cc::ConnectionStatus::Connected);
    QCOMPARE(b.statusText(), QStringLiteral("connected"));
    QCOMPARE(a.statusText(), QStringLiteral("hibernating"));
    QVERIFY(a != b);
}

void TestConnectionsModel::typingFindsLaterMatchesAndLeavesTypeMatches()
{
    QVector<cc::Connection> next = fixtures::connections(200);
    next[7].name = QStringLiteral("Abcab abd"); // "ab" first at 0, "abd" only at 6
    next[7].fingerprint = 0;
    next[12].name = QStringLiteral("Hubert's hub"); // a hubspot row
    next[12].fingerprint = 0;
    QCOMPARE(next[12].connectorType, QStringLiteral("hubspot"));
    m_model->applyConnections(next);
    auto ids = [this] {
        QStringList out;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            out << m_proxy->index(r, 0).data(ConnectionsModel::IdRole).toString();
        return out;
    };
    // Typed a character at a time, as in the search field.
    for (const QString &typed : {QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abd")})
        m_proxy->setSearchText(typed);
    QCOMPARE(ids(), QStringList{QStringLiteral("con_00000007")});
    m_proxy->setSearchText(QString());
    // "hub" matches every hubspot row by type; "hube" only the one whose name has it.
    for (const QString &typed : {QStringLiteral("h"), QStringLiteral("hu"), QStringLiteral("hub")})
        m_proxy->setSearchText(typed);
    QCOMPARE(m_proxy->rowCount(), 200 / 6 + 1);
    m_proxy->setSearchText(QStringLiteral("hube"));
    QCOMPARE(ids(), QStringList{QStringLiteral("con_00000012")});

    // A poll renames the row while the search is on; typing on still sees the new name.
    m_proxy->setSearchText(QStringLiteral("hu"));
    next[12].name = QStringLiteral("Renamed");
    next[12].fingerprint = 0;
    next[18].name = QStringLiteral("Hubble");
    next[18].fingerprint = 0;
    m_model->applyConnections(next);
    m_proxy->setSearchText(QStringLiteral("hub"));
    m_proxy->setSearchText(QStringLiteral("hubb"));
    QCOMPARE(ids(), QStringList{QStringLiteral("con_00000018")});
}

void TestConnectionsModel::clearFiltersClearsTheHealthFilterToo()
{
    m_proxy->setHealthFilter({Health::Error});
    QCOMPARE(m_proxy->rowCount(), 20);
    m_proxy->clearFilters(); // search, category, type and scope were already clear
    QCOMPARE(m_proxy->rowCount(), 200);
    QVERIFY(m_proxy->healthFilter().isEmpty());
}

void TestConnectionsModel::everyRowRenamedTwiceStillSearches()
{
    // More new text than the index keeps in reserve: it rebuilds itself.
    QVector<cc::Connection> next = fixtures::connections(200);
    for (const QString &prefix : {QStringLiteral("Renamed once"), QStringLiteral("Second name")}) {
        for (int i = 0; i < next.size(); ++i) {
            next[i].name = QStringLiteral("%1 %2 — a longer name than before").arg(prefix).arg(i);
            next[i].fingerprint = 0;
        }
        m_model->applyConnections(next);
    }
    m_proxy->setSearchText(QStringLiteral("renamed once"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText(QStringLiteral("second name 17 —"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(ConnectionsModel::IdRole).toString(),
        QStringLiteral("con_00000017"));
    m_proxy->setSearchText(QStringLiteral("con_0000019"));
    QCOMPARE(m_proxy->rowCount(), 10);
}

void TestConnectionsModel::randomTypingFiltersAndPollsMatchABruteForceFilter()
{
    // The filter model's shortcuts (narrowing, previous match positions, type
    // matches, the index's append-and-rebuild) against the plainest filter
    // there is, over a seeded random session of typing, filters and polls.
    QRandomGenerator rng(20261123);
    QVector<cc::Connection> rows = fixtures::connections(120);
    m_model->applyConnections(rows);
    const QString alphabet = QStringLiteral("con 0123hubsptimedxÄä/—");
    const QHash<QString, QString> names
        = {{QStringLiteral("twitter"), QStringLiteral("X / Twitter")},
            {QStringLiteral("hubspot"), QStringLiteral("HubSpot")}};
    m_model->setConnectorNames(names);
    QString typed;
    QString type;
    QSet<Health> health;
    int nextId = 1000;
    auto expected = [&] {
        return bruteForceIds(rows, typed, type, health, names);
    };
    auto shown = [this] {
        return shownIds(*m_proxy);
    };
    for (int step = 0; step < 1500; ++step) {
        const int op = int(rng.bounded(100));
        if (op < 45) { // type a character
            typed += alphabet.at(int(rng.bounded(alphabet.size())));
            m_proxy->setSearchText(typed);
        } else if (op < 60) { // backspace
            typed.chop(1);
            m_proxy->setSearchText(typed);
        } else if (op < 64) { // select all and type something else
            typed = QString(alphabet.at(int(rng.bounded(alphabet.size()))));
            m_proxy->setSearchText(typed);
        } else if (op < 80) { // a poll: renames, new errors, a row gone, a row new
            for (int k = 0; k < 6; ++k) {
                cc::Connection &c = rows[int(rng.bounded(rows.size()))];
                QString name;
                for (int n = 0; n < 8; ++n)
                    name += alphabet.at(int(rng.bounded(alphabet.size())));
                (rng.bounded(2) ? c.name : c.lastError) = name;
                c.fingerprint = 0;
            }
            if (rng.bounded(3) == 0 && rows.size() > 20)
                rows.removeAt(int(rng.bounded(rows.size())));
            if (rng.bounded(3) == 0)
                rows.push_back(fixtures::connection(nextId++));
            m_model->applyConnections(rows);
        } else if (op < 86) {
            health.clear();
            for (Health h : {Health::Error, Health::Healthy, Health::Stale}) {
                if (rng.bounded(2))
                    health.insert(h);
            }
            m_proxy->setHealthFilter(health);
        } else if (op < 92) {
            type = rng.bounded(2) ? QString() : QStringLiteral("hubspot");
            m_proxy->setConnectorTypeFilter(type);
        } else if (op < 95) {
            m_proxy->sort(int(rng.bounded(int(ConnectionsModel::ColumnCount))),
                rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        } else {
            m_proxy->clearFilters();
            typed.clear();
            type.clear();
            health.clear();
        }
        const QStringList want = expected();
        const QStringList got = shown();
        if (got != want) {
            QFAIL(qPrintable(QStringLiteral("step %1, search \"%2\": %3 rows shown, %4 expected")
                                 .arg(step)
                                 .arg(typed)
                                 .arg(got.size())
                                 .arg(want.size())));
        }
    }
}

void TestConnectionsModel::typingLongSearchesMatchesABruteForceFilterAtEveryKey()
{
    // Long searches typed a key at a time, past the filter's look-ahead of
    // the characters after each match, across a character above U+00FF,
    // through type-only matches and trailing spaces, with a poll that moves
    // matches half-way: every keystroke against the plain filter.
    QVector<cc::Connection> rows = fixtures::connections(300);
    rows[7].name = QStringLiteral("Connection 000007 — Straße Ärger");
    rows[8].name = QStringLiteral("Connection 000008 — Strasse");
    rows[9].name = QStringLiteral("Data warehouse");
    const QHash<QString, QString> names = {{QStringLiteral("hubspot"), QStringLiteral("HubSpot")}};
    m_model->setConnectorNames(names);
    m_model->applyConnections(rows);
    m_proxy->sort(ConnectionsModel::NameColumn, Qt::AscendingOrder);
    auto typeAKeyAtATime = [&](const QString &word) {
        for (qsizetype i = 1; i <= word.size(); ++i) {
            const QString typed = word.left(i);
            m_proxy->setSearchText(typed);
            const QStringList want = bruteForceIds(rows, typed, {}, {}, names);
            const QStringList got = shownIds(*m_proxy);
            if (got != want) {
                QFAIL(qPrintable(QStringLiteral("search \"%1\": %2 rows shown, %3 expected")
                                     .arg(typed)
                                     .arg(got.size())
                                     .arg(want.size())));
            }
        }
    };
    const struct
    {
        QString word;
        int rows;
        bool fromEmpty; // else typed over the previous search (it widens first)
    } searches[] = {
        {QStringLiteral("connection 000123"), 1, true},
        {QStringLiteral("connection 000007 — straße ärger"), 1, true},
        {QStringLiteral("connection 00000"), 9, true}, // 0..9 but the data warehouse
        {QStringLiteral("connection 000008 — s"), 1, false},
        // U+0161 shares its low byte with 'a': only the whole character matches.
        {QStringLiteral("connection 000008 — str\u0161"), 0, true},
        {QStringLiteral("connection 000\u0161"), 0, true},
        {QStringLiteral("dat\u0161"), 0, true},
        // Error rows are every tenth from 3, their upstream is i % 7: 3, 73, 143, 213, 283.
        {QStringLiteral("timed out waiting for upstream 3"), 5, true},
        // "h" is in no name or id: hubspot rows match by their type alone.
        {QStringLiteral("hubspot"), 50, true},
        // "s" is a type-only match for salesforce and slack rows, then "sa" for salesforce.
        {QStringLiteral("sales"), 50, true},
    };
    for (const auto &search : searches) {
        if (search.fromEmpty)
            m_proxy->setSearchText({});
        typeAKeyAtATime(search.word);
        QCOMPARE(m_proxy->rowCount(), search.rows);
    }
    m_proxy->setSearchText({});
    typeAKeyAtATime(QStringLiteral("con"));
    // A poll renames rows so that their match moves further into the name.
    for (int i : {10, 20, 30}) {
        rows[i].name = QStringLiteral("zz con") + rows[i].name;
        rows[i].fingerprint = 0;
    }
    rows[40].name = QStringLiteral("Renamed");
    rows[40].fingerprint = 0;
    m_model->applyConnections(rows);
    typeAKeyAtATime(QStringLiteral("connection 0000"));
    QCOMPARE(m_proxy->rowCount(), 98); // 0..99 but 9 and 40
}

QTEST_GUILESS_MAIN(TestConnectionsModel)
#include "tst_connectionsmodel.moc"
