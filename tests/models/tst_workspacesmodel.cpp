// WorkspacesModel: the switcher's rows under QAbstractItemModelTester, the
// current and held flags, the environment badges' texts and tones, and
// rowOf() for ids that are and are not listed.
#include "workspacesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

namespace {
Workspace ws(const char *id, const char *name, Workspace::Environment e)
{
    Workspace w;
    w.id = QString::fromLatin1(id);
    w.slug = w.id;
    w.name = QString::fromLatin1(name);
    w.environment = e;
    return w;
}
} // namespace

class TestWorkspacesModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFlagsAndBadges();
};

void TestWorkspacesModel::rowsFlagsAndBadges()
{
    WorkspacesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("a")), -1);

    model.setWorkspaces({ws("a", "Alpha", Workspace::Environment::Production),
                            ws("b", "", Workspace::Environment::Staging),
                            ws("c", "Gamma", Workspace::Environment::Development)},
        QStringLiteral("b"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("zz")), -1);
    // A workspace without a name shows its slug.
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("b"));
    QCOMPARE(model.index(0).data(WorkspacesModel::EnvironmentLabelRole).toString(),
        QStringLiteral("Production"));
    QCOMPARE(model.index(1).data(WorkspacesModel::EnvironmentLabelRole).toString(),
        QStringLiteral("Staging"));
    QCOMPARE(model.index(2).data(WorkspacesModel::EnvironmentLabelRole).toString(),
        QStringLiteral("Development"));
    QVERIFY(model.index(1).data(WorkspacesModel::CurrentRole).toBool());
    QVERIFY(!model.index(0).data(WorkspacesModel::CurrentRole).toBool());
    // The current one is always held; others only once said so.
    QVERIFY(model.index(1).data(WorkspacesModel::HeldRole).toBool());
    QVERIFY(!model.index(0).data(WorkspacesModel::HeldRole).toBool());
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Alpha (a) · Production · switching opens the browser to sign in"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHeld({QStringLiteral("a")});
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(0).data(WorkspacesModel::HeldRole).toBool());
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Alpha (a) · Production · switching needs no sign-in"));
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(),
        QStringLiteral("b (b) · Staging · signed in now"));
    // The badge tones: production red, staging amber, development green.
    QCOMPARE(environmentTone(Workspace::Environment::Production), StatusPalette::Tone::Error);
    QCOMPARE(environmentTone(Workspace::Environment::Staging), StatusPalette::Tone::Warning);
    QCOMPARE(environmentTone(Workspace::Environment::Development), StatusPalette::Tone::Success);
    QCOMPARE(environmentTone(Workspace::Environment::Unknown), StatusPalette::Tone::Neutral);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.currentId().isEmpty());
}

QTEST_MAIN(TestWorkspacesModel)
#include "tst_workspacesmodel.moc"
