// What a screen reader gets from the console as it ships (built through the
// composition root), against the sandbox's demo seed:
//  - every widget that takes keyboard focus on every page, in the window's
//    identity bar and in the main dialogs (catalog picker, data source, conversion,
//    keyboard shortcuts, preferences) has an accessible name (its own, its buddy
//    label's, or its text): Qt's accessibility interface is asked, as an
//    assistive technology would through AT-SPI;
//  - the charts give their text summary as the accessible description;
//  - the badge column's cells read as the badge's word, not as a picture;
//  - Tab, pressed from the page list, goes through every page in reading
//    order (down a column, then on to the next; left to right in a row),
//    and the widget it reaches is always on screen (scroll areas follow).
#include "catalogpickerdialog.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "convertenvironmentdialog.h"
#include "dailybarschart.h"
#include "datasourcedialog.h"
#include "datasourcescontroller.h"
#include "datasourcesmodel.h"
#include "datasourcespage.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sandboxprocess.h"
#include "shortcutsdialog.h"
#include "testconsole.h"
#include "workspacecontroller.h"
#include "workspacepage.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("a11y-admin-key");

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p && chain.size() < 4; p = p->parentWidget())
        chain << QStringLiteral("%1(%2)").arg(
            QLatin1String(p->metaObject()->className()), p->objectName());
    return chain.join(QStringLiteral(" < "));
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFocusableWidgetHasAName();
    void chartsAndBadgesReadAsText();
    void focusFollowsTheReadingOrder();

private:
    QStringList unnamedIn(QWidget *root) const;

    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("demo=") + kAdmin,
        QStringLiteral("--seed"), QStringLiteral("demo")}};
    QTemporaryDir m_dir;
    std::unique_ptr<TestConsole> m_t;
};

void TestAccessibility::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_t = std::make_unique<TestConsole>(m_dir.filePath(QStringLiteral("a11y.ini")));
    m_t->console.show();
    QVERIFY(m_t->startWithKey(m_sandbox.origin(), kAdmin));
}

