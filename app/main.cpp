// connections-console: the composition root. Builds the network manager, the
// client, the models and the main window, and wires them. Nothing else.
#include "connectionactions.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectorcatalogmodel.h"
#include "consolecontroller.h"
#include "mainwindow.h"
#include "platformclient.h"
#include "sandboxlauncher.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConnectionsConsole"));
    QApplication::setApplicationName(QStringLiteral("connections-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Connections Console"));
    QApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("connections-console"));

    // The system locale picks the translation (German ships complete).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("connections-console"), QStringLiteral("_"),
            QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Console for a data platform's connections."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
        QApplication::translate("main",
            "Platform origin, e.g. https://platform.example.com. The API key comes "
            "from $CONNECTIONS_API_KEY or the welcome screen."),
        QStringLiteral("URL"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QApplication::translate(
            "main", "Start the local sandbox platform with the demo workspace and use it."));
    parser.addOptions({server, sandbox});
    parser.process(app);

    QSettings settings;
    QNetworkAccessManager nam;
    cc::PlatformClient client(&nam);
    cc::ConnectionsModel model;
    model.setUtc(settings.value(QStringLiteral("view/utc")).toBool());
    cc::ConnectionsFilterModel proxy;
    proxy.setConnectionsModel(&model);
    cc::ConnectorCatalogModel catalog;
    cc::MainWindow window(&model, &proxy, &catalog, &settings);
    cc::ConsoleController controller(&client, &model, &catalog, &window);
    cc::ConnectionActions actions(&client, &nam, &model, &catalog, &window, controller.poller());
    QObject::connect(&controller, &cc::ConsoleController::connected, &actions,
        &cc::ConnectionActions::setIdentity);
    cc::SandboxLauncher launcher;
    cc::WelcomePage *welcome = window.welcomePage();

    auto startSandbox = [&] {
        window.showWelcome();
        welcome->setBusy(true, QApplication::translate("main", "Starting the sandbox…"));
        launcher.start();
    };
    QObject::connect(&launcher, &cc::SandboxLauncher::ready, &controller,
        [&](const QUrl &origin, const QString &key) {
            settings.setValue(QStringLiteral("server/last"), QStringLiteral("sandbox"));
            controller.connectTo(origin, key,
                QApplication::translate("main", "Sandbox (%1)").arg(origin.toString()));
        });
    QObject::connect(&launcher, &cc::SandboxLauncher::failed, welcome, [&](const QString &reason) {
        window.showWelcome();
        welcome->showError(reason);
    });
    QObject::connect(welcome, &cc::WelcomePage::trySandboxRequested, &launcher, startSandbox);
    QObject::connect(welcome, &cc::WelcomePage::connectRequested, &controller,
        [&](const QString &url, const QString &key) {
            const QUrl origin = QUrl::fromUserInput(url);
            welcome->setBusy(true, QApplication::translate("main", "Connecting…"));
            settings.setValue(QStringLiteral("server/pending"), origin.toString());
            controller.connectTo(origin, key, origin.host());
        });
    QObject::connect(&controller, &cc::ConsoleController::connected, &window, [&] {
        const QString pending = settings.value(QStringLiteral("server/pending")).toString();
        if (!pending.isEmpty()
            && settings.value(QStringLiteral("server/last")) != QStringLiteral("sandbox"))
            settings.setValue(QStringLiteral("server/last"), pending);
        settings.remove(QStringLiteral("server/pending"));
        welcome->setBusy(false);
    });
    QObject::connect(
        &controller, &cc::ConsoleController::connectFailed, welcome, [&](const cc::ApiError &e) {
            settings.remove(QStringLiteral("server/pending"));
            window.showWelcome();
            welcome->showError(e.message());
        });

    const QString envKey = qEnvironmentVariable("CONNECTIONS_API_KEY");
    if (parser.isSet(sandbox)) {
        startSandbox();
    } else if (parser.isSet(server)) {
        const QUrl origin = QUrl::fromUserInput(parser.value(server));
        window.showWelcome();
        welcome->setServerUrl(origin.toString());
        if (!envKey.isEmpty())
            controller.connectTo(origin, envKey, origin.host());
    } else {
        // No arguments: the last server used, or the welcome screen on first run.
        const QString last = settings.value(QStringLiteral("server/last")).toString();
        if (last == u"sandbox") {
            startSandbox();
        } else {
            window.showWelcome();
            welcome->setServerUrl(last);
            if (!last.isEmpty() && !envKey.isEmpty())
                controller.connectTo(QUrl(last), envKey, QUrl(last).host());
        }
    }
    window.show();
    const int code = app.exec();
    launcher.stop();
    return code;
}
