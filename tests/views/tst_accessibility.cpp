// What a screen reader gets from the console as it ships (built through the
// composition root), against the sandbox's demo seed:
//  - every widget that takes keyboard focus on every page, in the window's
//    identity bar and in the main dialogs (catalog picker, data source, conversion,
//    keyboard shortcuts, preferences) has an accessible name (its own, its buddy
//    label's, or its text): Qt's accessibility interface is asked, as an
//    assistive technology would through AT-SPI;
//  - the charts give their text summary as the accessible description;
//  - the badge column's cells read as the badge's word, not as a picture.
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
#include <QPushButton>
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

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
