#include "testconsole.h"

#include "translations.h"

#include <QTest>

namespace {
// What a user on an English (or untranslated) locale reads, plural forms included.
void installEnglish()
{
    static cc::Translations english{QLocale(QLocale::English)};
    english.install();
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
    : settings(settingsFile, QSettings::IniFormat)
    , browser(seams.browserProgram)
    , console(&nam, seams.secrets ? seams.secrets : &memorySecrets, &settings, &browser, &dialogs,
          optionsFor(seams))
{
    installEnglish();
}

bool TestConsole::startWithKey(const QString &origin, const QString &apiKey, int timeoutMs)
{
    console.startWithServer(QUrl(origin), apiKey);
    return QTest::qWaitFor(
        [this] {
            return console.connections()->rowCount() > 0 && console.catalog()->rowCount() > 0;
        },
        timeoutMs);
}
