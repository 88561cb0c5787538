// Console sign-in end to end against connections-sandbox --auto-approve:
//  - connections-console --sign-in with headless chromium as the system
//    browser, the result checked in the keychain with secret-tool;
//  - the session read back at start-up, refreshed (the rotated refresh token
//    replaces the old one in the keychain), signed out (entry deleted), and
//    signed out with a message on invalid_grant;
//  - no secret in any log with every debug category on, in QSettings, or
//    anywhere under HOME.
#include "banner.h"
#include "browserlauncher.h"
#include "browserwaitdialog.h"
#include "connectionspage.h"
#include "eventcounter.h"
#include "httpclient.h"
#include "platformclient.h"
#include "sandboxprocess.h"
#include "scriptedhttpserver.h"
#include "secretservice.h"
#include "secretstore.h"
#include "session.h"
#include "signinflow.h"
#include "testconsole.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace cc;

namespace {

QByteArray g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += QByteArray(context.category ? context.category : "default") + ' ' + message.toUtf8()
        + '\n';
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandLineSignInWithChromium();
    void welcomePageSignInWithChromium();
    void restoreRefreshRotateAndSignOut();
    void invalidGrantSignsOut();
    void expiredAccessTokenIsRenewedOnA401();
    // The session is bound to its server: a refresh racing a switch.
    void refreshRacingAnApiKeySwitch();
    void refreshRacingAnotherBrowserSignIn();
    void refreshRacingSignOut();
    void commandLineFailureSaysWhy();
    void commandLineDenyAnswersTheBrowserFirst();
    void apiKeysStayInTheKeychain();
    void discoveryFallsBackToOpenIdConfiguration();
    void discoveryFailureSaysWhy();
    void issIsRequiredWhenAdvertised();
    void noSecretLeaks();

private:
    // Signs in in-process with the recording browser (it logs every URL it
    // visits to `recordingFile`).
    bool signInRecorded(
        const QUrl &origin, const QString &recordingFile, TokenSet *tokens, QString *why);

    SandboxProcess m_sandbox{
        {QStringLiteral("--auto-approve"), QStringLiteral("--seed"), QStringLiteral("demo")}};
    QNetworkAccessManager m_nam;
    QStringList m_secrets;
};

bool TestSignIn::signInRecorded(
    const QUrl &origin, const QString &recordingFile, TokenSet *tokens, QString *why)
{
    qputenv("RECORDING_FILE", recordingFile.toUtf8());
    ProgramBrowser browser(qEnvironmentVariable("CC_RECORDING_BROWSER"));
    SignInFlow flow(&m_nam, &browser);
    QSignalSpy ok(&flow, &SignInFlow::succeeded);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    flow.start(origin);
    if (!QTest::qWaitFor([&] { return ok.count() + failed.count() == 1; }, 30000)) {
        *why = QStringLiteral("the sign-in did not finish in 30 s");
        return false;
    }
    if (!failed.isEmpty()) {
        *why = failed.first().first().toString();
        return false;
    }
    *tokens = ok.first().first().value<TokenSet>();
    return true;
}

void TestSignIn::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    g_previous = qInstallMessageHandler(capture);
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_secrets << m_sandbox.apiKey();
}