QStringList TestAccessibility::unnamedIn(QWidget *root) const
{
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // A view's viewport and a combo box's line edit speak for their owner.
        if (qobject_cast<QAbstractItemView *>(w->parentWidget()) || w->focusProxy())
            continue;
        if (accessibleName(w).isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

void TestAccessibility::everyFocusableWidgetHasAName()
{
    MainWindow *window = m_t->console.window();
    QStringList unnamed;
    const QList<QWidget *> pages{window->connectionsPage(), m_t->console.failuresPage(),
        m_t->console.dataSourcesPage(), m_t->console.workspacePage(), m_t->console.cadencePage()};
    for (QWidget *page : pages) {
        window->showPage(page);
        QTest::qWait(0); // let the page lay itself out
        unnamed << unnamedIn(window);
    }
    // With a row selected, the detail panes show their buttons and fields too.
    window->showPage(window->connectionsPage());
    window->connectionsPage()->table()->selectRow(0);
    unnamed << unnamedIn(window);
    window->showPage(m_t->console.dataSourcesPage());
    QTRY_VERIFY(m_t->console.dataSources()->rowCount() > 0);
    m_t->console.dataSourcesPage()->table()->selectRow(0);
    for (int tab = 0; tab < m_t->console.dataSourcesPage()->tabs()->count(); ++tab) {
        m_t->console.dataSourcesPage()->tabs()->setCurrentIndex(tab);
        unnamed << unnamedIn(window);
    }
    // The dialogs: the catalog picker, a new data source, environment conversion.
    QDialog *picker = window->openCatalogPicker();
    QTRY_VERIFY(picker->isVisible());
    unnamed << unnamedIn(picker);
    picker->reject();
    m_t->console.dataSourcesPage()->createButton()->click();
    QDialog *source = m_t->console.dataSourcesController()->openDialog();
    QVERIFY(source);
    QTRY_VERIFY(source->isVisible());
    unnamed << unnamedIn(source);
    source->reject();
    window->showPage(m_t->console.workspacePage());
    QTRY_VERIFY(m_t->console.workspacePage()->convertButton()->isEnabled());
    m_t->console.workspacePage()->convertButton()->click();
    QDialog *convert = m_t->console.workspaceController()->convertDialog();
    QVERIFY(convert);
    QTRY_VERIFY(convert->isVisible());
    unnamed << unnamedIn(convert);
    convert->reject();
    // Help ▸ Keyboard Shortcuts and File ▸ Preferences.
    QDialog *shortcuts = window->openShortcuts();
    QTRY_VERIFY(shortcuts->isVisible());
    unnamed << unnamedIn(shortcuts);
    shortcuts->reject();
    QDialog *preferences = window->openPreferences();
    QTRY_VERIFY(preferences->isVisible());
    unnamed << unnamedIn(preferences);
    preferences->reject();
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::chartsAndBadgesReadAsText()
{
    MainWindow *window = m_t->console.window();
    DataSourcesPage *page = m_t->console.dataSourcesPage();
    window->showPage(page);
    QTRY_VERIFY(m_t->console.dataSources()->rowCount() > 0);
    page->table()->selectRow(0);
    page->tabs()->setCurrentIndex(1);
    DailyBarsChart *chart = page->chart();
    QTRY_VERIFY_WITH_TIMEOUT(!chart->days().isEmpty(), 10000);
    QAccessibleInterface *chartIface = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(chartIface);
    QCOMPARE(chartIface->text(QAccessible::Name), QStringLiteral("Events per day"));
    QVERIFY2(chartIface->text(QAccessible::Description).contains(QStringLiteral("events")),
        qPrintable(chartIface->text(QAccessible::Description)));

    // The connections' health badge: the cell reads as its word.
    window->showPage(window->connectionsPage());
    QTableView *table = window->connectionsPage()->table();
    QAccessibleInterface *tableIface = QAccessible::queryAccessibleInterface(table);
    QVERIFY(tableIface && tableIface->tableInterface());
    const QModelIndex badge = table->model()->index(0, ConnectionsModel::HealthColumn);
    QAccessibleInterface *cell
        = tableIface->tableInterface()->cellAt(badge.row(), ConnectionsModel::HealthColumn);
    QVERIFY(cell);
    const QString word = cell->text(QAccessible::Name);
    QVERIFY2(
        QStringList({QStringLiteral("Healthy"), QStringLiteral("Stale"), QStringLiteral("Degraded"),
                        QStringLiteral("Error"), QStringLiteral("Rate limited"),
                        QStringLiteral("Syncing"), QStringLiteral("Needs re-auth"),
                        QStringLiteral("Disconnected"), QStringLiteral("Unknown")})
            .contains(word),
        qPrintable(word));
}

namespace {
// Where `w` is in the window: a rectangle in window coordinates.
QRect inWindow(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// True when a reader reaches `b` before `a`: `b` is in the same column and
// above, or in the same row and to the left. Moving on to the next column
// (up and to the right) is the reading order of a split view.
bool readBefore(const QRect &b, const QRect &a)
{
    const bool sameColumn = b.left() < a.right() && a.left() < b.right();
    const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
    if (sameColumn && b.bottom() <= a.top())
        return true;
    return sameRow && !sameColumn && b.right() <= a.left();
}

// Visible where it is: inside every scroll area it is in.
bool onScreen(QWidget *w)
{
    const QRect r = inWindow(w);
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
            if (!inWindow(area->viewport()).intersects(r))
                return false;
        }
    }
    return w->isVisible() && w->window()->rect().intersects(r);
}
} // namespace

void TestAccessibility::focusFollowsTheReadingOrder()
{
    MainWindow *window = m_t->console.window();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QStringList problems;
    // Tab through the whole window from the page list, as a keyboard user
    // does, and look at the order within the page shown.
    // `atLeast`: how many of the page's controls Tab must reach (all of them
    // are checked; the count proves the walk went through the page).
    const auto walk = [&](QWidget *page, const QString &where, int atLeast) {
        QWidget *start = window->findChild<QListWidget *>(QStringLiteral("pageList"));
        QVERIFY(start);
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QList<QWidget *> order;
        QList<QRect> seenAt; // each where it was when it had focus (scroll areas follow focus)
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *f = QApplication::focusWidget();
            if (!f || f == start)
                break;
            // A scroll area draws no focus: it is never a stop of its own.
            if (qobject_cast<QScrollArea *>(f))
                problems << where
                        + QStringLiteral(": Tab stops on %1, which shows no focus")
                              .arg(describe(f));
            if (!onScreen(f))
                problems << where
                        + QStringLiteral(": focus on %1, which is not on screen").arg(describe(f));
            if (page->isAncestorOf(f) && !order.contains(f)) {
                order << f;
                seenAt << inWindow(f);
            }
        }
        QVERIFY2(order.size() >= atLeast,
            qPrintable(QStringLiteral("%1: Tab reached %2 controls").arg(where).arg(order.size())));
        for (int i = 1; i < order.size(); ++i) {
            // A scroll area is read as a whole: it, then what it holds.
            if (order[i - 1]->isAncestorOf(order[i]))
                continue;
            if (readBefore(seenAt[i], seenAt[i - 1]))
                problems << where
                        + QStringLiteral(": Tab goes from %1 back to %2")
                              .arg(describe(order[i - 1]), describe(order[i]));
        }
    };
    for (const auto &[page, atLeast] :
        {std::pair{static_cast<QWidget *>(window->connectionsPage()), 9},
            std::pair{static_cast<QWidget *>(m_t->console.failuresPage()), 3},
            std::pair{static_cast<QWidget *>(m_t->console.workspacePage()), 7},
            std::pair{static_cast<QWidget *>(m_t->console.cadencePage()), 1}}) {
        window->showPage(page);
        QTest::qWait(0);
        // The Workspace page's fields are enabled once its permissions are in.
        if (page == m_t->console.workspacePage())
            QTRY_VERIFY(m_t->console.workspacePage()->convertButton()->isEnabled());
        walk(page, page->objectName(), atLeast);
    }
    window->showPage(window->connectionsPage());
    window->connectionsPage()->table()->selectRow(0);
    walk(window->connectionsPage(), QStringLiteral("connections, a row selected"), 15);
    window->showPage(m_t->console.dataSourcesPage());
    QTRY_VERIFY(m_t->console.dataSources()->rowCount() > 0);
    m_t->console.dataSourcesPage()->table()->selectRow(0);
    walk(m_t->console.dataSourcesPage(), QStringLiteral("data sources, a row selected"), 12);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
