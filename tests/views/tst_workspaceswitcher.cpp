// WorkspaceSwitcher offscreen: hidden choices are never switched to by an
// arrow key or the wheel (arrows open the list), choosing another row asks
// for the switch and the switcher stays on the current one until it has
// happened, and from eight workspaces on typed text searches by any part of
// the name.
#include "workspacesmodel.h"
#include "workspaceswitcher.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

namespace {
QVector<Workspace> workspaces(int n)
{
    QVector<Workspace> rows;
    for (int i = 0; i < n; ++i) {
        Workspace w;
        w.id = QStringLiteral("id%1").arg(i);
        w.slug = QStringLiteral("ws-%1").arg(i);
        w.name
            = i == n - 1 ? QStringLiteral("Research sandbox") : QStringLiteral("Clinic %1").arg(i);
        w.environment = Workspace::Environment(i % 3);
        rows << w;
    }
    return rows;
}
} // namespace

class TestWorkspaceSwitcher : public QObject
{
    Q_OBJECT

private slots:
    void arrowsOpenTheListAndEnterSwitches();
    void searchableWhenMany();
};

void TestWorkspaceSwitcher::arrowsOpenTheListAndEnterSwitches()
{
    WorkspacesModel model;
    model.setWorkspaces(workspaces(3), QStringLiteral("id0"));
    WorkspaceSwitcher switcher(&model);
    switcher.show();
    QVERIFY(QTest::qWaitForWindowExposed(&switcher));
    QVERIFY(!switcher.isEditable());
    QSignalSpy requested(&switcher, &WorkspaceSwitcher::switchRequested);
    switcher.setFocus();
    QTest::keyClick(&switcher, Qt::Key_Down);
    QCOMPARE(requested.count(), 0); // opened, not switched
    QTRY_VERIFY(switcher.view()->isVisible());
    QTest::keyClick(switcher.view(), Qt::Key_Down);
    QTest::keyClick(switcher.view(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("id1"));
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("Clinic 1"));
    // Until the switch happens, the current workspace is shown.
    QCOMPARE(switcher.currentIndex(), 0);
    // Choosing the current one asks for nothing.
    switcher.showPopup();
    QTRY_VERIFY(switcher.view()->isVisible());
    QTest::keyClick(switcher.view(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
}

void TestWorkspaceSwitcher::searchableWhenMany()
{
    WorkspacesModel model;
    model.setWorkspaces(workspaces(WorkspaceSwitcher::kSearchableFrom - 1), QStringLiteral("id0"));
    WorkspaceSwitcher switcher(&model);
    QVERIFY(!switcher.isEditable());
    model.setWorkspaces(workspaces(WorkspaceSwitcher::kSearchableFrom + 2), QStringLiteral("id0"));
    QVERIFY(switcher.isEditable());
    QCOMPARE(switcher.lineEdit()->text(), QStringLiteral("Clinic 0"));
    QCOMPARE(switcher.completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(switcher.completer()->caseSensitivity(), Qt::CaseInsensitive);
    // Any part of the name, in any case.
    switcher.completer()->setCompletionPrefix(QStringLiteral("SANDBOX"));
    QCOMPARE(switcher.completer()->completionCount(), 1);
    QCOMPARE(switcher.completer()->currentCompletion(), QStringLiteral("Research sandbox"));
    switcher.completer()->setCompletionPrefix(QStringLiteral("clinic"));
    QCOMPARE(switcher.completer()->completionCount(), WorkspaceSwitcher::kSearchableFrom + 1);
}

QTEST_MAIN(TestWorkspaceSwitcher)
#include "tst_workspaceswitcher.moc"
