// Sign-in against an OpenID provider this project did not write: panva's
// oidc-provider (tests/oidc/server.mjs, from npm), with Debian's chromium as
// the system browser. Sign in (the default scope "openid offline_access"
// with prompt=consent, PKCE, RFC 9207 iss), refresh with rotation (checked
// in the keychain with secret-tool), Deny (the escaped page reaches the
// browser), and connections-console --sign-in.
#include "browserlauncher.h"
#include "oidcprovider.h"
#include "secretservice.h"
#include "secretstore.h"
#include "session.h"
#include "signinflow.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace cc;

class TestOidcInterop : public QObject
{
    Q_OBJECT

private slots:
    void signInRefreshAndKeychain();
    void denyReachesTheBrowser();
    void commandLineSignIn();

private:
    // Runs the browser sign-in in-process; the flow and its opened URL back.
    bool signIn(const QUrl &issuer, const QString &domFile, SignInFlow *flow, QUrl *opened,
        TokenSet *tokens, QString *failure);

    QNetworkAccessManager m_nam;
};

bool TestOidcInterop::signIn(const QUrl &issuer, const QString &domFile, SignInFlow *flow,
    QUrl *opened, TokenSet *tokens, QString *failure)
{
    QSignalSpy ok(flow, &SignInFlow::succeeded);
    QSignalSpy failed(flow, &SignInFlow::failed);
    QObject::connect(flow, &SignInFlow::browserOpened, flow,
        [opened](const QUrl &url, bool, const QString &) { *opened = url; });
    qputenv("DOM_FILE", domFile.toUtf8());
    flow->start(issuer);
    if (!QTest::qWaitFor([&] { return ok.count() + failed.count() == 1; }, 60000)) {
        *failure = QStringLiteral("the sign-in did not finish in 60 s");
        return false;
    }
    if (!failed.isEmpty()) {
        *failure = failed.first().at(1).toString() + u' ' + failed.first().at(0).toString();
        return false;
    }
    *tokens = ok.first().first().value<TokenSet>();
    return true;
}

void TestOidcInterop::signInRefreshAndKeychain()
{
    CC_REQUIRE_SECRET_SERVICE();
    OidcProvider provider;
    QString why;
    QVERIFY2(provider.start({}, &why), qPrintable(why));
    ProgramBrowser browser(qEnvironmentVariable("CC_DUMPING_BROWSER"));
    SignInFlow flow(&m_nam, &browser);
    QTemporaryDir dir;
    QUrl opened;
    TokenSet tokens;
    QVERIFY2(signIn(provider.issuer(), dir.filePath(QStringLiteral("dom.html")), &flow, &opened,
                 &tokens, &why),
        qPrintable(why + QString::fromUtf8(provider.log())));
    // What a standard provider needs to issue a refresh token.
    const QUrlQuery asked(opened);
    QCOMPARE(asked.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
        QStringLiteral("openid offline_access"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY2(!tokens.refreshToken.isEmpty(), "offline_access granted: a refresh token");
    QCOMPARE(tokens.tokenEndpoint.host(), QStringLiteral("127.0.0.1"));

    // The session keeps it in the keychain and refreshes it at the provider.
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    KeychainSecretStore store;
    Session session(&m_nam, &store, &settings);
    const QUrl platform(QStringLiteral("http://127.0.0.1:9"));
    QSignalSpy stored(&session, &Session::stored);
    session.adoptTokens(platform, tokens);
    QTRY_COMPARE(stored.count(), 1);
    QVERIFY(stored.first().first().toBool());
    QCOMPARE(storedCredentialField(secretToolLookup(Session::keyFor(platform)), "refresh_token"),
        tokens.refreshToken);
    std::optional<bool> refreshed;
    session.refresh([&refreshed](bool r) { refreshed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 20000);
    QVERIFY2(*refreshed, provider.log().right(2000).constData());
    QVERIFY(session.accessToken() != tokens.accessToken);
    // The provider rotates refresh tokens for public clients: the keychain has the new one.
    QTRY_VERIFY(storedCredentialField(secretToolLookup(Session::keyFor(platform)), "refresh_token")
        != tokens.refreshToken);
    QVERIFY(!storedCredentialField(secretToolLookup(Session::keyFor(platform)), "refresh_token")
                 .isEmpty());
    session.signOut();
    QTRY_VERIFY(secretToolLookup(Session::keyFor(platform)).isEmpty());
}

void TestOidcInterop::denyReachesTheBrowser()
{
    OidcProvider provider;
    QString why;
    QVERIFY2(provider.start({QStringLiteral("--deny")}, &why), qPrintable(why));
    ProgramBrowser browser(qEnvironmentVariable("CC_DUMPING_BROWSER"));
    SignInFlow flow(&m_nam, &browser);
    QTemporaryDir dir;
    const QString dom = dir.filePath(QStringLiteral("dom.html"));
    QUrl opened;
    TokenSet tokens;
    QVERIFY(!signIn(provider.issuer(), dom, &flow, &opened, &tokens, &why));
    QVERIFY2(why.startsWith(QStringLiteral("access_denied Sign-in was denied")), qPrintable(why));
    // The browser shows the console's result page, the provider's words escaped.
    const auto page = [&dom] {
        QFile f(dom);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(page().contains(QStringLiteral("</html>")), 30000);
    QVERIFY2(page().contains(QStringLiteral("It did not work")), qPrintable(page()));
    QVERIFY2(page().contains(QStringLiteral("access_denied")), qPrintable(page()));
    QVERIFY2(page().contains(QStringLiteral("Ada said &lt;no&gt;.")), qPrintable(page()));
}

void TestOidcInterop::commandLineSignIn()
{
    CC_REQUIRE_SECRET_SERVICE();
    OidcProvider provider;
    QString why;
    QVERIFY2(provider.start({}, &why), qPrintable(why));
    // The platform (nothing listens on port 9) cannot say who signed in; the
    // sign-in is saved all the same.
    const QString platform = QStringLiteral("http://127.0.0.1:9");
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("BROWSER"), qEnvironmentVariable("CC_DUMPING_BROWSER"));
    QTemporaryDir dir;
    env.insert(QStringLiteral("DOM_FILE"), dir.filePath(QStringLiteral("dom.html")));
    console.setProcessEnvironment(env);
    console.start(qEnvironmentVariable("CC_CONSOLE"),
        {QStringLiteral("--sign-in"), QStringLiteral("--server"), platform,
            QStringLiteral("--issuer"), provider.issuer().toString()});
    QVERIFY(console.waitForFinished(90000));
    const QString line = QString::fromUtf8(console.readAllStandardOutput());
    QCOMPARE(console.exitCode(), 0);
    QVERIFY2(line.contains(QStringLiteral("saved in the keychain")), qPrintable(line));
    const QString entry = secretToolLookup(Session::keyFor(QUrl(platform)));
    QVERIFY(!storedCredentialField(entry, "refresh_token").isEmpty());
    QCOMPARE(QUrl(storedCredentialField(entry, "token_endpoint")).port(), provider.issuer().port());
    KeychainSecretStore store;
    bool removed = false;
    store.remove(Session::keyFor(QUrl(platform)),
        [&removed](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY(removed);
}

QTEST_GUILESS_MAIN(TestOidcInterop)
#include "tst_oidcinterop.moc"
