// Desktop notifications: a connection turning error / needs_reauth, merged
// bursts, recovery, silence on the first load, and the off switch.
#include "../models/modelfixtures.h"
#include "connectionnotifier.h"
#include "connectionsmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace cc;

class TestNotifier : public QObject
{
    Q_OBJECT

private slots:
    void mergesTransitionsAndRecoveries();
    void switchedOff();
};

static void setHealth(QVector<Connection> &rows, int i, Health h)
{
    rows[i].setHealthText(healthToString(h));
    rows[i].fingerprint = 0;
}

void TestNotifier::mergesTransitionsAndRecoveries()
{
    ConnectionsModel model;
    ConnectionNotifier notifier(&model);
    notifier.setMergeWindowMs(50);
    QSignalSpy spy(&notifier, &ConnectionNotifier::notified);
    QVector<Connection> rows = fixtures::connections(20); // includes error rows: not news
    model.applyConnections(rows);
    QVERIFY(!notifier.isPending()); // the first load is the baseline: nothing to tell
    QCOMPARE(spy.count(), 0);

    setHealth(rows, 0, Health::Error); // healthy -> error
    setHealth(rows, 1, Health::NeedsReauth); // healthy -> needs_reauth
    model.applyConnections(rows);
    setHealth(rows, 4, Health::Degraded); // degraded: not notified
    model.applyConnections(rows);
    QTRY_COMPARE(spy.count(), 1); // one notification for the burst
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("2 connections need attention"));
    QVERIFY(spy.first().at(1).toString().contains(QStringLiteral("Connection 000000")));
    QVERIFY(spy.first().at(1).toString().contains(QStringLiteral("Connection 000001")));

    setHealth(rows, 0, Health::Syncing); // syncing is not recovery yet
    model.applyConnections(rows);
    QVERIFY(!notifier.isPending());
    QCOMPARE(spy.count(), 1);
    setHealth(rows, 0, Health::Healthy);
    model.applyConnections(rows);
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("“Connection 000000” recovered"));
}

void TestNotifier::switchedOff()
{
    ConnectionsModel model;
    ConnectionNotifier notifier(&model);
    notifier.setMergeWindowMs(20);
    notifier.setEnabled(false);
    QSignalSpy spy(&notifier, &ConnectionNotifier::notified);
    QVector<Connection> rows = fixtures::connections(5);
    model.applyConnections(rows);
    setHealth(rows, 0, Health::Error);
    model.applyConnections(rows);
    QVERIFY(!notifier.isPending());
    QCOMPARE(spy.count(), 0);
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