void TestSignIn::commandLineSignInWithChromium()
{
    CC_REQUIRE_SECRET_SERVICE();
    // Over ssh: no display at all, so no QApplication may be built.
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("BROWSER"), qEnvironmentVariable("CC_CHROMIUM_BROWSER"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    console.setProcessEnvironment(env);
    console.start(qEnvironmentVariable("CC_CONSOLE"),
        {QStringLiteral("--sign-in"), QStringLiteral("--server"), m_sandbox.origin()});
    QVERIFY(console.waitForFinished(90000));
    const QString out = QString::fromUtf8(console.readAllStandardOutput()).trimmed();
    const QByteArray err = console.readAllStandardError();
    g_log += err;
    QCOMPARE(console.exitCode(), 0);
    QVERIFY2(out.startsWith(QStringLiteral("Signed in to "))
            && out.contains(QStringLiteral("workspace demo")),
        qPrintable(out));
    QCOMPARE(out.count(u'\n'), 0); // one line
    const QString stored = secretToolLookup(Session::keyFor(QUrl(m_sandbox.origin())));
    QVERIFY2(stored.contains(QStringLiteral("\"refresh_token\"")),
        "the refresh token is in the keychain");
    QVERIFY(!stored.contains(QStringLiteral("access_token"))); // access tokens live in memory only
    const QString refresh = QJsonDocument::fromJson(stored.toUtf8())
                                .object()
                                .value(QStringLiteral("refresh_token"))
                                .toString();
    m_secrets << refresh;
    QVERIFY(!err.contains(refresh.toUtf8()));
}

void TestSignIn::welcomePageSignInWithChromium()
{
    // "Sign in with browser" on the welcome page of the console as it ships:
    // chromium completes the consent, the refresh token goes to the keychain
    // (checked from outside), and the workspace loads.
    CC_REQUIRE_SECRET_SERVICE();
    SandboxProcess platform(
        {QStringLiteral("--auto-approve"), QStringLiteral("--seed"), QStringLiteral("demo")});
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    QTemporaryDir dir;
    KeychainSecretStore keychain;
    TestConsole t(dir.filePath(QStringLiteral("s.ini")),
        {&keychain, qEnvironmentVariable("CC_CHROMIUM_BROWSER")});
    t.console.show();
    t.console.startWithLastServer();
    WelcomePage *welcome = t.console.window()->welcomePage();
    welcome->findChild<QLineEdit *>(QStringLiteral("serverUrlField"))->setText(platform.origin());
    QTest::mouseClick(
        welcome->findChild<QPushButton *>(QStringLiteral("signInBrowserButton")), Qt::LeftButton);
    QVERIFY(t.console.signIn()->waitDialog()); // "Finish in your browser"
    QTRY_COMPARE_WITH_TIMEOUT(t.console.connections()->rowCount(), 26, 60000);
    QCOMPARE(t.console.window()->findChild<QLabel *>(QStringLiteral("signInState"))->text(),
        QStringLiteral("Signed in with the browser"));
    const QUrl origin(platform.origin());
    // One entry per server and workspace: the workspace the platform says
    // this sign-in belongs to.
    const QString workspace = HttpClient()
                                  .get(platform.api(QStringLiteral("/me")), platform.apiKey())
                                  .json()
                                  .value(QStringLiteral("workspace"))[QStringLiteral("id")]
                                  .toString();
    QVERIFY(!workspace.isEmpty());
    const QString entry = Session::keyFor(origin, workspace);
    QCOMPARE(entry, platform.origin() + QStringLiteral("/workspaces/") + workspace);
    QTRY_VERIFY(secretToolLookup(entry).contains(QStringLiteral("refresh_token")));
    QVERIFY(secretToolLookup(Session::keyFor(origin)).isEmpty());
    const QString refresh = QJsonDocument::fromJson(secretToolLookup(entry).toUtf8())
                                .object()
                                .value(QStringLiteral("refresh_token"))
                                .toString();
    m_secrets << refresh << t.console.session()->accessToken();
    QCOMPARE(t.settings.value(QStringLiteral("server/last")).toString(), platform.origin());
    // File ▸ Sign out deletes the keychain entry.
    t.console.window()->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
    QTRY_VERIFY(secretToolLookup(entry).isEmpty());
    m_secrets << platform.apiKey();
    g_log += platform.log();
}

void TestSignIn::restoreRefreshRotateAndSignOut()
{
    CC_REQUIRE_SECRET_SERVICE();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    KeychainSecretStore store;
    const QUrl origin(m_sandbox.origin());
    // Sign in in-process this time (the recording browser), so the test knows every token.
    const QString recording = dir.filePath(QStringLiteral("visited.txt"));
    TokenSet tokens;
    QString why;
    QVERIFY2(signInRecorded(origin, recording, &tokens, &why), qPrintable(why));
    m_secrets << tokens.accessToken << tokens.refreshToken;
    QFile visited(recording);
    QVERIFY(visited.open(QIODevice::ReadOnly));
    const QString urls = QString::fromUtf8(visited.readAll());
    const QRegularExpressionMatch code
        = QRegularExpression(QStringLiteral("[?&]code=([^&\\s]+)")).match(urls);
    QVERIFY2(code.hasMatch(), qPrintable(urls));
    m_secrets << QUrl::fromPercentEncoding(code.captured(1).toUtf8());

    Session session(&m_nam, &store, &settings);
    QSignalSpy stored(&session, &Session::stored);
    session.adoptTokens(origin, tokens);
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(stored.first().first().toBool(), true);
    QVERIFY(secretToolLookup(Session::keyFor(origin)).contains(tokens.refreshToken));

    // Start-up: a new session reads the keychain and gets a fresh access token.
    Session restored(&m_nam, &store, &settings);
    std::optional<bool> signedIn;
    restored.restore(origin, [&signedIn](bool s, const QString &) { signedIn = s; });
    QTRY_VERIFY(signedIn.has_value());
    QVERIFY(*signedIn);
    QVERIFY(!restored.accessToken().isEmpty());
    m_secrets << restored.accessToken();
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(origin));
    client.setTokenProvider([&restored] { return restored.accessToken(); });
    std::optional<ApiError> meError;
    QObject ctx;
    client.fetchMe(&ctx, [&meError](const Me &, const ApiError &e) { meError = e; });
    QTRY_VERIFY(meError.has_value());
    QVERIFY(!meError->isError());
    // The restore rotated the refresh token: the keychain holds the new one.
    const QString rotated
        = QJsonDocument::fromJson(secretToolLookup(Session::keyFor(origin)).toUtf8())
              .object()
              .value(QStringLiteral("refresh_token"))
              .toString();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != tokens.refreshToken);
    m_secrets << rotated;

    // Sign-out deletes the entry.
    restored.signOut();
    QTRY_VERIFY(secretToolLookup(Session::keyFor(origin)).isEmpty());
}

