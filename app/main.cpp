// connections-console: parses the command line, builds the one composition
// root (Console) and runs the event loop. Nothing else.
//
// What a terminal asks for (--help, --version, --sign-in) runs on a
// QCoreApplication, so it works over ssh with no display; the GUI is built
// only when a window is needed.
#include "appearance.h"
#include "browserlauncher.h"
#include "commandlinesignin.h"
#include "console.h"
#include "messageboxes.h"
#include "secretstore.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectionsConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("connections-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
}

struct CommandLine
{
    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Console for a data platform's connections."));
        parser.addOptions({server, sandbox, signIn, issuer, clientId, scope, appearance});
        // -style fusion is Qt's option "style", not the short options s t y l e.
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    }
    QUrl origin() const { return QUrl::fromUserInput(parser.value(server)); }
    QUrl issuerUrl() const { return parser.isSet(issuer) ? QUrl(parser.value(issuer)) : QUrl(); }

    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption server{QStringLiteral("server"),
        QCoreApplication::translate("main",
            "Platform origin, e.g. https://platform.example.com. The API key comes from "
            "$CONNECTIONS_API_KEY or the welcome screen."),
        QStringLiteral("URL")};
    const QCommandLineOption sandbox{QStringLiteral("sandbox"),
        QCoreApplication::translate(
            "main", "Start the local sandbox platform with the demo workspace and use it.")};
    const QCommandLineOption signIn{QStringLiteral("sign-in"),
        QCoreApplication::translate("main",
            "Sign in with the system browser, save the result in the keychain, print one line "
            "and exit (needs --server; no display needed).")};
    const QCommandLineOption issuer{QStringLiteral("issuer"),
        QCoreApplication::translate(
            "main", "OAuth issuer for sign-in (default: the server's origin)."),
        QStringLiteral("URL")};
    const QCommandLineOption clientId{QStringLiteral("client-id"),
        QCoreApplication::translate("main", "OAuth client id for sign-in."), QStringLiteral("ID"),
        QStringLiteral("connections-console")};
    const QCommandLineOption scope{QStringLiteral("scope"),
        QCoreApplication::translate("main",
            "OAuth scope for sign-in (default: \"openid offline_access\" when the server "
            "offers them, otherwise none)."),
        QStringLiteral("SCOPE")};
    const QCommandLineOption appearance{QStringLiteral("appearance"),
        QCoreApplication::translate(
            "main", "Colour scheme: system, light or dark (remembered, as View > Appearance)."),
        QStringLiteral("SCHEME")};
};

int signInFromTerminal(const CommandLine &cli)
{
    if (!cli.parser.isSet(cli.server)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "--sign-in needs --server URL")));
        return 64;
    }
    QSettings settings;
    QNetworkAccessManager nam;
    cc::KeychainSecretStore store;
    cc::SystemBrowser browser;
    cc::CommandLineSignIn signIn(&nam, &store, &settings, &browser);
    QObject::connect(&signIn, &cc::CommandLineSignIn::browserNotOpened, &signIn,
        [](const QUrl &url, const QString &why) {
            std::fprintf(
                stderr, "%s\n%s\n", qPrintable(why), qPrintable(url.toString(QUrl::FullyEncoded)));
        });
    QObject::connect(
        &signIn, &cc::CommandLineSignIn::finished, &signIn,
        [](int code, const QString &line) {
            std::printf("%s\n", qPrintable(line));
            std::fflush(stdout);
            QCoreApplication::exit(code);
        },
        // Queued: a sign-in that fails at once (say an http issuer) finishes
        // inside start(), before exec() runs, and exit() is a no-op then.
        Qt::QueuedConnection);
    const QUrl origin = cli.origin();
    signIn.start(origin, cli.issuerUrl().isEmpty() ? origin : cli.issuerUrl(),
        cli.parser.value(cli.clientId), cli.parser.value(cli.scope).simplified());
    return QCoreApplication::exec();
}

