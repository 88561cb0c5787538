// View ▸ Appearance in the console as it ships (built through the composition
// root):
//  - the Light and Dark palettes, and every status tone on them, meet WCAG AA
//    contrast for text (4.5:1), computed here from WCAG 2.1's formula;
//  - the menu's System / Light / Dark change the whole application's palette
//    (Fusion for Light and Dark), a status message follows the scheme, the
//    choice is remembered, and the next console starts with it.
#include "appearance.h"
#include "consolestyle.h"
#include "loopbacklistener.h"
#include "mainwindow.h"
#include "messagelabel.h"
#include "sandboxprocess.h"
#include "statuspalette.h"
#include "testconsole.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace cc;

namespace {

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The style under the console's corrections.
QString styleName()
{
    if (const auto *ours = qobject_cast<const ConsoleStyle *>(QApplication::style()))
        return ours->baseName();
    return QApplication::style()->name();
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void palettesMeetAA_data();
    void palettesMeetAA();
    void theMenuSwitchesAndRemembers();
    void theBrowsersResultPageWearsThePalettes();
    void focusIsVisibleOnItemViews_data();
    void focusIsVisibleOnItemViews();
    void dialogButtonsAreText();
    void cleanup() { Appearance::apply(Appearance::Scheme::System); }
};

void TestAppearance::palettesMeetAA_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestAppearance::palettesMeetAA()
{
    QFETCH(bool, dark);
    const QPalette p = dark ? Appearance::darkPalette() : Appearance::lightPalette();
    QCOMPARE(StatusPalette::isDark(p), dark);
    const struct
    {
        QPalette::ColorRole text, background;
    } pairs[] = {{QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase}, {QPalette::ButtonText, QPalette::Button},
        {QPalette::ToolTipText, QPalette::ToolTipBase}, {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::Link, QPalette::Base},
        {QPalette::Link, QPalette::Window}};
    for (const auto &pair : pairs) {
        const double ratio = contrast(p.color(pair.text), p.color(pair.background));
        QVERIFY2(ratio >= 4.5,
            qPrintable(QStringLiteral("role %1 on %2: %3:1")
                           .arg(int(pair.text))
                           .arg(int(pair.background))
                           .arg(ratio, 0, 'f', 2)));
    }
    // Every status tone, as message text, on the window and on a table's base.
    const StatusPalette &tones = StatusPalette::forPalette(p);
    for (int t = 0; t <= int(StatusPalette::Tone::Unknown); ++t) {
        const QColor tone = tones.color(StatusPalette::Tone(t));
        for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
            const double ratio = contrast(tone, p.color(background));
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("tone %1 on %2: %3:1")
                               .arg(t)
                               .arg(int(background))
                               .arg(ratio, 0, 'f', 2)));
        }
    }
}

void TestAppearance::theMenuSwitchesAndRemembers()
{
    QTemporaryDir dir;
    const QString settingsFile = dir.filePath(QStringLiteral("appearance.ini"));
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    const QString systemStyle = styleName();
    {
        TestConsole t(settingsFile);
        t.console.show();
        MainWindow *window = t.console.window();
        auto action = [window](const char *key) {
            return window->findChild<QAction *>(
                QStringLiteral("actionAppearance_") + QLatin1String(key));
        };
        QVERIFY(action("system") && action("light") && action("dark"));
        QVERIFY(action("system")->isChecked()); // nothing chosen yet
        auto *message = new MessageLabel(window);
        message->showMessage(QStringLiteral("Saved."), StatusPalette::Tone::Success);

        action("dark")->trigger();
        QVERIFY(action("dark")->isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x2a, 0x2a, 0x2a));
        QCOMPARE(styleName().toLower(), QStringLiteral("fusion"));
        // The widgets follow once the posted palette-change events are delivered.
        QTRY_VERIFY(StatusPalette::isDark(window->palette()));
        QTRY_COMPARE(message->palette().color(QPalette::WindowText),
            StatusPalette::dark().color(StatusPalette::Tone::Success));
        QCOMPARE(
            t.settings.value(QStringLiteral("view/appearance")).toString(), QStringLiteral("dark"));

        action("light")->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0xf3, 0xf3, 0xf3));
        QTRY_VERIFY(!StatusPalette::isDark(window->palette()));
        QTRY_COMPARE(message->palette().color(QPalette::WindowText),
            StatusPalette::light().color(StatusPalette::Tone::Success));

        action("dark")->trigger();
        t.settings.sync();
    }
    // Back to the system's look, then a new console: it starts dark.
    Appearance::apply(Appearance::Scheme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    {
        TestConsole t(settingsFile);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x2a, 0x2a, 0x2a));
        QAction *system
            = t.console.window()->findChild<QAction *>(QStringLiteral("actionAppearance_system"));
        QVERIFY(t.console.window()
                    ->findChild<QAction *>(QStringLiteral("actionAppearance_dark"))
                    ->isChecked());
        system->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(styleName(), systemStyle);
        QCOMPARE(t.settings.value(QStringLiteral("view/appearance")).toString(),
            QStringLiteral("system"));
    }
}