void TestSignIn::invalidGrantSignsOut()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MemorySecretStore store;
    TokenSet revoked;
    revoked.refreshToken = QStringLiteral("not-a-real-refresh-token");
    revoked.tokenEndpoint = QUrl(m_sandbox.origin() + QStringLiteral("/oauth/token"));
    revoked.clientId = QStringLiteral("connections-console");
    Session session(&m_nam, &store, &settings);
    session.adoptTokens(QUrl(m_sandbox.origin()), revoked);
    QSignalSpy out(&session, &Session::signedOut);
    std::optional<bool> ok;
    session.refresh([&ok](bool r) { ok = r; });
    QTRY_VERIFY(ok.has_value());
    QVERIFY(!*ok);
    QCOMPARE(out.count(), 1);
    QVERIFY(out.first().first().toString().contains(QStringLiteral("Sign in again")));
    QVERIFY(!session.isSignedIn());
}

void TestSignIn::expiredAccessTokenIsRenewedOnA401()
{
    // The platform ends access tokens after 1 s; the console believes an hour
    // (clock skew, or a laptop that slept through its early refresh), so the
    // first it hears of the expiry is a 401.
    SandboxProcess platform({QStringLiteral("--auto-approve"), QStringLiteral("--seed"),
        QStringLiteral("demo"), QStringLiteral("--access-token-ttl"), QStringLiteral("1")});
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    const QUrl origin(platform.origin());
    QTemporaryDir dir;
    TokenSet tokens;
    QVERIFY2(signInRecorded(origin, dir.filePath(QStringLiteral("visited.txt")), &tokens, &error),
        qPrintable(error));
    tokens.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    m_secrets << tokens.accessToken << tokens.refreshToken;

    TestConsole console(dir.filePath(QStringLiteral("s.ini")));
    Session &session = *console.console.session();
    session.adoptTokens(origin, tokens);
    ConsoleController &controller = *console.console.controller();
    const ConnectionsModel &model = *console.console.connections();
    QSignalSpy connected(&controller, &ConsoleController::connected);
    QSignalSpy connectFailed(&controller, &ConsoleController::connectFailed);
    console.console.signIn()->connectWithSession(origin);
    QTRY_VERIFY_WITH_TIMEOUT(connected.count() + connectFailed.count() == 1, 10000);
    QVERIFY(connectFailed.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 26, 10000);

    // The platform has ended the token (asked from outside, with the token itself).
    const QString first = session.accessToken();
    HttpClient http;
    QTRY_COMPARE_WITH_TIMEOUT(
        http.get(platform.api(QStringLiteral("/me")), first).status, 401, 5000);
    QSignalSpy loaded(&controller, &ConsoleController::loaded);
    QSignalSpy signedOut(&session, &Session::signedOut);
    Banner *banner = console.console.window()->connectionsPage()->errorBanner();
    EventCounter bannerShown(banner, QEvent::ShowToParent);
    controller.reload(); // F5
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QVERIFY(signedOut.isEmpty());
    QVERIFY(session.accessToken() != first);
    m_secrets << session.accessToken();
    QCOMPARE(model.rowCount(), 26);
    QCOMPARE(bannerShown.count, 0); // renewed quietly: no error flashed up
    QVERIFY(!banner->isVisibleTo(console.console.window()));
    // The platform saw it happen: a 401, a refresh, then the list again.
    const QByteArray log = platform.log();
    const qsizetype unauthorized = log.lastIndexOf(" 401");
    QVERIFY2(unauthorized >= 0, log.right(2000).constData());
    const qsizetype renewed = log.indexOf("POST /oauth/token", unauthorized);
    QVERIFY2(renewed > unauthorized, log.right(2000).constData());
    QVERIFY(log.indexOf("GET /api/platform/v1/connections", renewed) > renewed);

    // A revoked sign-in cannot be renewed: the console signs out and says why.
    QCOMPARE(http.postForm(platform.url(QStringLiteral("/oauth/revoke")),
                     "token=" + QUrl::toPercentEncoding(session.accessToken()))
                 .status,
        200);
    controller.reload();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 10000);
    QVERIFY(signedOut.first().first().toString().contains(QStringLiteral("Sign in again")));
    QVERIFY(!session.isSignedIn());
}