// Options QGuiApplication / QApplication take for themselves (their own
// parsers remove them); the terminal phase must not call them unknown.
bool isQtGuiOption(const QString &name)
{
    static const QStringList names = {QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("reverse"), QStringLiteral("session"),
        QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("widgetcount"),
        QStringLiteral("qmljsdebugger"), QStringLiteral("nograb"), QStringLiteral("dograb"),
        QStringLiteral("sync"), QStringLiteral("name"), QStringLiteral("title"),
        QStringLiteral("visual"), QStringLiteral("ncols"), QStringLiteral("cmap"),
        QStringLiteral("fn"), QStringLiteral("font"), QStringLiteral("bg"),
        QStringLiteral("background"), QStringLiteral("fg"), QStringLiteral("foreground"),
        QStringLiteral("btn"), QStringLiteral("button"), QStringLiteral("im"),
        QStringLiteral("inputstyle")};
    return names.contains(name);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "%s\n%s\n", qPrintable(message),
        qPrintable(QCoreApplication::translate("main", "Try --help for the options.")));
    return 64; // EX_USAGE
}

bool hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            return true;
    }
    return false;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    cc::Translations translations; // the system locale's
    {
        QCoreApplication terminal(argc, argv);
        setIdentity();
        translations.install();
        CommandLine cli;
        // Qt's own GUI options (-platform, -style …) are unknown here: the
        // QApplication below takes them, and its parse is the strict one.
        const bool parsed = cli.parser.parse(QCoreApplication::arguments());
        if (cli.parser.isSet(cli.help) || cli.parser.isSet(QStringLiteral("help-all"))
            || cli.parser.isSet(cli.version))
            cli.parser.process(terminal); // prints and exits
        if (!parsed) {
            QStringList unknown = cli.parser.unknownOptionNames();
            unknown.removeIf(isQtGuiOption);
            // --sign-in builds no GUI, so Qt's GUI options are errors there too.
            if (cli.parser.isSet(cli.signIn) || !unknown.isEmpty()
                || cli.parser.unknownOptionNames().isEmpty())
                return usageError(cli.parser.errorText());
        }
        if (cli.parser.isSet(cli.signIn))
            return signInFromTerminal(cli);
        if (!hasDisplay(argc, argv)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main",
                    "connections-console needs a display for its window. Without one, "
                    "--sign-in, --help and --version work.")));
            return 69;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Connections Console"));
    QApplication::setDesktopFileName(QStringLiteral("connections-console"));
    // The installed theme's icon when there is one, else the built-in renditions.
    QIcon builtIn;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/connections-console.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("connections-console"), builtIn));
    translations.install();
    CommandLine cli;
    // QApplication took its own options out of the arguments: what is left
    // unknown is a mistake.
    if (!cli.parser.parse(QCoreApplication::arguments()))
        return usageError(cli.parser.errorText());

    QSettings settings;
    if (cli.parser.isSet(cli.appearance)) {
        bool known = false;
        const QString scheme = cli.parser.value(cli.appearance);
        cc::Appearance::fromKey(scheme, &known);
        if (!known)
            return usageError(QCoreApplication::translate(
                "main", "--appearance must be system, light or dark, not \"%1\"")
                                  .arg(scheme));
        settings.setValue(QStringLiteral("view/appearance"), scheme);
    }
    QNetworkAccessManager nam;
    cc::KeychainSecretStore secrets;
    cc::SystemBrowser browser;
    cc::MessageBoxes dialogs;
    cc::Console::Options options;
    options.signIn.issuer = cli.issuerUrl();
    options.signIn.clientId = cli.parser.value(cli.clientId);
    options.signIn.scope = cli.parser.value(cli.scope).simplified();
    cc::Console console(&nam, &secrets, &settings, &browser, &dialogs, options);
    if (cli.parser.isSet(cli.sandbox))
        console.startSandbox();
    else if (cli.parser.isSet(cli.server))
        console.startWithServer(cli.origin(), qEnvironmentVariable("CONNECTIONS_API_KEY"));
    else
        console.startWithLastServer();
    console.show();
    const int code = QApplication::exec();
    console.shutDown();
    return code;
}
