// connections-sandbox: the local reference platform (see docs/sandbox.md).
#include "adminapi.h"
#include "apiroutes.h"
#include "authserver.h"
#include "connectionsapi.h"
#include "datasourcesapi.h"
#include "datasourcesimulator.h"
#include "fakeupstream.h"
#include "faults.h"
#include "httpserver.h"
#include "integrationsapi.h"
#include "platformroutes.h"
#include "providerflows.h"
#include "runsapi.h"
#include "secretbox.h"
#include "secrets.h"
#include "seeder.h"
#include "store.h"
#include "syncrunner.h"
#include "workspacesapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}

// SIGINT / SIGTERM end the event loop cleanly, so SQLite checkpoints the WAL.
void installQuitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Qt HTTP Server's own debug output prints whole requests, Authorization
// header included. No logging rule may turn it on: secrets never reach a log.
void secretSafeFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "connections-sandbox: %s\n", qPrintable(message));
    return 2;
}

bool splitPair(const QString &value, QString *slug, QString *key)
{
    const qsizetype eq = value.indexOf(u'=');
    if (eq <= 0 || eq == value.size() - 1)
        return false;
    *slug = value.left(eq);
    *key = value.mid(eq + 1);
    static const QRegularExpression slugRe(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    return slugRe.match(*slug).hasMatch();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectionsConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("connections-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local reference platform for Connections Console: the connections API, fake OAuth "
        "providers, a simulated sync runner and an OAuth authorization server, on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("TCP port; 0 picks a free one."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("SQLite file, or :memory:. Default: a file in the user's data directory."),
        QStringLiteral("PATH"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
        QStringLiteral(
            "Create workspace SLUG if missing and register API_KEY as its admin key. Repeatable."),
        QStringLiteral("SLUG=API_KEY"));
    const QCommandLineOption viewer(QStringLiteral("viewer-key"),
        QStringLiteral("Register a read-only key for workspace SLUG. Repeatable."),
        QStringLiteral("SLUG=API_KEY"));
    const QCommandLineOption owner(QStringLiteral("owner-key"),
        QStringLiteral("Register an owner key for workspace SLUG (the only role that may archive "
                       "it). Repeatable. --seed demo without it generates and prints one."),
        QStringLiteral("SLUG=API_KEY"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Fill the first workspace: demo, empty or scale:N (N <= 100000)."),
        QStringLiteral("demo|empty|scale:N"), QStringLiteral("empty"));
    const QCommandLineOption timeScale(QStringLiteral("time-scale"),
        QStringLiteral("Simulation speed: cadences and run durations are divided by X."),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption autoApprove(QStringLiteral("auto-approve"),
        QStringLiteral("Consent pages approve themselves (for headless browser tests)."));
    const QCommandLineOption autoDeny(QStringLiteral("auto-deny"),
        QStringLiteral("Connector consent pages deny by themselves (for headless browser tests of "
                       "the Deny path)."));
    const QCommandLineOption tokenTtl(QStringLiteral("access-token-ttl"),
        QStringLiteral("Lifetime of console access tokens."), QStringLiteral("SECONDS"),
        QStringLiteral("3600"));
    const QCommandLineOption codeTtl(QStringLiteral("auth-code-ttl"),
        QStringLiteral("Lifetime of a console sign-in's authorization code."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption faults(QStringLiteral("faults"),
        QStringLiteral(
            "Inject faults into API responses, e.g. latency=200ms,5xx=0.1 (docs/sandbox.md)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption randomSeed(QStringLiteral("random-seed"),
        QStringLiteral("Seed of the simulation (outcomes, seeded ids)."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption cooldown(QStringLiteral("sync-cooldown"),
        QStringLiteral("Minimum seconds between two manual syncs of one connection (else 429)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption upstreamPort(QStringLiteral("upstream-port"),
        QStringLiteral("TCP port of the fake upstream the integrations call; 0 picks a free one."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption record(QStringLiteral("record-responses"),
        QStringLiteral("Append every platform-API (/v1) response to FILE as JSON lines (tests)."),
        QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        QStringLiteral("Log the sync runner's and store's debug messages too."));
    parser.addOptions({port, database, workspace, viewer, owner, seed, timeScale, autoApprove,
        autoDeny, tokenTtl, codeTtl, faults, randomSeed, cooldown, upstreamPort, record, verbose});
    parser.process(app);

    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("sandbox.*.debug=false"));
    g_previousFilter = QLoggingCategory::installFilter(secretSafeFilter);

    bool ok = false;
    const int portValue = parser.value(port).toInt(&ok);
    if (!ok || portValue < 0 || portValue > 65535)
        return fail(QStringLiteral("--port must be 0 to 65535"));
    const double scale = parser.value(timeScale).toDouble(&ok);
    if (!ok || scale <= 0 || scale > 1e7)
        return fail(QStringLiteral("--time-scale must be a positive number"));
    const qint64 ttl = parser.value(tokenTtl).toLongLong(&ok);
    if (!ok || ttl < 1)
        return fail(QStringLiteral("--access-token-ttl must be a positive number of seconds"));
    const qint64 codeTtlSeconds = parser.value(codeTtl).toLongLong(&ok);
    if (!ok || codeTtlSeconds < 1)
        return fail(QStringLiteral("--auth-code-ttl must be a positive number of seconds"));
    const quint32 rngSeed = parser.value(randomSeed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--random-seed must be a non-negative integer"));
    const double cooldownSeconds = parser.value(cooldown).toDouble(&ok);
    if (!ok || cooldownSeconds < 0)
        return fail(QStringLiteral("--sync-cooldown must be zero or more seconds"));
    sandbox::FaultSpec faultSpec;
    QString error;
    if (!sandbox::FaultSpec::parse(parser.value(faults), &faultSpec, &error))
        return fail(QStringLiteral("--faults: ") + error);
    const QString seedValue = parser.value(seed);
    int scaleCount = 0;
    if (seedValue.startsWith(u"scale:")) {
        scaleCount = seedValue.mid(6).toInt(&ok);
        if (!ok || scaleCount < 1 || scaleCount > 100000)
            return fail(QStringLiteral("--seed scale:N needs 1 <= N <= 100000"));
    } else if (seedValue != u"demo" && seedValue != u"empty") {
        return fail(QStringLiteral("--seed must be demo, empty or scale:N"));
    }

    QString dbPath = parser.value(database);
    if (dbPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        dbPath = dir + QStringLiteral("/sandbox.sqlite");
    }
    const int upstreamPortValue = parser.value(upstreamPort).toInt(&ok);
    if (!ok || upstreamPortValue < 0 || upstreamPortValue > 65535)
        return fail(QStringLiteral("--upstream-port must be 0 to 65535"));
    sandbox::Store store;
    if (!store.open(dbPath, &error))
        return fail(QStringLiteral("cannot open database %1: %2").arg(dbPath, error));
    // The key that seals integration secrets: beside the database file (0600),
    // or for the process's lifetime with an in-memory database.
    std::optional<QByteArray> masterKey = dbPath == u":memory:"
        ? std::optional<QByteArray>(sandbox::SecretBox::generateKey())
        : sandbox::SecretBox::loadOrCreateKey(dbPath + QStringLiteral(".key"));
    if (!masterKey)
        return fail(QStringLiteral("cannot read or create the secret key %1.key").arg(dbPath));
    const sandbox::SecretBox secretBox(*masterKey);

    // Workspaces and keys. Generated keys replace the ones earlier starts
    // generated; a key named on this command line is registered again after.
    QString generatedKey;
    QString generatedOwnerKey;
    QString firstWorkspaceId;
    const QStringList workspaceArgs = parser.values(workspace);
    const bool generateOwner = seedValue == u"demo" && !parser.isSet(owner);
    if (workspaceArgs.isEmpty() || generateOwner)
        store.revokeLauncherKeys();
    for (const QString &arg : workspaceArgs) {
        QString slug;
        QString key;
        if (!splitPair(arg, &slug, &key))
            return fail(QStringLiteral("--workspace wants SLUG=API_KEY (slug: a-z, 0-9, - and _)"));
        const sandbox::Workspace ws = store.ensureWorkspace(slug);
        // The first workspace's key is the platform admin (cadences, faults);
        // other workspaces' admins run their own workspace only.
        store.addApiKey(ws.id, key, QStringLiteral("admin"), QStringLiteral("Workspace Admin"),
            firstWorkspaceId.isEmpty());
        if (firstWorkspaceId.isEmpty())
            firstWorkspaceId = ws.id;
    }
    if (workspaceArgs.isEmpty()) {
        const sandbox::Workspace ws = store.ensureWorkspace(QStringLiteral("demo"));
        generatedKey = QStringLiteral("sbx_") + sandbox::randomToken(24);
        store.addLauncherKey(
            ws.id, generatedKey, QStringLiteral("admin"), QStringLiteral("Workspace Admin"), true);
        firstWorkspaceId = ws.id;
    }
    if (generateOwner) {
        generatedOwnerKey = QStringLiteral("sbx_") + sandbox::randomToken(24);
        store.addLauncherKey(firstWorkspaceId, generatedOwnerKey, QStringLiteral("owner"),
            QStringLiteral("Workspace Owner"), false);
    }
    for (const QString &arg : parser.values(owner)) {
        QString slug;
        QString key;
        if (!splitPair(arg, &slug, &key))
            return fail(QStringLiteral("--owner-key wants SLUG=API_KEY"));
        const sandbox::Workspace ws = store.ensureWorkspace(slug);
        store.addApiKey(
            ws.id, key, QStringLiteral("owner"), QStringLiteral("Workspace Owner"), false);
    }
    for (const QString &arg : parser.values(viewer)) {
        QString slug;
        QString key;
        if (!splitPair(arg, &slug, &key))
            return fail(QStringLiteral("--viewer-key wants SLUG=API_KEY"));
        const sandbox::Workspace ws = store.ensureWorkspace(slug);
        store.addApiKey(
            ws.id, key, QStringLiteral("viewer"), QStringLiteral("Read-only Viewer"), false);
    }

    // Seed only an empty workspace: a restart keeps what is there.
    const std::optional<sandbox::Workspace> first = store.workspace(firstWorkspaceId);
    if (first && store.connectionCount(first->id) == 0) {
        sandbox::Seeder seeder(&store, rngSeed, scale);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (seedValue == u"demo")
            seeder.seedDemo(*first, now);
        else if (scaleCount > 0)
            seeder.seedScale(*first, scaleCount, now);
    }
    if (first && store.dataSourceCount(first->id) == 0) {
        sandbox::Seeder seeder(&store, rngSeed + 1, scale);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (seedValue == u"demo")
            seeder.seedPlatformDemo(*first, now);
        else if (scaleCount > 0)
            seeder.seedPlatformScale(*first, scaleCount, now);
    }

    sandbox::HttpServer server;
    server.faults().setSpec(faultSpec);
    if (parser.isSet(record) && !server.recordPlatformResponses(parser.value(record), &error))
        return fail(QStringLiteral("--record-responses: ") + error);
    sandbox::SyncRunner runner(&store, scale, rngSeed);
    runner.setManualCooldownMs(qint64(cooldownSeconds * 1000));
    sandbox::ApiRoutes routes(&store, &server);
    sandbox::ConnectionsApi connectionsApi(&routes, &runner);
    QTimer::singleShot(0, &connectionsApi, &sandbox::ConnectionsApi::warmCache);
    sandbox::RunsApi runsApi(&routes, &runner);
    sandbox::AdminApi adminApi(&routes, &runner);
    sandbox::PlatformRoutes platformRoutes(&store, &server);
    sandbox::DataSourceSimulator dataSourceSimulator(&store, scale, rngSeed);
    sandbox::WorkspacesApi workspacesApi(&platformRoutes);
    sandbox::DataSourcesApi dataSourcesApi(
        &platformRoutes, &dataSourceSimulator, &server, qint64(cooldownSeconds * 1000));
    sandbox::IntegrationsApi integrationsApi(&platformRoutes, &secretBox);
    workspacesApi.setProvisionHook(
        [&integrationsApi](const sandbox::Workspace &ws) { integrationsApi.seedBuiltins(ws); });
    workspacesApi.addWarningSource(
        [&integrationsApi](const sandbox::Workspace &ws, const QString &target) {
            return integrationsApi.environmentWarnings(ws, target);
        });
    sandbox::FakeUpstream upstream;
    if (upstream.listenLoopback(quint16(upstreamPortValue)) == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1 (--upstream-port)")
                        .arg(upstreamPortValue));
    integrationsApi.setUpstreamOrigin(upstream.origin());
    store.rebaseUpstream(upstream.origin());
    if (first && store.integrationCount(first->id) == 0) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (seedValue == u"demo") {
            integrationsApi.seedDemo(*first, now);
            if (const std::optional<sandbox::Workspace> staging
                = store.workspaceBySlug(first->slug + QStringLiteral("-staging")))
                integrationsApi.seedBuiltins(*staging);
        } else if (scaleCount > 0) {
            integrationsApi.seedScale(*first, scaleCount, now);
        }
    }
    sandbox::AuthServer::Options authOptions;
    authOptions.autoApprove = parser.isSet(autoApprove);
    authOptions.accessTokenTtlSeconds = ttl;
    authOptions.codeTtlSeconds = codeTtlSeconds;
    sandbox::AuthServer auth(&store, &server, authOptions);
    using Consent = sandbox::ProviderFlows::AutoConsent;
    sandbox::ProviderFlows providers(&store, &runner, &server,
        parser.isSet(autoDeny) ? Consent::Deny
                               : (parser.isSet(autoApprove) ? Consent::Approve : Consent::Off));

    const quint16 bound = server.listenLoopback(quint16(portValue));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(portValue));
    runner.start();
    dataSourceSimulator.start();
    installQuitOnSignals(&app);

    std::printf("listening %s\n", qPrintable(server.origin()));
    std::printf("upstream %s\n", qPrintable(upstream.origin()));
    if (!generatedKey.isEmpty())
        std::printf("api-key %s\n", qPrintable(generatedKey));
    if (!generatedOwnerKey.isEmpty())
        std::printf("owner-key %s\n", qPrintable(generatedOwnerKey));
    std::fflush(stdout);
    return app.exec();
}