void TestSignIn::refreshRacingAnApiKeySwitch()
{
    CC_REQUIRE_SECRET_SERVICE();
    SandboxProcess b({QStringLiteral("--seed"), QStringLiteral("demo")});
    QString why;
    QVERIFY2(b.start(&why), qPrintable(why));
    m_secrets << b.apiKey();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    KeychainSecretStore store;
    const QUrl a(m_sandbox.origin());
    const QUrl bOrigin(b.origin());
    TokenSet tokens;
    QVERIFY2(
        signInRecorded(a, dir.filePath(QStringLiteral("v.txt")), &tokens, &why), qPrintable(why));
    m_secrets << tokens.accessToken << tokens.refreshToken;

    Session session(&m_nam, &store, &settings);
    QSignalSpy stored(&session, &Session::stored);
    session.adoptTokens(a, tokens);
    QTRY_COMPARE(stored.count(), 1);
    // A refresh of A goes out; before it answers, the user switches to B with a key.
    std::optional<bool> refreshed;
    session.refresh([&refreshed](bool ok) { refreshed = ok; });
    session.adoptApiKey(bOrigin, b.apiKey());
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 10000);
    QVERIFY(!*refreshed); // not adopted: it was for another credential
    // The session is B's, with B's key, and stays so.
    QCOMPARE(session.kind(), Session::Kind::ApiKey);
    QCOMPARE(Session::keyFor(session.origin()), Session::keyFor(bOrigin));
    QCOMPARE(session.accessToken(), b.apiKey());
    // From outside: B's entry holds B's key, and no token of A.
    QTRY_VERIFY(secretToolLookup(Session::keyFor(bOrigin)).contains(b.apiKey()));
    QVERIFY(!secretToolLookup(Session::keyFor(bOrigin)).contains(QStringLiteral("refresh_token")));
    // A's entry holds A's rotated refresh token, not the used one ...
    QTRY_VERIFY(storedCredentialField(secretToolLookup(Session::keyFor(a)), "refresh_token")
        != tokens.refreshToken);
    const QString rotated
        = storedCredentialField(secretToolLookup(Session::keyFor(a)), "refresh_token");
    QVERIFY(!rotated.isEmpty());
    m_secrets << rotated;
    // ... so A's chain is alive: signing in to A again from the keychain works.
    Session again(&m_nam, &store, &settings);
    std::optional<bool> restored;
    again.restore(a, [&restored](bool ok, const QString &) { restored = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), 10000);
    QVERIFY(*restored);
    m_secrets << again.accessToken();
    m_secrets << storedCredentialField(secretToolLookup(Session::keyFor(a)), "refresh_token");
    again.signOut();
    session.signOut();
    QTRY_VERIFY(secretToolLookup(Session::keyFor(a)).isEmpty());
    QTRY_VERIFY(secretToolLookup(Session::keyFor(bOrigin)).isEmpty());
}

