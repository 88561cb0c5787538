// connections-console: the composition root. Builds the network manager, the
// secret store, the session, the client, the models and the main window, and
// wires them. Nothing else.
#include "browserwaitdialog.h"
#include "connectionactions.h"
#include "connectionnotifier.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorcatalogmodel.h"
#include "consolecontroller.h"
#include "failurescontroller.h"
#include "failuresmodel.h"
#include "failurespage.h"
#include "historycontroller.h"
#include "mainwindow.h"
#include "platformclient.h"
#include "runsmodel.h"
#include "sandboxlauncher.h"
#include "secretstore.h"
#include "session.h"
#include "signindialog.h"
#include "signinflow.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTranslator>
#include <cstdio>

namespace {

// --sign-in: the browser flow with no window; one line of outcome; exit code.
int signInFromCommandLine(QNetworkAccessManager *nam, QSettings *settings, const QUrl &origin,
    const QUrl &issuer, const QString &clientId)
{
    cc::KeychainSecretStore store;
    cc::Session session(nam, &store, settings);
    session.setOrigin(origin);
    cc::SignInFlow flow(nam);
    cc::PlatformClient client(nam);
    int code = -1;
    auto finish = [&code](int exitCode, const QString &line) {
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
        code = exitCode;
        QCoreApplication::exit(exitCode);
    };
    QObject::connect(&flow, &cc::SignInFlow::browserOpened, &flow,
        [](const QUrl &url, bool opened, const QString &why) {
            if (!opened)
                std::fprintf(stderr, "%s\n%s\n", qPrintable(why),
                    qPrintable(url.toString(QUrl::FullyEncoded)));
        });
    QObject::connect(
        &flow, &cc::SignInFlow::failed, &flow, [&](const QString &message, const QString &) {
            finish(1, QApplication::translate("main", "Sign-in failed: %1").arg(message));
        });
    QObject::connect(&flow, &cc::SignInFlow::succeeded, &flow,
        [&](const cc::TokenSet &tokens) { session.adoptTokens(tokens); });
    QObject::connect(
        &session, &cc::Session::stored, &flow, [&](bool saved, const QString &message) {
            if (!saved) {
                finish(2,
                    QApplication::translate(
                        "main", "Signed in, but the sign-in could not be saved: %1")
                        .arg(message));
                return;
            }
            if (!client.setServer(origin)) {
                finish(0,
                    QApplication::translate("main", "Signed in to %1; saved in the keychain.")
                        .arg(origin.toString()));
                return;
            }
            client.setTokenProvider([&session] { return session.accessToken(); });
            client.fetchMe(&flow, [&](const cc::Me &me, const cc::ApiError &e) {
                if (e.isError()) {
                    finish(0,
                        QApplication::translate("main", "Signed in to %1; saved in the keychain.")
                            .arg(origin.toString()));
                    return;
                }
                finish(0,
                    QApplication::translate(
                        "main", "Signed in to %1 as %2 <%3> (workspace %4); saved in the keychain.")
                        .arg(origin.toString(), me.name, me.email, me.workspaceSlug));
            });
        });
    flow.start(issuer, clientId);
    return code >= 0 ? code : QCoreApplication::exec();
}

} // namespace

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
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
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
            "Platform origin, e.g. https://platform.example.com. The API key comes from "
            "$CONNECTIONS_API_KEY or the welcome screen."),
        QStringLiteral("URL"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QApplication::translate(
            "main", "Start the local sandbox platform with the demo workspace and use it."));
    const QCommandLineOption signIn(QStringLiteral("sign-in"),
        QApplication::translate("main",
            "Sign in with the system browser, save the result in the keychain, print one line and "
            "exit (needs --server)."));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
        QApplication::translate("main", "OAuth issuer for sign-in (default: the server's origin)."),
        QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
        QApplication::translate("main", "OAuth client id for sign-in."), QStringLiteral("ID"),
        QStringLiteral("connections-console"));
    parser.addOptions({server, sandbox, signIn, issuer, clientId});
    parser.process(app);

    QSettings settings;
    QNetworkAccessManager nam;

    if (parser.isSet(signIn)) {
        if (!parser.isSet(server)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "--sign-in needs --server URL")));
            return 64;
        }
        const QUrl origin = QUrl::fromUserInput(parser.value(server));
        return signInFromCommandLine(&nam, &settings, origin,
            parser.isSet(issuer) ? QUrl(parser.value(issuer)) : origin, parser.value(clientId));
    }

    cc::KeychainSecretStore store;
    cc::Session session(&nam, &store, &settings);
    cc::PlatformClient client(&nam);
    cc::ConnectionsModel model;
    model.setUtc(settings.value(QStringLiteral("view/utc")).toBool());
    cc::ConnectionsFilterModel proxy;
    proxy.setConnectionsModel(&model);
    cc::ConnectorCatalogModel catalog;
    cc::RunsModel runs;
    cc::MainWindow window(&model, &proxy, &catalog, &runs, &settings);
    cc::ConsoleController controller(&client, &model, &catalog, &window);
    cc::ConnectionActions actions(&client, &nam, &model, &catalog, &window, controller.poller());
    QObject::connect(&controller, &cc::ConsoleController::connected, &actions,
        &cc::ConnectionActions::setIdentity);
    cc::FailuresModel failures;
    cc::FailuresPage failuresPage(&failures, &model);
    window.addPage(QApplication::translate("main", "Failures"),
        window.style()->standardIcon(QStyle::SP_MessageBoxWarning), &failuresPage);
    cc::FailuresController failuresController(&client, &model, &failures, &failuresPage);
    bool failuresLoaded = false;
    QObject::connect(&window, &cc::MainWindow::pageShown, &failuresController, [&](QWidget *page) {
        if (page == &failuresPage && !failuresLoaded) {
            failuresLoaded = true;
            failuresController.load();
        }
    });
    QObject::connect(&window, &cc::MainWindow::refreshRequested, &failuresController, [&] {
        if (failuresLoaded)
            failuresController.load();
    });
    QObject::connect(
        &failuresPage, &cc::FailuresPage::openConnectionRequested, &window, [&](const QString &id) {
            window.showConnections();
            window.connectionsPage()->selectConnection(id);
        });
    // Desktop notifications when a connection turns error / needs_reauth or recovers.
    cc::ConnectionNotifier notifier(&model);
    notifier.setEnabled(settings.value(QStringLiteral("notifications/enabled"), true).toBool());
    QSystemTrayIcon tray(window.windowIcon().isNull()
            ? window.style()->standardIcon(QStyle::SP_DriveNetIcon)
            : window.windowIcon());
    tray.setToolTip(QApplication::translate("main", "Connections Console"));
    if (QSystemTrayIcon::isSystemTrayAvailable())
        tray.show();
    notifier.setTrayIcon(&tray);
    QObject::connect(&notifier, &cc::ConnectionNotifier::notified, &window,
        [&](const QString &title, const QString &body) {
            window.statusBar()->showMessage(title + QStringLiteral(" — ") + body, 15000);
        });
    QObject::connect(&window, &cc::MainWindow::notificationsToggled, &notifier, [&](bool on) {
        notifier.setEnabled(on);
        settings.setValue(QStringLiteral("notifications/enabled"), on);
    });
    window.setNotificationsEnabled(notifier.isEnabled());
    cc::SandboxLauncher launcher;
    cc::SignInFlow signInFlow(&nam);
    cc::WelcomePage *welcome = window.welcomePage();
    auto sessionToken = [&session] {
        return session.accessToken();
    };

    auto startSandbox = [&] {
        window.showWelcome();
        welcome->setBusy(true, QApplication::translate("main", "Starting the sandbox…"));
        launcher.start();
    };
    auto useSession = [&](const QUrl &origin) {
        settings.setValue(QStringLiteral("server/pending"), origin.toString());
        controller.connectTo(origin, sessionToken, origin.host());
    };
    QObject::connect(&launcher, &cc::SandboxLauncher::ready, &controller,
        [&](const QUrl &origin, const QString &key) {
            settings.setValue(QStringLiteral("server/last"), QStringLiteral("sandbox"));
            // The sandbox's key changes every start: it is not kept anywhere.
            controller.connectTo(origin, key,
                QApplication::translate("main", "Sandbox (%1)").arg(origin.toString()));
        });
    QObject::connect(&launcher, &cc::SandboxLauncher::failed, welcome, [&](const QString &reason) {
        window.showWelcome();
        welcome->showError(reason);
    });
    // The sign-in choices, shared by the welcome screen and the Sign-in dialog.
    auto wireSignIn = [&](cc::WelcomePage *panel, QDialog *dialog) {
        QObject::connect(panel, &cc::WelcomePage::trySandboxRequested, &launcher, [&, dialog] {
            if (dialog)
                dialog->accept();
            startSandbox();
        });
        QObject::connect(panel, &cc::WelcomePage::connectRequested, &controller,
            [&, panel, dialog](const QString &url, const QString &key) {
                const QUrl origin = QUrl::fromUserInput(url);
                if (!cc::PlatformClient::isAllowedOrigin(origin)) {
                    cc::ApiError e;
                    e.kind = cc::ApiError::Kind::InsecureServer;
                    panel->showError(e.message()); // the typed input stays
                    return;
                }
                if (dialog)
                    dialog->accept();
                welcome->setBusy(true, QApplication::translate("main", "Connecting…"));
                session.setOrigin(origin);
                session.adoptApiKey(key);
                useSession(origin);
            });
        QObject::connect(panel, &cc::WelcomePage::signInRequested, &signInFlow,
            [&, panel, dialog](const QString &url) {
                const QUrl origin = QUrl::fromUserInput(url);
                if (!cc::PlatformClient::isAllowedOrigin(origin)) {
                    cc::ApiError e;
                    e.kind = cc::ApiError::Kind::InsecureServer;
                    panel->showError(e.message());
                    return;
                }
                if (dialog)
                    dialog->accept();
                session.setOrigin(origin);
                auto *wait = new cc::BrowserWaitDialog(
                    QApplication::translate("main", "Sign in to %1").arg(origin.host()), &window);
                wait->setAttribute(Qt::WA_DeleteOnClose);
                QObject::connect(wait, &cc::BrowserWaitDialog::cancelRequested, &signInFlow,
                    &cc::SignInFlow::cancel);
                QObject::connect(&signInFlow, &cc::SignInFlow::browserOpened, wait,
                    &cc::BrowserWaitDialog::setLink);
                QObject::connect(&signInFlow, &cc::SignInFlow::countdown, wait,
                    &cc::BrowserWaitDialog::setSecondsLeft);
                QObject::connect(&signInFlow, &cc::SignInFlow::failed, wait,
                    [wait](const QString &m) { wait->showResult(false, m); });
                QObject::connect(&signInFlow, &cc::SignInFlow::succeeded, wait,
                    [wait, &session, &useSession, origin](const cc::TokenSet &t) {
                        session.adoptTokens(t);
                        wait->accept();
                        useSession(origin);
                    });
                wait->open();
                signInFlow.start(parser.isSet(issuer) ? QUrl(parser.value(issuer)) : origin,
                    parser.value(clientId));
            });
    };
    wireSignIn(welcome, nullptr);
    QObject::connect(&window, &cc::MainWindow::signInRequested, &window, [&] {
        const QString last = settings.value(QStringLiteral("server/last")).toString();
        auto *dialog = new cc::SignInDialog(last == u"sandbox" ? QString() : last, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        wireSignIn(dialog->panel(), dialog);
        dialog->open();
    });
    QObject::connect(
        &session, &cc::Session::stored, &window, [&](bool saved, const QString &message) {
            if (!saved)
                window.setSignInState(QApplication::translate(
                    "main", "Signed in — not saved: you will need to sign in again next time"));
            if (!saved)
                window.statusBar()->showMessage(message, 20000);
        });
    QObject::connect(&session, &cc::Session::signedOut, &window, [&](const QString &reason) {
        window.showWelcome();
        window.setSignInState(QApplication::translate("main", "Not signed in"));
        if (!reason.isEmpty())
            welcome->showError(reason);
    });
    QObject::connect(
        &window, &cc::MainWindow::signOutRequested, &session, [&] { session.signOut(); });
    // A 401 on a browser sign-in: the controller renews it once and reloads.
    controller.setSession(&session);
    QObject::connect(
        &controller, &cc::ConsoleController::connected, &window, [&](const cc::Me &me) {
            if (me.canWrite()) {
                window.setSignInState(session.kind() == cc::Session::Kind::OAuth
                        ? QApplication::translate("main", "Signed in with the browser")
                        : QApplication::translate("main", "Signed in with an API key"));
            }
            const QString pending = settings.value(QStringLiteral("server/pending")).toString();
            if (!pending.isEmpty())
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
        // No arguments: the last server used, signed in from the keychain,
        // or the welcome screen on first run.
        const QString last = settings.value(QStringLiteral("server/last")).toString();
        window.showWelcome();
        if (last == u"sandbox") {
            startSandbox();
        } else if (!last.isEmpty()) {
            welcome->setServerUrl(last);
            session.setOrigin(QUrl(last));
            session.restore([&, last](bool signedIn, const QString &message) {
                if (signedIn)
                    useSession(QUrl(last));
                else if (!message.isEmpty())
                    welcome->showError(message);
            });
        }
    }
    window.show();
    const int code = app.exec();
    launcher.stop();
    return code;
}
