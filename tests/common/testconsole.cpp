#include "testconsole.h"

#include "mainwindow.h"
#include "translations.h"
#include "workspacesmodel.h"
#include "workspaceswitcher.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QTest>
#include <map>
#include <memory>

namespace {
// What a user of `locale` reads: English (plural forms included) unless the
// test asks for another language. The one installed before is removed.
int installLanguage(const QLocale &locale)
{
    static std::map<QString, std::unique_ptr<cc::Translations>> loaded;
    static cc::Translations *current = nullptr;
    std::unique_ptr<cc::Translations> &t = loaded[locale.name()];
    if (!t)
        t = std::make_unique<cc::Translations>(locale);
    if (current && current != t.get())
        current->uninstall();
    t->install();
    current = t.get();
    QLocale::setDefault(locale.language() == QLocale::English ? QLocale::system() : locale);
    return 0;
}
} // namespace

static

    cc::Console::Options
    optionsFor(const TestSeams &seams)
{
    cc::Console::Options o;
    o.trayIcon = seams.trayIcon;
    return o;
}

TestConsole::TestConsole(const QString &settingsFile, const TestSeams &seams)
    : language(installLanguage(seams.locale))
    , settings(settingsFile, QSettings::IniFormat)
    , browser(seams.browserProgram)
    , console(&nam, seams.secrets ? seams.secrets : &memorySecrets, &settings, &browser, &dialogs,
          optionsFor(seams))
{ }

bool TestConsole::startWithKey(const QString &origin, const QString &apiKey, int timeoutMs)
{
    console.startWithServer(QUrl(origin), apiKey);
    return QTest::qWaitFor(
        [this] {
            return console.connections()->rowCount() > 0 && console.catalog()->rowCount() > 0;
        },
        timeoutMs);
}

bool TestConsole::chooseWorkspaceByKeyboard(const QString &workspaceId)
{
    cc::MainWindow *window = console.window();
    cc::WorkspaceSwitcher *switcher = window->workspaceSwitcher();
    if (!switcher || !QTest::qWaitFor([switcher] { return switcher->isVisible(); })) {
        qWarning("chooseWorkspaceByKeyboard: the switcher is not shown");
        return false;
    }
    // Back from a browser, the user brings the console to the front (the
    // offscreen platform leaves a closed popup as the active window).
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitFor([window] { return QApplication::activeWindow() == window; })) {
        qWarning("chooseWorkspaceByKeyboard: the main window is not active");
        return false;
    }
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QAbstractItemView *list = switcher->view();
    if (!QTest::qWaitFor([list] { return list->isVisible(); })) {
        qWarning("chooseWorkspaceByKeyboard: Ctrl+Shift+W opened no list");
        return false;
    }
    const int target = console.workspaces()->rowOf(workspaceId);
    if (target < 0) {
        qWarning("chooseWorkspaceByKeyboard: the workspace is not listed");
        return false;
    }
    while (list->currentIndex().row() != target) {
        const int before = list->currentIndex().row();
        QTest::keyClick(list, before < target ? Qt::Key_Down : Qt::Key_Up);
        if (list->currentIndex().row() == before) {
            qWarning("chooseWorkspaceByKeyboard: the arrow keys do not move in the list");
            return false;
        }
    }
    QTest::keyClick(list, Qt::Key_Return);
    return true;
}