void TestSignIn::refreshRacingAnotherBrowserSignIn()
{
    CC_REQUIRE_SECRET_SERVICE();
    SandboxProcess b(
        {QStringLiteral("--auto-approve"), QStringLiteral("--seed"), QStringLiteral("demo")});
    QString why;
    QVERIFY2(b.start(&why), qPrintable(why));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    KeychainSecretStore store;
    const QUrl a(m_sandbox.origin());
    const QUrl bOrigin(b.origin());
    TokenSet tokensA;
    TokenSet tokensB;
    QVERIFY2(
        signInRecorded(a, dir.filePath(QStringLiteral("a.txt")), &tokensA, &why), qPrintable(why));
    QVERIFY2(signInRecorded(bOrigin, dir.filePath(QStringLiteral("b.txt")), &tokensB, &why),
        qPrintable(why));
    m_secrets << tokensA.accessToken << tokensA.refreshToken << tokensB.accessToken
              << tokensB.refreshToken;

    Session session(&m_nam, &store, &settings);
    session.adoptTokens(a, tokensA);
    QTRY_VERIFY(secretToolLookup(Session::keyFor(a)).contains(tokensA.refreshToken));
    std::optional<bool> refreshed;
    session.refresh([&refreshed](bool ok) { refreshed = ok; });
    session.adoptTokens(bOrigin, tokensB);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 10000);
    QVERIFY(!*refreshed);
    // B's access token is the one in use: A's renewed one never replaced it.
    QCOMPARE(session.accessToken(), tokensB.accessToken);
    QTRY_VERIFY(secretToolLookup(Session::keyFor(bOrigin)).contains(tokensB.refreshToken));
    QTRY_VERIFY(storedCredentialField(secretToolLookup(Session::keyFor(a)), "refresh_token")
        != tokensA.refreshToken);
    const QString rotatedA
        = storedCredentialField(secretToolLookup(Session::keyFor(a)), "refresh_token");
    m_secrets << rotatedA;
    QVERIFY(!secretToolLookup(Session::keyFor(bOrigin)).contains(rotatedA));
    QVERIFY(!secretToolLookup(Session::keyFor(bOrigin)).contains(tokensA.refreshToken));
    // And a refresh of B is B's own: it rotates B's entry.
    std::optional<bool> refreshedB;
    session.refresh([&refreshedB](bool ok) { refreshedB = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshedB.has_value(), 10000);
    QVERIFY(*refreshedB);
    m_secrets << session.accessToken();
    QTRY_VERIFY(storedCredentialField(secretToolLookup(Session::keyFor(bOrigin)), "refresh_token")
        != tokensB.refreshToken);
    m_secrets << storedCredentialField(secretToolLookup(Session::keyFor(bOrigin)), "refresh_token");
    QCOMPARE(
        storedCredentialField(secretToolLookup(Session::keyFor(a)), "refresh_token"), rotatedA);
    session.signOut();
    store.remove(Session::keyFor(a), [](const SecretStore::Result &) {});
    QTRY_VERIFY(secretToolLookup(Session::keyFor(a)).isEmpty());
    g_log += b.log();
}