void TestAppearance::theBrowsersResultPageWearsThePalettes()
{
    QTemporaryDir dir;
    TestConsole t(dir.filePath(QStringLiteral("page.ini")));
    const QString page = LoopbackListener::resultPage(
        false, QStringLiteral("Sign-in failed"), QStringLiteral("The provider said no."));
    // The light scheme's colours, then the dark one's under prefers-color-scheme.
    const int darkAt = page.indexOf(QStringLiteral("prefers-color-scheme: dark"));
    QVERIFY(darkAt > 0);
    const QString light = page.left(darkAt);
    const QString dark = page.mid(darkAt);
    const auto css = [](const QColor &c) {
        return c.name(QColor::HexRgb);
    };
    QVERIFY2(light.contains(QStringLiteral("--error:")
                 + css(StatusPalette::light().color(StatusPalette::Tone::Error))),
        qPrintable(light));
    QVERIFY(light.contains(
        QStringLiteral("--ok:") + css(StatusPalette::light().color(StatusPalette::Tone::Success))));
    QVERIFY(light.contains(
        QStringLiteral("--window:") + css(Appearance::lightPalette().color(QPalette::Window))));
    QVERIFY(dark.contains(
        QStringLiteral("--error:") + css(StatusPalette::dark().color(StatusPalette::Tone::Error))));
    QVERIFY(dark.contains(
        QStringLiteral("--window:") + css(Appearance::darkPalette().color(QPalette::Window))));
    QVERIFY(dark.contains(
        QStringLiteral("--text:") + css(Appearance::darkPalette().color(QPalette::WindowText))));
    // Every placeholder was filled, and the heading uses the tone.
    QVERIFY(!page.contains(QStringLiteral("{{")));
    QVERIFY(page.contains(QStringLiteral("<h1 class=\"error\">Sign-in failed</h1>")));
}

void TestAppearance::focusIsVisibleOnItemViews_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("system") << QStringLiteral("system");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

// Fusion draws a table's frame the same with and without the focus; the
// console's style draws it in the highlight colour, two pixels wide.
void TestAppearance::focusIsVisibleOnItemViews()
{
    QFETCH(QString, scheme);
    SandboxProcess sandbox{{QStringLiteral("--seed"), QStringLiteral("demo")}};
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QTemporaryDir dir;
    TestConsole t(dir.filePath(QStringLiteral("focus.ini")));
    QVERIFY(t.startWithKey(sandbox.origin(), sandbox.apiKey()));
    t.console.window()
        ->findChild<QAction *>(QStringLiteral("actionAppearance_") + scheme)
        ->trigger();
    t.console.show();
    QVERIFY(QTest::qWaitForWindowActive(t.console.window()));
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
    for (const char *name : {"connectionsTable", "pageList"}) {
        auto *view = t.console.window()->findChild<QAbstractItemView *>(QLatin1String(name));
        QVERIFY2(view && view->isVisible(), name);
        auto *search = t.console.window()->findChild<QWidget *>(QStringLiteral("searchField"));
        QVERIFY(search);
        const auto edge = [view](int inset) {
            const QImage image = view->grab().toImage();
            return QColor(image.pixel(inset, image.height() / 2));
        };
        search->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(search->hasFocus());
        QVERIFY2(edge(0) != highlight && edge(1) != highlight, name);
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(edge(0), highlight);
        QCOMPARE(edge(1), highlight);
        // The frame makes room for itself: the contents start inside it.
        QCOMPARE(view->viewport()->geometry().left(), 2);
    }
}

// Dialog buttons say what they do in words: no generic icons, which the dark
// palette made unreadable.
void TestAppearance::dialogButtonsAreText()
{
    QTemporaryDir dir;
    TestConsole t(dir.filePath(QStringLiteral("buttons.ini")));
    for (const char *scheme : {"system", "light", "dark"}) {
        t.console.window()
            ->findChild<QAction *>(QStringLiteral("actionAppearance_") + QLatin1String(scheme))
            ->trigger();
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Ok);
        QVERIFY2(box.button(QDialogButtonBox::Close)->icon().isNull(), scheme);
        QVERIFY2(box.button(QDialogButtonBox::Ok)->icon().isNull(), scheme);
    }
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
