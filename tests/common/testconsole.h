#pragma once

// The console as main.cpp builds it — through the composition root,
// cc::Console — with the seams a test replaces: settings in a file of the
// test's choosing, a secret store (in memory unless the test passes the
// keychain), a browser program (none unless given: every flow that would open
// one says so), and scripted message boxes. GUI tests drive `console` as a
// user would; none of them wires controllers of its own.
#include "browserlauncher.h"
#include "console.h"
#include "scriptedmessageboxes.h"
#include "secretstore.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>

// What a test replaces besides the settings.
struct TestSeams
{
    TestSeams(cc::SecretStore *secretStore = nullptr, const QString &browser = {})
        : secrets(secretStore)
        , browserProgram(browser)
    { }
    cc::SecretStore *secrets; // nullptr: TestConsole::memorySecrets
    QString browserProgram; // none: a flow that needs a browser says it could not open one
    bool trayIcon = false;
    // The language the console is built in (its translation is installed first).
    QLocale locale{QLocale::English};
};

struct TestConsole
{
    explicit TestConsole(const QString &settingsFile, const TestSeams &seams = {});

    // `connections-console --server <origin>` with $CONNECTIONS_API_KEY set;
    // true when the inventory and the catalog have loaded.
    bool startWithKey(const QString &origin, const QString &apiKey, int timeoutMs = 15000);
    // As a user switches workspace by keyboard: Ctrl+Shift+W opens the
    // switcher's list, the arrow keys walk to the workspace, Return chooses
    // it. False (with a warning saying why) when a step cannot be done.
    bool chooseWorkspaceByKeyboard(const QString &workspaceId);

    int language; // installed before anything below is built
    QSettings settings;
    QNetworkAccessManager nam;
    cc::MemorySecretStore memorySecrets;
    cc::ProgramBrowser browser;
    ScriptedMessageBoxes dialogs;
    cc::Console console;
};