void TestSignIn::refreshRacingSignOut()
{
    CC_REQUIRE_SECRET_SERVICE();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    KeychainSecretStore store;
    const QUrl a(m_sandbox.origin());
    TokenSet tokens;
    QString why;
    QVERIFY2(
        signInRecorded(a, dir.filePath(QStringLiteral("v.txt")), &tokens, &why), qPrintable(why));
    m_secrets << tokens.accessToken << tokens.refreshToken;
    Session session(&m_nam, &store, &settings);
    session.adoptTokens(a, tokens);
    QTRY_VERIFY(secretToolLookup(Session::keyFor(a)).contains(tokens.refreshToken));
    std::optional<bool> refreshed;
    session.refresh([&refreshed](bool ok) { refreshed = ok; });
    session.signOut();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 10000);
    QVERIFY(!*refreshed);
    QVERIFY(!session.isSignedIn());
    QVERIFY(session.accessToken().isEmpty());
    // The late refresh wrote nothing back: the entry stays deleted.
    QTRY_VERIFY(secretToolLookup(Session::keyFor(a)).isEmpty());
    QSignalSpy storedLate(&session, &Session::stored);
    QCoreApplication::processEvents();
    QVERIFY(secretToolLookup(Session::keyFor(a)).isEmpty());
    QCOMPARE(storedLate.count(), 0);
}

void TestSignIn::commandLineFailureSaysWhy()
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BROWSER"), QStringLiteral("/bin/false"));
    console.setProcessEnvironment(env);
    console.start(qEnvironmentVariable("CC_CONSOLE"),
        {QStringLiteral("--sign-in"), QStringLiteral("--server"),
            QStringLiteral("http://127.0.0.1:1")});
    QVERIFY(console.waitForFinished(60000));
    QVERIFY(console.exitCode() != 0);
    QVERIFY(QString::fromUtf8(console.readAllStandardOutput())
                .startsWith(QStringLiteral("Sign-in failed: ")));
}

void TestSignIn::commandLineDenyAnswersTheBrowserFirst()
{
    // The user presses Deny: the browser gets the escaped result page before
    // --sign-in exits (not "empty reply from server").
    QTemporaryDir dir;
    const QString result = dir.filePath(QStringLiteral("deny.txt"));
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BROWSER"), qEnvironmentVariable("CC_DENYING_BROWSER"));
    env.insert(QStringLiteral("DENY_RESULT_FILE"), result);
    console.setProcessEnvironment(env);
    console.start(qEnvironmentVariable("CC_CONSOLE"),
        {QStringLiteral("--sign-in"), QStringLiteral("--server"), m_sandbox.origin()});
    QVERIFY(console.waitForFinished(60000));
    QCOMPARE(console.exitCode(), 1);
    const QString line = QString::fromUtf8(console.readAllStandardOutput());
    QVERIFY2(line.contains(QStringLiteral("Sign-in was denied")), qPrintable(line));
    // The browser script ran to its end (the console had answered it).
    const auto read = [&result] {
        QFile file(result);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(read().contains(QStringLiteral("</html>")), 20000);
    const QString page = read();
    QVERIFY2(page.startsWith(QStringLiteral("0\n")), qPrintable(page.left(200))); // curl: ok
    QVERIFY2(page.contains(QStringLiteral("access_denied")), qPrintable(page));
    // The description shows escaped, never as markup.
    QVERIFY2(page.contains(QStringLiteral("&lt;no&gt; &amp; meant it")), qPrintable(page));
    QVERIFY(!page.contains(QStringLiteral("<no>")));
}

void TestSignIn::apiKeysStayInTheKeychain()
{
    CC_REQUIRE_SECRET_SERVICE();
    // "Use an API key": the workspace key goes to the keychain through the session.
    QSettings settings; // the real settings file under this test's HOME
    KeychainSecretStore store;
    Session session(&m_nam, &store, &settings);
    const QUrl origin(m_sandbox.origin());
    QSignalSpy stored(&session, &Session::stored);
    session.adoptApiKey(origin, m_sandbox.apiKey());
    QTRY_COMPARE(stored.count(), 1);
    QVERIFY(stored.first().first().toBool());
    settings.sync();
    QVERIFY(secretToolLookup(Session::keyFor(origin)).contains(m_sandbox.apiKey()));
    // A connector's API key goes to the platform and nowhere else.
    PlatformClient client(&m_nam);
    QVERIFY(client.setServer(origin));
    client.setTokenProvider([&session] { return session.accessToken(); });
    const QString providerKey
        = QStringLiteral("fathom-provider-key-%1").arg(QCoreApplication::applicationPid());
    m_secrets << providerKey;
    std::optional<ApiError> result;
    QObject ctx;
    client.connectConnector(&ctx, ApiKeyConnectRequest{QStringLiteral("fathom"), providerKey, {}},
        [&result](const ConnectResult &, const ApiError &e) { result = e; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->isError());
}

void TestSignIn::discoveryFallsBackToOpenIdConfiguration()
{
    // A server that publishes only OpenID Connect discovery (no RFC 8414 document):
    // the flow asks for oauth-authorization-server first, then openid-configuration,
    // and opens the browser on the endpoint that document names.
    QString origin;
    ScriptedHttpServer server([&origin](const ScriptedHttpServer::Request &r) {
        if (r.target == "/.well-known/openid-configuration") {
            QJsonObject meta;
            meta.insert(QStringLiteral("issuer"), origin);
            meta.insert(QStringLiteral("authorization_endpoint"),
                QString(origin + QStringLiteral("/oidc/authorize")));
            meta.insert(
                QStringLiteral("token_endpoint"), QString(origin + QStringLiteral("/oidc/token")));
            meta.insert(QStringLiteral("code_challenge_methods_supported"),
                QJsonArray({QJsonValue(QStringLiteral("S256"))}));
            return ScriptedHttpServer::response(
                200, QJsonDocument(meta).toJson(), {{"Content-Type", "application/json"}});
        }
        return ScriptedHttpServer::response(404, "{\"error\":\"not_found\"}");
    });
    QVERIFY(server.listen());
    origin = server.origin();
    ProgramBrowser browser(QStringLiteral("/bin/true"));
    SignInFlow flow(&m_nam, &browser);
    QSignalSpy opened(&flow, &SignInFlow::browserOpened);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    flow.start(QUrl(origin));
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 10000);
    QVERIFY2(
        failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(0).target, "/.well-known/oauth-authorization-server");
    QCOMPARE(server.requests().at(1).target, "/.well-known/openid-configuration");
    const QUrl url = opened.first().first().toUrl();
    QCOMPARE(url.adjusted(QUrl::RemoveQuery).toString(),
        QString(origin + QStringLiteral("/oidc/authorize")));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                .startsWith(QStringLiteral("http://127.0.0.1:")));
    flow.cancel();
}

void TestSignIn::issIsRequiredWhenAdvertised()
{
    // The metadata promises RFC 9207's iss; an answer without it is refused
    // (mix-up protection), and one with it is taken.
    QString origin;
    ScriptedHttpServer server([&origin](const ScriptedHttpServer::Request &r) {
        if (r.target == "/.well-known/oauth-authorization-server") {
            QJsonObject meta;
            meta.insert(QStringLiteral("issuer"), origin);
            meta.insert(QStringLiteral("authorization_endpoint"),
                QString(origin + QStringLiteral("/authorize")));
            meta.insert(
                QStringLiteral("token_endpoint"), QString(origin + QStringLiteral("/token")));
            meta.insert(QStringLiteral("authorization_response_iss_parameter_supported"), true);
            return ScriptedHttpServer::response(
                200, QJsonDocument(meta).toJson(), {{"Content-Type", "application/json"}});
        }
        return ScriptedHttpServer::response(404, "{\"error\":\"not_found\"}");
    });
    QVERIFY(server.listen());
    origin = server.origin();
    for (const bool withIss : {false, true}) {
        ProgramBrowser browser(QStringLiteral("/bin/true"));
        SignInFlow flow(&m_nam, &browser);
        QSignalSpy opened(&flow, &SignInFlow::browserOpened);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        flow.start(QUrl(origin));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
        // The authorization server's answer, as the browser would deliver it.
        const QUrlQuery asked(opened.first().first().toUrl());
        QUrl back(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("code"), QStringLiteral("c0de"));
        answer.addQueryItem(QStringLiteral("state"), asked.queryItemValue(QStringLiteral("state")));
        if (withIss)
            answer.addQueryItem(
                QStringLiteral("iss"), QString::fromLatin1(QUrl::toPercentEncoding(origin)));
        back.setQuery(answer);
        HttpClient http;
        QCOMPARE(http.get(back).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        // Without iss: refused before any token request. With it: on to the
        // token endpoint (which answers 404 {"error":"not_found"} here).
        QCOMPARE(failed.first().at(1).toString(),
            withIss ? QStringLiteral("not_found") : QStringLiteral("issuer_missing"));
    }
}

void TestSignIn::discoveryFailureSaysWhy()
{
    // Neither document exists: the user is told the server publishes no sign-in metadata.
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(404, "not found");
    });
    QVERIFY(server.listen());
    ProgramBrowser browser(QStringLiteral("/bin/true"));
    SignInFlow flow(&m_nam, &browser);
    QSignalSpy opened(&flow, &SignInFlow::browserOpened);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    flow.start(QUrl(server.origin()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("discovery"));
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("HTTP 404")));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(opened.isEmpty());
}

void TestSignIn::noSecretLeaks()
{
    QVERIFY(m_secrets.size() >= 6);
    g_log += m_sandbox.log();
    QVERIFY(
        g_log.contains("console.auth") || g_log.contains("sandbox.http")); // the logs were captured
    QStringList places;
    const QString home = QDir::homePath();
    QDirIterator it(
        home, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/keyrings/")))
            continue; // the keyring itself (encrypted) is where secrets belong
        QFile f(path);
        if (f.size() > 4 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        for (const QString &secret : std::as_const(m_secrets)) {
            if (!secret.isEmpty() && content.contains(secret.toUtf8()))
                places << path;
        }
    }
    QVERIFY2(places.isEmpty(), qPrintable(places.join(u'\n')));
    // The PKCE verifier never leaves the console, so its value is unknown
    // here; it is a 43-character base64url token, like the tokens above. No
    // such token may appear in the logs at all.
    const QRegularExpression tokenLike(
        QStringLiteral("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"));
    auto matches = tokenLike.globalMatch(QString::fromUtf8(g_log));
    while (matches.hasNext()) {
        const QString found = matches.next().captured(0);
        QVERIFY2(false,
            qPrintable(
                QStringLiteral("a token-like string is in the logs: %1…").arg(found.left(6))));
    }
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!g_log.contains(secret.toUtf8()),
            qPrintable(QStringLiteral("a secret is in the logs: %1…").arg(secret.left(4))));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
